#include "RevoxClient.h"
#include "ScriptedServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using namespace revox;
using Response = ScriptedServer::Response;
using Request = ScriptedServer::Request;

static const QString kKey = QStringLiteral("sk-test-4f9a1c2e7b");

static QJsonObject rowJson(int index)
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("row-%1").arg(index)},
        {QStringLiteral("input_data"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Contact %1").arg(index)}}},
        {QStringLiteral("phone_number"),
         QStringLiteral("+336%1").arg(index, 8, 10, QLatin1Char('0'))},
        {QStringLiteral("row_index"), index}};
}

// Serves GET .../rows for a campaign of rowCount rows, paged as asked.
static Response rowsPage(const Request &request, int rowCount, int forcedPageSize = 0)
{
    const int page = request.queryValue(QStringLiteral("page")).toInt();
    int pageSize = request.queryValue(QStringLiteral("page_size")).toInt();
    if (forcedPageSize > 0)
        pageSize = forcedPageSize;
    QJsonArray rows;
    for (int i = page * pageSize; i < std::min(rowCount, (page + 1) * pageSize); ++i)
        rows.append(rowJson(i));
    const QJsonObject body{{QStringLiteral("page"), page},
                           {QStringLiteral("page_size"), pageSize},
                           {QStringLiteral("rows"), rows},
                           {QStringLiteral("total"), rowCount}};
    return Response::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

static QByteArray campaignsBody()
{
    return R"({"campaigns":[{"id":"c1","assistant_id":"a1","created_at":"2026-11-20T09:00:00Z",
        "is_cancelled":false,"name":"Spring","organization_id":"o1","status":"running",
        "updated_at":"2026-11-20T09:00:00Z"}]})";
}

// Runs one client call to completion and returns its result.
template <typename T, typename Start>
static std::optional<ApiResult<T>> await(Start start, int ms = 15000)
{
    std::optional<ApiResult<T>> out;
    QObject context;
    start(&context, [&out](ApiResult<T> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, ms))
        qWarning("no answer within %d ms", ms);
    return out;
}

// Returns once every event already posted to context's thread has been delivered: whatever a
// finished request had queued (a late callback) has run by then.
static void deliverPostedEvents(QObject *context)
{
    bool delivered = false;
    QMetaObject::invokeMethod(
        context, [&delivered] { delivered = true; }, Qt::QueuedConnection);
    QTRY_VERIFY(delivered);
}

// While alive, collects the waits the client announces before each retry ("retrying
// /api/campaigns in 200 ms after RateLimited"), in milliseconds.
class AnnouncedRetries
{
public:
    AnnouncedRetries()
    {
        s_delays.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("revox.api.debug=true"));
        m_previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &,
                                               const QString &message) {
            static const QRegularExpression retry(QStringLiteral("^retrying \\S+ in (\\d+) ms "));
            const QRegularExpressionMatch match = retry.match(message);
            if (match.hasMatch())
                s_delays << match.captured(1).toLongLong();
        });
    }
    ~AnnouncedRetries()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    AnnouncedRetries(const AnnouncedRetries &) = delete;
    AnnouncedRetries &operator=(const AnnouncedRetries &) = delete;
    QList<qint64> delays() const { return s_delays; }

private:
    static inline QList<qint64> s_delays;
    QtMessageHandler m_previous;
};

// Client behaviour over real loopback HTTP: headers, paging, encoding, retries, errors,
// cancellation and where the API key may go.
class TestRevoxClient : public QObject
{
    Q_OBJECT

private:
    ClientConfig fastConfig(const QUrl &base) const
    {
        ClientConfig c;
        c.baseUrl = base;
        c.apiKey = kKey;
        c.timeoutMs = 5000;
        c.initialBackoffMs = 20;
        c.maxBackoffMs = 80;
        c.maxPagesInFlight = 3;
        c.allRowsPageSize = 10;
        return c;
    }

    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RevoxClient> m_client;

    std::optional<ApiResult<QList<Campaign>>> listCampaigns()
    {
        return await<QList<Campaign>>(
            [this](QObject *ctx, auto cb) { m_client->listCampaigns(ctx, cb); });
    }
    std::optional<ApiResult<QList<Row>>> allRows(const RowsQuery &q = {})
    {
        return await<QList<Row>>([this, q](QObject *ctx, auto cb) {
            m_client->getAllRows(QStringLiteral("c1"), q, ctx, cb);
        });
    }

private slots:
    void init()
    {
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->listen());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<RevoxClient>(m_nam.get(),
                                                 fastConfig(m_server->url(QStringLiteral("/api"))));
    }
    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
        m_server.reset();
    }

    void sendsAuthUserAgentAndAccept()
    {
        m_server->setHandler([](const Request &) { return Response::json(200, campaignsBody()); });
        const auto result = listCampaigns();
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        QCOMPARE(result->value->size(), 1);
        QCOMPARE(result->value->first().name, QStringLiteral("Spring"));
        QCOMPARE(m_server->requestCount(), 1);
        const Request r = m_server->requests().first();
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.path, QByteArray("/api/campaigns"));
        QCOMPARE(r.header("authorization"), "Bearer " + kKey.toUtf8());
        QCOMPARE(r.header("user-agent"), QByteArray("RevoxDesk/" REVOX_VERSION));
        QCOMPARE(r.header("accept"), QByteArray("application/json"));
    }

    void noKeyMeansNoAuthorizationHeader()
    {
        ClientConfig c = m_client->config();
        c.apiKey.clear();
        m_client->setConfig(c);
        m_server->setHandler([](const Request &) {
            return Response::json(401, R"({"message":"Missing bearer token"})");
        });
        const auto result = listCampaigns();
        QVERIFY(result);
        QCOMPARE(result->error.kind, ApiErrorKind::Authentication);
        QVERIFY(!m_server->requests().first().hasHeader("authorization"));
        QVERIFY2(result->error.message.contains(QStringLiteral("REVOX_API_KEY")),
                 qPrintable(result->error.message));
    }

    void idsArePercentEncodedPathSegments_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("expectedPath");
        QTest::newRow("plain") << "/api"
                               << "camp_123" << QByteArray("/api/campaigns/camp_123");
        QTest::newRow("trailing slash") << "/api/"
                                        << "x" << QByteArray("/api/campaigns/x");
        QTest::newRow("no base path") << ""
                                      << "x" << QByteArray("/campaigns/x");
        QTest::newRow("slash and space") << "/api"
                                         << "a/b c" << QByteArray("/api/campaigns/a%2Fb%20c");
        QTest::newRow("query and hash") << "/api"
                                        << "a?b#c" << QByteArray("/api/campaigns/a%3Fb%23c");
        QTest::newRow("unicode") << "/v1/api" << QStringLiteral("é")
                                 << QByteArray("/v1/api/campaigns/%C3%A9");
    }
    void idsArePercentEncodedPathSegments()
    {
        QFETCH(QString, base);
        QFETCH(QString, id);
        QFETCH(QByteArray, expectedPath);
        ClientConfig c = m_client->config();
        c.baseUrl = m_server->url(base);
        m_client->setConfig(c);
        m_server->setHandler([](const Request &) { return Response::json(404, "{}"); });
        const auto result =
            await<Campaign>([&](QObject *ctx, auto cb) { m_client->getCampaign(id, ctx, cb); });
        QVERIFY(result);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->requests().first().path, expectedPath);
    }

    void unusableIdsAreRefusedWithoutSending_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("  ");
        QTest::newRow("dot") << QStringLiteral(".");
        QTest::newRow("dot dot") << QStringLiteral("..");
    }
    void unusableIdsAreRefusedWithoutSending()
    {
        QFETCH(QString, id);
        const auto campaign =
            await<Campaign>([&](QObject *ctx, auto cb) { m_client->getCampaign(id, ctx, cb); });
        QVERIFY(campaign);
        QCOMPARE(campaign->error.kind, ApiErrorKind::BadRequest);
        const auto rows = await<QList<Row>>(
            [&](QObject *ctx, auto cb) { m_client->getAllRows(id, {}, ctx, cb); });
        QVERIFY(rows);
        QCOMPARE(rows->error.kind, ApiErrorKind::BadRequest);
        const auto call =
            await<Call>([&](QObject *ctx, auto cb) { m_client->getCall(id, ctx, cb); });
        QVERIFY(call);
        QCOMPARE(call->error.kind, ApiErrorKind::BadRequest);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void rowsQueryEncoding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QByteArray>("expectedRawQuery");
        QTest::newRow("defaults") << QString() << QString() << QStringList()
                                  << QByteArray("page=2&page_size=25");
        QTest::newRow("spaces") << "jean dupont"
                                << "human" << QStringList()
                                << QByteArray(
                                       "page=2&page_size=25&query=jean%20dupont&result=human");
        QTest::newRow("ampersand equals plus")
            << "a&b=c+d" << QString() << QStringList()
            << QByteArray("page=2&page_size=25&query=a%26b%3Dc%2Bd");
        QTest::newRow("percent and hash") << "100% #1" << QString() << QStringList()
                                          << QByteArray("page=2&page_size=25&query=100%25%20%231");
        QTest::newRow("unicode") << QStringLiteral("Zoë 東京") << QString() << QStringList()
                                 << QByteArray(
                                        "page=2&page_size=25&query=Zo%C3%AB%20%E6%9D%B1%E4%BA%AC");
        QTest::newRow("statuses")
            << QString() << "ios-screening-filter"
            << QStringList{QStringLiteral("calling"), QStringLiteral("completed")}
            << QByteArray(
                   "page=2&page_size=25&result=ios-screening-filter&statuses=calling,completed");
        QTest::newRow("one status")
            << QString() << QString() << QStringList{QStringLiteral("queued_for_calling")}
            << QByteArray("page=2&page_size=25&statuses=queued_for_calling");
    }
    void rowsQueryEncoding()
    {
        QFETCH(QString, text);
        QFETCH(QString, result);
        QFETCH(QStringList, statuses);
        QFETCH(QByteArray, expectedRawQuery);
        RowsQuery q;
        q.page = 2;
        q.pageSize = 25;
        q.query = text;
        q.result = result;
        q.statuses = statuses;
        m_server->setHandler([](const Request &r) { return rowsPage(r, 0); });
        const auto got = await<RowsPage>([&](QObject *ctx, auto cb) {
            m_client->getRowsPage(QStringLiteral("c1"), q, ctx, cb);
        });
        QVERIFY(got);
        QVERIFY2(got->ok(), qPrintable(got->error.message));
        const Request r = m_server->requests().first();
        QCOMPARE(r.path, QByteArray("/api/campaigns/c1/rows"));
        QCOMPARE(r.rawQuery, expectedRawQuery);
        QCOMPARE(r.queryValue(QStringLiteral("query")), text);
        QCOMPARE(r.queryValue(QStringLiteral("statuses")), statuses.join(QLatin1Char(',')));
    }

    void allRowsPagesToTotal_data()
    {
        QTest::addColumn<int>("rowCount");
        QTest::addColumn<int>("expectedRequests");
        QTest::newRow("empty campaign") << 0 << 1;
        QTest::newRow("one short page") << 7 << 1;
        QTest::newRow("exact pages") << 30 << 3;
        QTest::newRow("many pages") << 95 << 10;
    }
    void allRowsPagesToTotal()
    {
        QFETCH(int, rowCount);
        QFETCH(int, expectedRequests);
        m_server->setHandler([rowCount](const Request &r) {
            Response resp = rowsPage(r, rowCount);
            resp.delayMs = 20;
            return resp;
        });
        const auto result = allRows();
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        QCOMPARE(result->value->size(), rowCount);
        for (int i = 0; i < rowCount; ++i)
            QCOMPARE(result->value->at(i).rowIndex, i);
        QCOMPARE(m_server->requestCount(), expectedRequests);
        QVERIFY(m_server->maxConcurrent() <= 3);
        if (rowCount > 30)
            QVERIFY2(m_server->maxConcurrent() >= 2, "pages were not fetched concurrently");
        for (const Request &r : m_server->requests())
            QCOMPARE(r.queryValue(QStringLiteral("page_size")), QStringLiteral("10"));
    }

    void allRowsReportsProgress()
    {
        m_server->setHandler([](const Request &r) { return rowsPage(r, 95); });
        std::optional<ApiResult<QList<Row>>> out;
        QObject context;
        QPointer<ApiRequest> request =
            m_client->getAllRows(QStringLiteral("c1"), {}, &context,
                                 [&out](ApiResult<QList<Row>> r) { out = std::move(r); });
        QSignalSpy spy(request.data(), &ApiRequest::progressed);
        QTRY_VERIFY(out.has_value());
        QCOMPARE(spy.size(), 10);
        qint64 previous = 0;
        for (const QList<QVariant> &args : std::as_const(spy)) {
            QVERIFY(args.at(0).toLongLong() > previous);
            previous = args.at(0).toLongLong();
            QCOMPARE(args.at(1).toLongLong(), qint64(95));
        }
        QCOMPARE(previous, qint64(95));
    }

    void allRowsStopsOnEmptyPage()
    {
        // total claims 100 rows, but the rows end after 25: page 3 comes back empty.
        m_server->setHandler([](const Request &r) {
            Response resp = rowsPage(r, 25);
            QJsonObject o = QJsonDocument::fromJson(resp.body).object();
            o[QStringLiteral("total")] = 100;
            resp.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            return resp;
        });
        const auto result = allRows();
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        QCOMPARE(result->value->size(), 25);
        QCOMPARE(result->value->last().rowIndex, 24);
        QVERIFY(m_server->requestCount() < 10);
    }

    void allRowsWithoutTotalPagesToAShortPage_data()
    {
        QTest::addColumn<int>("rowCount");
        QTest::newRow("short last page") << 23;
        QTest::newRow("exact pages, then empty") << 30;
        QTest::newRow("one short page") << 4;
    }
    void allRowsWithoutTotalPagesToAShortPage()
    {
        // A server that pages but leaves total out: keep paging until a short or empty page.
        QFETCH(int, rowCount);
        m_server->setHandler([rowCount](const Request &r) {
            Response resp = rowsPage(r, rowCount);
            QJsonObject o = QJsonDocument::fromJson(resp.body).object();
            o.remove(QStringLiteral("total"));
            resp.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            return resp;
        });
        const auto result = allRows();
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        QCOMPARE(result->value->size(), rowCount);
        for (int i = 0; i < rowCount; ++i)
            QCOMPARE(result->value->at(i).rowIndex, i);
        // Paging without a total is a documented form, not a problem in the answer.
        QCOMPARE(result->problems.size(), 0);
    }

    void allRowsWhenServerPagesAreSmaller()
    {
        // The server uses pages of 4 whatever is asked, and says so in page_size.
        m_server->setHandler([](const Request &r) { return rowsPage(r, 18, 4); });
        const auto result = allRows();
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        QCOMPARE(result->value->size(), 18);
        for (int i = 0; i < 18; ++i)
            QCOMPARE(result->value->at(i).rowIndex, i);
    }

    void allRowsAcceptsRowsOnlyShape()
    {
        m_server->setHandler([](const Request &) {
            QJsonArray rows;
            for (int i = 0; i < 42; ++i)
                rows.append(rowJson(i));
            return Response::json(200, QJsonDocument(QJsonObject{{QStringLiteral("rows"), rows}})
                                           .toJson(QJsonDocument::Compact));
        });
        const auto result = allRows();
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        QCOMPARE(result->value->size(), 42);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void allRowsKeepsARowThatMovedPagesOnce()
    {
        // A row inserted at the front while paging pushes row 9 onto page 1 as well.
        m_server->setHandler([](const Request &r) {
            const int page = r.queryValue(QStringLiteral("page")).toInt();
            QJsonArray rows;
            const int from = page == 0 ? 0 : 9;
            for (int i = from; i < std::min(25, from + 10 + (page == 0 ? 0 : (page - 1) * 10)); ++i)
                rows.append(rowJson(i));
            if (page == 2) {
                rows = QJsonArray();
                for (int i = 19; i < 25; ++i)
                    rows.append(rowJson(i));
            }
            return Response::json(200, QJsonDocument(QJsonObject{{QStringLiteral("page"), page},
                                                                 {QStringLiteral("page_size"), 10},
                                                                 {QStringLiteral("rows"), rows},
                                                                 {QStringLiteral("total"), 25}})
                                           .toJson(QJsonDocument::Compact));
        });
        const auto result = allRows();
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        QCOMPARE(result->value->size(), 25);
        for (int i = 0; i < 25; ++i)
            QCOMPARE(result->value->at(i).rowIndex, i);
    }

    void cancellingAllRowsAbortsItsPages()
    {
        m_server->setHandler([](const Request &r) {
            if (r.path == "/api/campaigns")
                return Response::json(200, campaignsBody());
            Response resp = rowsPage(r, 100);
            if (r.queryValue(QStringLiteral("page")) != QLatin1String("0"))
                resp.delayMs = 5000;
            return resp;
        });
        int calls = 0;
        ApiErrorKind kind = ApiErrorKind::None;
        QObject context;
        QPointer<ApiRequest> request = m_client->getAllRows(QStringLiteral("c1"), {}, &context,
                                                            [&](const ApiResult<QList<Row>> &r) {
                                                                ++calls;
                                                                kind = r.error.kind;
                                                            });
        QTRY_COMPARE(m_server->requestCount(), 4); // page 0, then three in flight
        request->cancel();
        QTRY_COMPARE(calls, 1);
        QCOMPARE(kind, ApiErrorKind::Cancelled);
        QTRY_VERIFY(request.isNull());
        deliverPostedEvents(&context);
        QCOMPARE(calls, 1);
        // A request sent after the cancel reaches the server next: no page was asked for since.
        const auto barrier = listCampaigns();
        QVERIFY(barrier && barrier->ok());
        QCOMPARE(m_server->requestCount(), 5);
        QCOMPARE(m_server->requests().last().path, QByteArray("/api/campaigns"));
    }

    void allRowsFailsWithThePage()
    {
        m_server->setHandler([](const Request &r) {
            if (r.queryValue(QStringLiteral("page")) == QLatin1String("2"))
                return Response::json(404, R"({"message":"page gone"})");
            return rowsPage(r, 50);
        });
        const auto result = allRows();
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error.kind, ApiErrorKind::NotFound);
        QVERIFY2(result->error.message.contains(QStringLiteral("page 2")),
                 qPrintable(result->error.message));
    }

    void retriesRetryableStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ApiErrorKind>("kind");
        QTest::newRow("500") << 500 << ApiErrorKind::Server;
        QTest::newRow("502") << 502 << ApiErrorKind::Server;
        QTest::newRow("503") << 503 << ApiErrorKind::Server;
        QTest::newRow("429") << 429 << ApiErrorKind::RateLimited;
        QTest::newRow("408") << 408 << ApiErrorKind::Timeout;
        QTest::newRow("409") << 409 << ApiErrorKind::Server;
    }
    void retriesRetryableStatuses()
    {
        QFETCH(int, status);
        QFETCH(ApiErrorKind, kind);
        m_server->setHandler([status](const Request &) {
            return Response::json(status, R"({"error":"busy right now"})");
        });
        const auto failed = listCampaigns();
        QVERIFY(failed);
        QCOMPARE(failed->error.kind, kind);
        QCOMPARE(failed->error.httpStatus, status);
        QCOMPARE(failed->error.attempts, 3);
        QCOMPARE(m_server->requestCount(), 3);
        QVERIFY2(failed->error.message.contains(QStringLiteral("busy right now")),
                 qPrintable(failed->error.message));

        // Fails twice, then works: the caller sees only the success.
        m_server->clear();
        m_server->setHandler([this, status](const Request &) {
            if (m_server->requestCount() < 3)
                return Response::json(status, "{}");
            return Response::json(200, campaignsBody());
        });
        const auto recovered = listCampaigns();
        QVERIFY(recovered);
        QVERIFY2(recovered->ok(), qPrintable(recovered->error.message));
        QCOMPARE(m_server->requestCount(), 3);
    }

    void noRetryOnClientErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ApiErrorKind>("kind");
        QTest::newRow("400") << 400 << ApiErrorKind::BadRequest;
        QTest::newRow("401") << 401 << ApiErrorKind::Authentication;
        QTest::newRow("403") << 403 << ApiErrorKind::Permission;
        QTest::newRow("404") << 404 << ApiErrorKind::NotFound;
        QTest::newRow("422") << 422 << ApiErrorKind::BadRequest;
    }
    void noRetryOnClientErrors()
    {
        QFETCH(int, status);
        QFETCH(ApiErrorKind, kind);
        m_server->setHandler([status](const Request &) {
            return Response::json(status, R"({"message":"explained by the server"})");
        });
        const auto result = listCampaigns();
        QVERIFY(result);
        QCOMPARE(result->error.kind, kind);
        QCOMPARE(result->error.httpStatus, status);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(result->error.attempts, 1);
        QVERIFY2(result->error.message.contains(QStringLiteral("explained by the server")),
                 qPrintable(result->error.message));
        QVERIFY2(result->error.message.contains(QString::number(status)),
                 qPrintable(result->error.message));
    }

    void errorWithoutBodyMessageShowsStatusLine()
    {
        m_server->setHandler([](const Request &) {
            Response r;
            r.status = 503;
            r.body = "<html>down</html>";
            return r;
        });
        const auto result = listCampaigns();
        QVERIFY(result);
        QCOMPARE(result->error.kind, ApiErrorKind::Server);
        QVERIFY2(result->error.message.contains(QStringLiteral("503 Service Unavailable")),
                 qPrintable(result->error.message));
    }

    void authErrorIsActionable()
    {
        m_server->setHandler([](const Request &) {
            return Response::json(401, R"({"error":{"message":"Invalid API key"}})");
        });
        const auto result = listCampaigns();
        QVERIFY(result);
        QCOMPARE(result->error.kind, ApiErrorKind::Authentication);
        QVERIFY2(result->error.message.startsWith(QStringLiteral(
                     "The API key was refused (401). Check REVOX_API_KEY or the key in Settings.")),
                 qPrintable(result->error.message));
        QVERIFY(result->error.message.contains(QStringLiteral("Invalid API key")));
    }

    void keyNeverInErrorMessages_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("401") << 401;
        QTest::newRow("403") << 403;
        QTest::newRow("404") << 404;
        QTest::newRow("500") << 500;
        QTest::newRow("200 not JSON") << 200;
    }
    void keyNeverInErrorMessages()
    {
        QFETCH(int, status);
        // A server that echoes the key back in its error text.
        m_server->setHandler([status](const Request &r) {
            return Response::json(status, R"({"message":"unknown key )" +
                                              r.header("authorization") + R"("})");
        });
        const auto result = listCampaigns();
        QVERIFY(result);
        QVERIFY(result->error.isError());
        QVERIFY2(!result->error.message.contains(kKey), qPrintable(result->error.message));
        QVERIFY(result->error.message.contains(QStringLiteral("***")));
    }

    void retriesDroppedConnection()
    {
        m_server->setHandler([](const Request &) {
            Response r;
            r.drop = true;
            return r;
        });
        const auto result = listCampaigns();
        QVERIFY(result);
        QCOMPARE(result->error.kind, ApiErrorKind::Network);
        QCOMPARE(result->error.attempts, 3);
        // Qt itself may resend once on a connection closed before any answer.
        QVERIFY2(m_server->requestCount() >= 3 && m_server->requestCount() <= 6,
                 qPrintable(QString::number(m_server->requestCount())));
        QVERIFY2(result->error.message.contains(QStringLiteral("127.0.0.1")),
                 qPrintable(result->error.message));
        QVERIFY(!result->error.message.contains(kKey));
    }

    void connectionRefusedIsNetworkError()
    {
        const QUrl dead = m_server->url(QStringLiteral("/api"));
        m_server.reset(); // nothing listens there any more
        ClientConfig c = m_client->config();
        c.baseUrl = dead;
        m_client->setConfig(c);
        const auto result = listCampaigns();
        QVERIFY(result);
        QCOMPARE(result->error.kind, ApiErrorKind::Network);
        QCOMPARE(result->error.attempts, 3);
        m_server = std::make_unique<ScriptedServer>();
    }

    void honoursRetryAfterSeconds()
    {
        m_server->setHandler([this](const Request &) {
            if (m_server->requestCount() == 1)
                return Response::json(429, "{}").withHeader("Retry-After", "1");
            return Response::json(200, campaignsBody());
        });
        std::optional<ApiResult<QList<Campaign>>> result;
        QList<qint64> delays;
        {
            const AnnouncedRetries retries;
            result = listCampaigns();
            delays = retries.delays();
        }
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        // The one retry waits the second asked, and the server sees it wait.
        QCOMPARE(delays, QList<qint64>({1000}));
        const qint64 waited = requests.at(1).receivedAtMs - requests.at(0).receivedAtMs;
        QVERIFY2(waited >= 950, qPrintable(QString::number(waited)));
    }

    void honoursRetryAfterHttpDate()
    {
        m_server->setHandler([this](const Request &) {
            if (m_server->requestCount() == 1) {
                const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(3);
                const QByteArray date =
                    QLocale::c()
                        .toString(when, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                        .toLatin1();
                return Response::json(503, "{}").withHeader("Retry-After", date);
            }
            return Response::json(200, campaignsBody());
        });
        std::optional<ApiResult<QList<Campaign>>> result;
        QList<qint64> delays;
        {
            const AnnouncedRetries retries;
            result = listCampaigns();
            delays = retries.delays();
        }
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        // The date has whole seconds: 3 s ahead means a wait of 2 to 3 s, announced and kept.
        QCOMPARE(delays.size(), 1);
        QVERIFY2(delays.first() >= 1950 && delays.first() <= 3000,
                 qPrintable(QString::number(delays.first())));
        const qint64 waited = requests.at(1).receivedAtMs - requests.at(0).receivedAtMs;
        QVERIFY2(waited >= 1950, qPrintable(QString::number(waited)));
    }

    void retryAfterIsCappedAndReported()
    {
        ClientConfig c = m_client->config();
        c.maxRetryAfterMs = 200;
        m_client->setConfig(c);
        m_server->setHandler([](const Request &) {
            return Response::json(429, "{}").withHeader("Retry-After", "3600");
        });
        // The client says how long it waits before each retry: the cap, not the hour asked.
        std::optional<ApiResult<QList<Campaign>>> result;
        QList<qint64> delays;
        {
            const AnnouncedRetries retries;
            result = listCampaigns();
            delays = retries.delays();
        }
        QVERIFY(result);
        QCOMPARE(result->error.kind, ApiErrorKind::RateLimited);
        QCOMPARE(result->error.retryAfterMs, qint64(3600000));
        QCOMPARE(m_server->requestCount(), 3);
        QCOMPARE(delays, QList<qint64>({200, 200}));
    }

    void timeoutIsTimeoutKind()
    {
        ClientConfig c = m_client->config();
        c.timeoutMs = 300;
        c.maxRetries = 1;
        m_client->setConfig(c);
        m_server->setHandler([](const Request &) {
            Response r;
            r.stall = true;
            return r;
        });
        const auto result = listCampaigns();
        QVERIFY(result);
        QCOMPARE(result->error.kind, ApiErrorKind::Timeout);
        QCOMPARE(m_server->requestCount(), 2);
        QVERIFY2(result->error.message.contains(QStringLiteral("0.3 s")),
                 qPrintable(result->error.message));
    }

    void notJsonIsInvalidResponse()
    {
        m_server->setHandler([](const Request &) {
            Response r;
            r.body = "<html><body>Welcome to nginx</body></html>";
            return r;
        });
        const auto result = listCampaigns();
        QVERIFY(result);
        QCOMPARE(result->error.kind, ApiErrorKind::InvalidResponse);
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY2(result->error.message.contains(QStringLiteral("nginx")),
                 qPrintable(result->error.message));
    }

    void tooLargeBodyIsRefused()
    {
        ClientConfig c = m_client->config();
        c.maxResponseBytes = 1024;
        m_client->setConfig(c);
        m_server->setHandler([](const Request &) {
            return Response::json(200, "{\"campaigns\":[]," + QByteArray(4096, ' ') + "}");
        });
        const auto result = listCampaigns();
        QVERIFY(result);
        QCOMPARE(result->error.kind, ApiErrorKind::InvalidResponse);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void cancelDeliversCancelledOnce()
    {
        // Never answered, and no client timeout in sight: only the cancel can end the request.
        ClientConfig c = m_client->config();
        c.timeoutMs = 600000;
        m_client->setConfig(c);
        m_server->setHandler([](const Request &) {
            Response r;
            r.stall = true;
            return r;
        });
        int calls = 0;
        ApiErrorKind kind = ApiErrorKind::None;
        QObject context;
        QPointer<ApiRequest> request =
            m_client->listCampaigns(&context, [&](const ApiResult<QList<Campaign>> &r) {
                ++calls;
                kind = r.error.kind;
            });
        QVERIFY(request);
        QTRY_COMPARE(m_server->requestCount(), 1);
        request->cancel();
        QTRY_COMPARE(calls, 1);
        QCOMPARE(kind, ApiErrorKind::Cancelled);
        QTRY_VERIFY(request.isNull()); // deletes itself
        deliverPostedEvents(&context);
        QCOMPARE(calls, 1);
    }

    void cancelAllStopsEverything()
    {
        m_server->setHandler([](const Request &r) {
            Response resp = rowsPage(r, 100);
            resp.delayMs = 3000;
            return resp;
        });
        int calls = 0;
        QObject context;
        auto count = [&calls](auto r) {
            QCOMPARE(r.error.kind, ApiErrorKind::Cancelled);
            ++calls;
        };
        const QList<QPointer<ApiRequest>> requests{
            m_client->listCampaigns(&context, count),
            m_client->getAllRows(QStringLiteral("c1"), {}, &context, count),
            m_client->getCall(QStringLiteral("call-1"), &context, count)};
        QTRY_COMPARE(m_server->requestCount(), 3);
        m_client->cancelAll();
        QTRY_COMPARE(calls, 3);
        for (const QPointer<ApiRequest> &request : requests)
            QTRY_VERIFY(request.isNull());
        deliverPostedEvents(&context);
        QCOMPARE(calls, 3);
    }

    void destroyedContextSkipsCallback()
    {
        m_server->setHandler([](const Request &) {
            Response r = Response::json(200, campaignsBody());
            r.delayMs = 100;
            return r;
        });
        bool called = false;
        auto context = std::make_unique<QObject>();
        QPointer<ApiRequest> request =
            m_client->listCampaigns(context.get(), [&](auto) { called = true; });
        context.reset();
        QTRY_COMPARE(m_server->requestCount(), 1);
        // Answered or dropped, the request is gone, and nothing it queued calls back.
        QTRY_VERIFY(request.isNull());
        QObject alive;
        deliverPostedEvents(&alive);
        QVERIFY(!called);
    }

    void callbackRunsOnContextThread()
    {
        m_server->setHandler([](const Request &) { return Response::json(200, campaignsBody()); });
        QThread worker;
        worker.start();
        QObject context;
        context.moveToThread(&worker);
        std::atomic<QThread *> ranOn{nullptr};
        m_client->listCampaigns(&context, [&](auto r) {
            QVERIFY(r.ok());
            ranOn = QThread::currentThread();
        });
        QTRY_VERIFY(ranOn.load() != nullptr);
        QCOMPARE(ranOn.load(), &worker);
        worker.quit();
        worker.wait();
    }

    void keyIsNotSentAlongCrossOriginRedirect()
    {
        ScriptedServer other; // a storage-like host on another port
        QVERIFY(other.listen());
        other.setHandler([](const Request &) { return Response::json(200, campaignsBody()); });
        const QByteArray elsewhere =
            other.url(QStringLiteral("/bucket/campaigns.json")).toEncoded();
        m_server->setHandler([elsewhere](const Request &) {
            Response r;
            r.status = 302;
            r.headers.emplaceBack("Location", elsewhere);
            return r;
        });
        const auto result = listCampaigns();
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY(m_server->requests().first().hasHeader("authorization"));
        QCOMPARE(other.requestCount(), 1);
        QCOMPARE(other.requests().first().path, QByteArray("/bucket/campaigns.json"));
        QVERIFY2(!other.requests().first().hasHeader("authorization"),
                 "the API key reached another origin");
        const QMap<QByteArray, QByteArray> headers = other.requests().first().headers;
        for (auto it = headers.cbegin(); it != headers.cend(); ++it)
            QVERIFY2(!it.value().contains(kKey.toUtf8()), it.key().constData());
    }

    void keyKeptOnSameOriginRedirect()
    {
        m_server->setHandler([](const Request &r) {
            if (r.path == "/api/campaigns") {
                Response resp;
                resp.status = 307;
                resp.headers.emplaceBack("Location", "/api/v2/campaigns");
                return resp;
            }
            return Response::json(200, campaignsBody());
        });
        const auto result = listCampaigns();
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(m_server->requests().at(1).path, QByteArray("/api/v2/campaigns"));
        QCOMPARE(m_server->requests().at(1).header("authorization"), "Bearer " + kKey.toUtf8());
    }

    void keyNeverSentToAnotherPortAsBase()
    {
        // The key is bound to the base URL's origin: the same host on another port is
        // another origin (a recording URL served next to the API, say).
        ScriptedServer other;
        QVERIFY(other.listen());
        other.setHandler([](const Request &) { return Response::json(200, "{}"); });
        m_server->setHandler([&other](const Request &) {
            Response r;
            r.status = 301;
            r.headers.append(
                {"Location", other.url(QStringLiteral("/recordings/r1.wav")).toEncoded()});
            return r;
        });
        const auto raw = await<QByteArray>([this](QObject *ctx, auto cb) {
            m_client->getRaw(QStringLiteral("/recordings/r1"), {}, ctx, cb);
        });
        QVERIFY(raw);
        QCOMPARE(other.requestCount(), 1);
        QVERIFY(!other.requests().first().hasHeader("authorization"));
    }

    void redirectToPlainHttpElsewhereIsRefused()
    {
        m_server->setHandler([](const Request &) {
            Response r;
            r.status = 302;
            r.headers.emplaceBack("Location", "http://example.com/api/campaigns");
            return r;
        });
        const auto result = listCampaigns();
        QVERIFY(result);
        QCOMPARE(result->error.kind, ApiErrorKind::InsecureUrl);
    }

    void tooManyRedirectsFail()
    {
        m_server->setHandler([](const Request &r) {
            Response resp;
            resp.status = 302;
            resp.headers.emplaceBack("Location", r.path + "x");
            return resp;
        });
        const auto result = listCampaigns();
        QVERIFY(result);
        QVERIFY(result->error.isError());
        QVERIFY(m_server->requestCount() <= 3 * 6);
    }

    void unsendableKeyIsRefusedWithoutSending_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("header injection") << QStringLiteral("sk-abc\r\nX-Evil: 1");
        QTest::newRow("inner space") << QStringLiteral("sk-abc def");
        QTest::newRow("non-ascii") << QStringLiteral("sk-abcé");
    }
    void unsendableKeyIsRefusedWithoutSending()
    {
        QFETCH(QString, key);
        ClientConfig c = m_client->config();
        c.apiKey = key;
        m_client->setConfig(c);
        const auto result = listCampaigns();
        QVERIFY(result);
        QCOMPARE(result->error.kind, ApiErrorKind::Authentication);
        QVERIFY(!result->error.message.contains(key));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void insecureBaseUrlFailsWithoutSending()
    {
        ClientConfig c = m_client->config();
        c.baseUrl = QUrl(QStringLiteral("http://api.example.com/api"));
        m_client->setConfig(c);
        const auto result = listCampaigns();
        QVERIFY(result);
        QCOMPARE(result->error.kind, ApiErrorKind::InsecureUrl);
        QVERIFY(!result->error.message.contains(kKey));
    }

    void checkBaseUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("default https") << "https://www.getrevox.com/api" << true;
        QTest::newRow("https any host") << "https://revox.example.org:8443/v1" << true;
        QTest::newRow("http localhost") << "http://localhost:8080/api" << true;
        QTest::newRow("http LOCALHOST") << "http://LOCALHOST:8080" << true;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/api" << true;
        QTest::newRow("http 127.8.9.10") << "http://127.8.9.10/api" << true;
        QTest::newRow("http ::1") << "http://[::1]:8080/api" << true;
        QTest::newRow("http remote") << "http://www.getrevox.com/api" << false;
        QTest::newRow("http private lan") << "http://192.168.1.10/api" << false;
        QTest::newRow("http 128.0.0.1") << "http://128.0.0.1/api" << false;
        QTest::newRow("http localhost.evil") << "http://localhost.evil.com/api" << false;
        QTest::newRow("http 127 as subdomain") << "http://127.0.0.1.nip.io/api" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1/api" << false;
        QTest::newRow("no scheme") << "www.getrevox.com/api" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("user info") << "https://user:pw@www.getrevox.com/api" << false;
        QTest::newRow("query") << "https://www.getrevox.com/api?x=1" << false;
    }
    void checkBaseUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const auto problem = RevoxClient::checkBaseUrl(QUrl(url));
        QCOMPARE(!problem.has_value(), accepted);
        if (problem)
            QVERIFY(!problem->isEmpty());
    }

    void configFromEnvironment()
    {
        qputenv("REVOX_API_KEY", "sk-from-env");
        qputenv("REVOX_BASE_URL", "http://127.0.0.1:9999/api");
        const ClientConfig c = ClientConfig::fromEnvironment();
        QCOMPARE(c.apiKey, QStringLiteral("sk-from-env"));
        QCOMPARE(c.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9999/api")));
        qunsetenv("REVOX_API_KEY");
        qunsetenv("REVOX_BASE_URL");
        const ClientConfig d = ClientConfig::fromEnvironment();
        QVERIFY(d.apiKey.isEmpty());
        QCOMPARE(d.baseUrl, QUrl(QStringLiteral("https://www.getrevox.com/api")));
    }

    void authStatus()
    {
        m_server->setHandler([](const Request &r) {
            if (r.header("authorization") == "Bearer " + kKey.toUtf8())
                return Response::json(200, R"({"organization_id":"org-1"})");
            return Response::json(401, R"({"message":"Unauthorized"})");
        });
        const auto ok =
            await<AuthStatus>([this](QObject *ctx, auto cb) { m_client->getAuthStatus(ctx, cb); });
        QVERIFY(ok);
        QVERIFY2(ok->ok(), qPrintable(ok->error.message));
        QVERIFY(ok->value->authenticated);
        QCOMPARE(m_server->requests().first().path, QByteArray("/api/auth-status"));

        ClientConfig c = m_client->config();
        c.apiKey = QStringLiteral("sk-wrong-key-0000");
        m_client->setConfig(c);
        const auto refused =
            await<AuthStatus>([this](QObject *ctx, auto cb) { m_client->getAuthStatus(ctx, cb); });
        QVERIFY(refused);
        QCOMPARE(refused->error.kind, ApiErrorKind::Authentication);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void keyNeverInLogLines()
    {
        static QStringList lines;
        lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("revox.*=true\nqt.network.*=true"));
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &,
                                      const QString &message) { lines << message; });
        m_server->setHandler([this](const Request &r) {
            switch (m_server->requestCount()) {
            case 1:
                return Response::json(503,
                                      R"({"message":"echo )" + r.header("authorization") + R"("})");
            case 2: {
                Response resp;
                resp.status = 302;
                resp.headers.emplaceBack("Location", "/api/elsewhere");
                return resp;
            }
            default:
                return Response::json(401, R"({"error":")" + r.header("authorization") + R"("})");
            }
        });
        const auto result = listCampaigns();
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(result);
        QCOMPARE(result->error.kind, ApiErrorKind::Authentication);
        QVERIFY2(lines.size() >= 4, qPrintable(lines.join(QLatin1Char('\n'))));
        for (const QString &line : std::as_const(lines))
            QVERIFY2(!line.contains(kKey), qPrintable(line));
    }

    void kindNamesAreStable()
    {
        QCOMPARE(ApiError::kindName(ApiErrorKind::Authentication),
                 QStringLiteral("authentication"));
        QCOMPARE(ApiError::kindName(ApiErrorKind::RateLimited), QStringLiteral("rate_limited"));
        QCOMPARE(ApiError::kindName(ApiErrorKind::InvalidResponse),
                 QStringLiteral("invalid_response"));
    }
};

QTEST_GUILESS_MAIN(TestRevoxClient)
#include "tst_revoxclient.moc"
