#include "RevoxClient.h"

#include "ApiLog.h"
#include "ApiUrl.h"
#include "ErrorMessages.h"
#include "EtagCache.h"
#include "Gzip.h"
#include "RetryingRequest.h"
#include "RowsListing.h"
#include "SimdRowsPageReader.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace revox {

namespace {

template <typename T> using ParseFunction = std::function<Parsed<T>(const QByteArray &)>;

// Runs done(result) on the context's thread, or not at all once the context is gone.
template <typename T>
void deliver(const QPointer<QObject> &context, const std::function<void(ApiResult<T>)> &done,
             ApiResult<T> result)
{
    if (!context || !done)
        return;
    QMetaObject::invokeMethod(
        context.data(), [done, result = std::move(result)]() mutable { done(std::move(result)); },
        Qt::QueuedConnection);
}

// Starts request; a 2xx body is parsed on the pool, then the result is delivered.
template <typename T>
QPointer<ApiRequest> runParsed(RetryingRequest *request, QThreadPool *pool, QObject *context,
                               std::function<void(ApiResult<T>)> done, ParseFunction<T> parse)
{
    const QPointer<QObject> target(context);
    request->start(
        [pool, target, done, parse](RetryingRequest *self, const QByteArray &body) {
            const QUrl url = self->url();
            const int status = self->lastHttpStatus();
            const int attempts = self->attempts();
            const qint64 wireBytes = self->wireBytes();
            const bool notModified = self->wasNotModified();
            const bool gzip = self->bodyIsGzip();
            const qint64 maxBytes = self->maxBodyBytes();
            QFuture<ApiResult<T>> future = QtConcurrent::run(pool, [=] {
                ApiResult<T> result;
                result.wireBytes = wireBytes;
                result.notModified = notModified;
                QByteArray decoded;
                if (gzip) {
                    switch (Gzip::decode(body, maxBytes, decoded)) {
                    case Gzip::Outcome::Ok:
                        break;
                    case Gzip::Outcome::TooLarge:
                        result.error = ErrorMessages::forTooLarge(maxBytes, url, status);
                        return result;
                    case Gzip::Outcome::Corrupt:
                        result.error = ErrorMessages::forInvalidBody(
                            QStringLiteral("the compressed answer was cut or damaged"), url, status,
                            attempts);
                        return result;
                    }
                }
                Parsed<T> parsed = parse(gzip ? decoded : body);
                result.problems = std::move(parsed.problems);
                if (parsed.fatal)
                    result.error =
                        ErrorMessages::forInvalidBody(*parsed.fatal, url, status, attempts);
                else
                    result.value = std::move(parsed.value);
                return result;
            });
            auto *watcher = new QFutureWatcher<ApiResult<T>>(self);
            QObject::connect(watcher, &QFutureWatcherBase::finished, self, [=] {
                if (self->isFinished())
                    return; // cancelled while parsing: the caller already heard so
                ApiResult<T> result = watcher->result();
                // A body may echo the key; no message built from it may carry it on.
                result.error.message = ErrorMessages::scrub(result.error.message, self->apiKey());
                for (ParseProblem &problem : result.problems)
                    problem.message = ErrorMessages::scrub(problem.message, self->apiKey());
                deliver<T>(target, done, std::move(result));
                self->complete();
            });
            watcher->setFuture(future);
        },
        [target, done, request](const ApiError &error) {
            ApiResult<T> result;
            result.error = error;
            result.wireBytes = request->wireBytes();
            deliver<T>(target, done, std::move(result));
        });
    return request;
}

} // namespace

RevoxClient::RevoxClient(QNetworkAccessManager *nam, ClientConfig config, QObject *parent)
    : RevoxApi(parent)
    , m_nam(nam)
    , m_config(std::move(config))
    , m_etags(std::make_unique<EtagCache>())
    , m_parsePool(new QThreadPool(this))
{
    m_parsePool->setMaxThreadCount(std::max(1, std::min(4, QThread::idealThreadCount())));
    // Parsing a large listing must not delay the GUI thread's input and paint.
    m_parsePool->setThreadPriority(QThread::LowPriority);
}

RevoxClient::~RevoxClient()
{
    cancelAll();
    m_parsePool->waitForDone(); // parses read m_assistants, which dies with this object
}

std::optional<QString> RevoxClient::checkBaseUrl(const QUrl &url)
{
    return ApiUrl::problemWithBaseUrl(url);
}

void RevoxClient::setConfig(const ClientConfig &config)
{
    if (config.baseUrl != m_config.baseUrl || config.apiKey != m_config.apiKey)
        m_etags->clear(); // kept answers belong to one account
    m_config = config;
}

RetryingRequest *RevoxClient::newRequest(const QUrl &url, qint64 maxBytes, qint64 expectedBytes)
{
    ClientConfig config = m_config;
    if (maxBytes > 0)
        config.maxResponseBytes = maxBytes;
    auto *request = new RetryingRequest(m_nam, config, url, this, m_etags.get());
    request->setExpectedBytes(expectedBytes);
    return request;
}

// A request for a resource named by id; refused without sending when the id is unusable.
static RetryingRequest *withId(RetryingRequest *request, const QString &what, const QString &id)
{
    if (const auto error = ErrorMessages::forUnusableId(what, id))
        request->refuse(*error);
    return request;
}

QObject *RevoxClient::deliveryContext(QObject *context)
{
    return context ? context : this;
}

QPointer<ApiRequest> RevoxClient::listCampaigns(QObject *context, CampaignsCallback done)
{
    AssistantCache *cache = &m_assistants;
    return runParsed<QList<Campaign>>(
        newRequest(ApiUrl::join(m_config.baseUrl, {QStringLiteral("campaigns")})), m_parsePool,
        deliveryContext(context), std::move(done),
        [cache](const QByteArray &body) { return json::parseCampaignList(body, cache); });
}

QPointer<ApiRequest> RevoxClient::getCampaign(const QString &id, QObject *context,
                                              CampaignCallback done)
{
    AssistantCache *cache = &m_assistants;
    return runParsed<Campaign>(
        withId(newRequest(ApiUrl::join(m_config.baseUrl, {QStringLiteral("campaigns"), id})),
               QStringLiteral("campaign"), id),
        m_parsePool, deliveryContext(context), std::move(done),
        [cache](const QByteArray &body) { return json::parseCampaignResponse(body, cache); });
}

QPointer<ApiRequest> RevoxClient::getRowsPage(const QString &campaignId, const RowsQuery &query,
                                              QObject *context, RowsPageCallback done)
{
    QUrl url = ApiUrl::join(m_config.baseUrl,
                            {QStringLiteral("campaigns"), campaignId, QStringLiteral("rows")});
    url.setQuery(query.toUrlQuery());
    AssistantCache *cache = &m_assistants;
    return runParsed<RowsPage>(
        withId(newRequest(url, std::max(m_config.maxResponseBytes, m_config.maxRowsResponseBytes),
                          TransferDeadline::rowsPageBytes(query.pageSize)),
               QStringLiteral("campaign"), campaignId),
        m_parsePool, deliveryContext(context), std::move(done),
        [cache](const QByteArray &body) { return json::parseRowsPageSimd(body, cache); });
}

QPointer<ApiRequest> RevoxClient::getAllRows(const QString &campaignId, const RowsQuery &query,
                                             QObject *context, AllRowsCallback done)
{
    const QPointer<QObject> target(deliveryContext(context));
    auto rows = std::make_shared<QList<Row>>();
    RowsListing *listing = listAllRows(campaignId, query);
    listing->start(
        [rows](RowsListing::Page &page) {
            rows->append(std::move(page.rows));
            return true;
        },
        [rows, target, done = std::move(done)](const RowsListing::Outcome &outcome) {
            ApiResult<QList<Row>> result;
            result.error = outcome.error;
            result.error.attempts = std::max(result.error.attempts, outcome.attempts);
            result.problems = outcome.problems;
            result.wireBytes = outcome.wireBytes;
            if (!outcome.error.isError())
                result.value = std::move(*rows);
            deliver<QList<Row>>(target, done, std::move(result));
        });
    return listing;
}

RowsListing *RevoxClient::listAllRows(const QString &campaignId, const RowsQuery &query)
{
    RowsListing::Options options;
    options.pageSize = m_config.allRowsPageSize;
    options.maxInFlight = m_config.maxPagesInFlight;
    return listRows(this, campaignId, query, options);
}

QPointer<ApiRequest> RevoxClient::getCall(const QString &callId, QObject *context,
                                          CallCallback done)
{
    AssistantCache *cache = &m_assistants;
    return runParsed<Call>(
        withId(newRequest(ApiUrl::join(m_config.baseUrl, {QStringLiteral("call"), callId})),
               QStringLiteral("call"), callId),
        m_parsePool, deliveryContext(context), std::move(done),
        [cache](const QByteArray &body) { return json::parseCallResponse(body, cache); });
}

QPointer<ApiRequest> RevoxClient::getAuthStatus(QObject *context, AuthCallback done)
{
    return runParsed<AuthStatus>(
        newRequest(ApiUrl::join(m_config.baseUrl, {QStringLiteral("auth-status")})), m_parsePool,
        deliveryContext(context), std::move(done),
        [](const QByteArray &body) { return json::parseAuthStatus(body); });
}

QPointer<ApiRequest> RevoxClient::getRaw(const QString &path, const QUrlQuery &query,
                                         QObject *context, RawCallback done)
{
    QUrl url = ApiUrl::joinPath(m_config.baseUrl, path);
    if (!query.isEmpty())
        url.setQuery(query);
    return runParsed<QByteArray>(newRequest(url), m_parsePool, deliveryContext(context),
                                 std::move(done), [](const QByteArray &body) {
                                     Parsed<QByteArray> parsed;
                                     parsed.value = body;
                                     return parsed;
                                 });
}

void RevoxClient::cancelAll()
{
    const auto requests = findChildren<ApiRequest *>(Qt::FindDirectChildrenOnly);
    QList<QPointer<ApiRequest>> alive(requests.cbegin(), requests.cend());
    for (const QPointer<ApiRequest> &request : alive) {
        if (request)
            request->cancel();
    }
}

} // namespace revox
