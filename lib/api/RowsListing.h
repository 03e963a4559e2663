#pragma once

#include "RevoxApi.h"

#include <QHash>
#include <QMap>
#include <QPointer>
#include <QSet>

#include <functional>
#include <limits>

namespace revox {

// The one paging engine: the rows a query matches, page by page, from the three forms a
// Revox server is known to answer in:
//  - paged with total: pages until the rows reach total or a page comes back empty;
//  - paged without total: pages until a short or an empty page;
//  - unpaged ({ rows } alone, parameters ignored): that one answer is every row.
// A few pages are in flight at once, never further ahead of the pages handed on than
// that; pages are handed on in page order, each row once (a row that moved to a later page
// while paging is not handed on again). One failed page fails the listing; what was handed
// on before stays handed on.
// Listings end whatever the server does: a page that brings no row not seen before is
// asked for once more, and if it again brings none the listing ends there (repeated); and
// no more pages are asked for than total and the page size allow, plus kPagesPastTotal.
class RowsListing : public ApiRequest
{
    Q_OBJECT
public:
    // What the server's answers looked like.
    enum class Shape { Unknown, PagedWithTotal, PagedWithoutTotal, Unpaged };

    struct Page
    {
        qint64 index = 0; // page number, from 0
        QList<Row> rows;
        QList<ParseProblem> problems; // paths prefixed with pages[index].
        bool everyRow = false;        // an unpaged answer: every row of the campaign
    };
    struct Outcome
    {
        ApiError error;
        Shape shape = Shape::Unknown;
        // The listing reached the server's end (total, a short or empty page, an unpaged
        // answer); false when it failed or a handler or maxPages stopped it first.
        bool complete = false;
        qint64 total = -1; // the server's total; -1 when it sent none
        qint64 rowsHandedOn = 0;
        qint64 pages = 0;     // pages answered
        qint64 wireBytes = 0; // over every page
        int attempts = 0;
        QList<ParseProblem> problems;
        QSet<QString> ids; // the ids of the rows handed on
        qint64 firstPage = 0;
        // The server kept sending rows already handed on (a page and its retry): the
        // listing ended there, whatever total said.
        bool repeated = false;

        // The listing reached the server's end from the first page with fewer distinct rows
        // than the total it announced.
        bool shortOfTotal() const { return complete && firstPage == 0 && total > rowsHandedOn; }
        // What the server did that the listing could not take at its word, in words for the
        // user ("the server kept sending the same rows; 100 distinct rows of the 1,000,000
        // it announced"); empty when nothing.
        QString serverProblem() const;
    };
    // Pages asked for past what total and the page size allow (the server's pages may be
    // smaller than it says).
    static constexpr qint64 kPagesPastTotal = 2;
    // Starts GET of one page; its callback must run on this object's thread.
    using PageFetcher = std::function<QPointer<ApiRequest>(
        qint64 page, qint64 pageSize, QObject *context, RevoxApi::RowsPageCallback done)>;
    // Called in page order; return false to stop after this page (the outcome is then not
    // complete).
    using PageHandler = std::function<bool(Page &page)>;
    using OutcomeHandler = std::function<void(const Outcome &outcome)>;

    struct Options
    {
        qint64 firstPage = 0;
        qint64 pageSize = 100;
        int maxInFlight = 3;
        qint64 maxPages = std::numeric_limits<qint64>::max();
    };

    RowsListing(PageFetcher fetch, Options options, QObject *parent);

    // Handlers run on this object's thread (the client's); done runs exactly once, after
    // the last page handed on (cancel() included), then the listing deletes itself.
    void start(PageHandler onPage, OutcomeHandler done);
    void cancel() override;

private:
    void launchMore();
    bool shouldLaunch(qint64 page) const;
    void onPage(qint64 page, ApiResult<RowsPage> result);
    void handOnReadyPages();
    void fetchPage(qint64 page);
    bool repeatsOnly(const Page &page) const;
    void stopAfter(qint64 page);
    void finishIfDone();
    void finish(bool complete, const ApiError &error = {});
    void cancelInFlight(qint64 afterPage);

    PageFetcher m_fetch;
    Options m_options;
    PageHandler m_onPage;
    OutcomeHandler m_done;
    Outcome m_outcome;
    qint64 m_pageSize;          // the server's, once known
    QMap<qint64, Page> m_ready; // answered, not yet handed on
    QHash<qint64, QPointer<ApiRequest>> m_inFlight;
    qint64 m_nextPage = 0;
    qint64 m_nextToHandOn = 0;
    qint64 m_endPage = std::numeric_limits<qint64>::max(); // exclusive, once known
    qint64 m_stopAt = std::numeric_limits<qint64>::max();  // set by a short, empty or last page
    bool m_firstAnswered = false;
    bool m_sawEmptyPage = false;
    QSet<qint64> m_retried;      // pages asked for again because they brought no new row
    qint64 m_retrying = -1;      // the page asked for again now
    bool m_stoppedEarly = false; // a handler or maxPages ended it before the server's end
    bool m_finished = false;
};

// A listing of a campaign's rows through api (query's page and pageSize are ignored),
// owned by api; call start() on it.
RowsListing *listRows(RevoxApi *api, const QString &campaignId, const RowsQuery &query,
                      const RowsListing::Options &options);

} // namespace revox
