// Tests the app's wiring: demo mode on an in-process simulator, switching to an API with a
// key (another simulator over loopback, as the settings dialog does), and back to demo data.
#include "BackgroundFigures.h"
#include "CampaignListModel.h"
#include "DashboardSession.h"
#include "MainWindow.h"
#include "RevoxClient.h"
#include "SimulatorServer.h"
#include "StatusBanner.h"
#include "WindowParts.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace revox;
using namespace revox::testing;

class SessionTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void switchesBetweenDemoAndApi();
    void refusesPlainHttpToRemoteHost();
    void stoppedBackgroundDownloadsStayStopped();

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
    QCOMPARE(demoBadgeText(window), QStringLiteral("Demo data"));
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
    QCOMPARE(demoBadgeText(window), QString());
    QTRY_VERIFY_WITH_TIMEOUT(session.data().campaigns->campaignById(apiCampaign) != nullptr, 20000);

    // A refused key: the window says so and keeps what it has.
    QVERIFY(session.reconnect(api.baseUrl(), QStringLiteral("sk-wrong"), &error));
    window.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(banner(window)->isVisible() &&
                                 banner(window)->text().contains(QStringLiteral("refused")),
                             30000);

    // No key: demo data again.
    QVERIFY2(session.reconnect(QUrl(), QString(), &error), qPrintable(error));
    QVERIFY(session.isDemo());
    QVERIFY(session.simulator() && session.simulator()->isRunning());
    QCOMPARE(demoBadgeText(window), QStringLiteral("Demo data"));
    QTRY_VERIFY_WITH_TIMEOUT(session.data().campaigns->rowCount() > 0, 20000);
    QVERIFY(!session.data().campaigns->campaignById(apiCampaign) ||
            api.campaigns().first().id == session.simulator()->campaigns().first().id);
}

void SessionTest::refusesPlainHttpToRemoteHost()
{
    // Starting with a key and http:// to a remote host: refused up front with the reason,
    // before any client or watcher exists, so nothing is sent.
    DashboardSession session;
    DashboardSession::Options options;
    options.apiKey = QStringLiteral("sk-secret");
    options.baseUrl = QUrl(QStringLiteral("http://api.example.com/api"));
    QString error;
    QVERIFY(!session.start(options, &error));
    QVERIFY2(error.contains(QStringLiteral("api.example.com")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("http")), qPrintable(error));
    QVERIFY(!error.contains(QStringLiteral("sk-secret")));
    QVERIFY(!session.data().campaignsWatcher);
    QVERIFY(!session.data().rowsWatcher);

    // The same URL over https is fine, as is http:// on loopback.
    const auto https =
        RevoxClient::checkBaseUrl(QUrl(QStringLiteral("https://api.example.com/api")));
    QVERIFY(!https.has_value());

    // Switching from demo data to such an address keeps the demo connection as it was.
    DashboardSession demo;
    DashboardSession::Options demoOptions;
    demoOptions.demo = true;
    demoOptions.demoSpeed = 0;
    demoOptions.demoRowsScale = 0.05;
    QVERIFY2(demo.start(demoOptions, &error), qPrintable(error));
    const QUrl before = demo.baseUrl();
    error.clear();
    QVERIFY(!demo.reconnect(QUrl(QStringLiteral("http://api.example.com/api")),
                            QStringLiteral("sk-secret"), &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be used")), qPrintable(error));
    QVERIFY(demo.isDemo());
    QCOMPARE(demo.baseUrl(), before);
    QVERIFY(demo.simulator() && demo.simulator()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(demo.data().campaigns->rowCount() > 0, 20000);
}

void SessionTest::stoppedBackgroundDownloadsStayStopped()
{
    DashboardSession session;
    DashboardSession::Options options;
    options.demo = true;
    options.demoSpeed = 0;
    options.demoRowsScale = 0.02;
    options.backgroundBudgetBytes = 1LL << 40;
    options.backgroundStartDelayMs = 0;
    QString error;
    QVERIFY2(session.start(options, &error), qPrintable(error));
    BackgroundFigures *figures = session.backgroundFigures();
    QVERIFY(figures);
    QTRY_COMPARE_WITH_TIMEOUT(figures->state(), BackgroundFigures::State::Working, 20000);

    // The user stops them, then connects again (the settings' OK): still stopped.
    figures->stop();
    QVERIFY2(session.reconnect(QUrl(), QString(), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(session.data().campaigns->rowCount() > 0, 20000);
    QCOMPARE(figures->state(), BackgroundFigures::State::Stopped);

    // Going on again, a reconnection keeps them going.
    figures->start();
    QVERIFY2(session.reconnect(QUrl(), QString(), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(figures->state() == BackgroundFigures::State::Working ||
                                 figures->state() == BackgroundFigures::State::Done,
                             20000);
}

QTEST_MAIN(SessionTest)
#include "tst_Session.moc"
