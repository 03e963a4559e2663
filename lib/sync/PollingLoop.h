#pragma once

#include "Clock.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace revox {

class PollTimer;

// The one polling loop the watchers share: a single timer that wakes for the earliest
// refresh due, and runs every refresh due within a short window of it in the same wake-up,
// so the campaign list and the open campaign refresh together instead of on two clocks.
// Time is read from a Clock (the system's unless told otherwise), so tests can move it.
class PollingLoop : public QObject
{
    Q_OBJECT
public:
    // Refreshes due within this many ms of the earliest are run in the same wake-up.
    static constexpr int kCoalesceMs = 250;

    explicit PollingLoop(QObject *parent = nullptr);
    ~PollingLoop() override;

    // Reads time from clock (not owned; null: the system clock). Pending due times are kept
    // as they are on the new clock.
    void setClock(Clock *clock);
    Clock *clock() const { return m_clock; }

    // Pollers scheduled on this loop (tests).
    qsizetype pollerCount() const { return m_pollers.size(); }
    // Wake-ups so far: each ran every poller due by then.
    int wakeUps() const { return m_wakeUps; }

private:
    friend class PollTimer;
    void add(PollTimer *poller);
    void remove(PollTimer *poller);
    void rearm();
    void wake();
    qint64 now() const { return m_clock->monotonicMs(); }

    QTimer m_timer;
    Clock *m_clock = nullptr;
    QList<PollTimer *> m_pollers;
    int m_wakeUps = 0;
};

// One watcher's next refresh on a PollingLoop, with the part of QTimer's interface the
// watchers use (start, stop, isActive, remainingTime, timeout). Without a loop of its own
// choosing it runs on a private one.
class PollTimer : public QObject
{
    Q_OBJECT
public:
    explicit PollTimer(QObject *parent = nullptr);
    ~PollTimer() override;

    // Moves to loop (shared with other watchers); a pending refresh keeps its due time.
    void setLoop(PollingLoop *loop);
    PollingLoop *loop() const { return m_loop ? m_loop.data() : m_ownLoop; }

    void start(int ms);
    void stop();
    bool isActive() const { return m_dueAt >= 0; }
    int remainingTime() const;

signals:
    void timeout();

private:
    friend class PollingLoop;
    QPointer<PollingLoop> m_loop; // null once a shared loop is gone: then m_ownLoop
    PollingLoop *m_ownLoop = nullptr;
    qint64 m_dueAt = -1; // on m_loop's clock; -1: not scheduled
};

} // namespace revox
