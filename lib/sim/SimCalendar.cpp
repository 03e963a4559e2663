#include "SimCalendar.h"

#include "Assistant.h"
#include "SimCatalog.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace revox::sim {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b != 0 && (a < 0) != (b < 0) ? 1 : 0);
}

// The zone's UTC offsets over a stretch of time: the offset before the first change, then
// each change.
class Offsets
{
public:
    Offsets(const QTimeZone &zone, qint64 fromMs, qint64 toMs)
    {
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC);
        m_changes.push_back({std::numeric_limits<qint64>::min(), zone.offsetFromUtc(from)});
        for (const QTimeZone::OffsetData &d :
             zone.transitions(from, QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC)))
            m_changes.push_back({d.atUtc.toMSecsSinceEpoch(), d.offsetFromUtc});
    }

    int at(qint64 utcMs) const
    {
        auto it = std::upper_bound(m_changes.begin(), m_changes.end(), utcMs,
                                   [](qint64 t, const Change &c) { return t < c.atMs; });
        return std::prev(it)->offsetSeconds;
    }
    // The first change after utcMs; max() when none.
    qint64 nextChange(qint64 utcMs) const
    {
        auto it = std::upper_bound(m_changes.begin(), m_changes.end(), utcMs,
                                   [](qint64 t, const Change &c) { return t < c.atMs; });
        return it == m_changes.end() ? std::numeric_limits<qint64>::max() : it->atMs;
    }
    // A local wall-clock time (ms since the epoch as if local were UTC) in UTC.
    qint64 toUtc(qint64 localMs) const
    {
        const int guess = at(localMs);
        const int offset = at(localMs - qint64(guess) * 1000);
        return localMs - qint64(offset) * 1000;
    }

private:
    struct Change
    {
        qint64 atMs;
        int offsetSeconds;
    };
    std::vector<Change> m_changes;
};

} // namespace

std::optional<int> SimCalendar::parseClock(const QString &text)
{
    const std::optional<QTime> time = CallingWindow::parseTime(text);
    if (!time)
        return std::nullopt;
    return time->hour() * 60 + time->minute();
}

SimCalendar::SimCalendar(const QList<SimCallingWindow> &windows, const QByteArray &timeZone,
                         qint64 anchorMs, int daysAround)
{
    QTimeZone zone(timeZone);
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const qint64 fromMs = anchorMs - qint64(daysAround + 2) * kDay;
    const qint64 toMs = anchorMs + qint64(daysAround + 2) * kDay;
    const Offsets offsets(zone, fromMs, toMs);

    struct Minutes
    {
        int start, end;
    };
    QList<Minutes> minutes;
    for (const SimCallingWindow &w : windows) {
        const int start = parseClock(w.start).value_or(10 * 60);
        int end = parseClock(w.end).value_or(18 * 60);
        if (end == 23 * 60 + 59)
            end = 24 * 60;
        if (end <= start)
            end += 24 * 60; // a window across midnight
        minutes.append({start, end});
    }
    if (minutes.isEmpty())
        minutes.append({10 * 60, 18 * 60});

    std::vector<Span> raw;
    const qint64 anchorDay = floorDiv(anchorMs + qint64(offsets.at(anchorMs)) * 1000, kDay);
    for (qint64 day = anchorDay - daysAround; day <= anchorDay + daysAround; ++day) {
        for (int w = 0; w < minutes.size(); ++w) {
            qint64 start = offsets.toUtc(day * kDay + minutes[w].start * kMinute);
            const qint64 end = offsets.toUtc(day * kDay + minutes[w].end * kMinute);
            // A change of offset inside the window splits it: each part has one offset.
            while (start < end) {
                const qint64 cut = std::min(end, offsets.nextChange(start));
                raw.push_back({start, cut, 0, offsets.at(start), w});
                start = cut;
            }
        }
    }
    std::sort(raw.begin(), raw.end(),
              [](const Span &a, const Span &b) { return a.startMs < b.startMs; });
    for (const Span &s : raw) {
        if (!m_spans.empty() && s.startMs <= m_spans.back().endMs &&
            s.offsetSeconds == m_spans.back().offsetSeconds) {
            m_spans.back().endMs = std::max(m_spans.back().endMs, s.endMs);
            continue;
        }
        if (!m_spans.empty() && s.startMs < m_spans.back().endMs) {
            // Overlapping windows across an offset change: keep the part not yet covered.
            if (s.endMs <= m_spans.back().endMs)
                continue;
            Span rest = s;
            rest.startMs = m_spans.back().endMs;
            m_spans.push_back(rest);
            continue;
        }
        m_spans.push_back(s);
    }
    qint64 open = 0;
    for (Span &s : m_spans) {
        s.openBeforeMs = open;
        open += s.endMs - s.startMs;
    }
}

qint64 SimCalendar::openAt(qint64 wallMs) const
{
    if (m_spans.empty())
        return 0;
    auto it = std::upper_bound(m_spans.begin(), m_spans.end(), wallMs,
                               [](qint64 t, const Span &s) { return t < s.startMs; });
    if (it == m_spans.begin())
        return wallMs - m_spans.front().startMs; // before the calendar: as if always open
    const Span &s = *std::prev(it);
    if (wallMs < s.endMs || it == m_spans.end()) // past the calendar: as if always open
        return s.openBeforeMs + wallMs - s.startMs;
    return s.openBeforeMs + s.endMs - s.startMs;
}

qint64 SimCalendar::wallAtOpen(qint64 openMs) const
{
    if (m_spans.empty())
        return openMs;
    if (openMs < 0)
        return m_spans.front().startMs + openMs;
    auto it = std::upper_bound(m_spans.begin(), m_spans.end(), openMs,
                               [](qint64 t, const Span &s) { return t < s.openBeforeMs; });
    const Span &s = *std::prev(it);
    // Past the last span: as if always open from there.
    return s.startMs + (openMs - s.openBeforeMs);
}

qint64 SimCalendar::nextOpen(qint64 wallMs) const
{
    auto it = std::upper_bound(m_spans.begin(), m_spans.end(), wallMs,
                               [](qint64 t, const Span &s) { return t < s.startMs; });
    if (it != m_spans.begin() && wallMs < std::prev(it)->endMs)
        return wallMs;
    if (it == m_spans.end())
        return wallMs; // past the calendar: as if always open
    return it->startMs;
}

const SimCalendar::Span *SimCalendar::spanAt(qint64 wallMs) const
{
    auto it = std::upper_bound(m_spans.begin(), m_spans.end(), wallMs,
                               [](qint64 t, const Span &s) { return t < s.startMs; });
    if (it == m_spans.begin())
        return nullptr;
    const Span &s = *std::prev(it);
    return wallMs < s.endMs ? &s : nullptr;
}

int SimCalendar::localHour(const Span &span, qint64 wallMs)
{
    const qint64 local = wallMs + qint64(span.offsetSeconds) * 1000;
    return int(floorDiv(local, 3600 * 1000) % 24 + 24) % 24;
}

int SimCalendar::localWeekday(const Span &span, qint64 wallMs)
{
    const qint64 local = wallMs + qint64(span.offsetSeconds) * 1000;
    // 1970-01-01 was a Thursday (3 counted from Monday).
    return int((floorDiv(local, kDay) % 7 + 7 + 3) % 7);
}

} // namespace revox::sim
