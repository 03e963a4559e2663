// How the window shares its width: the rows table has the room until a row is chosen, the
// call detail then opens at the width the user gave it last, and the user's choice to keep
// it closed is remembered across starts.
#include "CallDetailPane.h"
#include "CampaignListModel.h"
#include "CampaignWatcher.h"
#include "DashboardSession.h"
#include "MainWindow.h"
#include "RowTableView.h"
#include "WindowParts.h"

#include <QAction>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

using namespace revox;
using namespace revox::testing;

class LayoutTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tableHasTheRoomUntilARowIsChosen();

private:
    QTemporaryDir m_settingsDir;
};

void LayoutTest::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RevoxDeskUiTest"));
    QCoreApplication::setApplicationName(QStringLiteral("revox-desk-layout-test"));
}

static QAction *detailAction(MainWindow &window)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->isCheckable() && action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_D))
            return action;
    }
    return nullptr;
}

void LayoutTest::tableHasTheRoomUntilARowIsChosen()
{
    DashboardSession session;
    DashboardSession::Options options;
    options.demo = true;
    options.demoSpeed = 0;
    options.demoRowsScale = 0.02;
    QString error;
    QVERIFY2(session.start(options, &error), qPrintable(error));
    const QString campaignId = session.suggestedDemoCampaign();
    int chosenWidth = 0;
    {
        MainWindow window(session.data());
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectCampaign(campaignId);
        QTRY_VERIFY_WITH_TIMEOUT(session.data().rowsWatcher->isFirstLoadDone(), 30000);
        CallDetailPane *detail = detailPane(window);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        QVERIFY(!detail->isVisible()); // no row chosen: nothing to show beside the rows
        const int tableWidth = splitter->sizes().at(1);

        window.findChild<RowTableView *>()->selectNextRow();
        QTRY_VERIFY(detail->isVisible());
        QVERIFY(!detail->rowId().isEmpty());
        QVERIFY(splitter->sizes().at(1) < tableWidth);
        QVERIFY2(splitter->sizes().at(2) <= window.width() / 3,
                 qPrintable(QString::number(splitter->sizes().at(2))));
        // The user drags the pane wider; the next start opens it at that width.
        QList<int> sizes = splitter->sizes();
        sizes[1] -= 100;
        sizes[2] += 100;
        splitter->setSizes(sizes);
        emit splitter->splitterMoved(sizes[0] + sizes[1], 2);
        chosenWidth = splitter->sizes().at(2);

        // Closed by the user: it stays closed while rows are chosen.
        QAction *toggle = detailAction(window);
        QVERIFY(toggle && toggle->isChecked());
        toggle->trigger();
        QVERIFY(!detail->isVisible());
        window.findChild<RowTableView *>()->selectNextRow();
        QTRY_COMPARE(splitter->sizes().at(2), 0);
        QVERIFY(!detail->isVisible());
        toggle->trigger(); // and open again at the chosen width
        QTRY_VERIFY(detail->isVisible());
        QCOMPARE(splitter->sizes().at(2), chosenWidth);
        toggle->trigger();
    }
    {
        MainWindow window(session.data());
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *toggle = detailAction(window);
        QVERIFY(toggle && !toggle->isChecked()); // the choice outlived the window
        window.selectCampaign(campaignId);
        toggle->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(detailPane(window)->rowId().isEmpty(), 10000);
        window.findChild<RowTableView *>()->selectNextRow();
        QTRY_VERIFY_WITH_TIMEOUT(detailPane(window)->isVisible(), 10000);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QCOMPARE(splitter->sizes().at(2), chosenWidth);
    }
}

QTEST_MAIN(LayoutTest)
#include "tst_Layout.moc"
