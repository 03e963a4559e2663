#pragma once

#include "ApiError.h"
#include "PollingLoop.h"
#include "RefreshCycle.h"
#include "SyncState.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace revox {

class ApiRequest;
class CampaignStore;
class RevoxApi;

// Polls GET /campaigns and merges the answer by id into a CampaignStore.
//
// For the UI: construct with the API (RevoxClient) and the store, call start(); refreshNow()
// for F5; show state()/lastError() (stateChanged, lastErrorChanged) and lastSuccessAt(). On
// errors the store keeps the last good list and the watcher retries with exponential
// back-off.
class CampaignListWatcher : public QObject
{
    Q_OBJECT
public:
    CampaignListWatcher(RevoxApi *api, CampaignStore *store, QObject *parent = nullptr);
    ~CampaignListWatcher() override;

    // Refreshes on loop, shared with the other watchers (default: a loop of its own).
    void setPollingLoop(PollingLoop *loop) { m_cycle.setPollingLoop(loop); }
    void start() { m_cycle.start(); }
    void stop();
    // Refreshes now (or right after the request in flight answers).
    void refreshNow() { m_cycle.refreshNow(); }

    void setIntervalMs(int ms); // between the end of one refresh and the next; default 15 s
    int intervalMs() const { return m_intervalMs; }

    SyncState state() const { return m_cycle.state(); }
    ApiError lastError() const { return m_cycle.lastError(); }
    QDateTime lastSuccessAt() const { return m_cycle.lastSuccessAt(); }

signals:
    void stateChanged(revox::SyncState state);
    void lastErrorChanged(const revox::ApiError &error);
    void refreshed();

private:
    void fetch();

    QPointer<RevoxApi> m_api;
    QPointer<CampaignStore> m_store;
    RefreshCycle m_cycle;
    QPointer<ApiRequest> m_inFlight;
    int m_intervalMs = 15000;
};

} // namespace revox
