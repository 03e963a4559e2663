#pragma once

#include "Campaign.h"
#include "StatusPalette.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace revox {

class CampaignStore;

// A table over a CampaignStore, one model row per campaign in the store's order: it follows
// the store's signals row for row (never a reset) and answers what every campaign table
// answers alike: the campaign of a row, its id (RowIdRole) and status (StatusWireRole), the
// status column's colour. It only shows; the sync layer writes to the store.
class CampaignStoreModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The roles every campaign table answers alike, then the table's own campaignData().
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;

    const Campaign &campaignAt(int row) const;
    const Campaign *campaignById(const QString &id) const;
    int rowOfId(const QString &id) const; // -1 when absent
    QModelIndex indexOfId(const QString &id, int column = 0) const;
    // The status colours of the light or dark palette.
    void setStatusPalette(const StatusPalette &palette);

protected:
    // A view over store (which must outlive it) in columns columns, the status in statusColumn.
    CampaignStoreModel(const CampaignStore *store, int columns, int statusColumn,
                       QObject *parent = nullptr);
    // The table's own roles for campaign c, at row in column.
    virtual QVariant campaignData(const Campaign &c, int row, int column, int role) const = 0;

    const CampaignStore *m_store;

private:
    // The roles every campaign table answers alike for campaign c in column; nullopt for
    // the others.
    std::optional<QVariant> sharedData(const Campaign &c, int column, int role) const;

    int m_columns;
    int m_statusColumn;
    StatusPalette m_palette;
};

} // namespace revox
