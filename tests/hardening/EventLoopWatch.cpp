#include "EventLoopWatch.h"

EventLoopWatch::EventLoopWatch(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(10);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopWatch::tick);
}

void EventLoopWatch::start()
{
    m_longestGapMs = 0;
    m_ticks = 0;
    m_sinceLastTick.start();
    m_timer.start();
}

void EventLoopWatch::stop()
{
    tick();
    m_timer.stop();
}

void EventLoopWatch::tick()
{
    m_longestGapMs = std::max(m_longestGapMs, m_sinceLastTick.restart());
    ++m_ticks;
}
