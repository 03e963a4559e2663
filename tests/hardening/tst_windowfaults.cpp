// Simulator faults injected in the middle of a refresh into the running dashboard window:
// the rows shown stay, the banner says what is wrong, the window recovers by itself once
// the server heals, and the user's search, sort, selection and hidden column survive.
// Latency and stall are covered at the watcher level (tst_watcherfaults): the app's own
// transfer timeout is a minute.
#include "CallDetailPane.h"
#include "CampaignListModel.h"
#include "CampaignWatcher.h"
#include "DashboardSession.h"
#include "FaultCase.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "ModelRoles.h"
#include "RowTableView.h"
#include "RowsFilterProxy.h"
#include "RowsTableModel.h"
#include "SimulatorServer.h"
#include "StatusBanner.h"
#include "WindowParts.h"

#include <QApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace revox;
using namespace revox::testing;

namespace {
const QString Retrying = QStringLiteral("Retrying automatically");
} // namespace

class TestWindowFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void faultMidRefresh_data();
    void faultMidRefresh();

private:
    QSet<QString> rowIds() const;
    void checkUserSettingsKept();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<DashboardSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_campaignId;
    RowsFilterState m_filter;
    QString m_selectedRowId;
    int m_injected = 0;
    int m_recovered = 0;
    int m_rowsLost = 0;
};

void TestWindowFaults::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RevoxDeskFaultTest"));
    QCoreApplication::setApplicationName(QStringLiteral("revox-desk-fault-test"));

    m_session = std::make_unique<DashboardSession>();
    DashboardSession::Options options;
    options.demo = true;
    options.demoSpeed = 0; // the world moves when the test says so
    options.demoRowsScale = 0.1;
    options.refreshSeconds = 1;
    QString error;
    QVERIFY2(m_session->start(options, &error), qPrintable(error));
    m_campaignId = m_session->suggestedDemoCampaign();
    QVERIFY(!m_campaignId.isEmpty());

    m_window = std::make_unique<MainWindow>(m_session->data());
    m_window->setDemoMode(true);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->data().campaigns->rowCount() > 0, 20000);
    m_window->selectCampaign(m_campaignId);
    QTRY_COMPARE(m_window->currentCampaignId(), m_campaignId);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->data().rowsWatcher->isFirstLoadDone(), 30000);

    // The user's view: a search typed in the box, a sort, a hidden column, a selected row.
    QLineEdit *search = filterBar(*m_window)->searchBox();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("+"));
    QTRY_COMPARE(rowsProxy(*m_window)->textFilter(), QStringLiteral("+"));
    RowTableView *table = rowTable(*m_window);
    table->sortByColumn(RowsTableModel::Phone, Qt::DescendingOrder);
    table->setColumnHidden(RowsTableModel::Attempts, true);
    QTRY_VERIFY(rowsProxy(*m_window)->rowCount() > 2);
    const QModelIndex index = table->model()->index(2, RowsTableModel::Phone);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QTRY_VERIFY(!detailPane(*m_window)->rowId().isEmpty());
    m_selectedRowId = detailPane(*m_window)->rowId();
    QCOMPARE(index.data(RowIdRole).toString(), m_selectedRowId);
    m_filter = rowsProxy(*m_window)->filterState();
}

void TestWindowFaults::cleanupTestCase()
{
    qInfo().noquote() << QStringLiteral(
                             "HARDENING window faults: injected %1, recovered %2, rows lost %3")
                             .arg(m_injected)
                             .arg(m_recovered)
                             .arg(m_rowsLost);
    m_window.reset();
    m_session.reset();
}

QSet<QString> TestWindowFaults::rowIds() const
{
    QSet<QString> ids;
    const RowsTableModel *rows = m_session->data().rows;
    for (int i = 0; i < rows->rowCount(); ++i)
        ids.insert(rows->rowAt(i).id);
    return ids;
}

void TestWindowFaults::checkUserSettingsKept()
{
    QCOMPARE(m_window->currentCampaignId(), m_campaignId);
    QCOMPARE(rowsProxy(*m_window)->filterState(), m_filter);
    QCOMPARE(filterBar(*m_window)->searchBox()->text(), QStringLiteral("+"));
    QCOMPARE(detailPane(*m_window)->rowId(), m_selectedRowId);
    const QModelIndexList selected = rowTable(*m_window)->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(RowIdRole).toString(), m_selectedRowId);
    QVERIFY(rowTable(*m_window)->isColumnHidden(RowsTableModel::Attempts));
    QCOMPARE(rowTable(*m_window)->horizontalHeader()->sortIndicatorSection(),
             int(RowsTableModel::Phone));
}

void TestWindowFaults::faultMidRefresh_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("expectError");
    for (const FaultCase &fault : FaultCase::all(60000)) {
        if (fault.name == QLatin1String("latency") || fault.name == QLatin1String("stall"))
            continue;
        QTest::newRow(qPrintable(fault.name)) << fault.spec << fault.expectError;
    }
}

void TestWindowFaults::faultMidRefresh()
{
    QFETCH(QString, spec);
    QFETCH(bool, expectError);
    sim::SimulatorServer *sim = m_session->simulator();
    CampaignWatcher *watcher = m_session->data().rowsWatcher;

    QVERIFY(sim->setFaults(QString()));
    sim->advanceSeconds(60);
    {
        QSignalSpy refreshed(watcher, &CampaignWatcher::refreshed);
        m_window->refreshNow();
        QVERIFY(refreshed.wait(30000));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!banner(*m_window)->text().contains(Retrying), 10000);
    const QSet<QString> shown = rowIds();
    const int visible = rowsProxy(*m_window)->rowCount();
    const QDateTime lastSuccess = watcher->lastSuccessAt();

    QString error;
    QVERIFY2(
        sim->setFaults(spec + QStringLiteral(",path=/campaigns/%1/rows").arg(m_campaignId), &error),
        qPrintable(error));
    ++m_injected;
    QSignalSpy refreshed(watcher, &CampaignWatcher::refreshed);
    m_window->refreshNow();
    if (expectError) {
        QTRY_VERIFY_WITH_TIMEOUT(
            banner(*m_window)->isVisible() && banner(*m_window)->text().contains(Retrying), 30000);
        QVERIFY(banner(*m_window)->text().contains(watcher->lastError().message));
        QCOMPARE(rowIds(), shown);
        QCOMPARE(rowsProxy(*m_window)->rowCount(), visible);
        QCOMPARE(watcher->lastSuccessAt(), lastSuccess);
    } else {
        QVERIFY(refreshed.wait(30000));
        QVERIFY(!watcher->lastError().isError());
        QVERIFY(rowIds().contains(shown));
    }
    checkUserSettingsKept();

    // Healed: the scheduled retry brings the window back without anyone clicking. A try
    // already in flight when it heals (no timer running) may still fail; no other may.
    const int nextTryMs = watcher->msUntilNextRefresh();
    const int failuresAllowed = nextTryMs >= 0 ? 0 : 1;
    QSignalSpy failuresAfterHealing(watcher, &CampaignWatcher::lastErrorChanged);
    QVERIFY(sim->setFaults(QString()));
    QTRY_VERIFY_WITH_TIMEOUT(watcher->state() == SyncState::Live &&
                                 watcher->lastSuccessAt() > lastSuccess &&
                                 !banner(*m_window)->text().contains(Retrying),
                             60000);
    int failed = 0;
    for (const QList<QVariant> &signal : std::as_const(failuresAfterHealing))
        failed += signal.at(0).value<ApiError>().isError();
    QVERIFY2(failed <= failuresAllowed,
             qPrintable(QStringLiteral("%1 tries failed after the server healed (next try was "
                                       "due in %2 ms)")
                            .arg(failed)
                            .arg(nextTryMs)));
    ++m_recovered;
    const QSet<QString> after = rowIds();
    int lost = 0;
    for (const QString &id : shown)
        lost += !after.contains(id);
    m_rowsLost += lost;
    QCOMPARE(lost, 0);
    QCOMPARE(rowsProxy(*m_window)->rowCount(), visible);
    checkUserSettingsKept();
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestWindowFaults test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowfaults.moc"
