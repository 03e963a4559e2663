// Campaign events become freedesktop notifications on a real D-Bus session bus started for
// the test, received by a small notification server registered on it: which events notify,
// that none fire on the first load or while a campaign flaps, the settings per kind, and
// that clicking a notification asks to open its campaign.
#include "AppSettings.h"
#include "CampaignEventDetector.h"
#include "CampaignListModel.h"
#include "CampaignListWatcher.h"
#include "CampaignNotifications.h"
#include "CampaignStore.h"
#include "DesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace revox;

// What a notification server received in one Notify call.
struct ReceivedNotification
{
    uint replacesId = 0;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
};

// A notification server on the test's bus: records Notify calls, answers with ids.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QList<ReceivedNotification> received;

public slots:
    uint Notify(const QString &, uint replacesId, const QString &, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int)
    {
        received.append({replacesId, summary, body, actions, hints});
        emit notifyCalled();
        return replacesId != 0 ? replacesId : uint(100 + received.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }

signals:
    void notifyCalled();
};

namespace {

Campaign campaign(const QString &id, const QString &status, qint64 completed, qint64 failed)
{
    Campaign c;
    c.id = id;
    c.name = QStringLiteral("Campaign ") + id;
    c.status = ApiEnum<CampaignStatus>::fromText(status);
    RowStats stats;
    stats.completed = completed;
    stats.failed = failed;
    stats.total = 1000;
    c.rowStats = stats;
    return c;
}

} // namespace

class NotificationsTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void firstLoadNotifiesNothing();
    void finishedAndPausedNotifyOnce();
    void flappingCampaignNotifiesOnce();
    void failingCallsNotifyAboveThreshold();
    void apiFailingNotifiesAfterThreeErrorsInARow();
    void settingsTurnAKindOff();
    void clickingOpensTheCampaign();
    void laterNotificationReplacesTheCampaignsLast();

private:
    void refresh(const QList<Campaign> &campaigns);
    QString m_busAddress;
    QProcess m_busDaemon;
    QTemporaryDir m_settingsDir;
    FakeNotificationServer *m_server = nullptr;
    CampaignStore *m_store = nullptr;
    CampaignListModel *m_model = nullptr;
    CampaignListWatcher *m_watcher = nullptr;
    std::unique_ptr<AppSettings> m_settings; // the app's one settings object
    CampaignNotifications *m_notifications = nullptr;
};

void NotificationsTest::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RevoxDeskNotifyTest"));

    m_busDaemon.start(QStringLiteral("dbus-daemon"),
                      {QStringLiteral("--session"), QStringLiteral("--nofork"),
                       QStringLiteral("--print-address")});
    QVERIFY2(m_busDaemon.waitForStarted(), "dbus-daemon is needed (scripts/install-deps.sh)");
    QTRY_VERIFY(m_busDaemon.canReadLine());
    m_busAddress = QString::fromUtf8(m_busDaemon.readLine()).trimmed();
    QVERIFY(!m_busAddress.isEmpty());

    QDBusConnection server =
        QDBusConnection::connectToBus(m_busAddress, QStringLiteral("notification-server"));
    QVERIFY2(server.isConnected(), qPrintable(server.lastError().message()));
    m_server = new FakeNotificationServer;
    QVERIFY(server.registerObject(QStringLiteral("/org/freedesktop/Notifications"), m_server,
                                  QDBusConnection::ExportAllSlots));
    QVERIFY(server.registerService(QStringLiteral("org.freedesktop.Notifications")));
}

void NotificationsTest::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(QStringLiteral("notification-server"));
    QDBusConnection::disconnectFromBus(QStringLiteral("app"));
    delete m_server;
    m_busDaemon.terminate();
    m_busDaemon.waitForFinished();
}

void NotificationsTest::init()
{
    QSettings().clear();
    m_server->received.clear();
    m_store = new CampaignStore(this);
    m_model = new CampaignListModel(m_store, this);
    m_watcher = new CampaignListWatcher(nullptr, m_store, this); // never started: the test
                                                                 // feeds the store
    QDBusConnection app = QDBusConnection::connectToBus(m_busAddress, QStringLiteral("app"));
    QVERIFY(app.isConnected());
    m_settings = std::make_unique<AppSettings>();
    m_notifications = new CampaignNotifications(m_model, m_watcher, m_settings.get(), app, this);
    QCOMPARE(m_notifications->notifier()->channel(), DesktopNotifier::Channel::DBus);
}

void NotificationsTest::cleanup()
{
    delete m_notifications;
    delete m_watcher;
    delete m_model;
    delete m_store;
}

void NotificationsTest::refresh(const QList<Campaign> &campaigns)
{
    m_store->setCampaigns(campaigns);
    emit m_watcher->refreshed();
}

void NotificationsTest::firstLoadNotifiesNothing()
{
    QSignalSpy notified(m_notifications, &CampaignNotifications::notified);
    refresh({campaign(QStringLiteral("a"), QStringLiteral("completed"), 900, 100),
             campaign(QStringLiteral("b"), QStringLiteral("paused"), 10, 90)});
    refresh({campaign(QStringLiteral("a"), QStringLiteral("completed"), 900, 100),
             campaign(QStringLiteral("b"), QStringLiteral("paused"), 10, 90),
             campaign(QStringLiteral("c"), QStringLiteral("completed"), 5, 0)});
    QCOMPARE(notified.count(), 0);
}

void NotificationsTest::finishedAndPausedNotifyOnce()
{
    QSignalSpy notifyCalls(m_server, &FakeNotificationServer::notifyCalled);
    refresh({campaign(QStringLiteral("a"), QStringLiteral("running"), 10, 0),
             campaign(QStringLiteral("b"), QStringLiteral("running"), 10, 0)});
    refresh({campaign(QStringLiteral("a"), QStringLiteral("completed"), 15, 1),
             campaign(QStringLiteral("b"), QStringLiteral("paused"), 10, 0)});
    refresh({campaign(QStringLiteral("a"), QStringLiteral("completed"), 15, 1),
             campaign(QStringLiteral("b"), QStringLiteral("paused"), 10, 0)});
    QTRY_COMPARE(notifyCalls.count(), 2);
    QCOMPARE(m_server->received.at(0).summary, QStringLiteral("Campaign finished: Campaign a"));
    QCOMPARE(m_server->received.at(0).body, QStringLiteral("Rows completed: 15; failed: 1."));
    QCOMPARE(m_server->received.at(1).summary, QStringLiteral("Campaign paused: Campaign b"));
    QCOMPARE(m_server->received.at(0).actions.value(0), QStringLiteral("default"));
    QCOMPARE(m_server->received.at(0).hints.value(QStringLiteral("desktop-entry")).toString(),
             QStringLiteral("com.getrevox.RevoxDesk"));
    // The third refresh changed nothing: one more event afterwards is the third call.
    refresh({campaign(QStringLiteral("a"), QStringLiteral("completed"), 15, 1),
             campaign(QStringLiteral("b"), QStringLiteral("completed"), 10, 0)});
    QTRY_COMPARE(notifyCalls.count(), 3);
    QCOMPARE(m_server->received.at(2).summary, QStringLiteral("Campaign finished: Campaign b"));
}

void NotificationsTest::flappingCampaignNotifiesOnce()
{
    QSignalSpy notified(m_notifications, &CampaignNotifications::notified);
    const QString a = QStringLiteral("a");
    refresh({campaign(a, QStringLiteral("running"), 10, 0)});
    for (int i = 0; i < 5; ++i) {
        refresh({campaign(a, QStringLiteral("paused"), 10, 0)});
        refresh({campaign(a, QStringLiteral("running"), 10, 0)});
    }
    QCOMPARE(notified.count(), 1);
    // Running steadily re-arms it: the next pause is a new event.
    for (int i = 0; i < CampaignEventDetector::kRearmRefreshes; ++i) {
        refresh({campaign(a, QStringLiteral("running"), 10, 0)});
    }
    refresh({campaign(a, QStringLiteral("paused"), 10, 0)});
    QCOMPARE(notified.count(), 2);
}

void NotificationsTest::failingCallsNotifyAboveThreshold()
{
    QSignalSpy notified(m_notifications, &CampaignNotifications::notified);
    const QString a = QStringLiteral("a");
    refresh({campaign(a, QStringLiteral("running"), 0, 0)});
    refresh({campaign(a, QStringLiteral("running"), 11, 9)}); // 9 of 20 failed: below half
    QCOMPARE(notified.count(), 0);
    refresh({campaign(a, QStringLiteral("running"), 21, 19)}); // 10 of 20: at the threshold
    QCOMPARE(notified.count(), 1);
    const auto event = notified.at(0).at(0).value<CampaignEvent>();
    QCOMPARE(event.kind, CampaignEvent::Kind::Failing);
    QCOMPARE(event.detail, QStringLiteral("10 of the last 20 calls failed."));
    refresh({campaign(a, QStringLiteral("running"), 21, 39)}); // still failing: no storm
    QCOMPARE(notified.count(), 1);
    refresh({campaign(a, QStringLiteral("running"), 41, 39)}); // a healthy window re-arms
    refresh({campaign(a, QStringLiteral("running"), 41, 59)});
    QCOMPARE(notified.count(), 2);
}

void NotificationsTest::apiFailingNotifiesAfterThreeErrorsInARow()
{
    QSignalSpy notified(m_notifications, &CampaignNotifications::notified);
    refresh({campaign(QStringLiteral("a"), QStringLiteral("running"), 0, 0)});
    ApiError error;
    error.kind = ApiErrorKind::Network;
    error.message = QStringLiteral("connection refused");
    emit m_watcher->lastErrorChanged(error);
    emit m_watcher->lastErrorChanged(error);
    QCOMPARE(notified.count(), 0);
    emit m_watcher->lastErrorChanged(error);
    emit m_watcher->lastErrorChanged(error);
    QCOMPARE(notified.count(), 1);
    const auto event = notified.at(0).at(0).value<CampaignEvent>();
    QCOMPARE(event.title(), QStringLiteral("The Revox API is failing"));
    refresh({campaign(QStringLiteral("a"), QStringLiteral("running"), 0, 0)}); // recovered
    for (int i = 0; i < CampaignEventDetector::kApiFailuresInARow; ++i) {
        emit m_watcher->lastErrorChanged(error);
    }
    QCOMPARE(notified.count(), 2);
}

void NotificationsTest::settingsTurnAKindOff()
{
    m_settings->setNotifies(CampaignEvent::Kind::Finished, false);
    QSignalSpy notified(m_notifications, &CampaignNotifications::notified);
    refresh({campaign(QStringLiteral("a"), QStringLiteral("running"), 0, 0),
             campaign(QStringLiteral("b"), QStringLiteral("running"), 0, 0)});
    refresh({campaign(QStringLiteral("a"), QStringLiteral("completed"), 5, 0),
             campaign(QStringLiteral("b"), QStringLiteral("paused"), 0, 0)});
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified.at(0).at(0).value<CampaignEvent>().kind, CampaignEvent::Kind::Paused);
}

void NotificationsTest::clickingOpensTheCampaign()
{
    QSignalSpy open(m_notifications, &CampaignNotifications::openRequested);
    QSignalSpy shown(m_notifications->notifier(), &DesktopNotifier::shown);
    refresh({campaign(QStringLiteral("a"), QStringLiteral("running"), 0, 0)});
    refresh({campaign(QStringLiteral("a"), QStringLiteral("completed"), 5, 0)});
    QTRY_COMPARE(shown.count(), 1);
    const uint id = shown.at(0).at(0).toUInt();
    QCOMPARE(shown.at(0).at(1).toString(), QStringLiteral("a"));
    QDBusMessage unrelated = QDBusMessage::createSignal(
        QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
    unrelated << uint(7) << QStringLiteral("default"); // another application's notification
    QDBusConnection server(QStringLiteral("notification-server"));
    QVERIFY(server.send(unrelated));
    QDBusMessage click = QDBusMessage::createSignal(
        QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
    click << id << QStringLiteral("default");
    QVERIFY(server.send(click));
    QTRY_COMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("a"));
}

void NotificationsTest::laterNotificationReplacesTheCampaignsLast()
{
    QSignalSpy notifyCalls(m_server, &FakeNotificationServer::notifyCalled);
    QSignalSpy shown(m_notifications->notifier(), &DesktopNotifier::shown);
    const QString a = QStringLiteral("a");
    refresh({campaign(a, QStringLiteral("running"), 0, 0)});
    refresh({campaign(a, QStringLiteral("paused"), 0, 0)});
    QTRY_COMPARE(shown.count(), 1);
    refresh({campaign(a, QStringLiteral("completed"), 5, 0)});
    QTRY_COMPARE(notifyCalls.count(), 2);
    QCOMPARE(m_server->received.at(0).replacesId, 0u);
    QCOMPARE(m_server->received.at(1).replacesId, shown.at(0).at(0).toUInt());
}

QTEST_MAIN(NotificationsTest)
#include "tst_Notifications.moc"
