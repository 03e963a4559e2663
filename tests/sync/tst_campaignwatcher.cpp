#include "CampaignListModel.h"
#include "CampaignListWatcher.h"
#include "CampaignStore.h"
#include "CampaignWatcher.h"
#include "ModelSpies.h"
#include "RevoxClient.h"
#include "RowStore.h"
#include "RowsFilterProxy.h"
#include "RowsTableModel.h"
#include "ServerRows.h"
#include "SimulatorServer.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace revox;

// A loopback TCP relay in front of the simulator that drops the statuses parameter from
// every request, as an API version without that filter would: the server then answers
// with every row.
class FilterDroppingRelay : public QObject
{
public:
    explicit FilterDroppingRelay(quint16 targetPort)
        : m_targetPort(targetPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                relay(client);
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void relay(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
            QByteArray data = client->readAll();
            static const QRegularExpression statuses(QStringLiteral("[&?]statuses=[^& ]*"));
            data = QString::fromLatin1(data).remove(statuses).toLatin1();
            upstream->write(data);
        });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }

    QTcpServer m_server;
    quint16 m_targetPort;
};

// The watchers against the simulator over loopback: first load, cheap refreshes that emit
// only what changed, a whole campaign run without a reset, back-off on faults.
class TestCampaignWatcher : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void firstLoadThenUnchangedRefreshEmitsNothing();
    void wholeCampaignRunWithoutReset();
    void faultKeepsDataAndRecovers();
    void parseProblemsAreKeptOnceAndCostNothingMore();
    void everyServerFormGivesEveryRow_data();
    void everyServerFormGivesEveryRow();
    void campaignListWatcher();
    void fallsBackToWholePagesWhenTheFilterIsIgnored();
    void switchingCampaignsMidLoadDropsTheOldOne();

private:
    QString smallestRunningCampaign() const;
    QList<Row> serverRows(const QString &campaignId);
    bool refreshAndWait(CampaignWatcher &watcher);

    sim::SimulatorServer *m_sim = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    RevoxClient *m_client = nullptr;
};

void TestCampaignWatcher::init()
{
    m_sim = new sim::SimulatorServer(this);
    sim::SimulatorOptions options;
    options.seed = 7;
    options.speed = 0; // time moves only when the test says so
    options.rowsScale = 0.1;
    QString error;
    QVERIFY2(m_sim->start(options, &error), qPrintable(error));
    m_nam = new QNetworkAccessManager(this);
    ClientConfig config;
    config.baseUrl = m_sim->baseUrl();
    config.apiKey = QStringLiteral("test-key");
    config.maxRetries = 0;
    config.timeoutMs = 10000;
    m_client = new RevoxClient(m_nam, config, this);
}

void TestCampaignWatcher::cleanup()
{
    delete m_client;
    delete m_nam;
    delete m_sim;
}

QString TestCampaignWatcher::smallestRunningCampaign() const
{
    QString id;
    qint64 rows = std::numeric_limits<qint64>::max();
    for (const sim::SimCampaignInfo &c : m_sim->campaigns()) {
        if (c.status == QLatin1String("running") && !c.isCancelled && c.rowCount < rows) {
            id = c.id;
            rows = c.rowCount;
        }
    }
    return id;
}

QList<Row> TestCampaignWatcher::serverRows(const QString &campaignId)
{
    return revox::testing::allRowsOf(m_client, campaignId, 20000).value_or(QList<Row>());
}

bool TestCampaignWatcher::refreshAndWait(CampaignWatcher &watcher)
{
    QSignalSpy refreshed(&watcher, &CampaignWatcher::refreshed);
    watcher.refreshNow();
    return refreshed.wait(20000);
}

void TestCampaignWatcher::firstLoadThenUnchangedRefreshEmitsNothing()
{
    const QString campaignId = smallestRunningCampaign();
    QVERIFY(!campaignId.isEmpty());
    RowStore store;
    RowsTableModel rows(&store);
    RowsFilterProxy proxy;
    QAbstractItemModelTester rowsTester(&rows,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&rows);
    CampaignWatcher watcher(m_client, &store);
    watcher.setIntervalMs(60000);
    watcher.setPageSize(10);
    watcher.setFullSweepEvery(0);
    QSignalSpy progress(&watcher, &CampaignWatcher::loadingProgress);
    QSignalSpy refreshed(&watcher, &CampaignWatcher::refreshed);
    ModelSpies spies(&rows);
    watcher.setCampaignId(campaignId);
    watcher.start();
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(watcher.state(), SyncState::Live);
    QVERIFY(watcher.campaign().has_value());
    QCOMPARE(rows.rowCount(), watcher.campaign()->rowStats->total);
    QCOMPARE(spies.reset.count(), 0);
    QVERIFY(spies.inserted.count() >= 1);
    QCOMPARE(progress.last().at(0).toLongLong(), rows.rowCount());
    QCOMPARE(progress.last().at(1).toLongLong(), rows.rowCount());

    // Nothing moved on the server: a refresh emits nothing and reads only what can change.
    spies.clear();
    const quint64 before = m_sim->requestCount();
    QVERIFY(refreshAndWait(watcher));
    QCOMPARE(spies.total(), 0);
    QCOMPARE(watcher.strategy(), CampaignWatcher::Strategy::ActiveRows);
    const quint64 requests = m_sim->requestCount() - before;
    const quint64 fullListing = quint64(rows.rowCount() / 10 + 1);
    QVERIFY2(requests < fullListing,
             qPrintable(QStringLiteral("%1 requests for an unchanged refresh, a full listing "
                                       "takes %2")
                            .arg(requests)
                            .arg(fullListing)));
}

void TestCampaignWatcher::wholeCampaignRunWithoutReset()
{
    const QString campaignId = smallestRunningCampaign();
    RowStore store;
    RowsTableModel rows(&store);
    RowsFilterProxy proxy;
    CampaignStore campaignStore;
    CampaignListModel campaigns(&campaignStore);
    QAbstractItemModelTester rowsTester(&rows,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester campaignsTester(
        &campaigns, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&rows);
    proxy.setResultFilter(QStringLiteral("human"));
    ModelSpies spies(&rows);
    ModelSpies proxySpies(&proxy);
    CampaignWatcher watcher(m_client, &store, &campaignStore);
    watcher.setIntervalMs(60000);
    watcher.setPageSize(25);
    watcher.setFullSweepEvery(0); // the cheap path alone must stay exact
    watcher.setCampaignId(campaignId);
    QSignalSpy refreshed(&watcher, &CampaignWatcher::refreshed);
    watcher.start();
    QVERIFY(refreshed.wait(20000));
    const int firstLoadInserts = int(spies.inserted.count());

    // Simulated hours in steps of a few minutes: rows are dialled, answered, retried.
    int changedRefreshes = 0;
    for (int step = 0; step < 60; ++step) {
        m_sim->advanceSeconds(step < 30 ? 120 : 900);
        const qsizetype changedBefore = spies.changed.count() + spies.inserted.count();
        QVERIFY(refreshAndWait(watcher));
        if (spies.changed.count() + spies.inserted.count() > changedBefore)
            ++changedRefreshes;
        QCOMPARE(watcher.state(), SyncState::Live);
    }
    QVERIFY(changedRefreshes > 5);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(proxySpies.reset.count(), 0);
    QCOMPARE(spies.inserted.count(), firstLoadInserts);
    QCOMPARE(campaigns.rowCount(), 1);

    // The model equals what the server lists now.
    const QList<Row> expected = serverRows(campaignId);
    QCOMPARE(rows.rowCount(), expected.size());
    int differing = 0;
    for (const Row &row : expected) {
        const Row *held = rows.rowById(row.id);
        QVERIFY2(held, qPrintable(row.id));
        if (!(*held == row)) {
            ++differing;
            qWarning() << "row" << row.rowIndex << "held"
                       << (held->call ? held->call->status.text : QString()) << "server"
                       << (row.call ? row.call->status.text : QString());
        }
    }
    QCOMPARE(differing, 0);
    int humans = 0;
    for (const Row &row : expected) {
        const CallAttempt *a = row.call ? row.call->latestAnsweredAttempt() : nullptr;
        humans += a && a->result.text == QLatin1String("human");
    }
    QCOMPARE(proxy.rowCount(), humans);
}

void TestCampaignWatcher::faultKeepsDataAndRecovers()
{
    const QString campaignId = smallestRunningCampaign();
    RowStore store;
    RowsTableModel rows(&store);
    QAbstractItemModelTester rowsTester(&rows,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    CampaignWatcher watcher(m_client, &store);
    watcher.setIntervalMs(100);
    watcher.setMaxBackoffMs(400);
    watcher.setCampaignId(campaignId);
    QSignalSpy refreshed(&watcher, &CampaignWatcher::refreshed);
    QSignalSpy errors(&watcher, &CampaignWatcher::lastErrorChanged);
    QSignalSpy states(&watcher, &CampaignWatcher::stateChanged);
    watcher.start();
    QVERIFY(refreshed.wait(20000));
    const int held = rows.rowCount();
    const QDateTime lastGood = watcher.lastSuccessAt();
    QVERIFY(lastGood.isValid());
    ModelSpies spies(&rows);

    QVERIFY(m_sim->setFaults(QStringLiteral("status=500")));
    QVERIFY(errors.wait(10000));
    QCOMPARE(watcher.state(), SyncState::Retrying);
    QCOMPARE(watcher.lastError().kind, ApiErrorKind::Server);
    QCOMPARE(watcher.lastError().httpStatus, 500);
    // It keeps retrying (with back-off), and the rows stay.
    QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= 1 && watcher.msUntilNextRefresh() >= 0, 5000);
    const int failedSoFar = int(errors.count());
    QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= failedSoFar + 2, 10000);
    QCOMPARE(rows.rowCount(), held);
    QCOMPARE(spies.removed.count(), 0);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(watcher.lastSuccessAt(), lastGood);

    QVERIFY(m_sim->setFaults(QString()));
    QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), SyncState::Live, 10000);
    QVERIFY(!watcher.lastError().isError());
    QVERIFY(watcher.lastSuccessAt() > lastGood);
    QCOMPARE(rows.rowCount(), held);
    QCOMPARE(spies.reset.count(), 0);
}

void TestCampaignWatcher::parseProblemsAreKeptOnceAndCostNothingMore()
{
    const QString campaignId = smallestRunningCampaign();
    RowStore store;
    RowsTableModel rows(&store);
    QAbstractItemModelTester rowsTester(&rows,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    CampaignWatcher watcher(m_client, &store);
    watcher.setIntervalMs(60000);
    watcher.setPageSize(50);
    watcher.setCampaignId(campaignId);
    QSignalSpy refreshed(&watcher, &CampaignWatcher::refreshed);
    QSignalSpy problems(&watcher, &CampaignWatcher::problemsChanged);
    watcher.start();
    QVERIFY(refreshed.wait(20000));
    const int held = rows.rowCount();
    quint64 before = m_sim->requestCount();
    QVERIFY(refreshAndWait(watcher)); // a clean refresh: the active rows
    const quint64 cleanRequests = m_sim->requestCount() - before;
    QVERIFY(watcher.problems().isEmpty());
    QCOMPARE(problems.count(), 0);

    // A server whose fields carry the wrong JSON types: what parsed is kept, each distinct
    // problem is noted once, and the refresh costs what a clean one costs.
    QVERIFY(m_sim->setFaults(QStringLiteral("wrong-types")));
    before = m_sim->requestCount();
    QVERIFY(refreshAndWait(watcher));
    QCOMPARE(m_sim->requestCount() - before, cleanRequests);
    QVERIFY(!watcher.problems().isEmpty());
    QVERIFY(problems.count() >= 1);
    const qsizetype notices = problems.count();
    const qsizetype kinds = watcher.problems().distinctCount();
    before = m_sim->requestCount();
    QVERIFY(refreshAndWait(watcher));
    QCOMPARE(m_sim->requestCount() - before, cleanRequests);
    QCOMPARE(watcher.problems().distinctCount(), kinds); // the same problems: no new notice
    QCOMPARE(problems.count(), notices);
    QCOMPARE(rows.rowCount(), held); // nothing lost
    QCOMPARE(watcher.strategy(), CampaignWatcher::Strategy::ActiveRows);
    for (const ParseProblemLog::Entry &e : watcher.problems().entries())
        QVERIFY2(!e.kind.contains(QRegularExpression(QStringLiteral("\\[\\d"))),
                 qPrintable(e.kind));
    QVERIFY(m_sim->setFaults(QString()));
}

void TestCampaignWatcher::everyServerFormGivesEveryRow_data()
{
    QTest::addColumn<int>("paging");
    QTest::newRow("paged with total") << int(sim::SimRowsPaging::Paged);
    QTest::newRow("paged without total") << int(sim::SimRowsPaging::PagedNoTotal);
    QTest::newRow("unpaged") << int(sim::SimRowsPaging::Unpaged);
}

void TestCampaignWatcher::everyServerFormGivesEveryRow()
{
    QFETCH(int, paging);
    const QString campaignId = smallestRunningCampaign();
    const QList<Row> expected = serverRows(campaignId);
    QVERIFY(expected.size() > 100);
    // The same world, answered in another form.
    sim::SimulatorServer other;
    sim::SimulatorOptions options;
    options.seed = 7;
    options.speed = 0;
    options.rowsScale = 0.1;
    options.startTime = m_sim->simulatedNow();
    options.rowsPaging = sim::SimRowsPaging(paging);
    QVERIFY(other.start(options));
    ClientConfig config = m_client->config();
    config.baseUrl = other.baseUrl();
    RevoxClient client(m_nam, config);
    RowStore store;
    RowsTableModel rows(&store);
    QAbstractItemModelTester tester(&rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CampaignWatcher watcher(&client, &store);
    watcher.setIntervalMs(60000);
    watcher.setPageSize(30); // the campaign is not a whole number of pages
    watcher.setCampaignId(campaignId);
    QSignalSpy refreshed(&watcher, &CampaignWatcher::refreshed);
    watcher.start();
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(rows.rowCount(), expected.size());
    for (const Row &row : expected) {
        // The other server's recordings live on another port: compare what is not a URL.
        const Row *held = rows.rowById(row.id);
        QVERIFY2(held && held->rowIndex == row.rowIndex && held->inputData == row.inputData &&
                     held->call.has_value() == row.call.has_value() &&
                     (!row.call || held->call->status == row.call->status),
                 qPrintable(row.id));
    }
    QCOMPARE(watcher.rowsLoaded(), qint64(expected.size()));

    // Refreshes stay exact; a server that sends everything is read in full each time.
    ModelSpies spies(&rows);
    QVERIFY(refreshAndWait(watcher));
    QCOMPARE(spies.total(), 0);
    QCOMPARE(watcher.strategy(), paging == int(sim::SimRowsPaging::Unpaged)
                                     ? CampaignWatcher::Strategy::FullPages
                                     : CampaignWatcher::Strategy::ActiveRows);
    other.advanceSeconds(600);
    QVERIFY(refreshAndWait(watcher));
    QVERIFY(spies.changed.count() > 0);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(watcher.lastRefreshCost().rowsReceived > 0, true);
    QVERIFY(watcher.lastRefreshCost().wireBytes > 0);
}

void TestCampaignWatcher::campaignListWatcher()
{
    CampaignStore campaignStore;
    CampaignListModel campaigns(&campaignStore);
    QAbstractItemModelTester tester(&campaigns,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    CampaignListWatcher watcher(m_client, &campaignStore);
    watcher.setIntervalMs(60000);
    QSignalSpy refreshed(&watcher, &CampaignListWatcher::refreshed);
    watcher.start();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(campaigns.rowCount(), m_sim->campaigns().size());
    ModelSpies spies(&campaigns);
    watcher.refreshNow();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(spies.total(), 0);

    QVERIFY(m_sim->setFaults(QStringLiteral("status=503")));
    QSignalSpy errors(&watcher, &CampaignListWatcher::lastErrorChanged);
    watcher.refreshNow();
    QVERIFY(errors.wait(10000));
    QCOMPARE(watcher.state(), SyncState::Retrying);
    QCOMPARE(campaigns.rowCount(), m_sim->campaigns().size());
    QVERIFY(m_sim->setFaults(QString()));
    watcher.refreshNow();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(watcher.state(), SyncState::Live);
}

void TestCampaignWatcher::fallsBackToWholePagesWhenTheFilterIsIgnored()
{
    FilterDroppingRelay relay(quint16(m_sim->baseUrl().port()));
    QVERIFY(relay.port() != 0);
    ClientConfig config = m_client->config();
    QUrl base = config.baseUrl;
    base.setPort(relay.port());
    config.baseUrl = base;
    RevoxClient client(m_nam, config);

    const QString campaignId = smallestRunningCampaign();
    RowStore store;
    RowsTableModel rows(&store);
    QAbstractItemModelTester tester(&rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CampaignWatcher watcher(&client, &store);
    watcher.setIntervalMs(60000);
    watcher.setPageSize(25);
    watcher.setCampaignId(campaignId);
    QSignalSpy refreshed(&watcher, &CampaignWatcher::refreshed);
    QSignalSpy strategy(&watcher, &CampaignWatcher::strategyChanged);
    watcher.start();
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(watcher.strategy(), CampaignWatcher::Strategy::ActiveRows);
    ModelSpies spies(&rows);
    QVERIFY(refreshAndWait(watcher));
    QCOMPARE(strategy.count(), 1);
    QCOMPARE(watcher.strategy(), CampaignWatcher::Strategy::FullPages);
    QCOMPARE(spies.total(), 0); // nothing changed on the server: still nothing emitted
    m_sim->advanceSeconds(600);
    QVERIFY(refreshAndWait(watcher));
    QVERIFY(spies.changed.count() > 0);
    QCOMPARE(spies.reset.count(), 0);
    const QList<Row> expected = serverRows(campaignId);
    QCOMPARE(rows.rowCount(), expected.size());
    for (const Row &row : expected)
        QVERIFY2(rows.rowById(row.id) && *rows.rowById(row.id) == row, qPrintable(row.id));
}

void TestCampaignWatcher::switchingCampaignsMidLoadDropsTheOldOne()
{
    QString largest;
    QString other;
    qint64 most = -1;
    for (const sim::SimCampaignInfo &c : m_sim->campaigns()) {
        if (c.rowCount > most) {
            most = c.rowCount;
            largest = c.id;
        }
    }
    other = smallestRunningCampaign();
    QVERIFY(largest != other);
    RowStore store;
    RowsTableModel rows(&store);
    QAbstractItemModelTester tester(&rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CampaignWatcher watcher(m_client, &store);
    watcher.setIntervalMs(60000);
    watcher.setPageSize(10);
    watcher.setCampaignId(largest);
    QSignalSpy progress(&watcher, &CampaignWatcher::loadingProgress);
    QSignalSpy refreshed(&watcher, &CampaignWatcher::refreshed);
    watcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(rows.rowCount() > 0, 10000); // the first pages are in
    watcher.setCampaignId(other);
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(watcher.campaign()->id, other);
    QCOMPARE(rows.rowCount(), watcher.campaign()->rowStats->total);
    const QList<Row> expected = serverRows(other);
    QCOMPARE(rows.rowCount(), expected.size());
    for (const Row &row : expected)
        QVERIFY2(rows.rowById(row.id), qPrintable(row.id)); // only the new campaign's rows
    // Late answers for the old campaign change nothing: a refresh asked for after them
    // completes, and the rows are still the new campaign's.
    watcher.refreshNow();
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(refreshed.count(), 2);
    QCOMPARE(watcher.campaign()->id, other);
    QCOMPARE(rows.rowCount(), watcher.campaign()->rowStats->total);
    for (const Row &row : expected)
        QVERIFY2(rows.rowById(row.id), qPrintable(row.id));
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestCampaignWatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_campaignwatcher.moc"
