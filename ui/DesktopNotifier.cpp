#include "DesktopNotifier.h"

#include <QApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QIcon>
#include <QSystemTrayIcon>

namespace revox {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
const QString kOpenAction = QStringLiteral("default");
} // namespace

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    if (m_bus.isConnected()) {
        m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                      SLOT(onActionInvoked(uint, QString)));
        m_bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                      SLOT(onNotificationClosed(uint, uint)));
    }
}

DesktopNotifier::Channel DesktopNotifier::channel() const
{
    if (m_bus.isConnected() && m_bus.interface()) {
        QDBusConnectionInterface *bus = m_bus.interface();
        if (bus->isServiceRegistered(kService).value() ||
            bus->activatableServiceNames().value().contains(kService)) {
            return Channel::DBus;
        }
    }
    if (qobject_cast<QApplication *>(QCoreApplication::instance()) &&
        QSystemTrayIcon::isSystemTrayAvailable()) {
        return Channel::Tray;
    }
    return Channel::None;
}

void DesktopNotifier::notify(const CampaignEvent &event)
{
    switch (channel()) {
    case Channel::DBus:
        notifyOverDBus(event);
        break;
    case Channel::Tray:
        notifyInTray(event);
        break;
    case Channel::None:
        break;
    }
}

void DesktopNotifier::notifyOverDBus(const CampaignEvent &event)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    const uint replaces = m_notificationOfCampaign.value(event.campaignId, 0);
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("com.getrevox.RevoxDesk"));
    hints.insert(QStringLiteral("category"), QStringLiteral("transfer"));
    hints.insert(QStringLiteral("urgency"),
                 QVariant::fromValue(uchar(event.kind == CampaignEvent::Kind::Failing ? 2 : 1)));
    const QStringList actions{kOpenAction, event.campaignId.isEmpty() ? tr("Open Revox Desk")
                                                                      : tr("Open the campaign")};
    call << QStringLiteral("Revox Desk") << replaces << QStringLiteral("revox-desk")
         << event.title() << event.detail << actions << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    const QString campaignId = event.campaignId;
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, campaignId](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusPendingReply<uint> reply = *w;
                if (reply.isError()) {
                    return;
                }
                m_campaignOfNotification.insert(reply.value(), campaignId);
                m_notificationOfCampaign.insert(campaignId, reply.value());
                emit shown(reply.value(), campaignId);
            });
}

void DesktopNotifier::notifyInTray(const CampaignEvent &event)
{
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/revox-desk.svg")), this);
        m_tray->setToolTip(QStringLiteral("Revox Desk"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { emit openRequested(m_trayCampaign); });
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this] { emit openRequested(m_trayCampaign); });
    }
    m_tray->show();
    m_trayCampaign = event.campaignId;
    m_tray->showMessage(event.title(), event.detail,
                        event.kind == CampaignEvent::Kind::Failing ? QSystemTrayIcon::Warning
                                                                   : QSystemTrayIcon::Information);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_campaignOfNotification.constFind(id);
    if (it == m_campaignOfNotification.constEnd() || action != kOpenAction) {
        return; // another application's notification, or an action we did not offer
    }
    emit openRequested(it.value());
}

void DesktopNotifier::onNotificationClosed(uint id, uint)
{
    const QString campaignId = m_campaignOfNotification.take(id);
    if (m_notificationOfCampaign.value(campaignId) == id) {
        m_notificationOfCampaign.remove(campaignId);
    }
}

} // namespace revox
