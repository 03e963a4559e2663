#include "PollingLoop.h"

#include <limits>

namespace revox {

PollingLoop::PollingLoop(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PollingLoop::wake);
    setClock(nullptr);
}

void PollingLoop::setClock(Clock *clock)
{
    if (m_clock)
        disconnect(m_clock, &Clock::moved, this, &PollingLoop::rearm);
    m_clock = clock ? clock : Clock::system();
    connect(m_clock, &Clock::moved, this, &PollingLoop::rearm);
    rearm();
}

PollingLoop::~PollingLoop()
{
    for (PollTimer *poller : std::as_const(m_pollers))
        poller->m_dueAt = -1; // a refresh still pending is dropped with the loop
}

void PollingLoop::add(PollTimer *poller)
{
    if (!m_pollers.contains(poller))
        m_pollers.append(poller);
    rearm();
}

void PollingLoop::remove(PollTimer *poller)
{
    m_pollers.removeAll(poller);
    rearm();
}

void PollingLoop::rearm()
{
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const PollTimer *poller : std::as_const(m_pollers)) {
        if (poller->m_dueAt >= 0)
            earliest = std::min(earliest, poller->m_dueAt);
    }
    if (earliest == std::numeric_limits<qint64>::max()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = earliest - now();
    // A clock moved by hand wakes the loop when it reaches the due time (moved()).
    const qint64 realWait = wait <= 0 ? 0 : m_clock->realDelayMs(wait);
    if (realWait < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::min<qint64>(realWait, std::numeric_limits<int>::max())));
}

void PollingLoop::wake()
{
    ++m_wakeUps;
    const qint64 horizon = now() + kCoalesceMs;
    QList<PollTimer *> due;
    for (PollTimer *poller : std::as_const(m_pollers)) {
        if (poller->m_dueAt >= 0 && poller->m_dueAt <= horizon)
            due.append(poller);
    }
    for (PollTimer *poller : std::as_const(due)) {
        poller->m_dueAt = -1;
        m_pollers.removeAll(poller);
    }
    for (PollTimer *poller : std::as_const(due))
        emit poller->timeout(); // a poller may schedule itself again from here
    rearm();
}

PollTimer::PollTimer(QObject *parent)
    : QObject(parent)
    , m_ownLoop(new PollingLoop(this))
{
    m_loop = m_ownLoop;
}

PollTimer::~PollTimer()
{
    loop()->remove(this);
}

void PollTimer::setLoop(PollingLoop *loop)
{
    const int remaining = isActive() ? remainingTime() : -1;
    stop();
    m_loop = loop ? loop : m_ownLoop;
    if (remaining >= 0)
        start(remaining);
}

void PollTimer::start(int ms)
{
    PollingLoop *on = loop();
    m_dueAt = on->now() + std::max(0, ms);
    on->add(this);
}

void PollTimer::stop()
{
    m_dueAt = -1;
    loop()->remove(this);
}

int PollTimer::remainingTime() const
{
    if (!isActive())
        return -1;
    return int(std::max<qint64>(0, m_dueAt - loop()->now()));
}

} // namespace revox
