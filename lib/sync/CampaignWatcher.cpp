#include "CampaignWatcher.h"

#include "Backoff.h"
#include "CampaignListModel.h"
#include "RevoxClient.h"
#include "RowsTableModel.h"
#include "SyncLog.h"

#include <QMap>
#include <QtConcurrent>

// How a refresh costs what changed, not what exists.
//
// First load: GET /campaigns/{id} and every page of GET /campaigns/{id}/rows (a few pages
// in flight; pages merge in page order, so new rows append at the end of the model).
//
// Then, with Strategy::ActiveRows (the default):
//  1. GET /campaigns/{id}: row_stats, updated_at, status. A campaign that is not live and
//     whose updated_at and row_stats did not move costs nothing more.
//  2. GET .../rows?statuses=<every active call status>: only rows whose call can still
//     change. A live campaign usually has few (max_concurrent_calls plus queued/scheduled).
//  3. A row that was active last time and is missing now has left the active set: its
//     final state comes from GET /call/{id} (a few in flight), merged into the row.
//  4. The dialling frontier: the page holding the first row (in row order) that has no call
//     yet, and the pages after it while their last row has gained a call (at most
//     kMaxFrontierPages per refresh). Campaigns dial rows in row order, so this is where
//     rows that were never seen active get their call.
//  5. New rows: when row_stats.total exceeds the rows we hold, the pages past our last row
//     are fetched.
//  6. A full sweep every fullSweepEvery refreshes, and when the campaign stops being live,
//     catches rows that went through a whole call between two polls.
//  7. A reply the parser had problems with (a field of the wrong type, say) was merged all
//     the same, so its rows may differ from the server: the next refresh is a full sweep,
//     repeated until a sweep parses cleanly. Rows only a sweep re-reads would otherwise
//     keep the damaged values until the next scheduled sweep.
// Strategy::FullPages re-reads every page on every refresh. It is chosen when the server
// does not honour the statuses filter (a reply holds rows whose status is outside the
// filter, or the server refuses the parameter with 400/422), because then step 2 would
// cost a full listing anyway and step 3 would be wrong.
//
// Every listing is merged by id: each page's row digests (id hash, change key, facet codes)
// are computed on a worker thread, so the GUI thread compares hashes and emits
// dataChanged only for rows that changed; pages merge in page order.
namespace revox {

struct CampaignWatcher::PageLoad
{
    LoadPurpose purpose = LoadPurpose::FirstLoad;
    QStringList statuses;
    qint64 pageSize = 100;
    qint64 nextToRequest = 0;
    qint64 nextToMerge = 0;
    qint64 endPage = -1; // exclusive; -1 until the first reply gives total
    qint64 total = -1;
    int inFlight = 0;
    bool sawEnd = false; // an empty page, or a reply without paging
    bool firstReplySeen = false;
    struct Digested
    {
        QList<Row> rows;
        QList<RowsTableModel::RowDigest> digests;
    };
    QMap<qint64, Digested> pending; // pages that arrived ahead of their turn
    int digesting = 0;              // pages whose digests a worker thread computes
    QSet<QString> seenIds;          // Sweep / ActiveRows: ids the listing returned
    bool frontierMoved = false;     // Frontier: the last page's last row has a call now
    bool hadProblems = false;       // a page's rows parsed with problems
    int pagesRequested = 0;
};

static constexpr int kMaxFrontierPages = 20;

CampaignWatcher::CampaignWatcher(RevoxClient *client, RowsTableModel *rows,
                                 CampaignListModel *campaigns, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_rows(rows)
    , m_campaigns(campaigns)
{
    m_digestPool.setMaxThreadCount(std::max(1, std::min(4, QThread::idealThreadCount())));
    m_digestPool.setThreadPriority(QThread::LowPriority);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CampaignWatcher::beginRefresh);
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
    m_sweepPending = false;
    m_firstLoadDone = false;
    m_strategy = Strategy::ActiveRows;
    m_loadedCount = m_loadTotal = 0;
    if (m_rows)
        m_rows->clear();
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
    m_pageSize = qBound(1, rows, 10000);
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
    // Every status in which an existing call order can still change (isActiveCallStatus),
    // except not_launched: servers read it as "rows without a call", which at the start of
    // a large campaign is nearly every row. Rows without a call are followed by the
    // dialling-frontier step instead.
    return {toWire(CallStatus::Initializing),   toWire(CallStatus::QueuedForCalling),
            toWire(CallStatus::Calling),        toWire(CallStatus::Scheduled),
            toWire(CallStatus::PostProcessing), toWire(CallStatus::Paused)};
}

// ---- one refresh ---------------------------------------------------------------------------

void CampaignWatcher::beginRefresh()
{
    if (!m_running || m_busy || !m_client || m_campaignId.isEmpty())
        return;
    m_busy = true;
    const quint64 generation = ++m_generation;
    if (!m_firstLoadDone) {
        setState(SyncState::Loading);
        m_loadedCount = m_rows ? m_rows->rowCount() : 0;
        m_loadTotal = 0;
        emit loadingProgress(m_loadedCount, m_loadTotal);
        // Campaign and rows in parallel: the first paint should not wait for either.
        m_campaignPending = true;
        fetchCampaign(generation);
        startPagedLoad(LoadPurpose::FirstLoad, 0, generation);
        return;
    }
    fetchCampaign(generation);
}

void CampaignWatcher::fetchCampaign(quint64 generation)
{
    QPointer<ApiRequest> request =
        m_client->getCampaign(m_campaignId, this, [this, generation](ApiResult<Campaign> r) {
            if (generation != m_generation || r.error.kind == ApiErrorKind::Cancelled)
                return;
            if (!r.ok()) {
                fail(r.error);
                return;
            }
            onCampaign(*r.value, generation);
        });
    m_inFlight.append(request);
}

void CampaignWatcher::onCampaign(const Campaign &campaign, quint64 generation)
{
    m_campaign = campaign;
    if (m_campaigns)
        m_campaigns->updateCampaign(campaign);
    if (m_rows && campaign.assistant && campaign.assistant->structuredOutputConfig) {
        QStringList fields;
        for (const StructuredOutputField &f : *campaign.assistant->structuredOutputConfig)
            fields.append(f.name);
        m_rows->setStructuredOutputFields(fields);
    }
    emit campaignChanged(campaign);
    if (!m_firstLoadDone) {
        m_campaignPending = false;
        if (!m_load) // the rows finished first
            finishRefresh();
        return;
    }
    fetchRowsAfterCampaign(generation);
}

void CampaignWatcher::fetchRowsAfterCampaign(quint64 generation)
{
    const Campaign &now = *m_campaign;
    const bool wasLive = m_previousCampaign && m_previousCampaign->isLive();
    if (m_strategy == Strategy::FullPages) {
        startPagedLoad(LoadPurpose::Sweep, 0, generation);
        return;
    }
    if (m_sweepPending) {
        // Rows merged from a damaged reply: re-read them all (see step 7 above).
        startPagedLoad(LoadPurpose::Sweep, 0, generation);
        return;
    }
    if (wasLive && !now.isLive()) {
        // The campaign just stopped: one last full read settles every row.
        startPagedLoad(LoadPurpose::Sweep, 0, generation);
        return;
    }
    if (!now.isLive() && m_previousCampaign && m_previousCampaign->updatedAt == now.updatedAt &&
        m_previousCampaign->rowStats == now.rowStats) {
        finishRefresh(); // nothing moved: the campaign answer was all it cost
        return;
    }
    if (m_fullSweepEvery > 0 && ++m_refreshesSinceSweep >= m_fullSweepEvery) {
        startPagedLoad(LoadPurpose::Sweep, 0, generation);
        return;
    }
    startPagedLoad(LoadPurpose::ActiveRows, 0, generation);
}

// ---- paged listings --------------------------------------------------------------------------

void CampaignWatcher::startPagedLoad(LoadPurpose purpose, qint64 firstPage, quint64 generation)
{
    m_load = std::make_unique<PageLoad>();
    m_load->purpose = purpose;
    m_load->pageSize = m_pageSize;
    m_load->nextToRequest = firstPage;
    m_load->nextToMerge = firstPage;
    if (purpose == LoadPurpose::ActiveRows)
        m_load->statuses = activeStatusFilter();
    if (purpose == LoadPurpose::Sweep)
        m_refreshesSinceSweep = 0;
    // One page first: its total and page_size say how many more there are.
    requestPage(m_load->nextToRequest++, generation);
}

void CampaignWatcher::requestPage(qint64 page, quint64 generation)
{
    RowsQuery query;
    query.page = page;
    query.pageSize = m_load->pageSize;
    query.statuses = m_load->statuses;
    ++m_load->inFlight;
    ++m_load->pagesRequested;
    QPointer<ApiRequest> request = m_client->getRowsPage(
        m_campaignId, query, this, [this, page, generation](ApiResult<RowsPage> r) {
            if (generation != m_generation || !m_load || r.error.kind == ApiErrorKind::Cancelled)
                return;
            --m_load->inFlight;
            if (!r.ok()) {
                const bool filterRefused = m_load->purpose == LoadPurpose::ActiveRows &&
                                           (r.error.httpStatus == 400 || r.error.httpStatus == 422);
                if (filterRefused) {
                    qCInfo(lcSync) << "server refused the statuses filter; reading whole pages";
                    switchToFullPages();
                    return;
                }
                fail(r.error);
                return;
            }
            if (!r.problems.isEmpty()) {
                qCInfo(lcSync) << "rows page" << page << "parsed with" << r.problems.size()
                               << "problems; the next refresh re-reads every page";
                m_load->hadProblems = true;
                m_sweepPending = true;
            }
            onPage(page, *r.value, generation);
        });
    m_inFlight.append(request);
}

void CampaignWatcher::onPage(qint64 page, const RowsPage &rows, quint64 generation)
{
    PageLoad &load = *m_load;
    if (!load.firstReplySeen) {
        load.firstReplySeen = true;
        if (!rows.hasPaging) {
            // The newer shape: every row in one reply, no paging.
            load.total = rows.rows.size();
            load.endPage = page + 1;
        } else {
            if (rows.pageSize > 0 && rows.pageSize != load.pageSize && !rows.rows.isEmpty()) {
                // The server chose another page size: count pages in its size.
                load.pageSize = rows.pageSize;
            }
            load.total = rows.total;
            load.endPage = load.pageSize > 0 ? (rows.total + load.pageSize - 1) / load.pageSize : 0;
            load.endPage = qMax(load.endPage, page + 1);
        }
        if (load.purpose == LoadPurpose::FirstLoad) {
            m_loadTotal = load.total;
            if (m_rows)
                m_rows->reserve(load.total);
            emit loadingProgress(m_loadedCount, m_loadTotal);
        }
    }
    if (rows.rows.isEmpty() || !rows.hasPaging)
        load.sawEnd = true;

    if (load.purpose == LoadPurpose::ActiveRows) {
        for (const Row &row : rows.rows) {
            if (!row.call || !isActiveCallStatus(row.call->status.value)) {
                qCInfo(lcSync) << "server ignores the statuses filter (row" << row.id << "is"
                               << (row.call ? row.call->status.text : QStringLiteral("no call"))
                               << "); reading whole pages from now on";
                if (m_rows)
                    m_rows->mergeRows(rows.rows); // good data all the same
                switchToFullPages();
                return;
            }
        }
    }
    if (load.purpose == LoadPurpose::Frontier)
        load.frontierMoved = !rows.rows.isEmpty() && rows.rows.last().call.has_value();
    // The digests the model merges by are computed on a worker thread, where reading every
    // row costs the GUI thread nothing.
    ++load.digesting;
    QtConcurrent::run(&m_digestPool, [rows = rows.rows] { return RowsTableModel::digest(rows); })
        .then(this,
              [this, generation, page, rows = rows.rows](QList<RowsTableModel::RowDigest> digests) {
                  if (generation != m_generation || !m_load)
                      return;
                  --m_load->digesting;
                  m_load->pending.insert(page, {rows, std::move(digests)});
                  flushPages();
                  requestMorePages(generation);
              });
}

void CampaignWatcher::switchToFullPages()
{
    m_strategy = Strategy::FullPages;
    emit strategyChanged(m_strategy);
    const quint64 generation = ++m_generation;
    cancelInFlight();
    m_busy = true;
    startPagedLoad(LoadPurpose::Sweep, 0, generation);
}

void CampaignWatcher::flushPages()
{
    PageLoad &load = *m_load;
    // Merge in page order, so that rows append at the end of the model in row order.
    while (!load.pending.isEmpty() && load.pending.firstKey() == load.nextToMerge) {
        PageLoad::Digested page = load.pending.take(load.nextToMerge);
        QList<Row> &rows = page.rows;
        ++load.nextToMerge;
        if (load.purpose != LoadPurpose::FirstLoad && load.purpose != LoadPurpose::NewRows) {
            for (const Row &row : std::as_const(rows))
                load.seenIds.insert(row.id);
        }
        const qsizetype count = rows.size();
        if (m_rows)
            m_rows->mergeRows(std::move(rows), page.digests);
        if (load.purpose == LoadPurpose::FirstLoad && count > 0) {
            m_loadedCount = m_rows ? m_rows->rowCount() : m_loadedCount + count;
            emit loadingProgress(m_loadedCount, m_loadTotal);
        }
    }
}

void CampaignWatcher::requestMorePages(quint64 generation)
{
    PageLoad &load = *m_load;
    if (load.purpose == LoadPurpose::Frontier) {
        // One page at a time: whether to go on depends on the page just read.
        if (load.frontierMoved && !load.sawEnd && load.nextToRequest < load.endPage &&
            load.pagesRequested < kMaxFrontierPages) {
            load.frontierMoved = false;
            requestPage(load.nextToRequest++, generation);
            return;
        }
        if (load.inFlight == 0 && load.digesting == 0)
            finishPagedLoad(generation);
        return;
    }
    while (!load.sawEnd && load.inFlight < m_maxPagesInFlight && load.nextToRequest < load.endPage)
        requestPage(load.nextToRequest++, generation);
    if (load.inFlight == 0 && load.digesting == 0)
        finishPagedLoad(generation);
}

void CampaignWatcher::finishPagedLoad(quint64 generation)
{
    // Pages past an empty one never arrive: merge what did.
    while (!m_load->pending.isEmpty()) {
        m_load->nextToMerge = m_load->pending.firstKey();
        flushPages();
    }
    const std::unique_ptr<PageLoad> load = std::move(m_load);
    m_inFlight.removeAll(nullptr);
    switch (load->purpose) {
    case LoadPurpose::FirstLoad:
        rememberActiveRows();
        if (m_campaignPending)
            return; // onCampaign() finishes the refresh
        finishRefresh();
        return;
    case LoadPurpose::Sweep:
        // Every row seen was merged, so the model holds them all: when it holds no more,
        // nothing is gone (and the scan below is skipped).
        if (m_rows && m_rows->rowCount() > load->seenIds.size()) {
            QStringList gone;
            for (const Row &row : m_rows->rows()) {
                if (!load->seenIds.contains(row.id))
                    gone.append(row.id);
            }
            // A listing cut short (an empty page before total) proves nothing about the
            // rows after it: only remove when the listing was complete.
            if (!gone.isEmpty() && load->seenIds.size() >= load->total)
                m_rows->removeRowsById(gone);
        }
        m_sweepPending = load->hadProblems; // every row was read again

        rememberActiveRows();
        finishRefresh();
        return;
    case LoadPurpose::ActiveRows:
        m_rowsToRefetch.clear();
        for (const QString &id : std::as_const(m_activeRowIds)) {
            if (!load->seenIds.contains(id))
                m_rowsToRefetch.append(id);
        }
        m_activeRowIds = load->seenIds;
        refetchLeftRows(generation);
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

// ---- rows that left the active set -------------------------------------------------------------

void CampaignWatcher::refetchLeftRows(quint64 generation)
{
    while (!m_rowsToRefetch.isEmpty() && m_refetchesInFlight < m_maxPagesInFlight) {
        const QString rowId = m_rowsToRefetch.takeFirst();
        const Row *row = m_rows ? m_rows->rowById(rowId) : nullptr;
        if (!row || !row->call)
            continue;
        ++m_refetchesInFlight;
        QPointer<ApiRequest> request =
            m_client->getCall(row->call->id, this, [this, rowId, generation](ApiResult<Call> r) {
                if (generation != m_generation || r.error.kind == ApiErrorKind::Cancelled)
                    return;
                --m_refetchesInFlight;
                if (!r.ok() && r.error.kind != ApiErrorKind::NotFound) {
                    fail(r.error);
                    return;
                }
                if (r.ok() && !r.problems.isEmpty())
                    m_sweepPending = true;
                if (r.ok())
                    onCallRefetched(rowId, *r.value);
                refetchLeftRows(generation);
            });
        m_inFlight.append(request);
    }
    if (m_rowsToRefetch.isEmpty() && m_refetchesInFlight == 0)
        fetchFrontier(generation);
}

void CampaignWatcher::fetchFrontier(quint64 generation)
{
    m_inFlight.removeAll(nullptr);
    if (!m_rows || m_pageSize <= 0) {
        checkForNewRows(generation);
        return;
    }
    qsizetype first = -1;
    const int n = m_rows->rowCount();
    for (int i = 0; i < n; ++i) {
        if (m_rows->facetsOf(i).status == RowsTableModel::FacetCodes::kNone &&
            !m_rows->rowAt(i).call) {
            first = i;
            break;
        }
    }
    if (first < 0) {
        checkForNewRows(generation);
        return;
    }
    startPagedLoad(LoadPurpose::Frontier, first / m_pageSize, generation);
}

void CampaignWatcher::onCallRefetched(const QString &rowId, const Call &call)
{
    const Row *row = m_rows ? m_rows->rowById(rowId) : nullptr;
    if (!row)
        return;
    Row updated = *row;
    updated.call = call;
    if (isActiveCallStatus(call.status.value))
        m_activeRowIds.insert(rowId); // still moving (a status the filter did not return)
    m_rows->mergeRows({updated});
}

void CampaignWatcher::checkForNewRows(quint64 generation)
{
    m_inFlight.removeAll(nullptr);
    const qint64 held = m_rows ? m_rows->rowCount() : 0;
    const qint64 total = m_campaign && m_campaign->rowStats ? m_campaign->rowStats->total : held;
    if (total > held && m_pageSize > 0) {
        startPagedLoad(LoadPurpose::NewRows, held / m_pageSize, generation);
        return;
    }
    if (total < held) {
        // Rows were deleted: only a full listing says which.
        startPagedLoad(LoadPurpose::Sweep, 0, generation);
        return;
    }
    finishRefresh();
}

void CampaignWatcher::rememberActiveRows()
{
    m_activeRowIds.clear();
    if (!m_rows)
        return;
    using Codes = RowsTableModel::FacetCodes;
    const int n = m_rows->rowCount();
    for (int i = 0; i < n; ++i) {
        // Facet codes are a contiguous array: this scan touches rows only when they match.
        const qint8 status = m_rows->facetsOf(i).status;
        if (status == Codes::kNone)
            continue;
        if (status == Codes::kOther || isActiveCallStatus(CallStatus(status)))
            m_activeRowIds.insert(m_rows->rowAt(i).id);
    }
}

// ---- outcome ---------------------------------------------------------------------------------

void CampaignWatcher::finishRefresh()
{
    m_busy = false;
    m_inFlight.clear();
    m_firstLoadDone = true;
    m_failures = 0;
    m_previousCampaign = m_campaign;
    m_lastSuccessAt = QDateTime::currentDateTimeUtc();
    if (m_lastError.isError()) {
        m_lastError = ApiError();
        emit lastErrorChanged(m_lastError);
    }
    setState(SyncState::Live);
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
    ++m_failures;
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
    if (m_campaign && !m_campaign->isLive())
        return m_slowIntervalMs;
    return m_intervalMs;
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
    for (const QPointer<ApiRequest> &request : requests) {
        if (request)
            request->cancel();
    }
    m_load.reset();
    m_rowsToRefetch.clear();
    m_refetchesInFlight = 0;
    m_campaignPending = false;
}

} // namespace revox
