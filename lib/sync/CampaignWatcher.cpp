#include "CampaignWatcher.h"

#include "CampaignStore.h"
#include "RevoxApi.h"
#include "RowStore.h"
#include "SyncLog.h"

#include <QtConcurrent>

#include <algorithm>

// First load: GET /campaigns/{id} and every row (RowsListing: the one paging engine, for
// paged answers with or without total and for unpaged ones), merged in page order. Then
// each refresh follows RefreshPlanner (its file lists the rules): the watcher asks it what
// to read, reads it and merges what came.
//
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
    // A page handed on by the listing, its digests being computed.
    struct Digesting
    {
        QList<Row> rows;
        QFuture<QList<RowStore::RowDigest>> digests;
    };
    LoadPurpose purpose = LoadPurpose::FirstLoad;
    QPointer<RowsListing> request;
    QList<Digesting> digesting; // in the listing's order; merged from the front when ready
    qint64 merged = 0;          // pages merged
    bool done = false;          // the listing finished (outcome set)
    RowsListing::Outcome outcome;
    bool filterIgnored = false; // ActiveRows: a row outside the statuses filter came back
    bool everyRow = false;      // the server answered with every row at once
    bool resumed = false;       // FirstLoad from a later page: names only the rows after it
    qint64 startedAtMs = 0;     // on the watcher's clock
};

CampaignWatcher::CampaignWatcher(RevoxApi *api, RowStore *rows, CampaignStore *campaigns,
                                 QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_rows(rows)
    , m_campaigns(campaigns)
{
    qRegisterMetaType<RefreshCost>();
    m_digestPool.setMaxThreadCount(std::max(1, std::min(4, QThread::idealThreadCount())));
    m_digestPool.setThreadPriority(QThread::LowPriority);
    connect(&m_cycle, &RefreshCycle::due, this, &CampaignWatcher::beginRefresh);
    connect(&m_cycle, &RefreshCycle::stateChanged, this, &CampaignWatcher::stateChanged);
    connect(&m_cycle, &RefreshCycle::lastErrorChanged, this, &CampaignWatcher::lastErrorChanged);
}

CampaignWatcher::~CampaignWatcher()
{
    cancelInFlight();
}

void CampaignWatcher::setCampaignId(const QString &campaignId)
{
    if (campaignId == m_campaignId)
        return;
    const bool wasRunning = m_cycle.isRunning();
    stop();
    m_campaignId = campaignId;
    m_campaign.reset();
    m_planner.reset();
    m_firstLoadDone = false;
    m_strategy = Strategy::ActiveRows;
    m_loadedCount = m_loadTotal = 0;
    m_resumeFromPage = 0;
    m_problems.clear();
    emit problemsChanged();
    updateIntervalReason();
    m_restoredAt = QDateTime();
    m_cycle.resetHistory();
    if (m_rows)
        m_rows->clear();
    emit campaignIdChanged(campaignId);
    if (wasRunning)
        start();
}

void CampaignWatcher::start()
{
    if (!m_campaignId.isEmpty())
        m_cycle.start();
}

void CampaignWatcher::stop()
{
    ++m_generation;
    cancelInFlight();
    m_cycle.stop();
}

void CampaignWatcher::refreshNow()
{
    if (!m_campaignId.isEmpty())
        m_cycle.refreshNow();
}

void CampaignWatcher::setIntervalMs(int ms)
{
    m_planner.setIntervalMs(RefreshCycle::boundedIntervalMs(ms));
}

void CampaignWatcher::setSlowIntervalMs(int ms)
{
    m_planner.setSlowIntervalMs(RefreshCycle::boundedIntervalMs(ms));
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
    m_maxBackoffMs = RefreshCycle::boundedIntervalMs(ms);
}

void CampaignWatcher::setFullSweepEvery(int refreshes)
{
    m_planner.setFullSweepEvery(refreshes);
}

// ---- one refresh ---------------------------------------------------------------------------

void CampaignWatcher::beginRefresh()
{
    if (!m_api || !m_rows || m_campaignId.isEmpty() || !m_cycle.begin())
        return;
    m_planner.setClock(clock());
    m_cost = {};
    m_refreshStartedMs = clock()->monotonicMs();
    const quint64 generation = ++m_generation;
    if (!m_firstLoadDone) {
        m_cycle.setState(SyncState::Loading);
        m_loadedCount = m_rows->size();
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
    const bool loading =
        m_cycle.isBusy() && m_listing && m_listing->purpose == LoadPurpose::FirstLoad;
    if (loading && m_listing->merged >= page)
        return; // the network got there first
    qCInfo(lcSync) << savedRows << "rows of the first load were saved; reading on from page"
                   << page;
    m_resumeFromPage = page;
    if (loading) {
        ++m_generation;
        cancelInFlight();
        m_cycle.abandon();
        beginRefresh();
    }
}

void CampaignWatcher::fetchCampaign(quint64 generation)
{
    ++m_cost.requests;
    QPointer<ApiRequest> request =
        m_api->getCampaign(m_campaignId, this, [this, generation](ApiResult<Campaign> r) {
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
            m_campaigns->addProgress(campaign.id, {clock()->nowUtc(), *campaign.rowStats});
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
    if (!m_rows)
        return;
    switch (m_planner.firstStep(campaign, *m_rows)) {
    case RefreshPlanner::FirstStep::Nothing:
        finishRefresh();
        return;
    case RefreshPlanner::FirstStep::Reconcile:
        startListing(LoadPurpose::Sweep, 0, generation);
        return;
    case RefreshPlanner::FirstStep::ActiveRows:
        startListing(LoadPurpose::ActiveRows, 0, generation);
        return;
    }
}

// ---- listings --------------------------------------------------------------------------------

void CampaignWatcher::startListing(LoadPurpose purpose, qint64 firstPage, quint64 generation)
{
    m_listing = std::make_unique<Listing>();
    m_listing->purpose = purpose;
    m_listing->resumed = purpose == LoadPurpose::FirstLoad && firstPage > 0;
    m_listing->startedAtMs = clock()->monotonicMs();
    RowsQuery query;
    RowsListing::Options options;
    options.firstPage = firstPage;
    const bool full = purpose == LoadPurpose::FirstLoad || purpose == LoadPurpose::Sweep;
    options.pageSize = full ? m_fullPageSize : m_pageSize;
    options.maxInFlight = m_maxPagesInFlight;
    if (purpose == LoadPurpose::ActiveRows)
        query.statuses = RefreshPlanner::inProgressStatuses();
    if (purpose == LoadPurpose::Frontier) {
        options.maxInFlight = 1; // whether to go on depends on the page just read
        options.maxPages = RefreshPlanner::kMaxFrontierPages;
    }
    if (purpose == LoadPurpose::Sweep)
        m_planner.fullListingStarted();
    RowsListing *listing = listRows(m_api, m_campaignId, query, options);
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
    if (listing.purpose == LoadPurpose::Frontier)
        goOn = RefreshPlanner::frontierGoesOn(page.rows);
    // The digests the store merges by are computed on a worker thread, where reading every
    // row costs the GUI thread nothing; pages merge in the listing's order.
    QFuture<QList<RowStore::RowDigest>> digests =
        QtConcurrent::run(&m_digestPool, [rows = page.rows] { return RowStore::digest(rows); });
    listing.digesting.append({page.rows, digests});
    digests.then(this, [this, generation](const QList<RowStore::RowDigest> &) {
        if (generation == m_generation && m_listing)
            mergeDigested(generation);
    });
    return goOn;
}

void CampaignWatcher::mergeDigested(quint64 generation)
{
    Listing &listing = *m_listing;
    while (!listing.digesting.isEmpty() && listing.digesting.constFirst().digests.isFinished()) {
        Listing::Digesting page = listing.digesting.takeFirst();
        ++listing.merged;
        const qsizetype count = page.rows.size();
        if (m_rows)
            m_rows->merge(std::move(page.rows), page.digests.result());
        if (listing.purpose == LoadPurpose::FirstLoad && count > 0) {
            m_loadedCount = m_rows ? m_rows->size() : m_loadedCount + count;
            emit loadingProgress(m_loadedCount, std::max(m_loadTotal, m_loadedCount));
        }
    }
    if (listing.done && listing.digesting.isEmpty())
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

void CampaignWatcher::setStrategy(Strategy strategy, const QString &why)
{
    if (m_strategy == strategy)
        return;
    m_strategy = strategy;
    m_planner.setReadsEveryRow(strategy == Strategy::FullPages);
    qCInfo(lcSync) << "reading every row on each refresh:" << why;
    emit strategyChanged(m_strategy);
}

void CampaignWatcher::switchToFullPages(const QString &why)
{
    setStrategy(Strategy::FullPages, why);
    const quint64 generation = ++m_generation;
    const RefreshCost cost = m_cost;
    cancelInFlight();
    m_cost = cost;
    startListing(LoadPurpose::Sweep, 0, generation);
}

void CampaignWatcher::finishListing(quint64 generation)
{
    const std::unique_ptr<Listing> listing = std::move(m_listing);
    m_inFlight.removeAll(nullptr);
    if (!m_rows)
        return;
    const bool full =
        listing->purpose == LoadPurpose::FirstLoad || listing->purpose == LoadPurpose::Sweep;
    const bool namedEveryRow = full && listing->outcome.complete && !listing->resumed;
    // A server that kept sending the same rows, or announced rows it never sent (counted
    // over a full listing only: rows leave a filtered one as their calls move on).
    const QString serverProblem = listing->outcome.serverProblem();
    if (!serverProblem.isEmpty() && (full || listing->outcome.repeated))
        noteProblems({{QStringLiteral("rows"), serverProblem, true}});
    if (namedEveryRow)
        m_planner.fullListingDone(listing->outcome.wireBytes,
                                  clock()->monotonicMs() - listing->startedAtMs);
    if (listing->everyRow)
        setStrategy(Strategy::FullPages,
                    QStringLiteral("the server answers with every row at once"));
    switch (listing->purpose) {
    case LoadPurpose::FirstLoad:
    case LoadPurpose::Sweep:
        // A complete listing names every row: the ones it did not name are gone. A listing
        // cut short proves nothing about the rows after it.
        if (listing->purpose == LoadPurpose::FirstLoad)
            m_resumeFromPage = 0;
        if (namedEveryRow)
            m_rows->keepOnly(listing->outcome.ids);
        m_planner.rememberActiveRows(*m_rows);
        if (listing->purpose == LoadPurpose::FirstLoad && m_campaignPending)
            return; // onCampaign() finishes the refresh
        finishRefresh();
        return;
    case LoadPurpose::ActiveRows:
        if (listing->filterIgnored) {
            switchToFullPages(tr("the server does not filter rows by status"));
            return;
        }
        m_callsToRead = m_planner.callsToRead(listing->outcome.ids, *m_campaign, *m_rows);
        readCalls(generation);
        return;
    case LoadPurpose::Frontier:
        m_planner.rememberActiveRows(*m_rows);
        checkForNewRows(generation);
        return;
    case LoadPurpose::NewRows:
        m_planner.rememberActiveRows(*m_rows);
        finishRefresh();
        return;
    }
}

// ---- rows read alone, the frontier, new rows -------------------------------------------------

void CampaignWatcher::readCalls(quint64 generation)
{
    while (m_rows && !m_callsToRead.isEmpty() && m_callsInFlight < m_maxPagesInFlight) {
        const QString rowId = m_callsToRead.takeFirst();
        const Row *row = m_rows->rowById(rowId);
        if (!row || !row->call)
            continue;
        m_planner.callRequested(rowId, *m_rows);
        ++m_callsInFlight;
        ++m_cost.requests;
        QPointer<ApiRequest> request =
            m_api->getCall(row->call->id, this, [this, rowId, generation](ApiResult<Call> r) {
                if (generation != m_generation || r.error.kind == ApiErrorKind::Cancelled)
                    return;
                --m_callsInFlight;
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
                        m_planner.callAnswered(rowId, *r.value);
                        ++m_cost.rowsReceived;
                        m_rows->merge({updated});
                    }
                }
                readCalls(generation);
            });
        m_inFlight.append(request);
    }
    if (m_callsToRead.isEmpty() && m_callsInFlight == 0)
        fetchFrontier(generation);
}

void CampaignWatcher::fetchFrontier(quint64 generation)
{
    m_inFlight.removeAll(nullptr);
    if (const auto page = m_rows ? m_planner.frontierPage(*m_rows, m_pageSize) : std::nullopt)
        startListing(LoadPurpose::Frontier, *page, generation);
    else
        checkForNewRows(generation);
}

void CampaignWatcher::checkForNewRows(quint64 generation)
{
    m_inFlight.removeAll(nullptr);
    if (const auto page =
            m_rows ? m_planner.newRowsPage(*m_campaign, *m_rows, m_pageSize) : std::nullopt)
        startListing(LoadPurpose::NewRows, *page, generation);
    else
        finishRefresh();
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
    m_inFlight.clear();
    m_firstLoadDone = true;
    m_planner.refreshDone(m_campaign);
    m_cost.ms = clock()->monotonicMs() - m_refreshStartedMs;
    m_lastCost = m_cost;
    m_cycle.succeeded();
    updateIntervalReason();
    emit refreshCost(m_lastCost);
    emit refreshed();
    m_cycle.scheduleNext(m_planner.nextIntervalMs(m_campaign));
}

void CampaignWatcher::fail(const ApiError &error)
{
    if (error.kind == ApiErrorKind::Cancelled)
        return;
    // Drop whatever else this refresh has in flight; the stores keep the last good data.
    ++m_generation;
    cancelInFlight();
    qCInfo(lcSync) << "refresh of campaign" << m_campaignId
                   << "failed:" << ApiError::kindName(error.kind) << error.message;
    m_cycle.failed(error, m_planner.intervalMs(), m_maxBackoffMs);
}

void CampaignWatcher::updateIntervalReason()
{
    const int base = m_planner.baseIntervalMs(m_campaign);
    const int interval = m_planner.nextIntervalMs(m_campaign);
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

void CampaignWatcher::cancelInFlight()
{
    const QList<QPointer<ApiRequest>> requests = std::exchange(m_inFlight, {});
    m_listing.reset();
    for (const QPointer<ApiRequest> &request : requests) {
        if (request)
            request->cancel();
    }
    m_callsToRead.clear();
    m_callsInFlight = 0;
    m_campaignPending = false;
}

} // namespace revox
