#pragma once

#include "ApiError.h"
#include "Campaign.h"
#include "ParseProblemLog.h"
#include "PollingLoop.h"
#include "RefreshCycle.h"
#include "RefreshPlanner.h"
#include "Row.h"
#include "RowsListing.h"
#include "SyncState.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace revox {

class ApiRequest;
class CampaignStore;
class RevoxApi;
class RowStore;

// Keeps one open campaign and its rows current: a first load of every row, then the refresh
// plan (RefreshPlanner says what to read and when; the watcher reads it), merged by id into
// a RowStore (table models are views over it).
//
// For the UI: construct with the API (RevoxClient) and the row store (and optionally the campaign
// store, which then receives each fetched campaign), call setCampaignId() then start();
// refreshNow() for F5. Show state() (stateChanged), lastError() (lastErrorChanged),
// lastSuccessAt(), the first load's loadingProgress(loaded, total), and campaign()
// (campaignChanged). On errors the stores keep the last good data and the watcher retries
// with exponential back-off. Models never reset on refresh, so selection and scroll stay.
class CampaignWatcher : public QObject
{
    Q_OBJECT
public:
    // How a refresh after the first load fetches rows (see RefreshPlanner).
    enum class Strategy {
        ActiveRows, // campaign + rows with an active call status + new rows + GET /call/{id}
        FullPages,  // every row, every time (the server ignores the statuses filter or
                    // answers with every row at once), at an interval that grows with its cost
    };
    Q_ENUM(Strategy)

    // What one refresh cost, for figures and revox-cli watch.
    struct RefreshCost
    {
        int requests = 0;
        qint64 rowsReceived = 0;
        qint64 wireBytes = 0;
        qint64 ms = 0;
    };

    CampaignWatcher(RevoxApi *api, RowStore *rows, CampaignStore *campaigns = nullptr,
                    QObject *parent = nullptr);
    ~CampaignWatcher() override;

    // Switches to another campaign: clears the row store and starts over (if running).
    void setCampaignId(const QString &campaignId);
    QString campaignId() const { return m_campaignId; }

    // Refreshes on loop, shared with the other watchers (default: a loop of its own).
    void setPollingLoop(PollingLoop *loop) { m_cycle.setPollingLoop(loop); }
    void start();
    void stop();
    // Refreshes now (or right after the refresh in flight ends); requests never stack.
    void refreshNow();

    // Delay between the end of one refresh and the next, for live (running) campaigns;
    // default 3 s. Completed, paused, draft or cancelled campaigns poll at slowIntervalMs
    // (default 30 s).
    void setIntervalMs(int ms);
    int intervalMs() const { return m_planner.intervalMs(); }
    void setSlowIntervalMs(int ms);
    int slowIntervalMs() const { return m_planner.slowIntervalMs(); }
    // Rows per page when a whole campaign is read (first load, reconcile): large pages cost
    // fewer round trips; a server that caps the size is followed.
    static constexpr int kFullListingPageSize = 500;
    // Page size of row requests (default 100; a whole campaign is read in pages of
    // kFullListingPageSize, or of this size when it is set) and pages in flight (default 4).
    void setPageSize(int rows);
    void setMaxPagesInFlight(int pages);
    // Back-off after errors: starts at intervalMs, doubles per failure, capped here (60 s).
    void setMaxBackoffMs(int ms);
    // With the ActiveRows strategy, every Nth refresh of a live campaign re-reads every row
    // (0, the default: only on the reconcile budget, see reconcileBudgetMs()).
    void setFullSweepEvery(int refreshes);
    // The longest a live campaign goes without a full reconcile: grows with what the last
    // full listing cost (bytes and time), from 2 to 60 minutes.
    qint64 reconcileBudgetMs() const { return m_planner.reconcileBudgetMs(); }
    // Distinct problems the parser met in the server's answers (kept: what parsed was used).
    const ParseProblemLog &problems() const { return m_problems; }
    // Why the interval is longer than asked ("" when it is not).
    QString intervalReason() const { return m_intervalReason; }
    RefreshCost lastRefreshCost() const { return m_lastCost; }

    // The first savedRows rows (in row order) of an unfinished first load came from the local
    // cache: the first load reads on from the page that follows them, and a full listing
    // reconciles the rest after it.
    void resumeFirstLoad(qint64 savedRows);
    // When the rows shown were saved, if they came from the local cache before any
    // refresh succeeded (see dataAsOf()).
    void setRestoredAt(const QDateTime &savedAt) { m_restoredAt = savedAt; }
    QDateTime restoredAt() const { return m_restoredAt; }
    // How old the data shown is: the last refresh, else the cached copy's save time.
    QDateTime dataAsOf() const
    {
        return lastSuccessAt().isValid() ? lastSuccessAt() : m_restoredAt;
    }
    // Since when refreshes have been failing (invalid while they succeed).
    QDateTime failingSince() const { return m_cycle.failingSince(); }

    SyncState state() const { return m_cycle.state(); }
    ApiError lastError() const { return m_cycle.lastError(); }
    QDateTime lastSuccessAt() const { return m_cycle.lastSuccessAt(); }
    std::optional<Campaign> campaign() const { return m_campaign; }
    Strategy strategy() const { return m_strategy; }
    qint64 rowsLoaded() const { return m_loadedCount; }
    qint64 rowsTotal() const { return m_loadTotal; }
    bool isFirstLoadDone() const { return m_firstLoadDone; }
    // Milliseconds until the next scheduled refresh; -1 when none is scheduled.
    int msUntilNextRefresh() const { return m_cycle.msUntilNext(); }

signals:
    // setCampaignId() switched campaigns (the row store was just cleared).
    void campaignIdChanged(const QString &campaignId);
    void stateChanged(revox::SyncState state);
    void lastErrorChanged(const revox::ApiError &error);
    void campaignChanged(const revox::Campaign &campaign);
    // First load: rows merged so far of total (total 0 while unknown).
    void loadingProgress(qint64 loaded, qint64 total);
    // A refresh (the first load included) completed and was merged.
    void refreshed();
    void strategyChanged(revox::CampaignWatcher::Strategy strategy);
    // New distinct parse problems were met (see problems()).
    void problemsChanged();
    void intervalReasonChanged(const QString &reason);
    // After each refresh that completed: what it cost.
    void refreshCost(const revox::CampaignWatcher::RefreshCost &cost);

private:
    struct Listing; // one listing in progress (see CampaignWatcher.cpp)
    enum class LoadPurpose { FirstLoad, ActiveRows, Frontier, Sweep, NewRows };

    Clock *clock() const { return m_cycle.clock(); }
    void beginRefresh();
    void fetchCampaign(quint64 generation);
    void onCampaign(const Campaign &campaign, quint64 generation);
    void startListing(LoadPurpose purpose, qint64 firstPage, quint64 generation);
    bool onListedPage(RowsListing::Page &page, quint64 generation);
    void mergeDigested(quint64 generation);
    void onListingDone(const RowsListing::Outcome &outcome, quint64 generation);
    void finishListing(quint64 generation);
    void setStrategy(Strategy strategy, const QString &why);
    void switchToFullPages(const QString &why);
    void readCalls(quint64 generation);
    void fetchFrontier(quint64 generation);
    void checkForNewRows(quint64 generation);
    void finishRefresh();
    void fail(const ApiError &error);
    void noteProblems(const QList<ParseProblem> &problems);
    void updateIntervalReason();
    void cancelInFlight();

    QPointer<RevoxApi> m_api;
    QPointer<RowStore> m_rows;
    QPointer<CampaignStore> m_campaigns;
    QString m_campaignId;
    std::optional<Campaign> m_campaign;
    RefreshCycle m_cycle;
    RefreshPlanner m_planner;
    QList<QPointer<ApiRequest>> m_inFlight;
    std::unique_ptr<Listing> m_listing;
    QThreadPool m_digestPool;  // low priority: the GUI thread comes first during a load
    QStringList m_callsToRead; // rows whose call is read alone (rule 4)
    int m_callsInFlight = 0;
    bool m_campaignPending = false; // first load: campaign reply outstanding
    bool m_firstLoadDone = false;
    quint64 m_generation = 0; // bumped on campaign switch / stop / failure
    int m_maxBackoffMs = 60000;
    int m_pageSize = 100;
    int m_fullPageSize = kFullListingPageSize;
    int m_maxPagesInFlight = 4;
    qint64 m_resumeFromPage = 0; // first page of the first load (resumeFirstLoad())
    qint64 m_loadedCount = 0;
    qint64 m_loadTotal = 0;
    qint64 m_refreshStartedMs = 0; // on clock()
    RefreshCost m_cost;
    RefreshCost m_lastCost;
    ParseProblemLog m_problems;
    QString m_intervalReason;
    Strategy m_strategy = Strategy::ActiveRows;
    QDateTime m_restoredAt;
};

} // namespace revox
Q_DECLARE_METATYPE(revox::CampaignWatcher::RefreshCost)
