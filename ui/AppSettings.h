#pragma once

#include "CampaignEvent.h"
#include "Language.h"
#include "RowsFilterState.h"
#include "Theme.h"

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QUrl>

namespace revox {

// The app's stored preferences and window state (QSettings); never holds the API key.
class AppSettings
{
public:
    AppSettings();

    // Where the user chose to keep the API key.
    enum class KeyStorage { Keychain, SessionOnly, PrivateFile };

    QUrl baseUrl() const; // empty: the client's default (or REVOX_BASE_URL)
    void setBaseUrl(const QUrl &url);
    int refreshIntervalSeconds() const;
    void setRefreshIntervalSeconds(int seconds);
    // Network timeout (5..600 s, default 60): the longest wait for an answer or its next
    // bytes, and the base of each transfer's deadline (TransferDeadline).
    int networkTimeoutSeconds() const;
    void setNetworkTimeoutSeconds(int seconds);
    Theme::Choice theme() const;
    void setTheme(Theme::Choice theme);
    Language::Choice language() const; // takes effect at the next start
    void setLanguage(Language::Choice language);
    // Whether a desktop notification is shown for a kind of campaign event (all by default).
    bool notifies(CampaignEvent::Kind kind) const;
    void setNotifies(CampaignEvent::Kind kind, bool on);
    KeyStorage keyStorage() const;
    void setKeyStorage(KeyStorage storage);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowGeometry(const QByteArray &geometry, const QByteArray &state);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    // The call detail pane: whether the user wants it beside a chosen row, and its width
    // (0: none chosen yet).
    bool showsCallDetail() const;
    void setShowsCallDetail(bool on);
    int callDetailWidth() const;
    void setCallDetailWidth(int width);
    // The row table's header (column order, widths, hidden columns, sort) per campaign.
    QByteArray rowHeaderState(const QString &campaignId) const;
    void setRowHeaderState(const QString &campaignId, const QByteArray &state);

    QString lastCampaign() const;
    void setLastCampaign(const QString &id);
    RowsFilterState filters(const QString &campaignId) const;
    void setFilters(const QString &campaignId, const RowsFilterState &filters);
    // What counts as success in a campaign's funnel: a structured-output value the user
    // picked. Unset: never picked (the campaign's default applies); set to nullopt: "none".
    std::optional<std::optional<OutputCondition>> successCondition(const QString &campaignId) const;
    void setSuccessCondition(const QString &campaignId,
                             const std::optional<OutputCondition> &condition);

    void sync();

private:
    mutable QSettings m_settings;
};

} // namespace revox
