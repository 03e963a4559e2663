// Tests the app's wiring: demo mode on an in-process simulator, switching to an API with a
// key (another simulator over loopback, as the settings dialog does), and back to demo data.
#include "CampaignListModel.h"
#include "DashboardSession.h"
#include "MainWindow.h"
#include "RevoxClient.h"
#include "SimulatorServer.h"
#include "StatusBanner.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace revox;

class SessionTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void switchesBetweenDemoAndApi();

private:
    QTemporaryDir m_settingsDir;
};

void SessionTest::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RevoxDeskSessionTest"));
}

void SessionTest::switchesBetweenDemoAndApi()
{
    DashboardSession session;
    DashboardSession::Options options;
    options.demo = true;
    options.demoSpeed = 0;
    options.demoRowsScale = 0.05;
    QString error;
    QVERIFY2(session.start(options, &error), qPrintable(error));
    QVERIFY(session.isDemo());
    MainWindow window(session.data());
    window.setDemoMode(session.isDemo());
    connect(&session, &DashboardSession::demoModeChanged, &window, &MainWindow::setDemoMode);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(session.data().campaigns->rowCount() > 0, 20000);
    QCOMPARE(window.demoBadgeText(), QStringLiteral("Demo data"));
    const QUrl demoUrl = session.baseUrl();
    QCOMPARE(demoUrl, session.simulator()->baseUrl());

    // "The API": another simulator that insists on a key and has a different world.
    sim::SimulatorServer api;
    sim::SimulatorOptions apiOptions;
    apiOptions.apiKey = QStringLiteral("sk-right");
    apiOptions.seed = 7;
    apiOptions.speed = 0;
    apiOptions.rowsScale = 0.05;
    QVERIFY2(api.start(apiOptions, &error), qPrintable(error));
    const QString apiCampaign = api.campaigns().first().id;

    QSignalSpy demoChanges(&session, &DashboardSession::demoModeChanged);
    QVERIFY2(session.reconnect(api.baseUrl(), QStringLiteral("sk-right"), &error),
             qPrintable(error));
    QVERIFY(!session.isDemo());
    QCOMPARE(demoChanges.count(), 1);
    QVERIFY(!session.simulator()); // the demo server is gone
    QCOMPARE(session.baseUrl(), api.baseUrl());
    QCOMPARE(window.demoBadgeText(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(session.data().campaigns->campaignById(apiCampaign) != nullptr, 20000);

    // A refused key: the window says so and keeps what it has.
    QVERIFY(session.reconnect(api.baseUrl(), QStringLiteral("sk-wrong"), &error));
    window.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(window.banner()->isVisible() &&
                                 window.banner()->text().contains(QStringLiteral("refused")),
                             30000);

    // No key: demo data again.
    QVERIFY2(session.reconnect(QUrl(), QString(), &error), qPrintable(error));
    QVERIFY(session.isDemo());
    QVERIFY(session.simulator() && session.simulator()->isRunning());
    QCOMPARE(window.demoBadgeText(), QStringLiteral("Demo data"));
    QTRY_VERIFY_WITH_TIMEOUT(session.data().campaigns->rowCount() > 0, 20000);
    QVERIFY(!session.data().campaigns->campaignById(apiCampaign) ||
            api.campaigns().first().id == session.simulator()->campaigns().first().id);
}

QTEST_MAIN(SessionTest)
#include "tst_Session.moc"
