#include "RefreshCycle.h"

#include "Backoff.h"

namespace revox {

RefreshCycle::RefreshCycle(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &PollTimer::timeout, this, &RefreshCycle::due);
}

void RefreshCycle::start()
{
    if (m_running)
        return;
    m_running = true;
    emit due();
}

void RefreshCycle::stop()
{
    m_running = false;
    m_timer.stop();
    m_queued = false;
    m_busy = false;
    setState(SyncState::Idle);
}

void RefreshCycle::refreshNow()
{
    m_running = true;
    if (m_busy) {
        m_queued = true;
        return;
    }
    m_timer.stop();
    emit due();
}

bool RefreshCycle::begin()
{
    if (!m_running || m_busy)
        return false;
    m_busy = true;
    return true;
}

void RefreshCycle::succeeded()
{
    m_busy = false;
    m_failures = 0;
    m_failingSince = QDateTime();
    m_lastSuccessAt = clock()->nowUtc();
    if (m_lastError.isError()) {
        m_lastError = ApiError();
        emit lastErrorChanged(m_lastError);
    }
    setState(SyncState::Live);
}

void RefreshCycle::failed(const ApiError &error, int baseMs, int maxMs)
{
    m_busy = false;
    if (m_failures++ == 0)
        m_failingSince = clock()->nowUtc();
    m_lastError = error;
    emit lastErrorChanged(m_lastError);
    setState(SyncState::Retrying);
    scheduleNext(Backoff::delayMs(m_failures, baseMs, maxMs));
}

void RefreshCycle::scheduleNext(int ms)
{
    if (!m_running)
        return;
    if (m_queued) {
        m_queued = false;
        ms = 0;
    }
    m_timer.start(ms);
}

void RefreshCycle::setState(SyncState state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void RefreshCycle::resetHistory()
{
    m_lastSuccessAt = QDateTime();
    m_failingSince = QDateTime();
}

} // namespace revox
