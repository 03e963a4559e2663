#include "DashboardSession.h"

#include "AsyncCampaignCache.h"
#include "BackgroundFigures.h"
#include "CacheAccount.h"
#include "CacheSync.h"
#include "CampaignStore.h"
#include "PollingLoop.h"
#include "RowStore.h"

#include "ApiKeyStore.h"
#include "AppSettings.h"
#include "CampaignListModel.h"
#include "CampaignListWatcher.h"
#include "CampaignWatcher.h"
#include "RevoxClient.h"
#include "RowsTableModel.h"
#include "SettingsDialog.h"
#include "SimulatorServer.h"

#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStatusBar>

Q_LOGGING_CATEGORY(lcApp, "revox.app")

namespace revox {

namespace {
// The demo server accepts any non-empty key; this one never leaves the loopback interface.
const QString kDemoKey = QStringLiteral("demo-key");
} // namespace

DashboardSession::DashboardSession(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<AppSettings>())
    , m_nam(new QNetworkAccessManager(this))
    , m_campaignStore(new CampaignStore(this))
    , m_rowStore(new RowStore(this))
    , m_campaigns(new CampaignListModel(m_campaignStore, this))
    , m_rows(new RowsTableModel(m_rowStore, this))
    , m_keys(new ApiKeyStore(this))
    , m_pollingLoop(new PollingLoop(this))
{
}

DashboardSession::~DashboardSession()
{
    if (m_rowsWatcher) {
        m_rowsWatcher->stop();
    }
    if (m_campaignsWatcher) {
        m_campaignsWatcher->stop();
    }
    if (m_client) {
        m_client->cancelAll();
    }
    if (m_sim) {
        m_sim->stop();
    }
}

bool DashboardSession::startDemoServer(QString *error)
{
    if (m_sim && m_sim->isRunning()) {
        return true;
    }
    m_sim = std::make_unique<sim::SimulatorServer>();
    sim::SimulatorOptions options;
    options.seed = m_options.demoSeed;
    options.speed = m_options.demoSpeed;
    options.rowsScale = m_options.demoRowsScale;
    QString why;
    if (!m_sim->start(options, &why)) {
        if (error) {
            *error = tr("The demo server could not start: %1").arg(why);
        }
        m_sim.reset();
        return false;
    }
    qCInfo(lcApp) << "demo mode: simulator at" << m_sim->baseUrl().toString();
    return true;
}

bool DashboardSession::start(const Options &options, QString *error)
{
    if (!options.demo && !options.apiKey.isEmpty()) {
        // Checked before anything exists: a URL the client would refuse sends nothing.
        const QUrl url =
            options.baseUrl.isEmpty() ? ClientConfig::fromEnvironment().baseUrl : options.baseUrl;
        if (const auto problem = RevoxClient::checkBaseUrl(url)) {
            qCWarning(lcApp) << "base URL refused:" << *problem;
            if (error) {
                *error = tr("The API address %1 cannot be used: %2")
                             .arg(url.toDisplayString(QUrl::RemoveUserInfo), *problem);
            }
            return false;
        }
    }
    m_options = options;
    m_keyFromEnvironment = !qEnvironmentVariableIsEmpty("REVOX_API_KEY") &&
                           qEnvironmentVariable("REVOX_API_KEY") == options.apiKey;
    ClientConfig config = ClientConfig::fromEnvironment();
    config.timeoutMs = qMax(1, options.timeoutSeconds) * 1000;
    m_demo = options.demo || options.apiKey.isEmpty();
    if (m_demo) {
        if (!startDemoServer(error)) {
            return false;
        }
        config.baseUrl = m_sim->baseUrl();
        config.apiKey = kDemoKey;
        m_apiKey.clear();
    } else {
        if (!options.baseUrl.isEmpty()) {
            config.baseUrl = options.baseUrl;
        }
        config.apiKey = options.apiKey;
        m_apiKey = options.apiKey;
    }
    m_client = new RevoxClient(m_nam, config, this);
    m_campaignsWatcher = new CampaignListWatcher(m_client, m_campaignStore, this);
    m_rowsWatcher = new CampaignWatcher(m_client, m_rowStore, m_campaignStore, this);
    m_campaignsWatcher->setPollingLoop(m_pollingLoop);
    m_rowsWatcher->setPollingLoop(m_pollingLoop);
    m_backgroundFigures = new BackgroundFigures(m_client, m_campaignStore, this);
    m_backgroundFigures->setBudgetBytes(options.backgroundBudgetBytes);
    m_backgroundFigures->setStartDelayMs(options.backgroundStartDelayMs);
    followCampaignEnd();
    setRefreshSeconds(options.refreshSeconds);
    openCache(config);
    m_campaignsWatcher->start();
    m_backgroundFigures->start();
    return true;
}

bool DashboardSession::reconnect(const QUrl &baseUrl, const QString &apiKey, QString *error)
{
    const bool demo = apiKey.isEmpty();
    if (!demo) {
        const QUrl url = baseUrl.isEmpty() ? ClientConfig::fromEnvironment().baseUrl : baseUrl;
        if (const auto problem = RevoxClient::checkBaseUrl(url)) {
            qCWarning(lcApp) << "base URL refused:" << *problem;
            if (error) {
                *error = tr("The API address %1 cannot be used: %2")
                             .arg(url.toDisplayString(QUrl::RemoveUserInfo), *problem);
            }
            return false; // the current connection stays as it is
        }
    }
    ClientConfig config = m_client->config();
    if (demo) {
        if (!startDemoServer(error)) {
            return false;
        }
        config.baseUrl = m_sim->baseUrl();
        config.apiKey = kDemoKey;
    } else {
        config.baseUrl = baseUrl.isEmpty() ? ClientConfig::fromEnvironment().baseUrl : baseUrl;
        config.apiKey = apiKey;
    }
    m_options.baseUrl = baseUrl;
    m_apiKey = apiKey;
    // Background downloads the user stopped stay stopped on the new connection.
    const bool userStopped = m_backgroundFigures->isStopped();
    m_rowsWatcher->stop();
    m_campaignsWatcher->stop();
    m_backgroundFigures->stop();
    m_client->cancelAll();
    m_client->setConfig(config);
    m_rowsWatcher->setCampaignId(QString());
    m_rowStore->clear();
    m_campaignStore->setCampaigns({});
    if (!demo && m_sim) {
        m_sim->stop();
        m_sim.reset();
    }
    const bool changed = demo != m_demo;
    m_demo = demo;
    openCache(config);
    m_campaignsWatcher->start();
    if (!userStopped)
        m_backgroundFigures->start();
    if (changed) {
        emit demoModeChanged(m_demo);
    }
    return true;
}

void DashboardSession::followCampaignEnd()
{
    const auto update = [this] {
        // The open campaign as the watcher last read it, else as the list has it.
        const QString id = m_rowsWatcher->campaignId();
        std::optional<Campaign> campaign = m_rowsWatcher->campaign();
        if (campaign && campaign->id != id)
            campaign.reset();
        if (!campaign) {
            if (const Campaign *listed = m_campaignStore->campaignById(id))
                campaign = *listed;
        }
        // Rows a cancelled or completed campaign never called were skipped (as row_stats says).
        m_rowStore->setCampaignClosed(
            campaign && (campaign->isCancelled || campaign->status == CampaignStatus::Completed));
    };
    connect(m_rowsWatcher, &CampaignWatcher::campaignIdChanged, this, update);
    connect(m_rowsWatcher, &CampaignWatcher::campaignChanged, this, update);
    connect(m_campaignStore, &CampaignStore::campaignChanged, this, update);
    connect(m_campaignStore, &CampaignStore::campaignsInserted, this, update);
}

DashboardData DashboardSession::data() const
{
    return {m_campaigns,     m_campaignsWatcher, m_rows,           m_rowsWatcher,      m_cacheSync,
            m_campaignStore, m_rowStore,         m_settings.get(), m_backgroundFigures};
}

void DashboardSession::openCache(const ClientConfig &config)
{
    delete m_cacheSync;
    m_cacheSync = nullptr;
    delete m_cache;
    m_cache = nullptr;
    if (!m_options.useCache || (m_demo && m_options.cacheDirectory.isEmpty()))
        return;
    const QString directory = m_options.cacheDirectory.isEmpty() ? CacheAccount::defaultDirectory()
                                                                 : m_options.cacheDirectory;
    m_cache = new AsyncCampaignCache(this);
    // The simulator listens on a new port at every start: demo data has an account of its own.
    const CacheAccount account =
        m_demo ? CacheAccount(QUrl(QStringLiteral("http://simulator.invalid/api")), kDemoKey)
               : CacheAccount(config.baseUrl, config.apiKey);
    m_cacheSync = new CacheSync(m_cache, m_campaignsWatcher, m_campaignStore, m_rowsWatcher,
                                m_rowStore, this);
    m_cacheSync->openCache(account, directory); // CacheSync relays what opening says
    m_cacheSync->restoreCampaigns();
    emit cacheChanged();
}

QUrl DashboardSession::baseUrl() const
{
    return m_client ? m_client->config().baseUrl : QUrl();
}

void DashboardSession::setRefreshSeconds(int seconds)
{
    m_options.refreshSeconds = qMax(1, seconds);
    if (m_rowsWatcher) {
        m_rowsWatcher->setIntervalMs(m_options.refreshSeconds * 1000);
    }
    if (m_campaignsWatcher) {
        m_campaignsWatcher->setIntervalMs(qMax(5, m_options.refreshSeconds * 3) * 1000);
    }
}

void DashboardSession::setTimeoutSeconds(int seconds, MainWindow *window)
{
    m_options.timeoutSeconds = qMax(1, seconds);
    if (m_client) {
        ClientConfig config = m_client->config();
        config.timeoutMs = m_options.timeoutSeconds * 1000;
        m_client->setConfig(config);
    }
    if (window) {
        window->setRecordingTimeoutMs(m_options.timeoutSeconds * 1000);
    }
}

QString DashboardSession::suggestedDemoCampaign() const
{
    if (!m_sim) {
        return QString();
    }
    QString best;
    qint64 bestRows = 0;
    for (const sim::SimCampaignInfo &c : m_sim->campaigns()) {
        if (c.status != QLatin1String("running") || c.isCancelled) {
            continue;
        }
        // Prefer a campaign big enough to look alive and small enough to load at once.
        const qint64 score = c.rowCount >= 50 ? c.rowCount : c.rowCount + 1000000;
        if (best.isEmpty() || score < bestRows) {
            best = c.id;
            bestRows = score;
        }
    }
    return best;
}

void DashboardSession::openSettings(MainWindow *window)
{
    AppSettings &settings = *m_settings;
    SettingsDialog::Values values;
    values.apiKey = m_apiKey;
    values.apiKeyFromEnvironment = m_keyFromEnvironment;
    values.keychainAvailable = m_keys->keychainAvailable();
    values.keychainProblem = m_keys->keychainProblem();
    values.allowPrivateFile = settings.keyStorage() == AppSettings::KeyStorage::PrivateFile;
    values.baseUrl = settings.baseUrl();
    values.refreshSeconds = settings.refreshIntervalSeconds();
    values.backgroundBudgetMegabytes = settings.backgroundBudgetMegabytes();
    values.timeoutSeconds = settings.networkTimeoutSeconds();
    values.theme = settings.theme();
    values.language = settings.language();
    values.notifyFinished = settings.notifies(CampaignEvent::Kind::Finished);
    values.notifyPaused = settings.notifies(CampaignEvent::Kind::Paused);
    values.notifyFailing = settings.notifies(CampaignEvent::Kind::Failing);

    SettingsDialog dialog(values, window);
    if (m_cache) {
        const QPointer<AsyncCampaignCache> cache = m_cache;
        auto showSize = [cache, &dialog] {
            if (cache)
                cache->sizeBytes(&dialog, [&dialog](qint64 account, qint64 all) {
                    dialog.setCacheSize(account, all);
                });
        };
        showSize();
        connect(&dialog, &SettingsDialog::clearCacheRequested, &dialog, [cache, showSize] {
            if (cache) {
                cache->clear(AsyncCampaignCache::ClearScope::AllAccounts);
                showSize();
            }
        });
    }
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const SettingsDialog::Values chosen = dialog.values();
    settings.setBaseUrl(chosen.baseUrl);
    settings.setRefreshIntervalSeconds(chosen.refreshSeconds);
    settings.setBackgroundBudgetMegabytes(chosen.backgroundBudgetMegabytes);
    settings.setNetworkTimeoutSeconds(chosen.timeoutSeconds);
    settings.setTheme(chosen.theme);
    settings.setLanguage(chosen.language);
    settings.setNotifies(CampaignEvent::Kind::Finished, chosen.notifyFinished);
    settings.setNotifies(CampaignEvent::Kind::Paused, chosen.notifyPaused);
    settings.setNotifies(CampaignEvent::Kind::Failing, chosen.notifyFailing);
    settings.setKeyStorage(chosen.allowPrivateFile ? AppSettings::KeyStorage::PrivateFile
                                                   : AppSettings::KeyStorage::Keychain);
    settings.sync();
    Theme::apply(chosen.theme);
    setRefreshSeconds(chosen.refreshSeconds);
    m_backgroundFigures->setBudgetBytes(qint64(chosen.backgroundBudgetMegabytes) * 1024 * 1024);
    setTimeoutSeconds(chosen.timeoutSeconds, window);

    const bool keyChanged = dialog.apiKeyChanged();
    const bool urlChanged = chosen.baseUrl != values.baseUrl;
    if (keyChanged) {
        connect(
            m_keys, &ApiKeyStore::saved, window,
            [window](bool, const QString &message) {
                window->statusBar()->showMessage(message, 10000);
            },
            Qt::SingleShotConnection);
        m_keys->save(chosen.apiKey, chosen.allowPrivateFile);
    }
    if (keyChanged || (urlChanged && !m_demo)) {
        QString error;
        if (!reconnect(chosen.baseUrl, chosen.apiKey, &error)) {
            QMessageBox::warning(window, tr("Settings"), error);
        }
    }
}

} // namespace revox
