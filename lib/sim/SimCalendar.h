#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace revox::sim {

struct SimCallingWindow;

// When a campaign may place calls: its calling windows laid out on the real calendar of its
// time zone, as spans of UTC time, with the campaign's "open time" (the time its windows
// have been open, counted from the first span) to move between the two. Built once per
// campaign over a few months around the anchor; every look-up is a binary search.
class SimCalendar
{
public:
    // One stretch of time during which calls may start.
    struct Span
    {
        qint64 startMs = 0;
        qint64 endMs = 0;        // exclusive
        qint64 openBeforeMs = 0; // open time of every earlier span
        int offsetSeconds = 0;   // UTC offset of the time zone during the span
        int window = 0;          // index of the calling window it comes from
    };

    // windows empty: the API's default (10:00 to 18:00). An unknown zone is read as UTC.
    SimCalendar(const QList<SimCallingWindow> &windows, const QByteArray &timeZone, qint64 anchorMs,
                int daysAround);

    // "09:00", "9:30", "6pm", "10am", "9:30am": minutes after midnight; nullopt otherwise.
    // "23:59" as an end means the end of the day.
    static std::optional<int> parseClock(const QString &text);

    // Open time elapsed at wallMs.
    qint64 openAt(qint64 wallMs) const;
    // The wall time at which the open time reaches openMs (inside a span).
    qint64 wallAtOpen(qint64 openMs) const;
    // wallMs when calls may start then, otherwise the start of the next span.
    qint64 nextOpen(qint64 wallMs) const;
    // The span containing wallMs, nullptr when the windows are closed then.
    const Span *spanAt(qint64 wallMs) const;

    // Local hour (0..23) and weekday (0 Monday .. 6 Sunday) of a time inside a span.
    static int localHour(const Span &span, qint64 wallMs);
    static int localWeekday(const Span &span, qint64 wallMs);

    const std::vector<Span> &spans() const { return m_spans; }

private:
    std::vector<Span> m_spans;
};

} // namespace revox::sim
