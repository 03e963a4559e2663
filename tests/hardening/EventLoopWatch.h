#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how long the event loop went without running a 10 ms timer: the longest
// stretch during which a window would have been frozen.
class EventLoopWatch : public QObject
{
    Q_OBJECT
public:
    explicit EventLoopWatch(QObject *parent = nullptr);

    void start();
    void stop();
    qint64 longestGapMs() const { return m_longestGapMs; }
    int ticks() const { return m_ticks; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_sinceLastTick;
    qint64 m_longestGapMs = 0;
    int m_ticks = 0;
};
