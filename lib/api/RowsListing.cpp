#include "RowsListing.h"

#include "ApiLog.h"

#include <QLocale>

#include <algorithm>

namespace revox {

RowsListing::RowsListing(PageFetcher fetch, Options options, QObject *parent)
    : ApiRequest(parent)
    , m_fetch(std::move(fetch))
    , m_options(options)
    , m_pageSize(std::max<qint64>(1, options.pageSize))
{
    m_options.firstPage = std::max<qint64>(0, m_options.firstPage);
    m_options.maxInFlight = std::max(1, m_options.maxInFlight);
    m_options.maxPages = std::max<qint64>(1, m_options.maxPages);
    m_options.pageSize = m_pageSize;
    m_nextPage = m_nextToHandOn = m_options.firstPage;
}

void RowsListing::start(PageHandler onPage, OutcomeHandler done)
{
    m_onPage = std::move(onPage);
    m_done = std::move(done);
    launchMore();
}

bool RowsListing::shouldLaunch(qint64 page) const
{
    if (m_stoppedEarly || page >= m_endPage || page - m_options.firstPage >= m_options.maxPages)
        return false;
    if (m_retrying >= 0)
        return false; // a page asked for again decides whether the listing goes on
    if (page >= m_nextToHandOn + m_options.maxInFlight)
        return false; // no further ahead of the pages handed on than the pages in flight
    // The first answer tells the form, the total and the server's page size.
    return m_firstAnswered || page == m_options.firstPage;
}

void RowsListing::launchMore()
{
    while (!m_finished && m_inFlight.size() < m_options.maxInFlight && shouldLaunch(m_nextPage))
        fetchPage(m_nextPage++);
    finishIfDone();
}

void RowsListing::fetchPage(qint64 page)
{
    QPointer<ApiRequest> request =
        m_fetch(page, m_options.pageSize, this,
                [this, page](ApiResult<RowsPage> result) { onPage(page, std::move(result)); });
    m_inFlight.insert(page, request);
}

bool RowsListing::repeatsOnly(const Page &page) const
{
    return !page.rows.isEmpty() &&
           std::all_of(page.rows.cbegin(), page.rows.cend(), [&](const Row &r) {
               return !r.id.isEmpty() && m_outcome.ids.contains(r.id);
           });
}

void RowsListing::onPage(qint64 page, ApiResult<RowsPage> result)
{
    if (m_finished || !m_inFlight.contains(page))
        return; // a page cancelled because the listing ends below it
    m_inFlight.remove(page);
    if (page == m_retrying)
        m_retrying = -1;
    m_outcome.attempts += result.error.attempts;
    m_outcome.wireBytes += result.wireBytes;
    if (result.error.isError()) {
        ApiError error = result.error;
        if (error.kind != ApiErrorKind::Cancelled)
            error.message =
                QStringLiteral("Rows page %1 (from 0) failed: %2").arg(page).arg(error.message);
        finish(false, error);
        return;
    }
    ++m_outcome.pages;
    Page answered;
    answered.index = page;
    for (ParseProblem problem : std::as_const(result.problems)) {
        problem.path = QStringLiteral("pages[%1].").arg(page) + problem.path;
        answered.problems.append(problem);
    }
    RowsPage &rowsPage = *result.value;
    answered.rows = std::move(rowsPage.rows);
    const bool firstAnswer = !m_firstAnswered;
    m_firstAnswered = true;

    if (!rowsPage.hasPaging) {
        // Every row at once, whatever page was asked for: this answer is the whole listing.
        m_outcome.shape = Shape::Unpaged;
        m_outcome.total = -1;
        answered.everyRow = true;
        m_ready.clear();
        cancelInFlight(-1);
        m_nextToHandOn = answered.index;
        m_endPage = answered.index + 1;
        m_ready.insert(answered.index, answered);
        handOnReadyPages();
        finishIfDone();
        return;
    }
    if (firstAnswer) {
        if (rowsPage.pageSize > 0)
            m_pageSize = rowsPage.pageSize; // the server may cap what was asked for
        m_outcome.shape = rowsPage.hasTotal ? Shape::PagedWithTotal : Shape::PagedWithoutTotal;
    }
    const qsizetype count = answered.rows.size();
    if (rowsPage.hasTotal) {
        m_outcome.total = std::max(m_outcome.total, rowsPage.total); // rows may be added
        const qint64 pages = (m_outcome.total + m_pageSize - 1) / m_pageSize;
        m_endPage = std::max(pages, count > 0 ? page + 1 : page);
        if (m_endPage < m_options.firstPage + 1)
            m_endPage = m_options.firstPage + 1;
        m_endPage = std::min(m_endPage, m_stopAt); // a short or empty page seen before
    }
    if (count == 0) {
        m_sawEmptyPage = true;
        stopAfter(page - 1);
    } else if (!rowsPage.hasTotal && count < m_pageSize)
        stopAfter(page); // a short page is the last
    m_ready.insert(page, answered);
    handOnReadyPages();
    launchMore();
}

void RowsListing::handOnReadyPages()
{
    while (!m_finished && !m_ready.isEmpty() && m_ready.firstKey() <= m_nextToHandOn) {
        Page page = m_ready.take(m_ready.firstKey());
        if (page.index != m_nextToHandOn)
            continue; // a page answered before the listing ended below it
        if (page.index < m_endPage && repeatsOnly(page)) {
            if (!m_retried.contains(page.index)) {
                // Nothing but rows already seen: ask once more (rows may have moved while
                // paging); the pages after it wait.
                qCInfo(lcApi) << "rows page" << page.index << "repeats earlier rows; asking again";
                m_retried.insert(page.index);
                m_retrying = page.index;
                fetchPage(page.index);
                return;
            }
            qCInfo(lcApi) << "rows page" << page.index
                          << "repeats earlier rows again; listing ends";
            m_outcome.repeated = true;
            stopAfter(page.index);
        }
        ++m_nextToHandOn;
        if (page.index >= m_endPage)
            continue;
        page.rows.removeIf([this](const Row &row) {
            if (row.id.isEmpty()) {
                m_outcome.ids.insert(row.id); // never a duplicate: nothing to tell it by
                return false;
            }
            if (m_outcome.ids.contains(row.id))
                return true; // moved to a later page while paging: handed on already
            m_outcome.ids.insert(row.id);
            return false;
        });
        m_outcome.rowsHandedOn += page.rows.size();
        m_outcome.problems.append(page.problems);
        const qint64 index = page.index;
        const bool goOn = m_onPage ? m_onPage(page) : true;
        if (m_finished)
            return;
        emit progressed(m_outcome.rowsHandedOn, std::max(m_outcome.total, m_outcome.rowsHandedOn));
        if (!goOn && index + 1 < m_endPage) {
            m_stoppedEarly = true;
            stopAfter(index);
        }
    }
}

void RowsListing::stopAfter(qint64 page)
{
    m_stopAt = std::min(m_stopAt, page + 1);
    m_endPage = std::min(m_endPage, m_stopAt);
    cancelInFlight(page);
    for (auto it = m_ready.begin(); it != m_ready.end();) {
        if (it.key() > page)
            it = m_ready.erase(it);
        else
            ++it;
    }
}

void RowsListing::finishIfDone()
{
    if (m_finished || !m_inFlight.isEmpty() || !m_ready.isEmpty() || !m_firstAnswered)
        return;
    if (shouldLaunch(m_nextPage))
        return;
    const bool reachedEnd = m_nextToHandOn >= m_endPage;
    const qint64 totalPages = (m_outcome.total + m_pageSize - 1) / m_pageSize;
    if (reachedEnd && !m_stoppedEarly && m_outcome.shape == Shape::PagedWithTotal &&
        m_options.firstPage == 0 && m_outcome.rowsHandedOn < m_outcome.total &&
        m_endPage - m_options.firstPage < m_options.maxPages && !m_sawEmptyPage &&
        m_endPage < m_stopAt && m_endPage < totalPages + kPagesPastTotal) {
        // Fewer rows than the total after the planned pages (the server's pages were
        // smaller than it said): go on until the total or an empty page.
        ++m_endPage;
        launchMore();
        return;
    }
    finish(reachedEnd && !m_stoppedEarly);
}

void RowsListing::finish(bool complete, const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    cancelInFlight(-1);
    m_outcome.error = error;
    m_outcome.complete = complete && !error.isError();
    m_outcome.firstPage = m_options.firstPage;
    qCDebug(lcApi) << "rows listing:" << m_outcome.rowsHandedOn << "rows over" << m_outcome.pages
                   << "pages, complete" << m_outcome.complete;
    if (m_done)
        m_done(m_outcome);
    deleteLater();
}

void RowsListing::cancelInFlight(qint64 afterPage)
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

void RowsListing::cancel()
{
    ApiError cancelled;
    cancelled.kind = ApiErrorKind::Cancelled;
    cancelled.message = QStringLiteral("The request was cancelled.");
    finish(false, cancelled);
}

QString RowsListing::Outcome::serverProblem() const
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    if (repeated) {
        const QString rows = english.toString(rowsHandedOn);
        return total > rowsHandedOn
                   ? QStringLiteral("the server kept sending the same rows; %1 distinct rows of "
                                    "the %2 it announced")
                         .arg(rows, english.toString(total))
                   : QStringLiteral("the server kept sending the same rows; %1 distinct rows")
                         .arg(rows);
    }
    if (shortOfTotal())
        return QStringLiteral("the server announced %1 rows and sent %2 distinct rows")
            .arg(english.toString(total), english.toString(rowsHandedOn));
    return {};
}

RowsListing *listRows(RevoxApi *api, const QString &campaignId, const RowsQuery &query,
                      const RowsListing::Options &options)
{
    const QPointer<RevoxApi> owner(api);
    auto fetch = [owner, campaignId, query](qint64 page, qint64 pageSize, QObject *context,
                                            RevoxApi::RowsPageCallback done) {
        if (!owner)
            return QPointer<ApiRequest>();
        RowsQuery pageQuery = query;
        pageQuery.page = page;
        pageQuery.pageSize = pageSize;
        return owner->getRowsPage(campaignId, pageQuery, context, std::move(done));
    };
    return new RowsListing(fetch, options, api);
}

} // namespace revox
