// Each simulator fault, run-wide and per request: latency, stall, error statuses with
// Retry-After, dropped connections, truncated, trickled and malformed bodies, wrong types,
// unknown enums, and alternatives drawn per request.
#include "ApiBodyReader.h"
#include "SimHttp.h"
#include "SimulatorServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>
#include <QUrlQuery>

using revox::sim::SimulatorOptions;
using revox::sim::SimulatorServer;

class TestSimulatorFaults : public QObject
{
    Q_OBJECT

private:
    SimulatorServer m_server;
    QString m_runningId;

    QUrl url(const QString &path, const QString &query = {}) const
    {
        QUrl u = m_server.baseUrl();
        u.setPath(u.path() + path);
        u.setQuery(query);
        return u;
    }
    SimHttp::Reply get(const QString &path, const QByteArray &fault = {}, int timeoutMs = 10000)
    {
        QList<std::pair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer k"}};
        if (!fault.isEmpty())
            headers.append({"X-Revox-Sim-Fault", fault});
        return SimHttp::get(url(path), headers, timeoutMs);
    }
    QByteArray rawRequest(const QString &path, const QByteArray &fault) const
    {
        return "GET /api" + path.toUtf8() +
               " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer k\r\n" +
               (fault.isEmpty() ? QByteArray() : "X-Revox-Sim-Fault: " + fault + "\r\n") + "\r\n";
    }
    quint16 port() const { return quint16(m_server.baseUrl().port()); }

private slots:
    void initTestCase()
    {
        SimulatorOptions options;
        options.speed = 0;
        options.rowsScale = 0.02;
        options.startTime = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        QVERIFY(m_server.start(options));
        for (const auto &c : m_server.campaigns()) {
            if (c.status == QLatin1String("running"))
                m_runningId = c.id;
        }
        QVERIFY(!m_runningId.isEmpty());
    }

    void faultSpecsAreValidated()
    {
        QString error;
        QVERIFY(SimulatorServer::validateFaults(
            QStringLiteral("latency=20,status=429,retry-after=3,rate=0.5")));
        QVERIFY(!SimulatorServer::validateFaults(QStringLiteral("explode"), &error));
        QVERIFY(error.contains(QLatin1String("explode")));
        QVERIFY(!SimulatorServer::validateFaults(QStringLiteral("status=200")));
        QVERIFY(!SimulatorServer::validateFaults(QStringLiteral("rate=2")));
        QVERIFY(!SimulatorServer::validateFaults(QStringLiteral("latency=abc")));
        // A bad per-request spec is answered with 400, not ignored.
        const SimHttp::Reply r = get(QStringLiteral("/campaigns"), "latency=soon");
        QCOMPARE(r.status, 400);
        QVERIFY(QJsonDocument::fromJson(r.body)[QStringLiteral("message")].toString().contains(
            QLatin1String("latency")));
        for (const char *name : {"latency", "stall", "status", "retry-after", "drop", "truncate",
                                 "malformed", "wrong-types", "unknown-enums", "rate"})
            QVERIFY2(SimulatorServer::faultHelp().contains(QLatin1String(name)), name);
    }

    void latencyDelaysTheResponse()
    {
        QElapsedTimer timer;
        timer.start();
        const SimHttp::Reply r = get(QStringLiteral("/auth-status"), "latency=400");
        QCOMPARE(r.status, 200);
        QVERIFY(timer.elapsed() >= 390);
        // The query parameter works as well as the header.
        timer.restart();
        const SimHttp::Reply q = SimHttp::get(
            url(QStringLiteral("/auth-status"), QStringLiteral("sim_fault=latency%3D300")),
            {{"Authorization", "Bearer k"}});
        QCOMPARE(q.status, 200);
        QVERIFY(timer.elapsed() >= 290);
    }

    void stallSendsPartOfTheBodyThenHangs()
    {
        const SimHttp::Raw raw =
            SimHttp::raw(port(), rawRequest(QStringLiteral("/campaigns"), "stall"), 2000);
        QVERIFY(!raw.closedByServer);
        const SimHttp::Reply reply = SimHttp::parseRaw(raw.bytes);
        QCOMPARE(reply.status, 200);
        const qint64 announced = reply.header("content-length").toLongLong();
        QVERIFY(announced > 0);
        QVERIFY(reply.body.size() > 0);
        QVERIFY(reply.body.size() < announced);
        // Through QNetworkAccessManager the request does not finish.
        const SimHttp::Reply viaNam = get(QStringLiteral("/campaigns"), "stall", 800);
        QVERIFY(viaNam.timedOut);
    }

    void errorStatusesCarryAJsonBody_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("429 default") << QByteArray("status=429") << 429 << QByteArray("1");
        QTest::newRow("429 retry-after")
            << QByteArray("status=429,retry-after=7") << 429 << QByteArray("7");
        QTest::newRow("500") << QByteArray("status=500") << 500 << QByteArray();
        QTest::newRow("502") << QByteArray("status=502") << 502 << QByteArray();
        QTest::newRow("503") << QByteArray("status=503,retry-after=2") << 503 << QByteArray("2");
    }
    void errorStatusesCarryAJsonBody()
    {
        QFETCH(QByteArray, fault);
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        const SimHttp::Reply r = get(QStringLiteral("/campaigns"), fault);
        QCOMPARE(r.status, status);
        QCOMPARE(r.header("Retry-After"), retryAfter);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QVERIFY(body[QStringLiteral("error")].isString());
        QVERIFY(body[QStringLiteral("message")].isString());
    }

    void dropClosesWithoutAResponse()
    {
        const SimHttp::Raw raw =
            SimHttp::raw(port(), rawRequest(QStringLiteral("/campaigns"), "drop"), 2000);
        QVERIFY(raw.bytes.isEmpty());
        QVERIFY(raw.closedByServer);
        const SimHttp::Reply r = get(QStringLiteral("/campaigns"), "drop");
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(r.status, 0);
    }

    void truncateCutsTheBody()
    {
        const SimHttp::Raw raw =
            SimHttp::raw(port(), rawRequest(QStringLiteral("/campaigns"), "truncate"), 2000);
        QVERIFY(raw.closedByServer);
        const SimHttp::Reply reply = SimHttp::parseRaw(raw.bytes);
        QCOMPARE(reply.status, 200);
        const qint64 announced = reply.header("content-length").toLongLong();
        QVERIFY(reply.body.size() > 0);
        QVERIFY(reply.body.size() < announced);
        const SimHttp::Reply r = get(QStringLiteral("/campaigns"), "truncate");
        QVERIFY(r.error != QNetworkReply::NoError);
    }

    void malformedBodyIsNotJson()
    {
        const SimHttp::Reply r = get(QStringLiteral("/campaigns"), "malformed");
        QCOMPARE(r.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        const auto parsed = revox::json::parseCampaignList(r.body);
        QVERIFY(!parsed.ok());
    }

    void wrongTypesAreReportedAsProblems()
    {
        const SimHttp::Reply r =
            get(QStringLiteral("/campaigns/%1/rows").arg(m_runningId), "wrong-types");
        QCOMPARE(r.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QVERIFY(body[QStringLiteral("page")].isString());
        QVERIFY(body[QStringLiteral("rows")][0][QStringLiteral("row_index")].isString());
        const auto parsed = revox::json::parseRowsPage(r.body);
        QVERIFY(!parsed.problems.isEmpty());
        const SimHttp::Reply campaigns = get(QStringLiteral("/campaigns"), "wrong-types");
        QVERIFY(QJsonDocument::fromJson(
                    campaigns.body)[QStringLiteral("campaigns")][0][QStringLiteral("is_cancelled")]
                    .isString());
        QVERIFY(!revox::json::parseCampaignList(campaigns.body).problems.isEmpty());
    }

    void unknownEnumsAreKeptAsText()
    {
        const SimHttp::Reply r = get(QStringLiteral("/campaigns"), "unknown-enums");
        QCOMPARE(r.status, 200);
        const auto parsed = revox::json::parseCampaignList(r.body);
        QVERIFY(parsed.ok());
        QVERIFY(!parsed.value.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(
                     r.body)[QStringLiteral("campaigns")][0][QStringLiteral("status")]
                     .toString(),
                 QStringLiteral("archived"));
        const SimHttp::Reply rows =
            get(QStringLiteral("/campaigns/%1/rows").arg(m_runningId), "unknown-enums");
        const auto page = revox::json::parseRowsPage(rows.body);
        QVERIFY(page.ok());
        QVERIFY(rows.body.contains("\"status\":\"awaiting_review\""));
        QVERIFY(rows.body.contains("\"status\":\"transferring\""));
    }

    void runWideFaultsAndHealing()
    {
        QVERIFY(m_server.setFaults(QStringLiteral("status=503")));
        QCOMPARE(get(QStringLiteral("/campaigns")).status, 503);
        // A per-request spec replaces the run-wide faults for that request.
        QCOMPARE(get(QStringLiteral("/campaigns"), "none").status, 200);
        QVERIFY(!m_server.setFaults(QStringLiteral("bogus")));
        QCOMPARE(m_server.faults(), QStringLiteral("status=503"));
        // Path scoping.
        QVERIFY(m_server.setFaults(QStringLiteral("status=500,path=/campaigns/")));
        QCOMPARE(get(QStringLiteral("/campaigns")).status, 200);
        QCOMPARE(get(QStringLiteral("/campaigns/%1").arg(m_runningId)).status, 500);
        QVERIFY(m_server.setFaults(QString()));
        QCOMPARE(get(QStringLiteral("/campaigns/%1").arg(m_runningId)).status, 200);
    }

    void rateAppliesToAFraction()
    {
        QVERIFY(m_server.setFaults(QStringLiteral("status=500,rate=0.3")));
        int failed = 0;
        const int n = 100;
        for (int i = 0; i < n; ++i)
            failed += get(QStringLiteral("/auth-status")).status == 500 ? 1 : 0;
        QVERIFY(m_server.setFaults(QString()));
        QVERIFY2(failed > 10 && failed < 55, qPrintable(QString::number(failed)));
    }

    void trickleSendsTheWholeBodySlowly()
    {
        // The whole body, as announced, byte by byte at the pace asked; then the connection
        // closes. (How a client ends a trickle that would take too long: tst_simulatorclient.)
        const QByteArray plain = get(QStringLiteral("/auth-status"), "none").body;
        QVERIFY(!plain.isEmpty());
        const SimHttp::Raw raw =
            SimHttp::raw(port(), rawRequest(QStringLiteral("/auth-status"), "trickle=400"), 3000);
        QVERIFY(raw.closedByServer);
        const SimHttp::Reply reply = SimHttp::parseRaw(raw.bytes);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("content-length").toLongLong(), qint64(plain.size()));
        QVERIFY(reply.header("content-encoding").isEmpty());
        QCOMPARE(reply.body, plain);
        QString error;
        QVERIFY(SimulatorServer::validateFaults(QStringLiteral("trickle")));
        QVERIFY(SimulatorServer::validateFaults(QStringLiteral("trickle=2,path=/campaigns/")));
        QVERIFY(!SimulatorServer::validateFaults(QStringLiteral("trickle=0"), &error));
        QVERIFY(error.contains(QLatin1String("bytes per second")));
        QVERIFY(SimulatorServer::faultHelp().contains(QLatin1String("trickle")));
    }

    void alternativesExcludeEachOther()
    {
        // One draw per request picks at most one alternative, each at its own rate.
        QVERIFY(m_server.setFaults(QStringLiteral("status=500,rate=0.3|status=503,rate=0.3")));
        QMap<int, int> statuses;
        const int n = 200;
        for (int i = 0; i < n; ++i)
            ++statuses[get(QStringLiteral("/auth-status")).status];
        QVERIFY(m_server.setFaults(QString()));
        QCOMPARE(statuses.keys(), (QList<int>{200, 500, 503}));
        for (const int status : {200, 500, 503})
            QVERIFY2(statuses.value(status) > 30,
                     qPrintable(QString::number(statuses.value(status))));
        QString error;
        QVERIFY(!SimulatorServer::validateFaults(QStringLiteral("drop,rate=0.6|truncate,rate=0.6"),
                                                 &error));
        QVERIFY2(error.contains(QLatin1String("more than 1")), qPrintable(error));
        QVERIFY(!SimulatorServer::validateFaults(QStringLiteral("drop|explode")));
    }

    void runWideFaultsFromOptions()
    {
        SimulatorServer server;
        SimulatorOptions options;
        options.speed = 0;
        options.rowsScale = 0.01;
        options.faults = QStringLiteral("status=429,retry-after=4");
        QVERIFY(server.start(options));
        QUrl u = server.baseUrl();
        u.setPath(u.path() + QStringLiteral("/campaigns"));
        const SimHttp::Reply r = SimHttp::get(u, {{"Authorization", "Bearer k"}});
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("4"));
        SimulatorServer bad;
        options.faults = QStringLiteral("nonsense");
        QString error;
        QVERIFY(!bad.start(options, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimulatorFaults)
#include "tst_simulatorfaults.moc"
