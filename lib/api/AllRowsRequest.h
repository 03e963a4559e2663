#pragma once

#include "RevoxClient.h"

#include <QHash>
#include <QMap>
#include <QPointer>

#include <functional>
#include <limits>

namespace revox {

// Every row of a campaign: pages from 0, a few in flight at once, until the rows reach
// the total or a page comes back empty; one failed page fails the whole request.
class AllRowsRequest : public ApiRequest
{
    Q_OBJECT
public:
    // Starts GET of one page; its callback must run on this object's thread.
    using PageFetcher = std::function<QPointer<ApiRequest>(
        qint64 page, qint64 pageSize, QObject *context, RevoxClient::RowsPageCallback done)>;

    AllRowsRequest(PageFetcher fetch, qint64 pageSize, int maxPagesInFlight, QObject *parent);

    void start(QObject *context, RevoxClient::AllRowsCallback done);
    void cancel() override;

private:
    void launchMore();
    bool shouldLaunch(qint64 page) const;
    void onPage(qint64 page, ApiResult<RowsPage> result);
    void finishIfComplete();
    void finish(ApiResult<QList<Row>> result);
    void cancelInFlight(qint64 afterPage = -1);

    PageFetcher m_fetch;
    qint64 m_pageSize;
    int m_maxInFlight;
    QPointer<QObject> m_context;
    RevoxClient::AllRowsCallback m_done;
    QMap<qint64, QList<Row>> m_pages;
    QHash<qint64, QPointer<ApiRequest>> m_inFlight;
    QList<ParseProblem> m_problems;
    qint64 m_nextPage = 0;
    qint64 m_total = -1;                                  // -1 until the first page tells
    qint64 m_plannedPages = 1;                            // pages needed to reach the total
    qint64 m_stopAt = std::numeric_limits<qint64>::max(); // first empty page
    qint64 m_received = 0;                                // rows received so far, for progress
    int m_attempts = 0;
    bool m_finished = false;
};

} // namespace revox
