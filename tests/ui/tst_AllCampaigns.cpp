// Drives the real window offscreen against the in-process simulator (demo mode, no cache):
// the All campaigns view opens from the View menu's action, sorts, exports what it shows,
// counts the campaigns still waiting to be opened, opens a campaign from a row, and never
// asks the server for rows.
#include "AllCampaignsPage.h"
#include "BackgroundFigures.h"
#include "CampaignListModel.h"
#include "CampaignListWatcher.h"
#include "CampaignPage.h"
#include "CampaignSummary.h"
#include "CampaignWatcher.h"
#include "CampaignsOverviewModel.h"
#include "CsvReader.h"
#include "DashboardSession.h"
#include "Language.h"
#include "MainWindow.h"
#include "ModelRoles.h"
#include "RawValueSortProxy.h"
#include "RowTableView.h"
#include "RowsFilterProxy.h"
#include "RowsRequestLog.h"
#include "RowsTableModel.h"
#include "SimulatorServer.h"
#include "Theme.h"
#include "WindowParts.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace revox;
using namespace revox::testing;

class AllCampaignsTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensWithoutFetchingRows();
    void countsCampaignsWaitingForASummary();
    void sortsAndExportsAsShown();
    void exportFailureIsSaid();
    void opensACampaignFromARow();
    void backgroundFiguresFillTheTable();
    void screenshot();

private:
    // Waits until the simulator's campaigns are all listed.
    void waitForCampaigns();
    void showAllCampaigns();
    // Opens a campaign on its page, waits for its rows and hands its summary to the window
    // as the page does.
    void openAndSummarise(const QString &campaignId);
    QStringList shownIds() const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<DashboardSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    int m_campaigns = 0;
};

void AllCampaignsTest::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    if (qEnvironmentVariableIsSet("REVOX_SHOT_THEME"))
        Theme::apply(Theme::fromString(qEnvironmentVariable("REVOX_SHOT_THEME")));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RevoxDeskUiTest"));
    QCoreApplication::setApplicationName(QStringLiteral("revox-desk-all-campaigns-test"));
    Language::apply(Language::Choice::English); // "1 campaign", "2 campaigns"
    countRowsRequests();
}

void AllCampaignsTest::init()
{
    QSettings().clear();
    m_session = std::make_unique<DashboardSession>();
    DashboardSession::Options options;
    options.demo = true;
    options.demoSpeed = 0; // frozen clock: the figures stay put
    options.demoRowsScale = 0.1;
    options.refreshSeconds = 1;
    QString error;
    QVERIFY2(m_session->start(options, &error), qPrintable(error));
    QVERIFY(!m_session->data().cache); // demo mode has no cache
    m_campaigns = int(m_session->simulator()->campaigns().size());
    QVERIFY(m_campaigns >= 5);
    m_window = std::make_unique<MainWindow>(m_session->data());
    m_window->setDemoMode(true);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void AllCampaignsTest::cleanup()
{
    m_window.reset();
    m_session.reset();
}

void AllCampaignsTest::waitForCampaigns()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_session->data().campaigns->rowCount(), m_campaigns, 20000);
}

void AllCampaignsTest::showAllCampaigns()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("allCampaignsAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
    action->trigger();
    QVERIFY(showsAllCampaigns(*m_window));
    QVERIFY(allCampaignsButton(*m_window)->isChecked());
    QVERIFY(allCampaignsPage(*m_window)->isVisible());
}

void AllCampaignsTest::openAndSummarise(const QString &campaignId)
{
    m_window->selectCampaign(campaignId);
    QCOMPARE(m_window->currentCampaignId(), campaignId);
    const DashboardData data = m_session->data();
    QTRY_VERIFY_WITH_TIMEOUT(data.rowsWatcher->isFirstLoadDone(), 30000);
    QList<Row> rows;
    for (int i = 0; i < data.rows->rowCount(); ++i)
        rows << data.rows->rowAt(i);
    const Campaign *campaign = data.campaigns->campaignById(campaignId);
    QVERIFY(campaign);
    std::optional<OutputCondition> success;
    if (campaign->assistant && campaign->assistant->structuredOutputConfig)
        success = defaultSuccessCondition(*campaign->assistant->structuredOutputConfig);
    emit campaignPage(*m_window)->summaryChanged(
        CampaignSummary::compute(campaignId, rows, success, QDateTime::currentDateTimeUtc()));
}

QStringList AllCampaignsTest::shownIds() const
{
    QStringList ids;
    QAbstractItemModel *model = allCampaignsPage(*m_window)->table()->model();
    for (int i = 0; i < model->rowCount(); ++i)
        ids << model->index(i, 0).data(RowIdRole).toString();
    return ids;
}

void AllCampaignsTest::opensWithoutFetchingRows()
{
    waitForCampaigns();
    const int before = rowsRequests();
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QVERIFY(showsAllCampaigns(*m_window));
    QTableView *table = allCampaignsPage(*m_window)->table();
    QCOMPARE(table->model()->rowCount(), m_campaigns);
    QVERIFY(table->hasFocus());
    QCOMPARE(table->accessibleName(), QStringLiteral("All campaigns"));
    QVERIFY(table->isSortingEnabled());
    // Row figures come from row_stats at once.
    const QModelIndex rows = table->model()->index(0, CampaignsOverviewModel::Rows);
    QVERIFY(rows.data(RawValueRole).toLongLong() > 0);
    // The campaign list goes on refreshing on its own; no campaign's rows are asked for, and
    // no refresh of rows is even scheduled.
    QSignalSpy listRefreshed(m_session->data().campaignsWatcher, &CampaignListWatcher::refreshed);
    QVERIFY(listRefreshed.wait(20000));
    QCOMPARE(rowsRequests(), before);
    QVERIFY(m_session->data().rowsWatcher->campaignId().isEmpty());
    QCOMPARE(m_session->data().rowsWatcher->msUntilNextRefresh(), -1);
}

void AllCampaignsTest::countsCampaignsWaitingForASummary()
{
    waitForCampaigns();
    showAllCampaigns();
    AllCampaignsPage *page = allCampaignsPage(*m_window);
    QCOMPARE(page->waitingNoteText(),
             QStringLiteral("%1 campaigns not opened on this computer yet: the answer, human and "
                            "success rates, the median call and the last call show once each one's "
                            "rows have been downloaded in the background or it has been opened.")
                 .arg(m_campaigns));
    const QString first = m_session->data().campaigns->campaignAt(0).id;
    CampaignSummary summary;
    summary.campaignId = first;
    summary.computedAt = QDateTime::currentDateTimeUtc();
    summary.funnel = {100, 80, 60, 30, 6};
    emit campaignPage(*m_window)->summaryChanged(summary);
    QVERIFY(
        page->waitingNoteText().startsWith(QStringLiteral("%1 campaigns").arg(m_campaigns - 1)));
    QTableView *table = page->table();
    const int row = int(shownIds().indexOf(first));
    QCOMPARE(table->model()->index(row, CampaignsOverviewModel::AnswerRate).data().toString(),
             QStringLiteral("75%"));
    const int other = row == 0 ? 1 : 0;
    QCOMPARE(
        table->model()->index(other, CampaignsOverviewModel::SuccessRate).data(Qt::ToolTipRole),
        QVariant(QStringLiteral("Not worked out yet: this figure shows once the campaign's rows "
                                "have been downloaded in the background or it has been "
                                "opened.")));
}

void AllCampaignsTest::sortsAndExportsAsShown()
{
    waitForCampaigns();
    showAllCampaigns();
    // A campaign whose server sends no funnel_stats: its rates are the summary's.
    QString first;
    for (int i = m_campaigns - 1; i >= 0; --i) {
        if (m_session->data().campaigns->campaignAt(i).funnelStats.isEmpty())
            first = m_session->data().campaigns->campaignAt(i).id;
    }
    QVERIFY(!first.isEmpty());
    CampaignSummary summary;
    summary.campaignId = first;
    summary.computedAt = QDateTime::currentDateTimeUtc();
    summary.funnel = {100, 40, 30, 10, std::nullopt};
    summary.medianDurationSecs = 95;
    emit campaignPage(*m_window)->summaryChanged(summary);

    // A click on the Rows header sorts by rows, smallest first; another, largest first.
    QTableView *table = allCampaignsPage(*m_window)->table();
    QHeaderView *header = table->horizontalHeader();
    const auto clickHeader = [header](int section) {
        const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    };
    const auto rowCounts = [table] {
        QList<qint64> counts;
        for (int i = 0; i < table->model()->rowCount(); ++i)
            counts << table->model()
                          ->index(i, CampaignsOverviewModel::Rows)
                          .data(RawValueRole)
                          .toLongLong();
        return counts;
    };
    clickHeader(CampaignsOverviewModel::Rows);
    QCOMPARE(header->sortIndicatorSection(), int(CampaignsOverviewModel::Rows));
    QList<qint64> counts = rowCounts();
    QVERIFY(std::is_sorted(counts.begin(), counts.end()));
    clickHeader(CampaignsOverviewModel::Rows);
    counts = rowCounts();
    QVERIFY(std::is_sorted(counts.rbegin(), counts.rend()));
    QVERIFY(counts.first() > counts.last());

    // Exported in that order, every column, numbers as plain values.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("campaigns.csv"));
    QVERIFY(allCampaignsPage(*m_window)->exportCsvTo(path));
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(
        QStringLiteral("Exported %1 campaigns to").arg(m_campaigns)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> records = test::readCsv(QString::fromUtf8(file.readAll()));
    QCOMPARE(records.size(), m_campaigns + 1);
    QCOMPARE(records.first(),
             (QStringList{QStringLiteral("Name"), QStringLiteral("Status"), QStringLiteral("Rows"),
                          QStringLiteral("Done (%)"), QStringLiteral("Answer rate (%)"),
                          QStringLiteral("Human rate (%)"), QStringLiteral("Success rate (%)"),
                          QStringLiteral("Median call (s)"), QStringLiteral("Last activity (UTC)"),
                          QStringLiteral("Server's funnel")}));
    const QStringList ids = shownIds();
    for (int i = 0; i < m_campaigns; ++i) {
        const QStringList &record = records.at(i + 1);
        QCOMPARE(record.size(), int(CampaignsOverviewModel::ColumnCount));
        QCOMPARE(record.at(CampaignsOverviewModel::Name),
                 table->model()->index(i, CampaignsOverviewModel::Name).data().toString());
        QCOMPARE(record.at(CampaignsOverviewModel::Rows).toLongLong(), counts.at(i));
        bool number = false;
        record.at(CampaignsOverviewModel::Done).toDouble(&number);
        QVERIFY(number);
        if (ids.at(i) == first) {
            QCOMPARE(record.at(CampaignsOverviewModel::AnswerRate), QStringLiteral("75.0"));
            QCOMPARE(record.at(CampaignsOverviewModel::HumanRate), QStringLiteral("25.0"));
            QCOMPARE(record.at(CampaignsOverviewModel::SuccessRate), QString());
            QCOMPARE(record.at(CampaignsOverviewModel::MedianDuration), QStringLiteral("95"));
        } else if (m_session->data().campaigns->campaignById(ids.at(i))->funnelStats.isEmpty()) {
            QCOMPARE(record.at(CampaignsOverviewModel::AnswerRate), QString());
        } else {
            // The server's funnel figures give the answer rate of campaigns not opened.
            record.at(CampaignsOverviewModel::AnswerRate).toDouble(&number);
            QVERIFY(number);
            QCOMPARE(record.at(CampaignsOverviewModel::MedianDuration), QString());
        }
    }
}

void AllCampaignsTest::exportFailureIsSaid()
{
    waitForCampaigns();
    showAllCampaigns();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/folder/campaigns.csv"));
    QVERIFY(!allCampaignsPage(*m_window)->exportCsvTo(path));
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(
                 QStringLiteral("Could not export the campaigns to")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(!QFile::exists(path));
}

void AllCampaignsTest::backgroundFiguresFillTheTable()
{
    // A session whose budget lets the figures of every campaign be worked out in the
    // background; the page says how far it got and can stop it.
    m_window.reset();
    m_session = std::make_unique<DashboardSession>();
    DashboardSession::Options options;
    options.demo = true;
    options.demoSpeed = 0;
    options.demoRowsScale = 0.02;
    options.backgroundBudgetBytes = 1LL << 40;
    options.backgroundStartDelayMs = 0;
    QString error;
    QVERIFY2(m_session->start(options, &error), qPrintable(error));
    BackgroundFigures *figures = m_session->backgroundFigures();
    QVERIFY(figures);
    figures->stop(); // until the window is up
    m_window = std::make_unique<MainWindow>(m_session->data());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    waitForCampaigns();
    showAllCampaigns();
    AllCampaignsPage *page = allCampaignsPage(*m_window);
    QVERIFY(page->backgroundText().startsWith(QStringLiteral("Background downloads stopped: ")));
    QCOMPARE(page->backgroundButton()->text(), QStringLiteral("Go on"));

    // Going on: one campaign after the other, the status naming it and the bytes used.
    const int before = rowsRequests();
    QTest::mouseClick(page->backgroundButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        page->backgroundText().startsWith(QStringLiteral("Working out the figures of ")), 20000);
    QCOMPARE(page->backgroundButton()->text(), QStringLiteral("Stop"));
    QVERIFY(page->backgroundText().contains(QStringLiteral(" downloaded")));
    QTRY_COMPARE_WITH_TIMEOUT(figures->state(), BackgroundFigures::State::Done, 120000);
    QVERIFY(rowsRequests() - before >= m_campaigns);
    QVERIFY(page->backgroundText().startsWith(QStringLiteral("Background downloads done: ")));
    QVERIFY(page->backgroundButton()->isHidden());
    QCOMPARE(page->waitingNoteText(), QString()); // none waits any more
    // Every campaign has its figures; a cell says where its figure comes from.
    QTableView *table = page->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex median =
            table->model()->index(row, CampaignsOverviewModel::MedianDuration);
        QVERIFY(!median.data().toString().isEmpty());
        QVERIFY2(median.data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("downloaded in the background.")),
                 qPrintable(median.data(Qt::ToolTipRole).toString()));
    }
}

void AllCampaignsTest::opensACampaignFromARow()
{
    waitForCampaigns();
    const QString target = m_session->suggestedDemoCampaign();
    const int beforeOpening = rowsRequests();
    openAndSummarise(target);
    QVERIFY(rowsRequests() > beforeOpening); // the log counts what a campaign page asks for
    QVERIFY(!showsAllCampaigns(*m_window));
    QVERIFY(!allCampaignsButton(*m_window)->isChecked());

    // Leaving the campaign stops its refreshes; its figures stay in the table.
    showAllCampaigns();
    QVERIFY(m_window->currentCampaignId().isEmpty());
    QCOMPARE(m_session->data().rowsWatcher->state(), SyncState::Idle);
    const int before = rowsRequests();
    QCOMPARE(m_session->data().rowsWatcher->msUntilNextRefresh(), -1); // none scheduled
    // A refresh of everything the window shows (F5) reaches the list, not the left campaign.
    QSignalSpy listRefreshed(m_session->data().campaignsWatcher, &CampaignListWatcher::refreshed);
    m_window->refreshNow();
    QVERIFY(listRefreshed.wait(20000));
    QCOMPARE(rowsRequests(), before);
    QCOMPARE(m_session->data().rowsWatcher->msUntilNextRefresh(), -1);
    AllCampaignsPage *page = allCampaignsPage(*m_window);
    QVERIFY(
        page->waitingNoteText().startsWith(QStringLiteral("%1 campaigns").arg(m_campaigns - 1)));

    // Enter on the campaign's row opens it.
    QTableView *table = page->table();
    const int row = int(shownIds().indexOf(target));
    QVERIFY(row >= 0);
    QVERIFY(table->model()
                ->index(row, CampaignsOverviewModel::AnswerRate)
                .data(RawValueRole)
                .isValid());
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_window->currentCampaignId(), target);
    QVERIFY(!showsAllCampaigns(*m_window));
    QTRY_VERIFY(m_session->data().rowsWatcher->state() != SyncState::Idle);

    // The sidebar's entry goes back, a campaign chosen in the sidebar returns to its page.
    QTest::mouseClick(allCampaignsButton(*m_window), Qt::LeftButton);
    QVERIFY(showsAllCampaigns(*m_window));
    QListView *list = campaignList(*m_window);
    const QModelIndex other = m_session->data().campaigns->index(0, 0);
    list->scrollTo(other);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(other).center());
    QCOMPARE(m_window->currentCampaignId(), other.data(RowIdRole).toString());
    QVERIFY(!showsAllCampaigns(*m_window));

    // Double-click on a row opens its campaign as well.
    showAllCampaigns();
    const int again = int(shownIds().indexOf(target));
    const QRect cell = table->visualRect(table->model()->index(again, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_window->currentCampaignId(), target);
}

void AllCampaignsTest::screenshot()
{
    if (!qEnvironmentVariableIsSet("REVOX_SHOT"))
        QSKIP("set REVOX_SHOT=<file prefix> to save a screenshot");
    waitForCampaigns();
    // A few small campaigns opened once, as a user would have; the others wait.
    QList<sim::SimCampaignInfo> small = m_session->simulator()->campaigns();
    std::sort(small.begin(), small.end(),
              [](const auto &a, const auto &b) { return a.rowCount < b.rowCount; });
    int opened = 0;
    for (const sim::SimCampaignInfo &c : std::as_const(small)) {
        if (c.rowCount == 0 || opened == 4)
            continue;
        openAndSummarise(c.id);
        ++opened;
    }
    showAllCampaigns();
    m_window->resize(1360, 760);
    QTableView *table = allCampaignsPage(*m_window)->table();
    table->sortByColumn(CampaignsOverviewModel::AnswerRate, Qt::DescendingOrder);
    table->setCurrentIndex(table->model()->index(1, 0));
    QCoreApplication::processEvents(); // the resize and the new order laid out
    QVERIFY(m_window->grab().save(qEnvironmentVariable("REVOX_SHOT") +
                                  QStringLiteral("-all-campaigns.png")));
}

QTEST_MAIN(AllCampaignsTest)

#include "tst_AllCampaigns.moc"
