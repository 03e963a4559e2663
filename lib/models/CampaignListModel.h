#pragma once

#include "Campaign.h"
#include "ModelRoles.h"
#include "StatusPalette.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace revox {

// The campaigns of the account, one model row per campaign, merged by id on every refresh.
//
// For the UI: show it in a list/table (column Name for a sidebar); read a campaign with
// campaignAt(row) or campaignById(id); keep the selection by RowIdRole (the campaign id).
// CampaignListWatcher feeds it through setCampaigns(); CampaignWatcher through
// updateCampaign(). After the first load it never emits modelReset.
class CampaignListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Status,   // effectiveStatusText(): "cancelled" when is_cancelled
        Progress, // percent of rows completed or failed (RawValueRole: double 0..100)
        Completed,
        Failed,
        Calling,
        Pending,
        Retry,
        Total,
        FromNumber,
        MaxConcurrentCalls,
        ScheduledAt,
        UpdatedAt,
        ColumnCount // sentinel
    };
    Q_ENUM(Column)

    explicit CampaignListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the list: updates campaigns by id (dataChanged for those that changed),
    // removes the ones missing, appends new ones. Emits nothing when nothing changed.
    void setCampaigns(const QList<Campaign> &campaigns);
    // Updates (or appends) one campaign, e.g. from GET /campaigns/{id}.
    void updateCampaign(const Campaign &campaign);

    const Campaign &campaignAt(int row) const { return m_campaigns.at(row); }
    const Campaign *campaignById(const QString &id) const;
    int rowOfId(const QString &id) const; // -1 when absent
    QModelIndex indexOfId(const QString &id, int column = Name) const;

    void setStatusPalette(const StatusPalette &palette);

private:
    QVariant displayValue(const Campaign &c, Column column) const;
    QVariant rawValue(const Campaign &c, Column column) const;
    // Qt::AccessibleTextRole: "Spring renewals, Running, 45% done, 1,200 rows".
    QString sentence(const Campaign &c) const;
    void rebuildIndex();

    QList<Campaign> m_campaigns;
    QHash<QString, int> m_rowById;
    StatusPalette m_palette;
};

} // namespace revox
