// A server whose answers carry values of the wrong type, or whose rows pages repeat: the
// window keeps every row, tells the user once (a banner naming the kinds of problem), and
// the details open from it.
#include "CampaignWatcher.h"
#include "DashboardSession.h"
#include "DataProblemsDialog.h"
#include "MainWindow.h"
#include "RowsFilterProxy.h"
#include "RowsTableModel.h"
#include "SimulatorServer.h"
#include "StatusBanner.h"
#include "Theme.h"
#include "WindowParts.h"

#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace revox;
using namespace revox::testing;

class DataProblemsTest : public QObject
{
    Q_OBJECT
private slots:
    void wrongTypesAreShownOnceWithDetails();
    void aServerThatRepeatsItsPagesIsShownInTheBanner();
};

void DataProblemsTest::wrongTypesAreShownOnceWithDetails()
{
    QTemporaryDir settingsDir;
    if (qEnvironmentVariableIsSet("REVOX_SHOT_THEME"))
        Theme::apply(Theme::fromString(qEnvironmentVariable("REVOX_SHOT_THEME")));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RevoxDeskUiTest"));
    QCoreApplication::setApplicationName(QStringLiteral("revox-desk-problems-test"));

    DashboardSession session;
    DashboardSession::Options options;
    options.demo = true;
    options.demoSpeed = 0;
    options.demoRowsScale = 0.1;
    options.refreshSeconds = 1;
    QString error;
    QVERIFY2(session.start(options, &error), qPrintable(error));
    MainWindow window(session.data());
    window.setDemoMode(true);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString campaignId = session.suggestedDemoCampaign();
    window.selectCampaign(campaignId);
    QTRY_VERIFY_WITH_TIMEOUT(session.data().rowsWatcher->isFirstLoadDone(), 30000);
    const int rows = session.data().rows->rowCount();
    QVERIFY(rows > 0);
    QVERIFY(!banner(window)->text().contains(QStringLiteral("could not be read")));

    QVERIFY(session.simulator()->setFaults(QStringLiteral("wrong-types")));
    window.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(
        banner(window)->isVisible() &&
            banner(window)->text().contains(QStringLiteral("could not be read")),
        30000);
    QCOMPARE(session.data().rows->rowCount(), rows); // nothing lost
    const qsizetype kinds = session.data().rowsWatcher->problems().distinctCount();
    QVERIFY(kinds > 0);

    // Its action opens the list of problems, one line per kind.
    QTreeWidget *list = nullptr;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<DataProblemsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        list = dialog->findChild<QTreeWidget *>();
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), int(kinds));
        QVERIFY(list->topLevelItem(0)->text(0).contains(QStringLiteral("expected")));
        dialog->reject();
    });
    QPushButton *action = banner(window)->findChild<QPushButton *>();
    QVERIFY(action && action->isVisible());
    QTest::mouseClick(action, Qt::LeftButton);
    QVERIFY(list);

    // The rows read with problems are still on screen: the notice stays after the server heals.
    QVERIFY(session.simulator()->setFaults(QString()));
    window.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(session.data().rowsWatcher->lastRefreshCost().requests > 0, 10000);
    QVERIFY(banner(window)->text().contains(QStringLiteral("could not be read")));
    if (qEnvironmentVariableIsSet("REVOX_SHOT")) {
        QTRY_VERIFY(resultsCountEveryRow(window)); // recounted a moment after the rows
        window.grab().save(qEnvironmentVariable("REVOX_SHOT"));
    }
}

void DataProblemsTest::aServerThatRepeatsItsPagesIsShownInTheBanner()
{
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RevoxDeskUiTest"));
    QCoreApplication::setApplicationName(QStringLiteral("revox-desk-problems-test"));

    DashboardSession session;
    DashboardSession::Options options;
    options.demo = true;
    options.demoSpeed = 0;
    options.demoRowsScale = 0.1;
    options.refreshSeconds = 60;
    QString error;
    QVERIFY2(session.start(options, &error), qPrintable(error));
    const QString campaignId = session.suggestedDemoCampaign();
    // Every page of the campaign's rows answers the same rows, with a total of 1,000,000.
    QVERIFY(session.simulator()->setFaults(
        QStringLiteral("repeat-pages,path=/campaigns/%1/rows").arg(campaignId)));
    MainWindow window(session.data());
    window.setDemoMode(true);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectCampaign(campaignId);
    QTRY_VERIFY_WITH_TIMEOUT(session.data().rowsWatcher->isFirstLoadDone(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(banner(window)->isVisible(), 10000);
    QCOMPARE(session.data().rowsWatcher->problems().distinctCount(), 1);
    const QString kind = session.data().rowsWatcher->problems().entries().first().kind;
    QVERIFY2(kind.startsWith(QStringLiteral("rows: the server kept sending the same rows; ")) &&
                 kind.endsWith(QStringLiteral(" distinct rows of the 1,000,000 it announced")),
             qPrintable(kind));
    // The banner says what the server did, not that values could not be read.
    const QString text = banner(window)->text();
    QVERIFY2(text.startsWith(QStringLiteral("The server's pages of rows did not add up (the "
                                            "server kept sending the same rows; ")) &&
                 !text.contains(QStringLiteral("could not be read")),
             qPrintable(text));

    // The banner's details name what the server did.
    QString listed;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<DataProblemsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const QTreeWidget *list = dialog->findChild<QTreeWidget *>();
        QVERIFY(list && list->topLevelItemCount() == 1);
        listed = list->topLevelItem(0)->text(0);
        dialog->reject();
    });
    QPushButton *action = banner(window)->findChild<QPushButton *>();
    QVERIFY(action && action->isVisible());
    QTest::mouseClick(action, Qt::LeftButton);
    QVERIFY2(listed.contains(QStringLiteral("the server kept sending the same rows")),
             qPrintable(listed));
}

QTEST_MAIN(DataProblemsTest)
#include "tst_DataProblems.moc"
