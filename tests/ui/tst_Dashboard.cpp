// Drives the real dashboard offscreen against the in-process simulator over loopback:
// campaign selection, filters, search, transcript, recording playback, server failure and
// restoring filters and columns in a new window.
#include "AppSettings.h"
#include "CallAttemptsModel.h"
#include "CallDetailPane.h"
#include "CampaignListModel.h"
#include "CampaignPage.h"
#include "CampaignWatcher.h"
#include "DashboardSession.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "ModelRoles.h"
#include "OverviewHeader.h"
#include "PlayerControls.h"
#include "RecordingPlayer.h"
#include "RowTableView.h"
#include "RowsFilterProxy.h"
#include "RowsTableModel.h"
#include "SimulatorServer.h"
#include "StatusBanner.h"
#include "TranscriptView.h"

#include "CallTimingView.h"
#include "CampaignInsights.h"
#include "ChartCard.h"
#include "FunnelView.h"
#include "OutcomesView.h"
#include "RowOutcome.h"
#include "WindowParts.h"
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMediaPlayer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace revox;
using namespace revox::testing;

class DashboardTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void selectsCampaign();
    void filtersHumanRows();
    void searchesPhoneAndTranscripts();
    void opensRowTranscript();
    void copiesCellAndRow();
    void exportsFilteredRows();
    void sortsByClickedColumn();
    void playsRecordingToTheEnd();
    void savesRecordingAs();
    void showsBannerWhileServerFailsAndKeepsRows();
    void restoresFiltersAndColumnsInNewWindow();
    void campaignViewsBecomeTabs();
    void anOlderSavedChipShowsEveryRow();
    void outcomesFilterTheRows();
    void funnelTimingAndEstimateFollowTheRows();

private:
    const Row &visibleRow(int proxyRow) const;
    void clickRow(int proxyRow);
    void setSearch(const QString &text);
    // Selects the demo campaign in the list and waits until every row of it is shown.
    void openCampaign();
    // Shows only the rows a human answered.
    void showHumanRows();
    // Opens a visible row whose first attempt has a transcript and a recording; sets
    // m_openRow and m_openProxyRow.
    void openRowWithRecording();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<DashboardSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_campaignId;
    qint64 m_campaignRows = 0;
    Row m_openRow;
    int m_openProxyRow = -1;
};

// Ends the test when a preparation step has failed (it reported why).
#define REVOX_PREPARED(step)                                                                       \
    do {                                                                                           \
        step;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

const Row &DashboardTest::visibleRow(int proxyRow) const
{
    RowsFilterProxy *proxy = rowsProxy(*m_window);
    return m_session->data().rows->rowAt(proxy->mapToSource(proxy->index(proxyRow, 0)).row());
}

void DashboardTest::clickRow(int proxyRow)
{
    RowTableView *table = rowTable(*m_window);
    const QModelIndex index = table->model()->index(proxyRow, 1);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

void DashboardTest::setSearch(const QString &text)
{
    QLineEdit *search = filterBar(*m_window)->searchBox();
    search->setFocus();
    search->selectAll();
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClicks(search, text);
}

void DashboardTest::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RevoxDeskUiTest"));
    QCoreApplication::setApplicationName(QStringLiteral("revox-desk-test"));
}

// Every test gets a session and a window of its own, with nothing saved from another test.
void DashboardTest::init()
{
    QSettings().clear();
    m_session = std::make_unique<DashboardSession>();
    DashboardSession::Options options;
    options.demo = true;
    options.demoSpeed = 0; // frozen clock: rows stay put while the test counts them
    options.demoRowsScale = 0.1;
    options.refreshSeconds = 1;
    QString error;
    QVERIFY2(m_session->start(options, &error), qPrintable(error));
    QVERIFY(m_session->isDemo());
    QVERIFY(m_session->simulator()->isRunning());
    m_campaignId = m_session->suggestedDemoCampaign();
    QVERIFY(!m_campaignId.isEmpty());
    m_campaignRows = 0;
    for (const auto &c : m_session->simulator()->campaigns()) {
        if (c.id == m_campaignId) {
            m_campaignRows = c.rowCount;
        }
    }
    QVERIFY(m_campaignRows > 0);

    m_window = std::make_unique<MainWindow>(m_session->data());
    m_window->setDemoMode(true);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(demoBadgeText(*m_window), QStringLiteral("Demo data"));
}

void DashboardTest::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_openRow = Row();
    m_openProxyRow = -1;
}

void DashboardTest::openCampaign()
{
    QListView *list = campaignList(*m_window);
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() >= 5, 20000);
    auto *campaigns = m_session->data().campaigns;
    const QModelIndex index = campaigns->indexOfId(m_campaignId);
    QVERIFY(index.isValid());
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    QCOMPARE(m_window->currentCampaignId(), m_campaignId);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->data().rowsWatcher->isFirstLoadDone(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(qint64(rowsProxy(*m_window)->rowCount()), m_campaignRows, 10000);
    QTRY_COMPARE(filterBar(*m_window)->rowCountText(),
                 QStringLiteral("%1 of %1 rows").arg(m_campaignRows));
    QVERIFY(rowTable(*m_window)->emptyStateText().isEmpty());
    QTRY_VERIFY(updatedText(*m_window).startsWith(QStringLiteral("Updated")));
}

void DashboardTest::showHumanRows()
{
    FilterBar *bar = filterBar(*m_window);
    QTRY_VERIFY(bar->chipCount(QStringLiteral("human")) > 0);
    QTest::mouseClick(bar->chip(QStringLiteral("human")), Qt::LeftButton);
    QTRY_COMPARE(rowsProxy(*m_window)->rowCount(), bar->chipCount(QStringLiteral("human")));
}

void DashboardTest::openRowWithRecording()
{
    RowsFilterProxy *proxy = rowsProxy(*m_window);
    QVERIFY(proxy->rowCount() > 0);
    int target = -1;
    for (int i = 0; i < proxy->rowCount() && target < 0; ++i) {
        const Row &row = visibleRow(i);
        if (row.call && !row.call->callAttempts.isEmpty() &&
            row.call->callAttempts.first().transcript &&
            row.call->callAttempts.first().transcript->size() >= 2 &&
            !row.call->callAttempts.first().recordingUrl.isEmpty()) {
            target = i;
        }
    }
    QVERIFY(target >= 0);
    m_openRow = visibleRow(target);
    m_openProxyRow = target;
    clickRow(target);
    QTRY_COMPARE(detailPane(*m_window)->rowId(), m_openRow.id);
}

void DashboardTest::selectsCampaign()
{
    REVOX_PREPARED(openCampaign());
    QCOMPARE(overview(*m_window)->statusText(), QStringLiteral("running"));
}

void DashboardTest::filtersHumanRows()
{
    REVOX_PREPARED(openCampaign());
    FilterBar *bar = filterBar(*m_window);
    QTRY_VERIFY(bar->chipCount(QStringLiteral("human")) > 0);
    const int chipCount = bar->chipCount(QStringLiteral("human"));
    QTest::mouseClick(bar->chip(QStringLiteral("human")), Qt::LeftButton);
    RowsFilterProxy *proxy = rowsProxy(*m_window);
    QTRY_COMPARE(proxy->rowCount(), chipCount);
    QCOMPARE(bar->chipCount(QStringLiteral("human")), chipCount);
    for (int i = 0; i < proxy->rowCount(); ++i) {
        QCOMPARE(proxy->index(i, RowsTableModel::LastResult).data(ResultWireRole).toString(),
                 QStringLiteral("human"));
        const CallAttempt *answered = visibleRow(i).call->latestAnsweredAttempt();
        QVERIFY(answered);
        QCOMPARE(answered->result.text, QStringLiteral("human"));
    }
    QVERIFY(bar->rowCountText().startsWith(QStringLiteral("%1 of").arg(chipCount)));
}

void DashboardTest::searchesPhoneAndTranscripts()
{
    REVOX_PREPARED(openCampaign());
    REVOX_PREPARED(showHumanRows());
    RowsFilterProxy *proxy = rowsProxy(*m_window);
    QVERIFY(proxy->rowCount() > 0);
    const Row first = visibleRow(0);
    const QString digits = first.phoneNumber.right(6);
    setSearch(digits);
    QTRY_COMPARE(proxy->textFilter(), digits);
    QVERIFY(proxy->rowCount() >= 1);
    bool foundFirst = false;
    for (int i = 0; i < proxy->rowCount(); ++i) {
        const Row &row = visibleRow(i);
        foundFirst |= row.id == first.id;
        bool matches = row.phoneNumber.contains(digits);
        for (const auto &[key, value] : row.inputData) {
            matches |= value.contains(digits);
        }
        matches |= row.id.contains(digits) || (row.call && row.call->id.contains(digits));
        QVERIFY2(matches || row.call, qPrintable(row.phoneNumber));
    }
    QVERIFY(foundFirst);

    // A word of that row's transcript finds the row through the same box.
    const CallAttempt *answered = first.call->latestAnsweredAttempt();
    QVERIFY(answered && answered->transcript && !answered->transcript->isEmpty());
    QString word;
    for (const TranscriptEntry &e : *answered->transcript) {
        for (const QString &w : e.content().split(QRegularExpression(QStringLiteral("\\W+")))) {
            if (w.size() > word.size() && !w.contains(QRegularExpression(QStringLiteral("\\d")))) {
                word = w;
            }
        }
    }
    QVERIFY(word.size() >= 5);
    setSearch(word);
    QTRY_COMPARE(proxy->textFilter(), word);
    bool listed = false;
    for (int i = 0; i < proxy->rowCount(); ++i) {
        listed |= visibleRow(i).id == first.id;
    }
    QVERIFY2(listed, qPrintable(word));

    // Esc clears the search; the human filter stays.
    QTest::keyClick(filterBar(*m_window)->searchBox(), Qt::Key_Escape);
    QTRY_COMPARE(proxy->textFilter(), QString());
    QTRY_COMPARE(proxy->rowCount(), filterBar(*m_window)->chipCount(QStringLiteral("human")));

    // Ctrl+F focuses the search box from the table.
    rowTable(*m_window)->setFocus();
    QTest::keyClick(rowTable(*m_window), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filterBar(*m_window)->searchBox()->hasFocus());

    // Space types into the search box rather than playing the recording.
    setSearch(QStringLiteral("a b"));
    QCOMPARE(filterBar(*m_window)->searchBox()->text(), QStringLiteral("a b"));

    // A search that matches nothing shows the empty state, whose button clears the filters.
    setSearch(QStringLiteral("zzzz-no-such-row-zzzz"));
    QTRY_COMPARE(proxy->rowCount(), 0);
    QTRY_VERIFY(rowTable(*m_window)->emptyStateText().contains(QStringLiteral("No rows match")));
    filterBar(*m_window)->clearFilters();
    QTRY_COMPARE(qint64(proxy->rowCount()), m_campaignRows);
    QTest::mouseClick(filterBar(*m_window)->chip(QStringLiteral("human")), Qt::LeftButton);
    QTRY_COMPARE(proxy->rowCount(), filterBar(*m_window)->chipCount(QStringLiteral("human")));
}

void DashboardTest::opensRowTranscript()
{
    REVOX_PREPARED(openCampaign());
    REVOX_PREPARED(showHumanRows());
    REVOX_PREPARED(openRowWithRecording());
    RowsFilterProxy *proxy = rowsProxy(*m_window);
    const Row row = m_openRow;
    const int target = m_openProxyRow;
    CallDetailPane *detail = detailPane(*m_window);
    QTRY_COMPARE(detail->rowId(), row.id);
    QCOMPARE(detail->attemptsModel()->rowCount(), int(row.call->callAttempts.size()));
    QCOMPARE(detail->selectedAttempt(), 0);

    // The attempts table fits the pane without a horizontal scrollbar, its columns whole;
    // the hidden columns are in each cell's tooltip.
    QTableView *attempts = detail->attemptsView();
    QHeaderView *columns = attempts->horizontalHeader();
    QVERIFY(attempts->isColumnHidden(CallAttemptsModel::DialError));
    QVERIFY(!attempts->isColumnHidden(CallAttemptsModel::Duration));
    QTRY_VERIFY2(
        columns->length() <= attempts->viewport()->width(),
        qPrintable(
            QStringLiteral("%1 > %2").arg(columns->length()).arg(attempts->viewport()->width())));
    for (const int column : {CallAttemptsModel::StartedAt, CallAttemptsModel::Status,
                             CallAttemptsModel::Result, CallAttemptsModel::Duration}) {
        QVERIFY2(
            columns->sectionSize(column) >=
                std::max(columns->sectionSizeHint(column),
                         attempts->sizeHintForIndex(attempts->model()->index(0, column)).width()),
            qPrintable(QString::number(column)));
    }
    const QModelIndex started = attempts->model()->index(0, CallAttemptsModel::StartedAt);
    const QString startedText = started.data().toString();
    QVERIFY2(startedText.size() <= 12, qPrintable(startedText)); // today: the time alone
    const QString tip = started.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Status: ")) &&
                 tip.contains(QStringLiteral("Started: ")) && tip.contains(startedText),
             qPrintable(tip));
    const QList<TranscriptEntry> &entries = *row.call->callAttempts.first().transcript;
    TranscriptView *view = detail->transcriptView();
    QCOMPARE(view->entryCount(), int(entries.size()));
    int turns = 0;
    for (const TranscriptEntry &e : entries) {
        if ((e.role == TranscriptRole::User || e.role == TranscriptRole::Assistant) &&
            e.toolName().isEmpty()) {
            ++turns;
            QVERIFY2(view->displayedText().contains(e.content()), qPrintable(e.content()));
        }
    }
    QCOMPARE(view->turnCount(), turns);
    view->setFindText(entries.first().content().left(8));
    QVERIFY(view->matchCount() >= 1);
    view->setFindText(QString());

    // Alt+Down moves to the next row, Alt+Up back.
    if (proxy->rowCount() > target + 1) {
        QTest::keyClick(m_window.get(), Qt::Key_Down, Qt::AltModifier);
        QTRY_COMPARE(detail->rowId(), visibleRow(target + 1).id);
        QTest::keyClick(m_window.get(), Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE(detail->rowId(), row.id);
    }
}

void DashboardTest::copiesCellAndRow()
{
    REVOX_PREPARED(openCampaign());
    REVOX_PREPARED(showHumanRows());
    REVOX_PREPARED(openRowWithRecording());
    RowTableView *table = rowTable(*m_window);
    QVERIFY(table->currentIndex().isValid());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), table->currentIndex().data().toString());
    table->copyRows();
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2); // header + the row
    QVERIFY(lines.first().contains(QStringLiteral("Phone")));
}

void DashboardTest::exportsFilteredRows()
{
    REVOX_PREPARED(openCampaign());
    REVOX_PREPARED(showHumanRows());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rows.csv"));
    campaignPage(*m_window)->exportFilteredRowsTo(path);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), rowsProxy(*m_window)->rowCount() + 1);
}

void DashboardTest::sortsByClickedColumn()
{
    REVOX_PREPARED(openCampaign());
    REVOX_PREPARED(showHumanRows());
    QHeaderView *header = rowTable(*m_window)->horizontalHeader();
    RowsFilterProxy *proxy = rowsProxy(*m_window);
    QVERIFY(proxy->rowCount() >= 2);
    const QPoint phoneHeader(header->sectionViewportPosition(RowsTableModel::Phone) + 8,
                             header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, phoneHeader);
    QCOMPARE(header->sortIndicatorSection(), int(RowsTableModel::Phone));
    auto phones = [&] {
        QStringList out;
        for (int i = 0; i < proxy->rowCount(); ++i) {
            out << visibleRow(i).phoneNumber;
        }
        return out;
    };
    QStringList sorted = phones();
    std::sort(sorted.begin(), sorted.end());
    if (header->sortIndicatorOrder() == Qt::DescendingOrder) {
        std::reverse(sorted.begin(), sorted.end());
    }
    QCOMPARE(phones(), sorted);
    // Changing the filters keeps the order the header shows.
    QTest::mouseClick(filterBar(*m_window)->chip(QStringLiteral("voicemail")), Qt::LeftButton);
    QTRY_COMPARE(proxy->resultFilter(), QStringLiteral("voicemail"));
    QCOMPARE(proxy->sortColumn(), int(RowsTableModel::Phone));
    QCOMPARE(proxy->sortOrder(), header->sortIndicatorOrder());
    QTest::mouseClick(filterBar(*m_window)->chip(QStringLiteral("human")), Qt::LeftButton);
    QTRY_COMPARE(proxy->resultFilter(), QStringLiteral("human"));
    QCOMPARE(proxy->sortColumn(), int(RowsTableModel::Phone));
    QCOMPARE(phones(), sorted);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, phoneHeader); // other direction
    std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(phones(), sorted);
    // Back to row order.
    const QPoint numberHeader(header->sectionViewportPosition(RowsTableModel::RowNumber) + 8,
                              header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, numberHeader);
    if (header->sortIndicatorOrder() == Qt::DescendingOrder) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, numberHeader);
    }
    QCOMPARE(header->sortIndicatorSection(), int(RowsTableModel::RowNumber));
}

void DashboardTest::playsRecordingToTheEnd()
{
    REVOX_PREPARED(openCampaign());
    REVOX_PREPARED(showHumanRows());
    REVOX_PREPARED(openRowWithRecording());
    RecordingPlayer *player = detailPane(*m_window)->player();
    const QUrl url = player->recordingUrl();
    QVERIFY(url.isValid());
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() != m_session->baseUrl().port()); // another origin than the API
    QMediaPlayer *media = player->mediaPlayer();
    QVERIFY(media);
    QTRY_VERIFY_WITH_TIMEOUT(media->duration() > 0 || media->error() != QMediaPlayer::NoError,
                             20000);
    QVERIFY2(media->error() == QMediaPlayer::NoError, qPrintable(media->errorString()));
    const qint64 duration = media->duration();
    // Space plays from anywhere in the window (here: the row table has focus).
    rowTable(*m_window)->setFocus();
    QTest::keyClick(rowTable(*m_window), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(media->position() > 300, 15000);
    QTRY_VERIFY(player->controls()->isPlaying());
    // Jump close to the end and let it play out.
    media->setPosition(qMax<qint64>(0, duration - 1500));
    QTRY_COMPARE_WITH_TIMEOUT(media->mediaStatus(), QMediaPlayer::EndOfMedia, 20000);
    QTRY_VERIFY(!player->controls()->isPlaying());
    QVERIFY2(
        player->controls()->position() >= duration - 250,
        qPrintable(QStringLiteral("%1 of %2").arg(player->controls()->position()).arg(duration)));
}

void DashboardTest::savesRecordingAs()
{
    REVOX_PREPARED(openCampaign());
    REVOX_PREPARED(showHumanRows());
    REVOX_PREPARED(openRowWithRecording());
    RecordingPlayer *player = detailPane(*m_window)->player();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("call.wav"));
    QSignalSpy done(player, &RecordingPlayer::saveFinished);
    player->saveTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(12);
    QVERIFY(file.size() > 1000);
    QVERIFY(head.startsWith("RIFF") && head.mid(8, 4) == "WAVE");
    QVERIFY(player->message().contains(QStringLiteral("saved")));
}

void DashboardTest::showsBannerWhileServerFailsAndKeepsRows()
{
    REVOX_PREPARED(openCampaign());
    REVOX_PREPARED(showHumanRows());
    REVOX_PREPARED(openRowWithRecording());
    const int rowsBefore = m_session->data().rows->rowCount();
    const int visibleBefore = rowsProxy(*m_window)->rowCount();
    QVERIFY(rowsBefore > 0);
    QString error;
    QVERIFY2(m_session->simulator()->setFaults(QStringLiteral("status=503"), &error),
             qPrintable(error));
    m_window->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(banner(*m_window)->isVisible() && banner(*m_window)->text().contains(
                                                                   QStringLiteral("not answering")),
                             30000);
    QVERIFY(banner(*m_window)->text().contains(QStringLiteral("The data shown was loaded")));
    QVERIFY(banner(*m_window)->text().contains(QStringLiteral("503")));
    QCOMPARE(m_session->data().rows->rowCount(), rowsBefore);
    QCOMPARE(rowsProxy(*m_window)->rowCount(), visibleBefore);
    QVERIFY(!detailPane(*m_window)->rowId().isEmpty());

    QVERIFY(m_session->simulator()->setFaults(QString()));
    m_window->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(!banner(*m_window)->text().contains(QStringLiteral("not answering")),
                             30000);
    QCOMPARE(m_session->data().rows->rowCount(), rowsBefore);

    // A stopped server: the connection is refused, the rows stay.
    m_session->simulator()->stop();
    m_window->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(banner(*m_window)->isVisible() &&
                                 banner(*m_window)->text().contains(QStringLiteral("Cannot reach")),
                             30000);
    QCOMPARE(m_session->data().rows->rowCount(), rowsBefore);
    QCOMPARE(rowsProxy(*m_window)->rowCount(), visibleBefore);
}

void DashboardTest::restoresFiltersAndColumnsInNewWindow()
{
    REVOX_PREPARED(openCampaign());
    FilterBar *bar = filterBar(*m_window);
    QTest::mouseClick(bar->chip(QStringLiteral("voicemail")), Qt::LeftButton);
    QTRY_COMPARE(rowsProxy(*m_window)->resultFilter(), QStringLiteral("voicemail"));
    setSearch(QStringLiteral("+33"));
    QTRY_COMPARE(rowsProxy(*m_window)->textFilter(), QStringLiteral("+33"));
    QHeaderView *header = rowTable(*m_window)->horizontalHeader();
    rowTable(*m_window)->setColumnHidden(RowsTableModel::Attempts, true);
    header->moveSection(header->visualIndex(RowsTableModel::Phone), 0);
    QCOMPARE(header->visualIndex(RowsTableModel::Phone), 0);
    header->setSortIndicator(RowsTableModel::Phone, Qt::DescendingOrder);
    QCOMPARE(rowsProxy(*m_window)->sortColumn(), int(RowsTableModel::Phone));
    const int columns = header->count();
    QVERIFY(columns > RowsTableModel::FixedColumnCount); // input data columns were discovered
    m_window->close();
    m_window.reset();

    m_window = std::make_unique<MainWindow>(m_session->data());
    m_window->restoreWindowState();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->currentCampaignId(), m_campaignId);
    QCOMPARE(filterBar(*m_window)->state().result, QStringLiteral("voicemail"));
    QCOMPARE(filterBar(*m_window)->searchBox()->text(), QStringLiteral("+33"));
    QCOMPARE(rowsProxy(*m_window)->resultFilter(), QStringLiteral("voicemail"));
    QCOMPARE(rowsProxy(*m_window)->textFilter(), QStringLiteral("+33"));
    QVERIFY(filterBar(*m_window)->chip(QStringLiteral("voicemail"))->isChecked());
    QHeaderView *restored = rowTable(*m_window)->horizontalHeader();
    QTRY_VERIFY(restored->isSectionHidden(RowsTableModel::Attempts));
    QCOMPARE(restored->visualIndex(RowsTableModel::Phone), 0);
    QCOMPARE(restored->count(), columns);
    // The restored filters did not undo the restored sort.
    QCOMPARE(restored->sortIndicatorSection(), int(RowsTableModel::Phone));
    QCOMPARE(rowsProxy(*m_window)->sortColumn(), int(RowsTableModel::Phone));
    QCOMPARE(rowsProxy(*m_window)->sortOrder(), Qt::DescendingOrder);
    for (int i = 0; i < rowsProxy(*m_window)->rowCount(); ++i) {
        QCOMPARE(rowsProxy(*m_window)->index(i, 0).data(ResultWireRole).toString(),
                 QStringLiteral("voicemail"));
    }
}

void DashboardTest::campaignViewsBecomeTabs()
{
    REVOX_PREPARED(openCampaign());
    CampaignPage *page = campaignPage(*m_window);
    QTabWidget *views = page->views();
    // The charts first, then the insights: the tabs show and take the keyboard focus.
    QCOMPARE(views->count(), 4);
    QCOMPARE(views->tabText(0), QStringLiteral("Overview"));
    QCOMPARE(views->tabText(1), QStringLiteral("Outcomes"));
    QCOMPARE(views->tabText(2), QStringLiteral("Funnel"));
    QCOMPARE(views->tabText(3), QStringLiteral("When to call"));
    QVERIFY(views->widget(0)->isAncestorOf(
        m_window->findChild<QWidget *>(QStringLiteral("resultChart"))));
    QTRY_VERIFY(views->tabBar()->isVisible());
    QCOMPARE(views->tabBar()->focusPolicy(), Qt::TabFocus);
    // One more view still fits the same way.
    auto *extra = new QLabel(QStringLiteral("Another view"));
    QCOMPARE(page->addView(extra, QStringLiteral("Another")), 4);
    views->setCurrentWidget(extra);
    QTRY_VERIFY(extra->isVisible());
}

void DashboardTest::anOlderSavedChipShowsEveryRow()
{
    // "none" (no answered call) was a chip before the outcome states; a campaign saved with
    // it opens showing every row, as its chips say.
    RowsFilterState saved;
    saved.result = QStringLiteral("none");
    m_session->settings()->setFilters(m_campaignId, saved);
    REVOX_PREPARED(openCampaign());
    QCOMPARE(rowsProxy(*m_window)->resultFilter(), QStringLiteral("all"));
    QVERIFY(filterBar(*m_window)->chip(QStringLiteral("all"))->isChecked());
}

void DashboardTest::outcomesFilterTheRows()
{
    REVOX_PREPARED(openCampaign());
    CampaignPage *page = campaignPage(*m_window);
    OutcomesView *outcomes = page->insights()->outcomesView();
    page->views()->setCurrentWidget(outcomes);
    // A card per output field, with counts over every row.
    QTRY_VERIFY_WITH_TIMEOUT(!outcomes->facets().isEmpty(), 10000);
    // A copy: the view's facets are replaced as the rows refresh.
    std::optional<OutputFacet> boolean;
    for (const OutputFacet &f : outcomes->facets()) {
        if (f.type == OutputFieldType::Boolean && !boolean)
            boolean = f;
    }
    QVERIFY(boolean);
    QCOMPARE(qint64(boolean->rowsCounted), m_campaignRows);
    const FacetBucket yes = boolean->buckets.first();
    QCOMPARE(yes.condition.text, QStringLiteral("true"));
    QVERIFY(yes.count > 0);
    const int yesCount = yes.count;
    // Clicking "yes" shows those rows only, and the filter bar says so with a tag.
    QPushButton *button = outcomes->valueButton(yes.condition);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(rowsProxy(*m_window)->rowCount(), yesCount);
    QCOMPARE(rowsProxy(*m_window)->outputFilter(), QList<OutputCondition>{yes.condition});
    for (int i = 0; i < rowsProxy(*m_window)->rowCount(); ++i)
        QVERIFY(yes.condition.matches(visibleRow(i).structuredOutput()));
    QWidget *tags = filterBar(*m_window)->findChild<QWidget *>(QStringLiteral("outputConditions"));
    QVERIFY(tags && tags->isVisible());
    QTRY_VERIFY(outcomes->valueButton(yes.condition)->isChecked());
    // Combined with a chip: both hold.
    QTest::mouseClick(filterBar(*m_window)->chip(QStringLiteral("human")), Qt::LeftButton);
    QTRY_VERIFY(rowsProxy(*m_window)->rowCount() <= yesCount);
    for (int i = 0; i < rowsProxy(*m_window)->rowCount(); ++i) {
        QCOMPARE(outcomeDetailKey(visibleRow(i)), QStringLiteral("human"));
        QVERIFY(yes.condition.matches(visibleRow(i).structuredOutput()));
    }
    // Clicking the value again removes it; Clear filters removes everything.
    QTest::mouseClick(outcomes->valueButton(yes.condition), Qt::LeftButton);
    QTRY_VERIFY(rowsProxy(*m_window)->outputFilter().isEmpty());
    QVERIFY(!tags->isVisible());
    filterBar(*m_window)->clearFilters();
    QTRY_COMPARE(qint64(rowsProxy(*m_window)->rowCount()), m_campaignRows);
    // The chips add up to the rows: each row is in exactly one of them.
    FilterBar *bar = filterBar(*m_window);
    int sum = 0;
    for (const char *key : {"not_called", "in_progress", "human", "voicemail", "IVR", "unknown",
                            "ios-screening-filter", "not_reached", "skipped"})
        sum += std::max(0, bar->chipCount(QLatin1String(key)));
    QCOMPARE(qint64(sum), m_campaignRows);
    // The outcomes card has its summary and its data.
    QTRY_VERIFY2(outcomes->card()->summary().contains(boolean->field),
                 qPrintable(outcomes->card()->summary()));
    QVERIFY(outcomes->card()->dataText().contains(boolean->field + QStringLiteral("\t")));
}

void DashboardTest::funnelTimingAndEstimateFollowTheRows()
{
    CampaignSummary summary;
    QSignalSpy summaries(campaignPage(*m_window), &CampaignPage::summaryChanged);
    REVOX_PREPARED(openCampaign());
    CampaignPage *page = campaignPage(*m_window);
    // Once the rows are in, the page reports the campaign's figures (all-campaigns table).
    QTRY_VERIFY_WITH_TIMEOUT(!summaries.isEmpty(), 10000);
    summary = summaries.last().first().value<CampaignSummary>();
    QCOMPARE(summary.campaignId, m_campaignId);
    QCOMPARE(summary.funnel.rows, m_campaignRows);
    QVERIFY(summary.funnel.called >= summary.funnel.answered);
    QVERIFY(summary.funnel.answered >= summary.funnel.human);
    // The funnel tab shows the same counts, with the success field the campaign starts with.
    page->views()->setCurrentWidget(page->insights()->funnelView());
    // (Worked out on a worker thread: the figures arrive a moment later.)
    ChartCard *funnelCard = page->insights()->funnelView()->card();
    QTRY_VERIFY2(funnelCard->dataText().contains(QString::number(summary.funnel.human)),
                 qPrintable(funnelCard->dataText()));
    QVERIFY(!funnelCard->summary().isEmpty());
    QVERIFY(page->insights()->successCondition().has_value());
    // When to call: four charts, each with a summary and data to copy.
    page->views()->setCurrentWidget(page->insights()->timingView());
    const QList<ChartCard *> cards = page->insights()->timingView()->cards();
    QCOMPARE(cards.size(), 4);
    for (ChartCard *card : cards) {
        QTRY_VERIFY(card->dataText().count(QLatin1Char('\n')) >= 2);
        QVERIFY(!card->summary().isEmpty());
    }
    // Copy data puts the figures on the clipboard.
    cards.first()->copyData();
    QCOMPARE(QGuiApplication::clipboard()->text(), cards.first()->dataText());
    // The overview says when the campaign will finish (or why it cannot say).
    QTRY_VERIFY(overview(*m_window)->estimateText() != QStringLiteral("—"));
    if (qEnvironmentVariableIsSet("REVOX_SHOT")) {
        for (int tab = 0; tab < page->views()->count(); ++tab) {
            page->views()->setCurrentIndex(tab);
            // A tab's figures are worked out once it is shown: wait for every card's data.
            for (const ChartCard *card : page->views()->widget(tab)->findChildren<ChartCard *>())
                QTRY_VERIFY(card->dataText().count(QLatin1Char('\n')) >= 2);
            m_window->grab().save(qEnvironmentVariable("REVOX_SHOT") +
                                  QStringLiteral("-tab%1.png").arg(tab));
        }
    }
}

QTEST_MAIN(DashboardTest)
#include "tst_Dashboard.moc"
