#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

namespace revox {

// Time as the sync layer reads it: a monotonic clock for intervals and budgets, and the
// wall clock for the server's timestamps. The polling loop and the refresh planner take
// one, so that tests can move time by hand (ManualClock).
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Milliseconds on a monotonic clock (only differences mean something).
    virtual qint64 monotonicMs() const = 0;
    // The wall clock, UTC.
    virtual QDateTime nowUtc() const = 0;
    // How long a real timer must wait for ms of this clock to pass; -1 when the clock moves
    // only when told (it then emits moved()).
    virtual qint64 realDelayMs(qint64 ms) const { return ms; }

    // The process's real clock.
    static Clock *system();

signals:
    // The clock was moved by hand (a real clock never emits it).
    void moved();
};

// The real clock: QElapsedTimer and QDateTime::currentDateTimeUtc().
class SystemClock : public Clock
{
    Q_OBJECT
public:
    explicit SystemClock(QObject *parent = nullptr);
    qint64 monotonicMs() const override { return m_elapsed.elapsed(); }
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }

private:
    QElapsedTimer m_elapsed;
};

// A clock that stands still until advance() moves both its monotonic and wall time.
class ManualClock : public Clock
{
    Q_OBJECT
public:
    explicit ManualClock(QDateTime nowUtc = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC),
                         QObject *parent = nullptr);
    qint64 monotonicMs() const override { return m_monotonicMs; }
    QDateTime nowUtc() const override { return m_nowUtc.addMSecs(m_monotonicMs); }
    qint64 realDelayMs(qint64) const override { return -1; }

    // Moves time forward by ms (emits moved()).
    void advance(qint64 ms);

private:
    QDateTime m_nowUtc; // wall time at monotonic 0
    qint64 m_monotonicMs = 0;
};

} // namespace revox
