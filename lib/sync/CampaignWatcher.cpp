#include "CampaignWatcher.h"

#include "Backoff.h"
#include "CampaignStore.h"
#include "RevoxClient.h"
#include "RowStore.h"
#include "SyncLog.h"

#include <QMap>
#include <QtConcurrent>

#include <algorithm>

// How a refresh costs what changed, not what exists.
//
// First load: GET /campaigns/{id} and every row (RowsListing: the one paging engine, for
// paged answers with or without total and for unpaged ones), merged in page order.
//
// Then each refresh follows a plan, with Strategy::ActiveRows (the default):
//  1. GET /campaigns/{id}: row_stats, updated_at, status. A campaign that is not live and
//     whose updated_at and row_stats did not move costs nothing more.
//  2. A full reconcile (every row) instead of steps 3-6 when it is due: when the campaign
//     stops being live; when the held rows' counts disagree with row_stats for three
//     refreshes in a row (once per disagreement: how row_stats maps to call statuses is not
//     documented, so a disagreement that persists waits for the budget); otherwise on a
//     budget that grows with what the last full listing cost (reconcileBudgetMs()).
//  3. GET .../rows?statuses=<statuses of calls in progress>: the rows that change often.
//     Scheduled rows are not listed: thousands of them wait for hours.
//  4. GET /call/{id} for each row that was in progress last time and is missing now (it
//     ended), and for scheduled rows whose next call is due (next_call_at, or the last
//     attempt's end plus the retry delay), each due row at most every 30 s.
//  5. The dialling frontier: the page after the last row that has a call, and the pages
//     after it while their last row has gained one (at most kMaxFrontierPages). A row
//     that never gets a call does not hold the frontier back.
//  6. New rows: when row_stats.total exceeds the rows held, the pages past the last row.
// Strategy::FullPages reads every row on every refresh. It is chosen when the server does
// not honour the statuses filter (a row outside it comes back, or 400/422), or answers
// with every row at once; the interval then grows with the listing's cost and
// intervalReason() says why.
//
// A reply the parser had problems with (a field of the wrong type, say) is merged all the
// same: what parsed is kept, each distinct problem is logged once (problems()), and it
// costs no more requests than a clean reply. Every listing is merged by id: row digests
// (id hash, change key over every value the server sent, facet codes) are computed on a
// worker thread, so the GUI thread compares hashes and emits dataChanged only for rows
// that changed.
namespace revox {

struct CampaignWatcher::Listing
{
    LoadPurpose purpose = LoadPurpose::FirstLoad;
    QPointer<RowsListing> request;
    struct Digested
    {
        QList<Row> rows;
        QList<RowStore::RowDigest> digests;
    };
    QMap<qint64, Digested> digested; // pages whose digests are ready, by hand-on order
    qint64 handedOn = 0;             // pages handed on by the listing
    qint64 nextToMerge = 0;
    bool done = false; // the listing finished (outcome set)
    RowsListing::Outcome outcome;
    QSet<QString> seenIds;      // Sweep / ActiveRows: ids the listing returned
    bool filterIgnored = false; // ActiveRows: a row outside the statuses filter came back
    bool everyRow = false;      // the server answered with every row at once
    bool resumed = false;       // FirstLoad from a later page: names only the rows after it
    QElapsedTimer clock;
};

static constexpr int kMaxFrontierPages = 20;
static constexpr int kMaxDueRefetches = 50;      // scheduled rows read alone per refresh
static constexpr qint64 kDueRecheckMs = 30'000;  // a due row is read alone at most this often
static constexpr int kDisagreementRefreshes = 3; // refreshes before a disagreement counts
static constexpr qint64 kReconcileBytesPerMinute = 1024 * 1024;
static constexpr qint64 kFullBytesPerMinute = 10 * 1024 * 1024; // FullPages' interval budget

CampaignWatcher::CampaignWatcher(RevoxClient *client, RowStore *rows, CampaignStore *campaigns,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_rows(rows)
    , m_campaigns(campaigns)
{
    qRegisterMetaType<RefreshCost>();
    m_digestPool.setMaxThreadCount(std::max(1, std::min(4, QThread::idealThreadCount())));
    m_digestPool.setThreadPriority(QThread::LowPriority);
    m_clock.start();
    connect(&m_timer, &PollTimer::timeout, this, &CampaignWatcher::beginRefresh);
}

CampaignWatcher::~CampaignWatcher()
{
    cancelInFlight();
}

void CampaignWatcher::setCampaignId(const QString &campaignId)
{
    if (campaignId == m_campaignId)
        return;
    const bool wasRunning = m_running;
    stop();
    m_campaignId = campaignId;
    m_campaign.reset();
    m_previousCampaign.reset();
    m_activeRowIds.clear();
    m_dueCheckedAtMs.clear();
    m_firstLoadDone = false;
    m_strategy = Strategy::ActiveRows;
    m_loadedCount = m_loadTotal = 0;
    m_resumeFromPage = 0;
    m_lastReconcileAtMs = -1;
    m_lastFullBytes = m_lastFullMs = 0;
    m_disagreeStreak = 0;
    m_reconciledThisDisagreement = false;
    m_refreshesSinceSweep = 0;
    m_problems.clear();
    emit problemsChanged();
    updateIntervalReason();
    m_restoredAt = QDateTime();
    m_lastSuccessAt = QDateTime();
    m_failingSince = QDateTime();
    if (m_rows)
        m_rows->clear();
    emit campaignIdChanged(campaignId);
    if (wasRunning)
        start();
}

void CampaignWatcher::start()
{
    if (m_running || m_campaignId.isEmpty())
        return;
    m_running = true;
    beginRefresh();
}

void CampaignWatcher::stop()
{
    m_running = false;
    m_timer.stop();
    m_refreshQueued = false;
    ++m_generation;
    cancelInFlight();
    m_busy = false;
    setState(SyncState::Idle);
}

void CampaignWatcher::refreshNow()
{
    if (m_campaignId.isEmpty())
        return;
    m_running = true;
    if (m_busy) {
        m_refreshQueued = true;
        return;
    }
    m_timer.stop();
    beginRefresh();
}

void CampaignWatcher::setIntervalMs(int ms)
{
    m_intervalMs = qMax(50, ms);
}

void CampaignWatcher::setSlowIntervalMs(int ms)
{
    m_slowIntervalMs = qMax(50, ms);
}

void CampaignWatcher::setPageSize(int rows)
{
    m_pageSize = m_fullPageSize = qBound(1, rows, 10000);
}

void CampaignWatcher::setMaxPagesInFlight(int pages)
{
    m_maxPagesInFlight = qBound(1, pages, 16);
}

void CampaignWatcher::setMaxBackoffMs(int ms)
{
    m_maxBackoffMs = qMax(50, ms);
}

void CampaignWatcher::setFullSweepEvery(int refreshes)
{
    m_fullSweepEvery = qMax(0, refreshes);
}

int CampaignWatcher::msUntilNextRefresh() const
{
    return m_timer.isActive() ? m_timer.remainingTime() : -1;
}

QStringList CampaignWatcher::activeStatusFilter()
{
    // The statuses of a call in progress. Not scheduled (rows waiting for their next
    // attempt, often for hours: step 4 reads them when due) and not not_launched (servers
    // read it as "rows without a call", nearly every row early in a large campaign: the
    // frontier step follows those).
    return {toWire(CallStatus::Initializing), toWire(CallStatus::QueuedForCalling),
            toWire(CallStatus::Calling), toWire(CallStatus::PostProcessing),
            toWire(CallStatus::Paused)};
}

// ---- one refresh ---------------------------------------------------------------------------

void CampaignWatcher::beginRefresh()
{
    if (!m_running || m_busy || !m_client || m_campaignId.isEmpty())
        return;
    m_busy = true;
    m_cost = {};
    m_refreshTimer.start();
    const quint64 generation = ++m_generation;
    if (!m_firstLoadDone) {
        setState(SyncState::Loading);
        m_loadedCount = m_rows ? m_rows->size() : 0;
        m_loadTotal = 0;
        emit loadingProgress(m_loadedCount, m_loadTotal);
        // Campaign and rows in parallel: the first paint should not wait for either.
        m_campaignPending = true;
        fetchCampaign(generation);
        startListing(LoadPurpose::FirstLoad, m_resumeFromPage, generation);
        return;
    }
    fetchCampaign(generation);
}

void CampaignWatcher::resumeFirstLoad(qint64 savedRows)
{
    const qint64 page = savedRows / std::max(1, m_fullPageSize);
    if (m_firstLoadDone || page <= 0)
        return;
    const bool loading = m_busy && m_listing && m_listing->purpose == LoadPurpose::FirstLoad;
    if (loading && m_listing->nextToMerge >= page)
        return; // the network got there first
    qCInfo(lcSync) << savedRows << "rows of the first load were saved; reading on from page"
                   << page;
    m_resumeFromPage = page;
    if (loading) {
        ++m_generation;
        cancelInFlight();
        m_busy = false;
        beginRefresh();
    }
}

void CampaignWatcher::fetchCampaign(quint64 generation)
{
    ++m_cost.requests;
    QPointer<ApiRequest> request =
        m_client->getCampaign(m_campaignId, this, [this, generation](ApiResult<Campaign> r) {
            if (generation != m_generation || r.error.kind == ApiErrorKind::Cancelled)
                return;
            m_cost.wireBytes += r.wireBytes;
            if (!r.ok()) {
                fail(r.error);
                return;
            }
            noteProblems(r.problems);
            onCampaign(*r.value, generation);
        });
    m_inFlight.append(request);
}

void CampaignWatcher::onCampaign(const Campaign &campaign, quint64 generation)
{
    m_campaign = campaign;
    if (m_campaigns) {
        m_campaigns->updateCampaign(campaign);
        if (campaign.rowStats)
            m_campaigns->addProgress(campaign.id,
                                     {QDateTime::currentDateTimeUtc(), *campaign.rowStats});
    }
    if (m_rows && campaign.assistant && campaign.assistant->structuredOutputConfig) {
        QStringList fields;
        for (const StructuredOutputField &f : *campaign.assistant->structuredOutputConfig)
            fields.append(f.name);
        m_rows->setStructuredOutputFields(fields);
    }
    emit campaignChanged(campaign);
    if (!m_firstLoadDone) {
        m_campaignPending = false;
        if (!m_listing) // the rows finished first
            finishRefresh();
        return;
    }
    planRows(generation);
}

void CampaignWatcher::planRows(quint64 generation)
{
    const Campaign &now = *m_campaign;
    const bool wasLive = m_previousCampaign && m_previousCampaign->isLive();
    const bool unchanged = m_previousCampaign && m_previousCampaign->updatedAt == now.updatedAt &&
                           m_previousCampaign->rowStats == now.rowStats;
    if (!now.isLive() && !wasLive && unchanged) {
        finishRefresh(); // nothing moved: the campaign answer was all it cost
        return;
    }
    if (m_strategy == Strategy::FullPages || (wasLive && !now.isLive()) || reconcileDue()) {
        startListing(LoadPurpose::Sweep, 0, generation);
        return;
    }
    startListing(LoadPurpose::ActiveRows, 0, generation);
}

qint64 CampaignWatcher::reconcileBudgetMs() const
{
    const qint64 byBytes = m_lastFullBytes * 60'000 / kReconcileBytesPerMinute;
    return std::clamp<qint64>(std::max(byBytes, 60 * m_lastFullMs), 2 * 60'000, 60 * 60'000);
}

bool CampaignWatcher::countsDisagree() const
{
    if (!m_rows || !m_campaign || !m_campaign->rowStats)
        return false;
    const RowStats &stats = *m_campaign->rowStats;
    if (stats.total != m_rows->size())
        return true;
    // The buckets whose rows stay put: completed; failed (errored or cancelled); retry
    // (scheduled), as the simulator and the SDK docs' examples bucket them. Calls in
    // progress move too fast to compare.
    qint64 completed = 0, failed = 0, scheduled = 0;
    const int n = m_rows->size();
    for (int i = 0; i < n; ++i) {
        const qint8 status = m_rows->facetsOf(i).status;
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

bool CampaignWatcher::reconcileDue()
{
    if (m_fullSweepEvery > 0 && ++m_refreshesSinceSweep >= m_fullSweepEvery)
        return true;
    const qint64 sinceMs = m_lastReconcileAtMs < 0 ? std::numeric_limits<qint64>::max()
                                                   : m_clock.elapsed() - m_lastReconcileAtMs;
    if (countsDisagree()) {
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

// ---- listings --------------------------------------------------------------------------------

void CampaignWatcher::startListing(LoadPurpose purpose, qint64 firstPage, quint64 generation)
{
    m_listing = std::make_unique<Listing>();
    m_listing->purpose = purpose;
    m_listing->resumed = purpose == LoadPurpose::FirstLoad && firstPage > 0;
    m_listing->clock.start();
    RowsQuery query;
    RowsListing::Options options;
    options.firstPage = firstPage;
    const bool full = purpose == LoadPurpose::FirstLoad || purpose == LoadPurpose::Sweep;
    options.pageSize = full ? m_fullPageSize : m_pageSize;
    options.maxInFlight = m_maxPagesInFlight;
    if (purpose == LoadPurpose::ActiveRows)
        query.statuses = activeStatusFilter();
    if (purpose == LoadPurpose::Frontier) {
        options.maxInFlight = 1; // whether to go on depends on the page just read
        options.maxPages = kMaxFrontierPages;
    }
    if (purpose == LoadPurpose::Sweep)
        m_refreshesSinceSweep = 0;
    RowsListing *listing = listRows(m_client, m_campaignId, query, options);
    m_listing->request = listing;
    if (purpose == LoadPurpose::FirstLoad) {
        connect(listing, &ApiRequest::progressed, this, [this](qint64, qint64 total) {
            if (total > m_loadTotal) {
                m_loadTotal = total;
                if (m_rows)
                    m_rows->reserve(total);
                emit loadingProgress(m_loadedCount, m_loadTotal);
            }
        });
    }
    m_inFlight.append(listing);
    listing->start(
        [this, generation](RowsListing::Page &page) { return onListedPage(page, generation); },
        [this, generation](const RowsListing::Outcome &outcome) {
            onListingDone(outcome, generation);
        });
}

bool CampaignWatcher::onListedPage(RowsListing::Page &page, quint64 generation)
{
    if (generation != m_generation || !m_listing)
        return false;
    Listing &listing = *m_listing;
    noteProblems(page.problems);
    m_cost.rowsReceived += page.rows.size();
    bool goOn = true;
    if (page.everyRow && listing.purpose != LoadPurpose::FirstLoad) {
        // The server sent every row, whatever was asked: this listing is a full one.
        listing.everyRow = true;
        listing.purpose = LoadPurpose::Sweep;
    }
    if (listing.purpose == LoadPurpose::ActiveRows) {
        for (const Row &row : std::as_const(page.rows)) {
            // Only a status that parsed can prove the filter was ignored: a row whose call
            // was damaged in transit (a parse problem) proves nothing.
            const bool outside = row.call ? (row.call->status.isKnown() &&
                                             !isActiveCallStatus(row.call->status.value))
                                          : page.problems.isEmpty();
            if (outside) {
                qCInfo(lcSync) << "server ignores the statuses filter (row" << row.id << "is"
                               << (row.call ? row.call->status.text : QStringLiteral("no call"))
                               << "); reading every row from now on";
                listing.filterIgnored = true;
                goOn = false;
                break;
            }
        }
    }
    if (listing.purpose == LoadPurpose::Frontier) {
        goOn = !page.rows.isEmpty() && page.rows.last().call.has_value();
    }
    if (listing.purpose == LoadPurpose::Sweep || listing.purpose == LoadPurpose::ActiveRows ||
        listing.purpose == LoadPurpose::FirstLoad) {
        for (const Row &row : std::as_const(page.rows))
            listing.seenIds.insert(row.id);
    }
    // The digests the model merges by are computed on a worker thread, where reading every
    // row costs the GUI thread nothing.
    const qint64 order = listing.handedOn++;
    QtConcurrent::run(&m_digestPool, [rows = page.rows] {
        return RowStore::digest(rows);
    }).then(this, [this, generation, order, rows = page.rows](QList<RowStore::RowDigest> digests) {
        if (generation != m_generation || !m_listing)
            return;
        m_listing->digested.insert(order, {rows, std::move(digests)});
        mergeDigested(generation);
    });
    return goOn;
}

void CampaignWatcher::mergeDigested(quint64 generation)
{
    Listing &listing = *m_listing;
    // Merge in page order, so that rows append at the end of the model in row order.
    while (!listing.digested.isEmpty() && listing.digested.firstKey() == listing.nextToMerge) {
        Listing::Digested page = listing.digested.take(listing.nextToMerge);
        ++listing.nextToMerge;
        const qsizetype count = page.rows.size();
        if (m_rows)
            m_rows->merge(std::move(page.rows), page.digests);
        if (listing.purpose == LoadPurpose::FirstLoad && count > 0) {
            m_loadedCount = m_rows ? m_rows->size() : m_loadedCount + count;
            emit loadingProgress(m_loadedCount, std::max(m_loadTotal, m_loadedCount));
        }
    }
    if (listing.done && listing.nextToMerge == listing.handedOn)
        finishListing(generation);
}

void CampaignWatcher::onListingDone(const RowsListing::Outcome &outcome, quint64 generation)
{
    if (generation != m_generation || !m_listing)
        return;
    m_inFlight.removeAll(nullptr);
    m_cost.requests += int(outcome.pages) + (outcome.error.isError() ? 1 : 0);
    m_cost.wireBytes += outcome.wireBytes;
    if (outcome.error.isError() && outcome.error.kind != ApiErrorKind::Cancelled) {
        const bool filterRefused =
            m_listing->purpose == LoadPurpose::ActiveRows &&
            (outcome.error.httpStatus == 400 || outcome.error.httpStatus == 422);
        if (filterRefused) {
            qCInfo(lcSync) << "server refused the statuses filter; reading every row";
            switchToFullPages(tr("the server does not filter rows by status"));
            return;
        }
        fail(outcome.error);
        return;
    }
    m_listing->done = true;
    m_listing->outcome = outcome;
    mergeDigested(generation);
}

void CampaignWatcher::switchToFullPages(const QString &why)
{
    if (m_strategy != Strategy::FullPages) {
        m_strategy = Strategy::FullPages;
        qCInfo(lcSync) << "reading every row on each refresh:" << why;
        emit strategyChanged(m_strategy);
    }
    const quint64 generation = ++m_generation;
    const RefreshCost cost = m_cost;
    cancelInFlight();
    m_cost = cost;
    m_busy = true;
    startListing(LoadPurpose::Sweep, 0, generation);
}

void CampaignWatcher::finishListing(quint64 generation)
{
    const std::unique_ptr<Listing> listing = std::move(m_listing);
    m_inFlight.removeAll(nullptr);
    const bool full =
        listing->purpose == LoadPurpose::FirstLoad || listing->purpose == LoadPurpose::Sweep;
    if (full && listing->outcome.complete && !listing->resumed) {
        m_lastReconcileAtMs = m_clock.elapsed();
        m_lastFullBytes = listing->outcome.wireBytes;
        m_lastFullMs = listing->clock.elapsed();
    }
    if (listing->everyRow && m_strategy != Strategy::FullPages) {
        m_strategy = Strategy::FullPages;
        qCInfo(lcSync) << "the server answers with every row at once";
        emit strategyChanged(m_strategy);
    }
    switch (listing->purpose) {
    case LoadPurpose::FirstLoad:
    case LoadPurpose::Sweep:
        // A complete listing names every row: the ones it did not name are gone. A listing
        // cut short proves nothing about the rows after it.
        if (listing->purpose == LoadPurpose::FirstLoad)
            m_resumeFromPage = 0;
        if (listing->outcome.complete && !listing->resumed && m_rows &&
            m_rows->size() > listing->seenIds.size()) {
            QStringList gone;
            for (const Row &row : m_rows->rows()) {
                if (!listing->seenIds.contains(row.id))
                    gone.append(row.id);
            }
            if (!gone.isEmpty())
                m_rows->removeById(gone);
        }
        rememberActiveRows();
        if (listing->purpose == LoadPurpose::FirstLoad && m_campaignPending)
            return; // onCampaign() finishes the refresh
        finishRefresh();
        return;
    case LoadPurpose::ActiveRows:
        if (listing->filterIgnored) {
            switchToFullPages(tr("the server does not filter rows by status"));
            return;
        }
        m_callsToRefetch.clear();
        for (const QString &id : std::as_const(m_activeRowIds)) {
            if (!listing->seenIds.contains(id))
                m_callsToRefetch.append(id);
        }
        m_activeRowIds = listing->seenIds;
        m_callsToRefetch.append(dueScheduledRows());
        refetchCalls(generation);
        return;
    case LoadPurpose::Frontier:
        rememberActiveRows();
        checkForNewRows(generation);
        return;
    case LoadPurpose::NewRows:
        rememberActiveRows();
        finishRefresh();
        return;
    }
}

// ---- rows read alone -------------------------------------------------------------------------

QStringList CampaignWatcher::dueScheduledRows() const
{
    if (!m_rows)
        return {};
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 clockMs = m_clock.elapsed();
    qint64 campaignDelayS = 7200; // the API's default retry delay
    if (m_campaign && m_campaign->callRetryConfig &&
        !m_campaign->callRetryConfig->callingWindows.isEmpty())
        campaignDelayS = m_campaign->callRetryConfig->callingWindows.first().retryDelaySeconds;
    QList<std::pair<qint64, QString>> due;
    const int n = m_rows->size();
    for (int i = 0; i < n; ++i) {
        if (m_rows->facetsOf(i).status != qint8(CallStatus::Scheduled))
            continue;
        const Row &row = m_rows->rowAt(i);
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
    for (qsizetype i = 0; i < due.size() && i < kMaxDueRefetches; ++i)
        ids.append(due.at(i).second);
    return ids;
}

void CampaignWatcher::refetchCalls(quint64 generation)
{
    while (!m_callsToRefetch.isEmpty() && m_refetchesInFlight < m_maxPagesInFlight) {
        const QString rowId = m_callsToRefetch.takeFirst();
        const Row *row = m_rows ? m_rows->rowById(rowId) : nullptr;
        if (!row || !row->call)
            continue;
        if (m_rows->facetsOf(m_rows->rowOfId(rowId)).status == qint8(CallStatus::Scheduled))
            m_dueCheckedAtMs.insert(rowId, m_clock.elapsed());
        ++m_refetchesInFlight;
        ++m_cost.requests;
        QPointer<ApiRequest> request =
            m_client->getCall(row->call->id, this, [this, rowId, generation](ApiResult<Call> r) {
                if (generation != m_generation || r.error.kind == ApiErrorKind::Cancelled)
                    return;
                --m_refetchesInFlight;
                m_cost.wireBytes += r.wireBytes;
                if (!r.ok() && r.error.kind != ApiErrorKind::NotFound) {
                    fail(r.error);
                    return;
                }
                if (r.ok()) {
                    noteProblems(r.problems);
                    const Row *held = m_rows ? m_rows->rowById(rowId) : nullptr;
                    if (held) {
                        Row updated = *held;
                        updated.call = *r.value;
                        updated.contentHash = 0; // no longer the server's row as listed
                        if (isActiveCallStatus(r.value->status.value))
                            m_activeRowIds.insert(rowId);
                        ++m_cost.rowsReceived;
                        m_rows->merge({updated});
                    }
                }
                refetchCalls(generation);
            });
        m_inFlight.append(request);
    }
    if (m_callsToRefetch.isEmpty() && m_refetchesInFlight == 0)
        fetchFrontier(generation);
}

void CampaignWatcher::fetchFrontier(quint64 generation)
{
    m_inFlight.removeAll(nullptr);
    if (!m_rows || m_pageSize <= 0) {
        checkForNewRows(generation);
        return;
    }
    // Rows are dialled in row order: the frontier is just past the last row with a call.
    // A row before it that never got a call (skipped, a bad number) does not hold it back.
    const int n = m_rows->size();
    int last = n - 1;
    while (last >= 0 && m_rows->facetsOf(last).status == RowStore::FacetCodes::kNone &&
           !m_rows->rowAt(last).call)
        --last;
    const int frontier = last + 1;
    if (frontier >= n) {
        checkForNewRows(generation);
        return;
    }
    startListing(LoadPurpose::Frontier, frontier / m_pageSize, generation);
}

void CampaignWatcher::checkForNewRows(quint64 generation)
{
    m_inFlight.removeAll(nullptr);
    const qint64 held = m_rows ? m_rows->size() : 0;
    const qint64 total = m_campaign && m_campaign->rowStats ? m_campaign->rowStats->total : held;
    if (total > held && m_pageSize > 0) {
        startListing(LoadPurpose::NewRows, held / m_pageSize, generation);
        return;
    }
    finishRefresh(); // fewer rows than held: the reconcile (counts disagree) settles it
}

void CampaignWatcher::rememberActiveRows()
{
    m_activeRowIds.clear();
    if (!m_rows)
        return;
    using Codes = RowStore::FacetCodes;
    const int n = m_rows->size();
    for (int i = 0; i < n; ++i) {
        // Facet codes are a contiguous array: this scan touches rows only when they match.
        const qint8 status = m_rows->facetsOf(i).status;
        if (status == Codes::kNone || status == qint8(CallStatus::Scheduled))
            continue;
        if (status == Codes::kOther || isActiveCallStatus(CallStatus(status)))
            m_activeRowIds.insert(m_rows->rowAt(i).id);
    }
}

// ---- outcome ---------------------------------------------------------------------------------

void CampaignWatcher::noteProblems(const QList<ParseProblem> &problems)
{
    if (problems.isEmpty())
        return;
    if (m_problems.add(problems)) {
        qCInfo(lcSync) << "the server's answer had problems; what parsed was kept:"
                       << problems.first().toString();
        emit problemsChanged();
    }
}

void CampaignWatcher::finishRefresh()
{
    m_busy = false;
    m_inFlight.clear();
    m_firstLoadDone = true;
    m_failures = 0;
    m_failingSince = QDateTime();
    m_previousCampaign = m_campaign;
    m_lastSuccessAt = QDateTime::currentDateTimeUtc();
    if (m_lastError.isError()) {
        m_lastError = ApiError();
        emit lastErrorChanged(m_lastError);
    }
    m_cost.ms = m_refreshTimer.elapsed();
    m_lastCost = m_cost;
    setState(SyncState::Live);
    updateIntervalReason();
    emit refreshCost(m_lastCost);
    emit refreshed();
    scheduleNext(normalIntervalMs());
}

void CampaignWatcher::fail(const ApiError &error)
{
    if (error.kind == ApiErrorKind::Cancelled)
        return;
    // Drop whatever else this refresh has in flight; the models keep the last good data.
    ++m_generation;
    cancelInFlight();
    m_busy = false;
    if (m_failures++ == 0)
        m_failingSince = QDateTime::currentDateTimeUtc();
    m_lastError = error;
    qCInfo(lcSync) << "refresh of campaign" << m_campaignId
                   << "failed:" << ApiError::kindName(error.kind) << error.message;
    emit lastErrorChanged(m_lastError);
    setState(SyncState::Retrying);
    scheduleNext(Backoff::delayMs(m_failures, m_intervalMs, m_maxBackoffMs));
}

void CampaignWatcher::scheduleNext(int ms)
{
    if (!m_running)
        return;
    if (m_refreshQueued) {
        m_refreshQueued = false;
        ms = 0;
    }
    m_timer.start(ms);
}

int CampaignWatcher::normalIntervalMs() const
{
    const int base = m_campaign && !m_campaign->isLive() ? m_slowIntervalMs : m_intervalMs;
    if (m_strategy != Strategy::FullPages || m_lastFullMs <= 0)
        return base;
    // Every refresh is a full download: spend at most a tenth of the time downloading and
    // about kFullBytesPerMinute on the wire, whichever waits longer (up to 15 minutes).
    const qint64 byTime = 10 * m_lastFullMs;
    const qint64 byBytes = m_lastFullBytes * 60'000 / kFullBytesPerMinute;
    return int(std::clamp<qint64>(std::max(byTime, byBytes), base, 15 * 60'000));
}

void CampaignWatcher::updateIntervalReason()
{
    const int base = m_campaign && !m_campaign->isLive() ? m_slowIntervalMs : m_intervalMs;
    const int interval = normalIntervalMs();
    QString reason;
    if (interval > base) {
        const QString every = interval >= 120'000
                                  ? tr("%n min", nullptr, (interval + 30'000) / 60'000)
                                  : tr("%n s", nullptr, (interval + 500) / 1000);
        reason = tr("Refreshing every %1: this campaign is large and the server sends every "
                    "row on each refresh.")
                     .arg(every);
    }
    if (reason != m_intervalReason) {
        m_intervalReason = reason;
        emit intervalReasonChanged(reason);
    }
}

void CampaignWatcher::setState(SyncState state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void CampaignWatcher::cancelInFlight()
{
    const QList<QPointer<ApiRequest>> requests = std::exchange(m_inFlight, {});
    m_listing.reset();
    for (const QPointer<ApiRequest> &request : requests) {
        if (request)
            request->cancel();
    }
    m_callsToRefetch.clear();
    m_refetchesInFlight = 0;
    m_campaignPending = false;
}

} // namespace revox
