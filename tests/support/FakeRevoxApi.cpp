#include "FakeRevoxApi.h"

#include <QTimer>

namespace revox {

namespace {

// A request answered from memory; cancel() turns its answer into Cancelled.
class FakeRequest : public ApiRequest
{
public:
    using ApiRequest::ApiRequest;
    void cancel() override { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

private:
    bool m_cancelled = false;
};

template <typename T>
QPointer<ApiRequest> answerLater(QObject *owner, QObject *context,
                                 std::function<void(ApiResult<T>)> done, ApiResult<T> result)
{
    auto *request = new FakeRequest(owner);
    const QPointer<FakeRequest> guard(request);
    QTimer::singleShot(0, context, [guard, done = std::move(done), result]() mutable {
        if (!guard)
            return;
        if (guard->isCancelled()) {
            result = {};
            result.error.kind = ApiErrorKind::Cancelled;
            result.error.message = QStringLiteral("The request was cancelled.");
        }
        guard->deleteLater();
        done(std::move(result));
    });
    return request;
}

ApiError notFound(const QString &what)
{
    ApiError error;
    error.kind = ApiErrorKind::NotFound;
    error.httpStatus = 404;
    error.message = what + QStringLiteral(" was not found.");
    return error;
}

} // namespace

QPointer<ApiRequest> FakeRevoxApi::listCampaigns(QObject *context, CampaignsCallback done)
{
    m_requests.append(QStringLiteral("campaigns"));
    ApiResult<QList<Campaign>> result;
    result.value = m_campaigns.values();
    return answerLater(this, context, std::move(done), std::move(result));
}

QPointer<ApiRequest> FakeRevoxApi::getCampaign(const QString &id, QObject *context,
                                               CampaignCallback done)
{
    m_requests.append(QStringLiteral("campaign ") + id);
    ApiResult<Campaign> result;
    if (m_campaigns.contains(id))
        result.value = m_campaigns.value(id);
    else
        result.error = notFound(QStringLiteral("Campaign ") + id);
    return answerLater(this, context, std::move(done), std::move(result));
}

QPointer<ApiRequest> FakeRevoxApi::getRowsPage(const QString &campaignId, const RowsQuery &query,
                                               QObject *context, RowsPageCallback done)
{
    QString line = QStringLiteral("rows %1 page=%2 size=%3")
                       .arg(campaignId)
                       .arg(query.page)
                       .arg(query.pageSize);
    if (!query.statuses.isEmpty())
        line += QStringLiteral(" statuses=") + query.statuses.join(QLatin1Char(','));
    m_requests.append(line);
    QList<Row> matching;
    for (const Row &row : m_rows.value(campaignId)) {
        if (query.statuses.isEmpty() ||
            (row.call && query.statuses.contains(row.call->status.text)))
            matching.append(row);
    }
    ApiResult<RowsPage> result;
    RowsPage page;
    page.page = query.page;
    page.pageSize = query.pageSize;
    page.total = matching.size();
    page.rows = matching.mid(query.page * query.pageSize, query.pageSize);
    result.value = page;
    return answerLater(this, context, std::move(done), std::move(result));
}

QPointer<ApiRequest> FakeRevoxApi::getCall(const QString &callId, QObject *context,
                                           CallCallback done)
{
    m_requests.append(QStringLiteral("call ") + callId);
    ApiResult<Call> result;
    for (const QList<Row> &rows : std::as_const(m_rows)) {
        for (const Row &row : rows) {
            if (row.call && row.call->id == callId)
                result.value = *row.call;
        }
    }
    if (!result.value)
        result.error = notFound(QStringLiteral("Call ") + callId);
    return answerLater(this, context, std::move(done), std::move(result));
}

} // namespace revox
