#pragma once

#include "ApiError.h"
#include "PollingLoop.h"
#include "SyncState.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace revox {

class ApiRequest;
class CampaignStore;
class RevoxClient;

// Polls GET /campaigns and merges the answer by id into a CampaignStore.
//
// For the UI: construct with the client and the store, call start(); refreshNow() for F5;
// show state()/lastError() (stateChanged, lastErrorChanged) and lastSuccessAt(). On errors
// the store keeps the last good list and the watcher retries with exponential back-off.
class CampaignListWatcher : public QObject
{
    Q_OBJECT
public:
    CampaignListWatcher(RevoxClient *client, CampaignStore *store, QObject *parent = nullptr);
    ~CampaignListWatcher() override;

    // Refreshes on loop, shared with the other watchers (default: a loop of its own).
    void setPollingLoop(PollingLoop *loop) { m_timer.setLoop(loop); }
    void start();
    void stop();
    // Refreshes now (or right after the request in flight answers).
    void refreshNow();

    void setIntervalMs(int ms); // between the end of one refresh and the next; default 15 s
    int intervalMs() const { return m_intervalMs; }

    SyncState state() const { return m_state; }
    ApiError lastError() const { return m_lastError; }
    QDateTime lastSuccessAt() const { return m_lastSuccessAt; }

signals:
    void stateChanged(revox::SyncState state);
    void lastErrorChanged(const revox::ApiError &error);
    void refreshed();

private:
    void fetch();
    void scheduleNext(int ms);
    void setState(SyncState state);

    QPointer<RevoxClient> m_client;
    QPointer<CampaignStore> m_store;
    PollTimer m_timer; // on the shared polling loop once setPollingLoop() is called
    QPointer<ApiRequest> m_inFlight;
    bool m_running = false;
    bool m_refreshQueued = false;
    int m_intervalMs = 15000;
    int m_failures = 0;
    SyncState m_state = SyncState::Idle;
    ApiError m_lastError;
    QDateTime m_lastSuccessAt;
};

} // namespace revox
