#pragma once

#include "CampaignStore.h"
#include "CampaignStoreModel.h"
#include "ModelRoles.h"

namespace revox {

// A list view over a CampaignStore: one model row per campaign, in the store's order; it
// follows the store's signals, so a refresh emits only what changed and never modelReset.
//
// For the UI: show it in a list/table (column Name for a sidebar); read a campaign with
// campaignAt(row) or campaignById(id); keep the selection by RowIdRole (the campaign id).
// The sync layer writes to the store.
class CampaignListModel : public CampaignStoreModel
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

    // A view over store (which must outlive it).
    explicit CampaignListModel(const CampaignStore *store, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant campaignData(const Campaign &c, int row, int column, int role) const override;
    QVariant displayValue(const Campaign &c, Column column) const;
    QVariant rawValue(const Campaign &c, Column column) const;
    // Qt::AccessibleTextRole: "Spring renewals, Running, 45% done, 1,200 rows".
    QString sentence(const Campaign &c) const;
};

} // namespace revox
