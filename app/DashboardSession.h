#pragma once

#include "MainWindow.h"
#include "RevoxClient.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace revox {

class ApiKeyStore;
class AppSettings;
class AsyncCampaignCache;
class CacheSync;
class CampaignStore;
class PollingLoop;
class RowStore;
class RevoxClient;
namespace sim {
class SimulatorServer;
}

// The app's wiring: one client, the stores (the campaigns and the open campaign's rows), the
// models over them and the watchers that write to them, and in demo mode an in-process
// simulator on loopback that the client talks to. Widgets get the stores, models and
// watchers and the settings (DashboardData).
class DashboardSession : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl baseUrl;      // empty: the client's default (REVOX_BASE_URL or the public API)
        QString apiKey;    // empty: demo mode
        bool demo = false; // demo even with a key
        int refreshSeconds = 5;
        int timeoutSeconds = 60;    // the client's timeout (ClientConfig::timeoutMs)
        double demoSpeed = 5.0;     // simulated seconds per real second in demo mode
        double demoRowsScale = 0.1; // demo campaign sizes (the largest 10,000 rows)
        quint64 demoSeed = 1;
        // Where the local cache lives; empty: the XDG data folder for an account, and no
        // cache at all in demo mode (the simulator's data is made afresh at every start).
        QString cacheDirectory;
        bool useCache = true;
    };

    explicit DashboardSession(QObject *parent = nullptr);
    ~DashboardSession() override;

    // Connects to the API, or starts the simulator for demo mode; then starts the watchers.
    bool start(const Options &options, QString *error = nullptr);
    // Switches to another API (or to demo data when apiKey is empty): models are cleared.
    bool reconnect(const QUrl &baseUrl, const QString &apiKey, QString *error = nullptr);

    DashboardData data() const;
    bool isDemo() const { return m_demo; }
    sim::SimulatorServer *simulator() const { return m_sim.get(); }
    ApiKeyStore *keyStore() const { return m_keys; }
    // The app's preferences and window state: the one settings object every widget is given.
    AppSettings *settings() const { return m_settings.get(); }
    // The local cache of the account in use; null when there is none (see Options).
    AsyncCampaignCache *cache() const { return m_cache; }
    // The one polling loop both watchers refresh on.
    PollingLoop *pollingLoop() const { return m_pollingLoop; }
    QUrl baseUrl() const;
    QString apiKey() const { return m_apiKey; }
    void setRefreshSeconds(int seconds);
    // The network timeout of the API's requests and of window's recording downloads (the
    // base of each transfer's deadline); window may be null.
    void setTimeoutSeconds(int seconds, MainWindow *window);
    // A campaign worth opening first in demo mode (running, a few hundred rows); empty if none.
    QString suggestedDemoCampaign() const;

    // Shows the settings dialog over window and applies what the user changed.
    void openSettings(MainWindow *window);

signals:
    void demoModeChanged(bool demo);
    // Another cache (or none) is in use: after start() and reconnect().
    void cacheChanged();

private:
    bool startDemoServer(QString *error);
    void restartWatchers();
    // Keeps the row store told whether the open campaign ended (its rows never called are
    // skipped then), from what the watcher and the campaign list say.
    void followCampaignEnd();
    // Opens the cache of the account config names (or none), and restores its campaigns.
    void openCache(const ClientConfig &config);

    std::unique_ptr<AppSettings> m_settings;
    Options m_options;
    QString m_apiKey;
    bool m_demo = false;
    bool m_keyFromEnvironment = false;
    QNetworkAccessManager *m_nam;
    RevoxClient *m_client = nullptr;
    CampaignStore *m_campaignStore;
    RowStore *m_rowStore;
    CampaignListModel *m_campaigns;
    RowsTableModel *m_rows;
    CampaignListWatcher *m_campaignsWatcher = nullptr;
    CampaignWatcher *m_rowsWatcher = nullptr;
    ApiKeyStore *m_keys;
    PollingLoop *m_pollingLoop;
    AsyncCampaignCache *m_cache = nullptr;
    CacheSync *m_cacheSync = nullptr;
    std::unique_ptr<sim::SimulatorServer> m_sim;
};

} // namespace revox
