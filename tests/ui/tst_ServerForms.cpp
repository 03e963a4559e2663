// Every server form the API documents (rows paged with a total, paged without one, every
// row at once; campaigns with and without the newer row_stats and funnel_stats): the
// window opens every campaign and shows no data-problem warning, since nothing is wrong.
#include "CampaignListModel.h"
#include "CampaignWatcher.h"
#include "DashboardSession.h"
#include "MainWindow.h"
#include "RowsTableModel.h"
#include "SimulatorServer.h"
#include "StatusBanner.h"
#include "WindowParts.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace revox;
using namespace revox::testing;

class ServerFormsTest : public QObject
{
    Q_OBJECT
private slots:
    void documentedFormShowsNoWarning_data();
    void documentedFormShowsNoWarning();
};

void ServerFormsTest::documentedFormShowsNoWarning_data()
{
    QTest::addColumn<int>("paging");
    QTest::newRow("paged with total") << int(sim::SimRowsPaging::Paged);
    QTest::newRow("paged without total") << int(sim::SimRowsPaging::PagedNoTotal);
    QTest::newRow("every row at once") << int(sim::SimRowsPaging::Unpaged);
}

void ServerFormsTest::documentedFormShowsNoWarning()
{
    QFETCH(int, paging);
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RevoxDeskUiTest"));
    QCoreApplication::setApplicationName(QStringLiteral("revox-desk-forms-test"));

    sim::SimulatorServer server;
    sim::SimulatorOptions simOptions;
    simOptions.speed = 0;
    simOptions.rowsScale = 0.02;
    simOptions.apiKey = QStringLiteral("forms-test-key");
    simOptions.rowsPaging = sim::SimRowsPaging(paging);
    QString error;
    QVERIFY2(server.start(simOptions, &error), qPrintable(error));

    DashboardSession session;
    DashboardSession::Options options;
    options.baseUrl = server.baseUrl();
    options.apiKey = simOptions.apiKey;
    options.refreshSeconds = 1;
    options.useCache = false;
    QVERIFY2(session.start(options, &error), qPrintable(error));
    MainWindow window(session.data());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(session.data().campaigns->rowCount() > 0, 20000);

    CampaignWatcher *watcher = session.data().rowsWatcher;
    const QList<sim::SimCampaignInfo> campaigns = server.campaigns();
    QVERIFY(campaigns.size() > 1);
    for (const sim::SimCampaignInfo &c : campaigns) {
        window.selectCampaign(c.id);
        QTRY_VERIFY_WITH_TIMEOUT(watcher->campaignId() == c.id && watcher->isFirstLoadDone(),
                                 30000);
        QCOMPARE(session.data().rows->rowCount(), int(c.rowCount));
        // A refresh after the first load reads the same forms again.
        QSignalSpy refreshed(watcher, &CampaignWatcher::refreshed);
        window.refreshNow();
        QVERIFY(refreshed.wait(20000));
        QVERIFY2(watcher->problems().distinctCount() == 0,
                 qPrintable(c.name + QStringLiteral(": ") +
                            watcher->problems().entries().value(0).kind));
        QVERIFY2(!banner(window)->text().contains(QStringLiteral("could not be read")),
                 qPrintable(banner(window)->text()));
    }
}

QTEST_MAIN(ServerFormsTest)
#include "tst_ServerForms.moc"
