// Every simulator fault in turn, injected in the middle of a refresh, into a live
// CampaignWatcher with its rows model, filter proxy, a selection and a table's columns:
// the last good rows stay, the error is exposed, the watcher recovers by itself within one
// back-off period of the server healing, and no filter, selection or column setting is lost.
#include "CampaignWatcher.h"
#include "FaultCase.h"
#include "ModelRoles.h"
#include "RevoxClient.h"
#include "RowStore.h"
#include "RowsFilterProxy.h"
#include "RowsTableModel.h"
#include "ServerRows.h"
#include "SimulatorServer.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QtTest>

#include <memory>

using namespace revox;

namespace {
constexpr int ClientTimeoutMs = 1500;
constexpr int IntervalMs = 300;
constexpr int MaxBackoffMs = 1200;
} // namespace

class TestWatcherFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void faultMidRefresh_data();
    void faultMidRefresh();

private:
    QHash<QString, Row> modelRows() const;
    QList<Row> serverRows();
    QString selectedRowId() const;

    std::unique_ptr<sim::SimulatorServer> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RevoxClient> m_client;  // reads the server's truth, never faulted
    std::unique_ptr<RevoxClient> m_watched; // the watcher's client
    std::unique_ptr<RowStore> m_store;
    std::unique_ptr<RowsTableModel> m_rows;
    std::unique_ptr<RowsFilterProxy> m_proxy;
    std::unique_ptr<QTableView> m_table;
    std::unique_ptr<CampaignWatcher> m_watcher;
    std::unique_ptr<QAbstractItemModelTester> m_rowsTester;
    QString m_campaignId;
    RowsFilterState m_filter;
    QString m_selectedRowId;
    int m_injected = 0;
    int m_recovered = 0;
    int m_rowsLost = 0;
    qint64 m_slowestRecoveryMs = 0;
};

void TestWatcherFaults::initTestCase()
{
    m_sim = std::make_unique<sim::SimulatorServer>();
    sim::SimulatorOptions options;
    options.seed = 11;
    options.speed = 0; // the world moves only when the test advances it
    options.rowsScale = 0.1;
    QString error;
    QVERIFY2(m_sim->start(options, &error), qPrintable(error));
    qint64 fewest = std::numeric_limits<qint64>::max();
    for (const sim::SimCampaignInfo &c : m_sim->campaigns()) {
        if (c.status == QLatin1String("running") && !c.isCancelled && c.rowCount >= 50 &&
            c.rowCount < fewest) {
            m_campaignId = c.id;
            fewest = c.rowCount;
        }
    }
    QVERIFY(!m_campaignId.isEmpty());

    m_nam = std::make_unique<QNetworkAccessManager>();
    ClientConfig config;
    config.baseUrl = m_sim->baseUrl();
    config.apiKey = QStringLiteral("hardening-key");
    config.maxRetries = 0; // the watcher's back-off is under test, not the client's retries
    config.timeoutMs = ClientTimeoutMs;
    m_watched = std::make_unique<RevoxClient>(m_nam.get(), config);
    config.timeoutMs = 20000;
    m_client = std::make_unique<RevoxClient>(m_nam.get(), config);

    m_store = std::make_unique<RowStore>();
    m_rows = std::make_unique<RowsTableModel>(m_store.get());
    m_rowsTester = std::make_unique<QAbstractItemModelTester>(
        m_rows.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy = std::make_unique<RowsFilterProxy>();
    m_proxy->setSourceModel(m_rows.get());
    m_table = std::make_unique<QTableView>();
    m_table->setModel(m_proxy.get());
    m_table->resize(1000, 600);
    m_table->show();

    m_watcher = std::make_unique<CampaignWatcher>(m_watched.get(), m_store.get());
    m_watcher->setIntervalMs(IntervalMs);
    m_watcher->setSlowIntervalMs(IntervalMs);
    m_watcher->setMaxBackoffMs(MaxBackoffMs);
    m_watcher->setPageSize(25);
    m_watcher->setCampaignId(m_campaignId);
    QSignalSpy refreshed(m_watcher.get(), &CampaignWatcher::refreshed);
    m_watcher->start();
    QVERIFY(refreshed.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(m_watcher->isFirstLoadDone(), 30000);
    QVERIFY(m_rows->rowCount() >= 50);

    // What a user set up: a filter, a sort, a selected row, a hidden and a moved column.
    RowsFilterState filter;
    filter.text = QStringLiteral("+");
    filter.sortColumn = RowsTableModel::Phone;
    filter.sortDescending = true;
    m_proxy->setFilterState(filter);
    m_filter = m_proxy->filterState();
    QVERIFY(m_proxy->rowCount() > 0);
    const QModelIndex selected = m_proxy->index(m_proxy->rowCount() / 2, RowsTableModel::Phone);
    m_table->selectionModel()->setCurrentIndex(selected, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    m_selectedRowId = selectedRowId();
    QVERIFY(!m_selectedRowId.isEmpty());
    m_table->setColumnHidden(RowsTableModel::Attempts, true);
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(RowsTableModel::Phone), 0);
}

void TestWatcherFaults::cleanupTestCase()
{
    // The figure the hardening report quotes.
    qInfo().noquote() << QStringLiteral(
                             "HARDENING watcher faults: injected %1, recovered %2, rows lost %3, "
                             "slowest recovery %4 ms (back-off cap %5 ms)")
                             .arg(m_injected)
                             .arg(m_recovered)
                             .arg(m_rowsLost)
                             .arg(m_slowestRecoveryMs)
                             .arg(MaxBackoffMs);
    m_watcher.reset();
    m_table.reset();
    m_proxy.reset();
    m_rowsTester.reset();
    m_rows.reset();
    m_store.reset();
    m_client.reset();
    m_watched.reset();
    m_nam.reset();
    m_sim.reset();
}

QHash<QString, Row> TestWatcherFaults::modelRows() const
{
    QHash<QString, Row> rows;
    for (int i = 0; i < m_rows->rowCount(); ++i)
        rows.insert(m_rows->rowAt(i).id, m_rows->rowAt(i));
    return rows;
}

QList<Row> TestWatcherFaults::serverRows()
{
    return revox::testing::allRowsOf(m_client.get(), m_campaignId, 30000).value_or(QList<Row>());
}

QString TestWatcherFaults::selectedRowId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return {};
    return rows.first().data(RowIdRole).toString();
}

void TestWatcherFaults::faultMidRefresh_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("expectError");
    QTest::addColumn<int>("errorKind");
    for (const FaultCase &fault : FaultCase::all(ClientTimeoutMs))
        QTest::newRow(qPrintable(fault.name))
            << fault.spec << fault.expectError << int(fault.error);
}

void TestWatcherFaults::faultMidRefresh()
{
    QFETCH(QString, spec);
    QFETCH(bool, expectError);
    QFETCH(int, errorKind);

    // A healthy, moving world first: the last good data is what the server says now.
    QVERIFY(m_sim->setFaults(QString()));
    m_sim->advanceSeconds(90);
    QTRY_VERIFY_WITH_TIMEOUT(m_watcher->state() == SyncState::Live, 30000);
    {
        QSignalSpy refreshed(m_watcher.get(), &CampaignWatcher::refreshed);
        m_watcher->refreshNow();
        QVERIFY(refreshed.wait(30000));
    }
    const QHash<QString, Row> lastGood = modelRows();
    const QDateTime lastSuccess = m_watcher->lastSuccessAt();
    QSignalSpy reset(m_rows.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_rows.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy proxyReset(m_proxy.get(), &QAbstractItemModel::modelReset);

    // The campaign request goes through; the rows pages that follow it fail.
    QString error;
    const QString rowsPath = QStringLiteral("/campaigns/%1/rows").arg(m_campaignId);
    QVERIFY2(m_sim->setFaults(spec + QStringLiteral(",path=") + rowsPath, &error),
             qPrintable(error));
    ++m_injected;
    QSignalSpy errors(m_watcher.get(), &CampaignWatcher::lastErrorChanged);
    QSignalSpy refreshed(m_watcher.get(), &CampaignWatcher::refreshed);
    m_watcher->refreshNow();

    if (expectError) {
        QTRY_VERIFY_WITH_TIMEOUT(m_watcher->lastError().isError(), 30000);
        QCOMPARE(m_watcher->state(), SyncState::Retrying);
        QCOMPARE(int(m_watcher->lastError().kind), errorKind);
        QVERIFY(!m_watcher->lastError().message.isEmpty());
        QCOMPARE(m_watcher->lastSuccessAt(), lastSuccess);
        // It keeps retrying under the fault, and the rows stay exactly as they were.
        const quint64 requests = m_sim->requestCount();
        QTRY_VERIFY_WITH_TIMEOUT(m_sim->requestCount() > requests + 1, 30000);
        QCOMPARE(modelRows(), lastGood);
    } else {
        // Odd but readable data: the refresh succeeds and keeps every row.
        QVERIFY(refreshed.wait(30000));
        QVERIFY(!m_watcher->lastError().isError());
        const QHash<QString, Row> now = modelRows();
        QCOMPARE(now.size(), lastGood.size());
        for (auto it = lastGood.cbegin(); it != lastGood.cend(); ++it)
            QVERIFY2(now.contains(it.key()), qPrintable(it.key()));
    }
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(proxyReset.count(), 0);

    // The server heals: the next scheduled try, at most one back-off period away, succeeds.
    // A try already in flight when it heals (no timer running) may still fail; no other may.
    const int nextTryMs = m_watcher->msUntilNextRefresh();
    QVERIFY(nextTryMs <= MaxBackoffMs);
    const int failuresAllowed = nextTryMs >= 0 ? 0 : 1;
    QSignalSpy failuresAfterHealing(m_watcher.get(), &CampaignWatcher::lastErrorChanged);
    QElapsedTimer healed;
    healed.start();
    QVERIFY(m_sim->setFaults(QString()));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_watcher->state() == SyncState::Live && m_watcher->lastSuccessAt() > lastSuccess, 60000);
    const qint64 recoveryMs = healed.elapsed();
    int failed = 0;
    for (const QList<QVariant> &signal : std::as_const(failuresAfterHealing))
        failed += signal.at(0).value<ApiError>().isError();
    QVERIFY2(failed <= failuresAllowed,
             qPrintable(QStringLiteral("%1 tries failed after the server healed (next try was "
                                       "due in %2 ms)")
                            .arg(failed)
                            .arg(nextTryMs)));
    QVERIFY(!m_watcher->lastError().isError());
    ++m_recovered;
    m_slowestRecoveryMs = std::max(m_slowestRecoveryMs, recoveryMs);

    // Nothing lost: the model holds exactly the server's rows, settings untouched.
    QSignalSpy settled(m_watcher.get(), &CampaignWatcher::refreshed);
    m_watcher->refreshNow();
    QVERIFY(settled.wait(30000));
    const QList<Row> truth = serverRows();
    QVERIFY(!truth.isEmpty());
    const QHash<QString, Row> held = modelRows();
    int lost = 0;
    for (const Row &row : truth) {
        const auto it = held.constFind(row.id);
        lost += it == held.cend();
        if (it != held.cend() && !(*it == row))
            qWarning() << "row" << row.rowIndex << "differs from the server: held" << it->rowIndex
                       << it->phoneNumber << (it->call ? it->call->status.text : QString())
                       << (it->call && it->call->latestAttempt()
                               ? it->call->latestAttempt()->status.text
                               : QString())
                       << "server" << row.rowIndex << row.phoneNumber
                       << (row.call ? row.call->status.text : QString())
                       << (row.call && row.call->latestAttempt()
                               ? row.call->latestAttempt()->status.text
                               : QString());
    }
    for (auto it = lastGood.cbegin(); it != lastGood.cend(); ++it)
        lost += !held.contains(it.key());
    m_rowsLost += lost;
    QCOMPARE(lost, 0);
    QCOMPARE(held.size(), truth.size());
    for (const Row &row : truth)
        QVERIFY2(held.value(row.id) == row, qPrintable(row.id));
    QCOMPARE(m_proxy->filterState(), m_filter);
    QCOMPARE(selectedRowId(), m_selectedRowId);
    QVERIFY(m_table->isColumnHidden(RowsTableModel::Attempts));
    QCOMPARE(m_table->horizontalHeader()->visualIndex(RowsTableModel::Phone), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(proxyReset.count(), 0);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestWatcherFaults test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_watcherfaults.moc"
