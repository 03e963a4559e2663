#pragma once

#include "ApiError.h"
#include "PollingLoop.h"
#include "SyncState.h"

#include <QDateTime>
#include <QObject>

namespace revox {

// The life of a watcher's refreshes, the same for every watcher: started or stopped, one
// refresh at a time (refreshNow() during one runs right after it), the next one on the
// polling loop after an interval or, after failures, a back-off; the state, the last error,
// the last success and since when refreshes fail. The watcher does the refresh on due().
class RefreshCycle : public QObject
{
    Q_OBJECT
public:
    // The shortest interval or back-off any watcher waits.
    static constexpr int kMinIntervalMs = 50;
    static int boundedIntervalMs(int ms) { return std::max(kMinIntervalMs, ms); }

    explicit RefreshCycle(QObject *parent = nullptr);

    void setPollingLoop(PollingLoop *loop) { m_timer.setLoop(loop); }
    Clock *clock() const { return m_timer.loop()->clock(); }

    bool isRunning() const { return m_running; }
    bool isBusy() const { return m_busy; }
    // Runs: a refresh is due now.
    void start();
    // Stops: nothing scheduled, nothing in flight, Idle.
    void stop();
    // Runs, and refreshes now or right after the refresh in flight.
    void refreshNow();

    // The refresh due() asked for begins; false when stopped or one is already in flight.
    bool begin();
    // The refresh in flight was dropped without an outcome (it starts again at once).
    void abandon() { m_busy = false; }
    // It succeeded: errors cleared, Live (schedule the next one with scheduleNext()).
    void succeeded();
    // It failed: the error is kept, Retrying, and the next try waits a back-off that starts
    // at baseMs and doubles per failure up to maxMs.
    void failed(const ApiError &error, int baseMs, int maxMs);
    // The next refresh in ms (at once when refreshNow() was asked for during this one).
    void scheduleNext(int ms);
    // Milliseconds until the next scheduled refresh; -1 when none is scheduled.
    int msUntilNext() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }

    void setState(SyncState state);
    SyncState state() const { return m_state; }
    ApiError lastError() const { return m_lastError; }
    QDateTime lastSuccessAt() const { return m_lastSuccessAt; }
    QDateTime failingSince() const { return m_failingSince; }
    // Forgets when the last refresh succeeded and since when they fail (another campaign).
    void resetHistory();

signals:
    // Time for a refresh: the watcher calls begin() and does it.
    void due();
    void stateChanged(revox::SyncState state);
    void lastErrorChanged(const revox::ApiError &error);

private:
    PollTimer m_timer; // on the shared polling loop once setPollingLoop() is called
    bool m_running = false;
    bool m_busy = false;
    bool m_queued = false;
    int m_failures = 0;
    SyncState m_state = SyncState::Idle;
    ApiError m_lastError;
    QDateTime m_lastSuccessAt;
    QDateTime m_failingSince;
};

} // namespace revox
