#pragma once

#include "CampaignStoreModel.h"
#include "CampaignSummary.h"
#include "ModelRoles.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

namespace revox {

// Every campaign of the account side by side, a table view over a CampaignStore (one model
// row per campaign, in the store's order): its row_stats figures, and the figures that need
// its rows (rates, median call, last call) from the store's CampaignSummary, worked out when
// it was last opened. Without a summary those cells are empty and their tooltip says to open
// the campaign once; a summary older than the campaign's latest update says how old it is.
// Never asks for any rows itself.
//
// Follows the store live (rows inserted, removed, changed; never a reset). RawValueRole
// holds numbers for sorting (rates in percent, durations in seconds, times in ms since the
// epoch), invalid when empty; RowIdRole the campaign id.
class CampaignsOverviewModel : public CampaignStoreModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Status,
        Rows,           // row_stats.total
        Done,           // row_stats progress, percent
        AnswerRate,     // answered / called (summary)
        HumanRate,      // human / called (summary)
        SuccessRate,    // success / human (summary, with its success condition)
        MedianDuration, // answered calls (summary)
        LastActivity,   // the last call (summary), else the campaign's updated_at
        ServerFunnel,   // funnel_stats as the server sent it (newer servers)
        ColumnCount     // sentinel
    };
    Q_ENUM(Column)

    // A view over store (which must outlive it).
    explicit CampaignsOverviewModel(const CampaignStore *store, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Whether the column's figure comes from the campaign's rows (a summary).
    static bool needsRows(int column);

    // Listed campaigns that have no summary yet: their row figures wait for them to be opened.
    int campaignsWithoutSummary() const;

    QString campaignIdAt(int row) const;
    const CampaignStore *campaignStore() const { return m_store; }
    // The CSV form of the table: column titles, and a row's figures as plain values (numbers
    // with a '.' and no unit, durations in seconds, times in ISO 8601 UTC).
    QStringList exportHeader() const;
    // funnel_stats on one line: "contacts 5000 · dialled 1900 · …".
    static QString serverFunnelText(const QJsonObject &funnelStats);
    QStringList exportCells(int row) const;

    // How tooltips word a success condition and when a summary was worked out; the UI's own
    // wording replaces these plain defaults ("field=value", a local date).
    void setConditionText(std::function<QString(const OutputCondition &)> text);
    void setWhenText(std::function<QString(const QDateTime &)> text);

signals:
    // A summary was added, replaced or dropped, or the list changed: the number of campaigns
    // without a summary may be another.
    void summariesChanged();

private:
    QVariant campaignData(const Campaign &c, int row, int column, int role) const override;
    QVariant displayValue(const Campaign &c, const CampaignSummary *s, Column column) const;
    QVariant rawValue(const Campaign &c, const CampaignSummary *s, Column column) const;
    QString toolTip(const Campaign &c, const CampaignSummary *s, Column column) const;
    QString sentence(const Campaign &c, const CampaignSummary *s) const;
    const CampaignSummary *summaryAt(int row) const;
    void summaryRowChanged(const QString &campaignId);
    void onSummariesChanged();
    // The one success condition of every summary, if they share one.
    std::optional<OutputCondition> commonCondition() const;

    bool m_hadCommonCondition = false; // at the last summariesChanged
    std::function<QString(const OutputCondition &)> m_conditionText;
    std::function<QString(const QDateTime &)> m_whenText;
};

} // namespace revox
