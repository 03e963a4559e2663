#include "Clock.h"

namespace revox {

Clock *Clock::system()
{
    static SystemClock *clock = new SystemClock; // lives as long as the process
    return clock;
}

SystemClock::SystemClock(QObject *parent)
    : Clock(parent)
{
    m_elapsed.start();
}

ManualClock::ManualClock(QDateTime nowUtc, QObject *parent)
    : Clock(parent)
    , m_nowUtc(std::move(nowUtc))
{
}

void ManualClock::advance(qint64 ms)
{
    m_monotonicMs += std::max<qint64>(0, ms);
    emit moved();
}

} // namespace revox
