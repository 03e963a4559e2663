#pragma once

#include "ApiError.h"
#include "Campaign.h"
#include "Row.h"
#include "SyncState.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <optional>

namespace revox {

class ApiRequest;
class CampaignListModel;
class RevoxClient;
class RowsTableModel;

// Keeps one open campaign and its rows current: a first load of every page, then cheap
// polls that fetch what can have changed, merged by id into a RowsTableModel.
//
// For the UI: construct with the client and the rows model (and optionally the campaign
// list model, which then receives each fetched campaign), call setCampaignId() then start();
// refreshNow() for F5. Show state() (stateChanged), lastError() (lastErrorChanged),
// lastSuccessAt(), the first load's loadingProgress(loaded, total), and campaign()
// (campaignChanged). On errors the models keep the last good data and the watcher retries
// with exponential back-off. Models never reset on refresh, so selection and scroll stay.
class CampaignWatcher : public QObject
{
    Q_OBJECT
public:
    // How a refresh after the first load fetches rows (see CampaignWatcher.cpp).
    enum class Strategy {
        ActiveRows, // campaign + rows with an active call status + new rows + GET /call/{id}
        FullPages,  // every page, every time (the server ignored the statuses filter)
    };
    Q_ENUM(Strategy)

    CampaignWatcher(RevoxClient *client, RowsTableModel *rows,
                    CampaignListModel *campaigns = nullptr, QObject *parent = nullptr);
    ~CampaignWatcher() override;

    // Switches to another campaign: clears the rows model and starts over (if running).
    void setCampaignId(const QString &campaignId);
    QString campaignId() const { return m_campaignId; }

    void start();
    void stop();
    // Refreshes now (or right after the refresh in flight ends); requests never stack.
    void refreshNow();

    // Delay between the end of one refresh and the next, for live (running) campaigns;
    // default 3 s. Completed, paused, draft or cancelled campaigns poll at slowIntervalMs
    // (default 30 s).
    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }
    void setSlowIntervalMs(int ms);
    int slowIntervalMs() const { return m_slowIntervalMs; }
    // Page size of row requests (default 100) and pages in flight during a load (default 3).
    void setPageSize(int rows);
    void setMaxPagesInFlight(int pages);
    // Back-off after errors: starts at intervalMs, doubles per failure, capped here (60 s).
    void setMaxBackoffMs(int ms);
    // With the ActiveRows strategy, every Nth refresh of a live campaign re-reads every
    // page (default 20; 0 never): it catches rows that went through a whole call between
    // two polls without ever being seen active.
    void setFullSweepEvery(int refreshes);
    // Rows merged from a reply the parser had problems with (a field of the wrong type, ...)
    // may differ from the server: the next refresh re-reads every page, and goes on doing so
    // until a full listing parses cleanly.
    bool isSweepPending() const { return m_sweepPending; }

    SyncState state() const { return m_state; }
    ApiError lastError() const { return m_lastError; }
    QDateTime lastSuccessAt() const { return m_lastSuccessAt; }
    std::optional<Campaign> campaign() const { return m_campaign; }
    Strategy strategy() const { return m_strategy; }
    qint64 rowsLoaded() const { return m_loadedCount; }
    qint64 rowsTotal() const { return m_loadTotal; }
    bool isFirstLoadDone() const { return m_firstLoadDone; }
    // Milliseconds until the next scheduled refresh; -1 when none is scheduled.
    int msUntilNextRefresh() const;

signals:
    void stateChanged(revox::SyncState state);
    void lastErrorChanged(const revox::ApiError &error);
    void campaignChanged(const revox::Campaign &campaign);
    // First load: rows merged so far of total (total 0 while unknown).
    void loadingProgress(qint64 loaded, qint64 total);
    // A refresh (the first load included) completed and was merged.
    void refreshed();
    void strategyChanged(revox::CampaignWatcher::Strategy strategy);

private:
    struct PageLoad; // one paged listing in progress (see CampaignWatcher.cpp)
    enum class LoadPurpose { FirstLoad, ActiveRows, Frontier, Sweep, NewRows };

    void beginRefresh();
    void fetchCampaign(quint64 generation);
    void onCampaign(const Campaign &campaign, quint64 generation);
    void fetchRowsAfterCampaign(quint64 generation);
    void startPagedLoad(LoadPurpose purpose, qint64 firstPage, quint64 generation);
    void requestPage(qint64 page, quint64 generation);
    void onPage(qint64 page, const RowsPage &rows, quint64 generation);
    void requestMorePages(quint64 generation);
    void flushPages();
    void switchToFullPages();
    void finishPagedLoad(quint64 generation);
    void refetchLeftRows(quint64 generation);
    void onCallRefetched(const QString &rowId, const Call &call);
    void fetchFrontier(quint64 generation);
    void checkForNewRows(quint64 generation);
    void finishRefresh();
    void fail(const ApiError &error);
    void scheduleNext(int ms);
    int normalIntervalMs() const;
    void setState(SyncState state);
    void cancelInFlight();
    void rememberActiveRows();
    static QStringList activeStatusFilter();

    QPointer<RevoxClient> m_client;
    QPointer<RowsTableModel> m_rows;
    QPointer<CampaignListModel> m_campaigns;
    QString m_campaignId;
    std::optional<Campaign> m_campaign;
    std::optional<Campaign> m_previousCampaign; // at the last successful refresh
    QTimer m_timer;
    QList<QPointer<ApiRequest>> m_inFlight;
    std::unique_ptr<PageLoad> m_load;
    QThreadPool m_digestPool;     // low priority: the GUI thread comes first during a load
    QSet<QString> m_activeRowIds; // rows whose call was active at the last refresh
    QStringList m_rowsToRefetch;  // rows that left the active set, by row id
    int m_refetchesInFlight = 0;
    bool m_sweepPending = false;    // rows were merged from a reply with parse problems
    bool m_campaignPending = false; // first load: campaign reply outstanding
    bool m_running = false;
    bool m_busy = false;
    bool m_refreshQueued = false;
    bool m_firstLoadDone = false;
    quint64 m_generation = 0; // bumped on campaign switch / stop / failure
    int m_intervalMs = 3000;
    int m_slowIntervalMs = 30000;
    int m_maxBackoffMs = 60000;
    int m_pageSize = 100;
    int m_maxPagesInFlight = 3;
    int m_fullSweepEvery = 20;
    int m_refreshesSinceSweep = 0;
    int m_failures = 0;
    qint64 m_loadedCount = 0;
    qint64 m_loadTotal = 0;
    Strategy m_strategy = Strategy::ActiveRows;
    SyncState m_state = SyncState::Idle;
    ApiError m_lastError;
    QDateTime m_lastSuccessAt;
};

} // namespace revox
