#include "AppSettings.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace revox {

namespace {

// A campaign's setting in a group ("filters", "headers", "success"). Campaign ids are
// opaque API text: hashed into a safe settings key.
QString campaignKey(QLatin1StringView group, const QString &campaignId)
{
    return group + QLatin1Char('/') +
           QString::fromLatin1(
               QCryptographicHash::hash(campaignId.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

AppSettings::AppSettings() = default;

QUrl AppSettings::baseUrl() const
{
    return QUrl(m_settings.value(QStringLiteral("api/baseUrl")).toString());
}

void AppSettings::setBaseUrl(const QUrl &url)
{
    if (url.isEmpty()) {
        m_settings.remove(QStringLiteral("api/baseUrl"));
    } else {
        m_settings.setValue(QStringLiteral("api/baseUrl"), url.toString());
    }
}

int AppSettings::refreshIntervalSeconds() const
{
    return qBound(1, m_settings.value(QStringLiteral("api/refreshSeconds"), 5).toInt(), 3600);
}

void AppSettings::setRefreshIntervalSeconds(int seconds)
{
    m_settings.setValue(QStringLiteral("api/refreshSeconds"), qBound(1, seconds, 3600));
}

int AppSettings::networkTimeoutSeconds() const
{
    return qBound(5, m_settings.value(QStringLiteral("api/timeoutSeconds"), 60).toInt(), 600);
}

void AppSettings::setNetworkTimeoutSeconds(int seconds)
{
    m_settings.setValue(QStringLiteral("api/timeoutSeconds"), qBound(5, seconds, 600));
}

Theme::Choice AppSettings::theme() const
{
    return Theme::fromString(m_settings.value(QStringLiteral("ui/theme")).toString());
}

void AppSettings::setTheme(Theme::Choice theme)
{
    m_settings.setValue(QStringLiteral("ui/theme"), Theme::toString(theme));
}

Language::Choice AppSettings::language() const
{
    return Language::fromString(m_settings.value(QStringLiteral("ui/language")).toString());
}

void AppSettings::setLanguage(Language::Choice language)
{
    m_settings.setValue(QStringLiteral("ui/language"), Language::toString(language));
}

bool AppSettings::notifies(CampaignEvent::Kind kind) const
{
    return m_settings.value(QStringLiteral("notifications/") + CampaignEvent::kindKey(kind), true)
        .toBool();
}

void AppSettings::setNotifies(CampaignEvent::Kind kind, bool on)
{
    m_settings.setValue(QStringLiteral("notifications/") + CampaignEvent::kindKey(kind), on);
}

AppSettings::KeyStorage AppSettings::keyStorage() const
{
    const QString v = m_settings.value(QStringLiteral("api/keyStorage")).toString();
    if (v == QLatin1String("session")) {
        return KeyStorage::SessionOnly;
    }
    if (v == QLatin1String("file")) {
        return KeyStorage::PrivateFile;
    }
    return KeyStorage::Keychain;
}

void AppSettings::setKeyStorage(KeyStorage storage)
{
    QString v = QStringLiteral("keychain");
    if (storage == KeyStorage::SessionOnly) {
        v = QStringLiteral("session");
    } else if (storage == KeyStorage::PrivateFile) {
        v = QStringLiteral("file");
    }
    m_settings.setValue(QStringLiteral("api/keyStorage"), v);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
    m_settings.setValue(QStringLiteral("window/state"), state);
}

QByteArray AppSettings::splitterState(const QString &name) const
{
    return m_settings.value(QStringLiteral("window/splitter-") + name).toByteArray();
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/splitter-") + name, state);
}

QByteArray AppSettings::rowHeaderState(const QString &campaignId) const
{
    return m_settings.value(campaignKey(QLatin1StringView("headers"), campaignId)).toByteArray();
}

void AppSettings::setRowHeaderState(const QString &campaignId, const QByteArray &state)
{
    m_settings.setValue(campaignKey(QLatin1StringView("headers"), campaignId), state);
}

bool AppSettings::showsCallDetail() const
{
    return m_settings.value(QStringLiteral("window/callDetailShown"), true).toBool();
}

void AppSettings::setShowsCallDetail(bool on)
{
    m_settings.setValue(QStringLiteral("window/callDetailShown"), on);
}

int AppSettings::callDetailWidth() const
{
    return m_settings.value(QStringLiteral("window/callDetailWidth"), 0).toInt();
}

void AppSettings::setCallDetailWidth(int width)
{
    m_settings.setValue(QStringLiteral("window/callDetailWidth"), width);
}

QString AppSettings::lastCampaign() const
{
    return m_settings.value(QStringLiteral("rows/lastCampaign")).toString();
}

void AppSettings::setLastCampaign(const QString &id)
{
    m_settings.setValue(QStringLiteral("rows/lastCampaign"), id);
}

RowsFilterState AppSettings::filters(const QString &campaignId) const
{
    const QByteArray json =
        m_settings.value(campaignKey(QLatin1StringView("filters"), campaignId)).toByteArray();
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.isObject() ? RowsFilterState::fromJson(doc.object()) : RowsFilterState{};
}

void AppSettings::setFilters(const QString &campaignId, const RowsFilterState &filters)
{
    m_settings.setValue(campaignKey(QLatin1StringView("filters"), campaignId),
                        QJsonDocument(filters.toJson()).toJson(QJsonDocument::Compact));
}

std::optional<std::optional<OutputCondition>>
AppSettings::successCondition(const QString &campaignId) const
{
    const QString key = campaignKey(QLatin1StringView("success"), campaignId);
    if (!m_settings.contains(key))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(m_settings.value(key).toByteArray());
    return std::optional<OutputCondition>(OutputCondition::fromJson(doc.object()));
}

void AppSettings::setSuccessCondition(const QString &campaignId,
                                      const std::optional<OutputCondition> &condition)
{
    const QString key = campaignKey(QLatin1StringView("success"), campaignId);
    m_settings.setValue(key, QJsonDocument(condition ? condition->toJson() : QJsonObject())
                                 .toJson(QJsonDocument::Compact));
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace revox
