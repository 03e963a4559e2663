#include "RefreshPlanner.h"

#include "Clock.h"
#include "RowStore.h"
#include "SyncLog.h"

#include <algorithm>
#include <limits>

// How a refresh costs what changed, not what exists (the README's refresh plan):
//  1. GET /campaigns/{id}: row_stats, updated_at, status. A campaign that is not live and
//     whose updated_at and row_stats did not move costs nothing more.
//  2. A full reconcile (every row) instead of steps 3-6 when it is due: when every refresh
//     reads every row anyway; when the campaign stops being live; when the held rows'
//     counts disagree with row_stats for three refreshes in a row (once per disagreement:
//     how row_stats maps to call statuses is not documented, so a disagreement that
//     persists waits for the budget); otherwise on a budget that grows with what the last
//     full listing cost (reconcileBudgetMs()).
//  3. GET .../rows?statuses=<statuses of calls in progress>: the rows that change often.
//     Scheduled rows are not listed: thousands of them wait for hours.
//  4. GET /call/{id} for each row that was in progress last time and is missing now (it
//     ended), and for scheduled rows whose next call is due (next_call_at, or the last
//     attempt's end plus the retry delay), each due row at most every 30 s.
//  5. The dialling frontier: the page after the last row that has a call, and the pages
//     after it while their last row has gained one (at most kMaxFrontierPages). A row
//     that never gets a call does not hold the frontier back.
//  6. New rows: when row_stats.total exceeds the rows held, the pages past the last row.
namespace revox {

RefreshPlanner::RefreshPlanner(const Clock *clock)
{
    setClock(clock);
}

void RefreshPlanner::setClock(const Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
}

void RefreshPlanner::reset()
{
    m_previous.reset();
    m_readsEveryRow = false;
    m_refreshesSinceSweep = 0;
    m_disagreeStreak = 0;
    m_reconciledThisDisagreement = false;
    m_lastReconcileAtMs = -1;
    m_lastFullBytes = m_lastFullMs = 0;
    m_activeRowIds.clear();
    m_dueCheckedAtMs.clear();
}

RefreshPlanner::FirstStep RefreshPlanner::firstStep(const Campaign &now, const RowStore &rows)
{
    const bool wasLive = m_previous && m_previous->isLive();
    const bool unchanged = m_previous && m_previous->updatedAt == now.updatedAt &&
                           m_previous->rowStats == now.rowStats;
    if (!now.isLive() && !wasLive && unchanged)
        return FirstStep::Nothing;
    if (m_readsEveryRow || (wasLive && !now.isLive()) || reconcileDue(rows, now))
        return FirstStep::Reconcile;
    return FirstStep::ActiveRows;
}

void RefreshPlanner::fullListingDone(qint64 wireBytes, qint64 ms)
{
    m_lastReconcileAtMs = m_clock->monotonicMs();
    m_lastFullBytes = wireBytes;
    m_lastFullMs = ms;
}

qint64 RefreshPlanner::reconcileBudgetMs() const
{
    const qint64 byBytes = m_lastFullBytes * 60'000 / kReconcileBytesPerMinute;
    return std::clamp<qint64>(std::max(byBytes, 60 * m_lastFullMs), 2 * 60'000, 60 * 60'000);
}

bool RefreshPlanner::countsDisagree(const RowStore &rows, const Campaign &now)
{
    if (!now.rowStats)
        return false;
    const RowStats &stats = *now.rowStats;
    if (stats.total != rows.size())
        return true;
    // The buckets whose rows stay put: completed; failed (errored or cancelled); retry
    // (scheduled), as the simulator and the SDK docs' examples bucket them. Calls in
    // progress move too fast to compare.
    qint64 completed = 0, failed = 0, scheduled = 0;
    const int n = rows.size();
    for (int i = 0; i < n; ++i) {
        const qint8 status = rows.facetsOf(i).status;
        if (status == qint8(CallStatus::Completed))
            ++completed;
        else if (status == qint8(CallStatus::Errored) || status == qint8(CallStatus::Cancelled))
            ++failed;
        else if (status == qint8(CallStatus::Scheduled))
            ++scheduled;
    }
    // Held rows trail the server by one refresh: calls that ended since may have moved
    // between buckets. A gap no larger than the calls in progress is that lag, not news.
    const qint64 slack = std::max<qint64>(3, stats.calling);
    return std::abs(completed - stats.completed) > slack ||
           std::abs(failed - stats.failed) > slack || std::abs(scheduled - stats.retry) > slack;
}

bool RefreshPlanner::reconcileDue(const RowStore &rows, const Campaign &now)
{
    if (m_fullSweepEvery > 0 && ++m_refreshesSinceSweep >= m_fullSweepEvery)
        return true;
    const qint64 sinceMs = m_lastReconcileAtMs < 0 ? std::numeric_limits<qint64>::max()
                                                   : m_clock->monotonicMs() - m_lastReconcileAtMs;
    if (countsDisagree(rows, now)) {
        ++m_disagreeStreak;
        const qint64 spacingMs = std::max<qint64>(30'000, 10 * m_lastFullMs);
        if (m_disagreeStreak >= kDisagreementRefreshes && !m_reconciledThisDisagreement &&
            sinceMs >= spacingMs) {
            qCInfo(lcSync) << "held rows disagree with row_stats: one reconcile";
            m_reconciledThisDisagreement = true;
            return true;
        }
    } else {
        m_disagreeStreak = 0;
        m_reconciledThisDisagreement = false;
    }
    return sinceMs >= reconcileBudgetMs();
}

QStringList RefreshPlanner::inProgressStatuses()
{
    // Not scheduled (rows waiting for their next attempt, often for hours: rule 4 reads
    // them when due) and not not_launched (servers read it as "rows without a call", nearly
    // every row early in a large campaign: the frontier rule follows those).
    return {toWire(CallStatus::Initializing), toWire(CallStatus::QueuedForCalling),
            toWire(CallStatus::Calling), toWire(CallStatus::PostProcessing),
            toWire(CallStatus::Paused)};
}

QStringList RefreshPlanner::callsToRead(const QSet<QString> &listed, const Campaign &campaign,
                                        const RowStore &rows)
{
    QStringList ids;
    for (const QString &id : std::as_const(m_activeRowIds)) {
        if (!listed.contains(id))
            ids.append(id);
    }
    m_activeRowIds = listed;
    ids.append(dueScheduledRows(campaign, rows));
    return ids;
}

QStringList RefreshPlanner::dueScheduledRows(const Campaign &campaign, const RowStore &rows) const
{
    const qint64 nowMs = m_clock->nowUtc().toMSecsSinceEpoch();
    const qint64 clockMs = m_clock->monotonicMs();
    qint64 campaignDelayS = 7200; // the API's default retry delay
    if (campaign.callRetryConfig && !campaign.callRetryConfig->callingWindows.isEmpty())
        campaignDelayS = campaign.callRetryConfig->callingWindows.first().retryDelaySeconds;
    QList<std::pair<qint64, QString>> due;
    const int n = rows.size();
    for (int i = 0; i < n; ++i) {
        if (rows.facetsOf(i).status != qint8(CallStatus::Scheduled))
            continue;
        const Row &row = rows.rowAt(i);
        if (!row.call)
            continue;
        const Call &call = *row.call;
        qint64 dueMs = -1;
        if (call.nextCallAt.isValid()) {
            dueMs = call.nextCallAt.toMSecsSinceEpoch();
        } else {
            const CallAttempt *last = call.latestAttempt();
            const qint64 endedMs =
                last && last->endedAt.isValid() ? last->endedAt.toMSecsSinceEpoch() : -1;
            qint64 delayS = campaignDelayS;
            if (call.callRetryConfig && !call.callRetryConfig->callingWindows.isEmpty())
                delayS = call.callRetryConfig->callingWindows.first().retryDelaySeconds;
            if (call.scheduledAt.isValid() && call.scheduledAt.toMSecsSinceEpoch() > endedMs)
                dueMs = call.scheduledAt.toMSecsSinceEpoch();
            else if (endedMs >= 0)
                dueMs = endedMs + delayS * 1000;
        }
        if (dueMs < 0 || dueMs > nowMs)
            continue;
        const auto checked = m_dueCheckedAtMs.constFind(row.id);
        if (checked != m_dueCheckedAtMs.cend() && clockMs - *checked < kDueRecheckMs)
            continue;
        due.append({dueMs, row.id});
    }
    std::sort(due.begin(), due.end());
    QStringList ids;
    for (qsizetype i = 0; i < due.size() && i < kMaxDueCalls; ++i)
        ids.append(due.at(i).second);
    return ids;
}

void RefreshPlanner::callRequested(const QString &rowId, const RowStore &rows)
{
    if (rows.facetsOf(rows.rowOfId(rowId)).status == qint8(CallStatus::Scheduled))
        m_dueCheckedAtMs.insert(rowId, m_clock->monotonicMs());
}

void RefreshPlanner::callAnswered(const QString &rowId, const Call &call)
{
    if (isActiveCallStatus(call.status.value))
        m_activeRowIds.insert(rowId);
}

std::optional<qint64> RefreshPlanner::frontierPage(const RowStore &rows, int pageSize) const
{
    // Rows are dialled in row order: the frontier is just past the last row with a call.
    // A row before it that never got a call (skipped, a bad number) does not hold it back.
    const int n = rows.size();
    int last = n - 1;
    while (last >= 0 && rows.facetsOf(last).status == RowStore::FacetCodes::kNone &&
           !rows.rowAt(last).call)
        --last;
    const int frontier = last + 1;
    if (frontier >= n || pageSize <= 0)
        return std::nullopt;
    return frontier / pageSize;
}

bool RefreshPlanner::frontierGoesOn(const QList<Row> &page)
{
    return !page.isEmpty() && page.last().call.has_value();
}

std::optional<qint64> RefreshPlanner::newRowsPage(const Campaign &campaign, const RowStore &rows,
                                                  int pageSize) const
{
    const qint64 held = rows.size();
    const qint64 total = campaign.rowStats ? campaign.rowStats->total : held;
    if (total > held && pageSize > 0)
        return held / pageSize;
    return std::nullopt; // fewer rows than held: the reconcile (counts disagree) settles it
}

void RefreshPlanner::rememberActiveRows(const RowStore &rows)
{
    m_activeRowIds.clear();
    using Codes = RowStore::FacetCodes;
    const int n = rows.size();
    for (int i = 0; i < n; ++i) {
        // Facet codes are a contiguous array: this scan touches rows only when they match.
        const qint8 status = rows.facetsOf(i).status;
        if (status == Codes::kNone || status == qint8(CallStatus::Scheduled))
            continue;
        if (status == Codes::kOther || isActiveCallStatus(CallStatus(status)))
            m_activeRowIds.insert(rows.rowAt(i).id);
    }
}

int RefreshPlanner::baseIntervalMs(const std::optional<Campaign> &campaign) const
{
    return campaign && !campaign->isLive() ? m_slowIntervalMs : m_intervalMs;
}

int RefreshPlanner::nextIntervalMs(const std::optional<Campaign> &campaign) const
{
    const int base = baseIntervalMs(campaign);
    if (!m_readsEveryRow || m_lastFullMs <= 0)
        return base;
    // Every refresh is a full download: spend at most a tenth of the time downloading and
    // about kFullBytesPerMinute on the wire, whichever waits longer (up to 15 minutes).
    const qint64 byTime = 10 * m_lastFullMs;
    const qint64 byBytes = m_lastFullBytes * 60'000 / kFullBytesPerMinute;
    return int(std::clamp<qint64>(std::max(byTime, byBytes), base, 15 * 60'000));
}

} // namespace revox
