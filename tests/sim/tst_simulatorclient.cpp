// The app's client against the simulator: campaigns, every row of a campaign through
// paging, filters, retries over injected faults, deadlines of slow answers, typed errors.
#include "RevoxClient.h"
#include "SimulatorServer.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using revox::sim::SimulatorOptions;
using revox::sim::SimulatorServer;

class TestSimulatorClient : public QObject
{
    Q_OBJECT

private:
    SimulatorServer m_server;
    QNetworkAccessManager m_nam;
    QString m_runningId;
    qint64 m_runningRows = 0;

    revox::ClientConfig config(const QString &key = QStringLiteral("demo-key")) const
    {
        revox::ClientConfig c;
        c.baseUrl = m_server.baseUrl();
        c.apiKey = key;
        c.timeoutMs = 10000;
        c.initialBackoffMs = 10;
        c.maxBackoffMs = 50;
        c.maxRetries = 4;
        return c;
    }

private slots:
    void initTestCase()
    {
        SimulatorOptions options;
        options.apiKey = QStringLiteral("demo-key");
        options.speed = 0;
        options.rowsScale = 0.05;
        options.startTime = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        QVERIFY(m_server.start(options));
        for (const auto &c : m_server.campaigns()) {
            if (c.status == QLatin1String("running") && c.rowCount > m_runningRows) {
                m_runningId = c.id;
                m_runningRows = c.rowCount;
            }
        }
        QVERIFY(m_runningRows > 1000);
    }

    void listsCampaignsWithoutProblems()
    {
        revox::RevoxClient client(&m_nam, config());
        std::optional<revox::ApiResult<QList<revox::Campaign>>> result;
        client.listCampaigns(this, [&](auto r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        QVERIFY(result->problems.isEmpty());
        QCOMPARE(result->value->size(), m_server.campaigns().size());
    }

    void fetchesEveryRowOfALargeCampaign()
    {
        revox::RevoxClient client(&m_nam, config());
        std::optional<revox::ApiResult<QList<revox::Row>>> result;
        client.getAllRows(m_runningId, {}, this, [&](auto r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        QVERIFY(result->problems.isEmpty());
        QCOMPARE(qint64(result->value->size()), m_runningRows);
        QSet<QString> ids;
        for (qsizetype i = 0; i < result->value->size(); ++i) {
            QCOMPARE(result->value->at(i).rowIndex, qint64(i));
            ids.insert(result->value->at(i).id);
        }
        QCOMPARE(qint64(ids.size()), m_runningRows);
    }

    void filtersReachTheServer()
    {
        revox::RevoxClient client(&m_nam, config());
        revox::RowsQuery query;
        query.result = QStringLiteral("human");
        query.statuses = {QStringLiteral("completed")};
        std::optional<revox::ApiResult<QList<revox::Row>>> result;
        client.getAllRows(m_runningId, query, this, [&](auto r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY(result->ok());
        QVERIFY(!result->value->isEmpty());
        QVERIFY(qint64(result->value->size()) < m_runningRows);
        for (const revox::Row &row : *result->value) {
            QVERIFY(row.call.has_value());
            QCOMPARE(row.call->status.text, QStringLiteral("completed"));
            const revox::CallAttempt *answered = row.call->latestAnsweredAttempt();
            QVERIFY(answered);
            QCOMPARE(answered->result.text, QStringLiteral("human"));
        }
    }

    void retriesThroughIntermittentErrors()
    {
        QVERIFY(m_server.setFaults(QStringLiteral("status=503,retry-after=0,rate=0.3")));
        revox::RevoxClient client(&m_nam, config());
        int succeeded = 0;
        for (int i = 0; i < 10; ++i) {
            std::optional<revox::ApiResult<revox::Campaign>> result;
            client.getCampaign(m_runningId, this, [&](auto r) { result = std::move(r); });
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
            succeeded += result->ok() ? 1 : 0;
        }
        QVERIFY(m_server.setFaults(QString()));
        QCOMPARE(succeeded, 10);
    }

    void aTricklingAnswerEndsAtItsDeadline()
    {
        // Never silent for the timeout, never done: each attempt ends at its deadline with
        // what the server sent, the usual retries follow, then a timeout error.
        QVERIFY(m_server.setFaults(
            QStringLiteral("trickle=40,path=/campaigns/%1/rows").arg(m_runningId)));
        revox::ClientConfig c = config();
        c.timeoutMs = 3000;
        c.maxRetries = 2;
        revox::RevoxClient client(&m_nam, c);
        revox::RowsQuery query;
        query.pageSize = 20;
        const quint64 before = m_server.requestCount();
        std::optional<revox::ApiResult<revox::RowsPage>> result;
        client.getRowsPage(m_runningId, query, this, [&](auto r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
        const quint64 sent = m_server.requestCount() - before;
        QVERIFY(m_server.setFaults(QString()));
        QCOMPARE(result->error.kind, revox::ApiErrorKind::Timeout);
        QCOMPARE(result->error.attempts, 3);
        QCOMPARE(sent, quint64(3));
        static const QRegularExpression said(QStringLiteral(
            "came too slowly after 3 attempts: the server sent \\d+ B in [0-9.]+ s"));
        QVERIFY2(said.match(result->error.message).hasMatch(), qPrintable(result->error.message));

        // The same timeout lets a large answer through when it keeps coming: its deadline is
        // scaled to what it carries.
        query.pageSize = 1000;
        std::optional<revox::ApiResult<revox::RowsPage>> large;
        client.getRowsPage(m_runningId, query, this, [&](auto r) { large = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(large.has_value(), 60000);
        QVERIFY2(large->ok(), qPrintable(large->error.message));
        QCOMPARE(large->value->rows.size(), 1000);
    }

    void reportsTypedErrors()
    {
        {
            revox::RevoxClient client(&m_nam, config(QStringLiteral("wrong")));
            std::optional<revox::ApiResult<revox::AuthStatus>> result;
            client.getAuthStatus(this, [&](auto r) { result = std::move(r); });
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
            QCOMPARE(result->error.kind, revox::ApiErrorKind::Authentication);
            QCOMPARE(result->error.httpStatus, 401);
        }
        {
            revox::RevoxClient client(&m_nam, config());
            std::optional<revox::ApiResult<revox::Call>> result;
            client.getCall(QStringLiteral("00000000-0000-4000-8000-000000000000"), this,
                           [&](auto r) { result = std::move(r); });
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
            QCOMPARE(result->error.kind, revox::ApiErrorKind::NotFound);
        }
        {
            QVERIFY(m_server.setFaults(QStringLiteral("malformed")));
            revox::RevoxClient client(&m_nam, config());
            std::optional<revox::ApiResult<QList<revox::Campaign>>> result;
            client.listCampaigns(this, [&](auto r) { result = std::move(r); });
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
            QVERIFY(m_server.setFaults(QString()));
            QCOMPARE(result->error.kind, revox::ApiErrorKind::InvalidResponse);
        }
        {
            QVERIFY(m_server.setFaults(QStringLiteral("drop")));
            revox::RevoxClient client(&m_nam, config());
            std::optional<revox::ApiResult<QList<revox::Campaign>>> result;
            client.listCampaigns(this, [&](auto r) { result = std::move(r); });
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
            QVERIFY(m_server.setFaults(QString()));
            QCOMPARE(result->error.kind, revox::ApiErrorKind::Network);
        }
    }
};

QTEST_GUILESS_MAIN(TestSimulatorClient)
#include "tst_simulatorclient.moc"
