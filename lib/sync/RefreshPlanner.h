#pragma once

#include "Campaign.h"
#include "Row.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace revox {

class Clock;
class RowStore;

// The refresh plan of an open campaign, without a network or a timer: from the campaign
// the server just sent, the rows the store holds and the clock, it says what the refresh
// reads next and when the next refresh runs. CampaignWatcher asks it and carries it out;
// the rules are numbered as in the README's refresh plan.
class RefreshPlanner
{
public:
    // What a refresh after the first load reads once the campaign is in.
    enum class FirstStep {
        Nothing,    // rule 1: not live and nothing moved; the campaign answer was all
        Reconcile,  // rule 2: every row (a full listing)
        ActiveRows, // rule 3: the rows whose call is in progress, then rules 4-6
    };

    static constexpr int kMaxFrontierPages = 20;
    static constexpr int kMaxDueCalls = 50;          // scheduled rows read alone per refresh
    static constexpr qint64 kDueRecheckMs = 30'000;  // a due row is read alone at most this often
    static constexpr int kDisagreementRefreshes = 3; // refreshes before a disagreement counts
    static constexpr qint64 kReconcileBytesPerMinute = 1024 * 1024;
    static constexpr qint64 kFullBytesPerMinute = 10 * 1024 * 1024; // reading every row each time

    // Time comes from clock (not owned; null: the system clock).
    explicit RefreshPlanner(const Clock *clock = nullptr);
    void setClock(const Clock *clock);

    // Forgets everything learnt of a campaign (another one opens).
    void reset();

    // The server sends every row on each refresh (it ignores the statuses filter or does
    // not page): every refresh of a live campaign is a full listing.
    void setReadsEveryRow(bool every) { m_readsEveryRow = every; }
    bool readsEveryRow() const { return m_readsEveryRow; }
    // Every nth refresh of a live campaign reads every row (0: only on the budget).
    void setFullSweepEvery(int refreshes) { m_fullSweepEvery = std::max(0, refreshes); }
    void setIntervalMs(int ms) { m_intervalMs = ms; }
    int intervalMs() const { return m_intervalMs; }
    void setSlowIntervalMs(int ms) { m_slowIntervalMs = ms; }
    int slowIntervalMs() const { return m_slowIntervalMs; }

    // Rules 1 and 2, once the campaign of this refresh is in (counts the refresh for the
    // sweep and disagreement rules).
    FirstStep firstStep(const Campaign &now, const RowStore &rows);
    // A full listing starts (the sweep count starts over).
    void fullListingStarted() { m_refreshesSinceSweep = 0; }
    // A full listing named every row: when, and what it cost.
    void fullListingDone(qint64 wireBytes, qint64 ms);
    // The longest a live campaign goes without a full reconcile: grows with what the last
    // full listing cost (bytes and time), from 2 to 60 minutes.
    qint64 reconcileBudgetMs() const;

    // Rule 3: the statuses of a call in progress, for the rows query.
    static QStringList inProgressStatuses();
    // Rule 4, after the rows in progress were listed: the rows whose call to read alone
    // (left the in-progress set; scheduled and due), in that order. listed becomes the
    // in-progress set.
    QStringList callsToRead(const QSet<QString> &listed, const Campaign &campaign,
                            const RowStore &rows);
    // A call of the row is read alone now; and what it said.
    void callRequested(const QString &rowId, const RowStore &rows);
    void callAnswered(const QString &rowId, const Call &call);
    // Rule 5: the first page of the dialling frontier, nullopt when every row has a call.
    std::optional<qint64> frontierPage(const RowStore &rows, int pageSize) const;
    // Rule 5: read the page after this frontier page (its last row gained a call).
    static bool frontierGoesOn(const QList<Row> &page);
    // Rule 6: the first page of rows past the last one held, nullopt when row_stats says
    // there are none.
    std::optional<qint64> newRowsPage(const Campaign &campaign, const RowStore &rows,
                                      int pageSize) const;
    // The in-progress set as the store now shows it (after a full or frontier listing).
    void rememberActiveRows(const RowStore &rows);
    const QSet<QString> &activeRows() const { return m_activeRowIds; }

    // The refresh succeeded with this campaign: the next one compares with it.
    void refreshDone(const std::optional<Campaign> &campaign) { m_previous = campaign; }
    // The interval the settings ask for this campaign (live or not), and the one the plan
    // takes: longer when every refresh reads every row, by what that costs.
    int baseIntervalMs(const std::optional<Campaign> &campaign) const;
    int nextIntervalMs(const std::optional<Campaign> &campaign) const;

private:
    bool reconcileDue(const RowStore &rows, const Campaign &now);
    static bool countsDisagree(const RowStore &rows, const Campaign &now);
    QStringList dueScheduledRows(const Campaign &campaign, const RowStore &rows) const;

    const Clock *m_clock = nullptr;
    std::optional<Campaign> m_previous; // at the last successful refresh
    bool m_readsEveryRow = false;
    int m_intervalMs = 3000;
    int m_slowIntervalMs = 30000;
    int m_fullSweepEvery = 0;
    int m_refreshesSinceSweep = 0;
    int m_disagreeStreak = 0;
    bool m_reconciledThisDisagreement = false;
    qint64 m_lastReconcileAtMs = -1; // monotonic time of the last complete full listing
    qint64 m_lastFullBytes = 0;      // what it cost
    qint64 m_lastFullMs = 0;
    QSet<QString> m_activeRowIds;            // rows whose call was in progress last time
    QHash<QString, qint64> m_dueCheckedAtMs; // scheduled rows read alone, when (monotonic)
};

} // namespace revox
