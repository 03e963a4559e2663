#include "AllRowsRequest.h"

#include "ApiLog.h"

#include <QSet>

namespace revox {

AllRowsRequest::AllRowsRequest(PageFetcher fetch, qint64 pageSize, int maxPagesInFlight,
                               QObject *parent)
    : ApiRequest(parent)
    , m_fetch(std::move(fetch))
    , m_pageSize(std::max<qint64>(1, pageSize))
    , m_maxInFlight(std::max(1, maxPagesInFlight))
{
}

void AllRowsRequest::start(QObject *context, RevoxClient::AllRowsCallback done)
{
    m_context = context;
    m_done = std::move(done);
    launchMore();
}

bool AllRowsRequest::shouldLaunch(qint64 page) const
{
    if (page >= m_stopAt)
        return false;
    if (m_total < 0)
        return page == 0; // the first page tells the total and the server's page size
    return page < m_plannedPages;
}

void AllRowsRequest::launchMore()
{
    while (!m_finished && m_inFlight.size() < m_maxInFlight && shouldLaunch(m_nextPage)) {
        const qint64 page = m_nextPage++;
        QPointer<ApiRequest> request =
            m_fetch(page, m_pageSize, this,
                    [this, page](ApiResult<RowsPage> result) { onPage(page, std::move(result)); });
        m_inFlight.insert(page, request);
    }
    finishIfComplete();
}

void AllRowsRequest::onPage(qint64 page, ApiResult<RowsPage> result)
{
    if (m_finished)
        return;
    m_inFlight.remove(page);
    m_attempts += result.error.attempts;
    if (result.error.isError()) {
        ApiResult<QList<Row>> failed;
        failed.error = result.error;
        if (failed.error.kind != ApiErrorKind::Cancelled)
            failed.error.message = QStringLiteral("Rows page %1 (from 0) failed: %2")
                                       .arg(page)
                                       .arg(result.error.message);
        failed.problems = m_problems;
        finish(std::move(failed));
        return;
    }
    for (ParseProblem problem : std::as_const(result.problems)) {
        problem.path = QStringLiteral("pages[%1].").arg(page) + problem.path;
        m_problems.append(problem);
    }
    RowsPage &rowsPage = *result.value;
    if (!rowsPage.hasPaging) {
        // The newer { rows } shape answers with every row at once.
        if (page == 0)
            m_pages.insert(0, rowsPage.rows);
        m_stopAt = std::min(m_stopAt, std::max<qint64>(page, 1));
        cancelInFlight(m_stopAt - 1);
        finishIfComplete();
        return;
    }
    if (rowsPage.rows.isEmpty()) {
        m_stopAt = std::min(m_stopAt, page);
        cancelInFlight(page);
    } else {
        m_pages.insert(page, rowsPage.rows);
    }
    const qint64 serverPageSize = rowsPage.pageSize > 0 ? rowsPage.pageSize : m_pageSize;
    qint64 pageTotal = rowsPage.total;
    if (!rowsPage.hasTotal) {
        // No usable total: a full page says there may be more (ask for the next one), a
        // short or empty page is the last.
        const qint64 rowsSoFar = page * serverPageSize + m_pages.value(page).size();
        pageTotal = m_pages.value(page).size() >= serverPageSize ? rowsSoFar + 1 : rowsSoFar;
        if (pageTotal == rowsSoFar)
            m_stopAt = std::min(m_stopAt, page + 1);
    }
    if (page == 0 || m_total < 0)
        m_total = std::max<qint64>(0, pageTotal);
    else
        m_total = std::max<qint64>(m_total, pageTotal); // rows may be added meanwhile
    m_plannedPages = std::max(m_plannedPages, (m_total + serverPageSize - 1) / serverPageSize);
    m_received += m_pages.value(page).size();
    emit progressed(m_received, std::max(m_total, m_received));
    launchMore();
}

void AllRowsRequest::finishIfComplete()
{
    if (m_finished || !m_inFlight.isEmpty())
        return;
    if (m_nextPage == 0)
        return; // not started
    qint64 collected = 0;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it.key() < m_stopAt)
            collected += it.value().size();
    }
    const bool reachedEmptyPage = m_stopAt <= m_nextPage;
    if (!reachedEmptyPage && collected < m_total && m_total >= 0) {
        // Fewer rows than the total after the planned pages (the server's pages were
        // smaller than it said): keep going until the total or an empty page.
        m_plannedPages = m_nextPage + 1;
        launchMore();
        return;
    }
    ApiResult<QList<Row>> done;
    QList<Row> rows;
    rows.reserve(collected);
    QSet<QString> seenIds;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it.key() >= m_stopAt)
            break;
        for (const Row &row : it.value()) {
            // A row that moved to a later page while paging is kept once.
            if (!row.id.isEmpty()) {
                if (seenIds.contains(row.id))
                    continue;
                seenIds.insert(row.id);
            }
            rows.append(row);
        }
    }
    qCDebug(lcApi) << "all rows:" << rows.size() << "rows over" << m_pages.size() << "pages";
    done.value = std::move(rows);
    done.problems = m_problems;
    finish(std::move(done));
}

void AllRowsRequest::cancelInFlight(qint64 afterPage)
{
    const auto inFlight = m_inFlight;
    for (auto it = inFlight.cbegin(); it != inFlight.cend(); ++it) {
        if (it.key() > afterPage) {
            m_inFlight.remove(it.key());
            if (it.value())
                it.value()->cancel();
        }
    }
}

void AllRowsRequest::finish(ApiResult<QList<Row>> result)
{
    if (m_finished)
        return;
    m_finished = true;
    cancelInFlight();
    result.error.attempts = std::max(result.error.attempts, m_attempts);
    if (m_context && m_done) {
        QMetaObject::invokeMethod(
            m_context.data(),
            [done = m_done, result = std::move(result)]() mutable { done(std::move(result)); },
            Qt::QueuedConnection);
    }
    deleteLater();
}

void AllRowsRequest::cancel()
{
    if (m_finished)
        return;
    ApiResult<QList<Row>> cancelled;
    cancelled.error.kind = ApiErrorKind::Cancelled;
    cancelled.error.message = QStringLiteral("The request was cancelled.");
    finish(std::move(cancelled));
}

} // namespace revox
