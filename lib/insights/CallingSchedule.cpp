#include "CallingSchedule.h"

namespace revox {

CallingSchedule CallingSchedule::forCampaign(const Campaign &campaign, const QTimeZone &localZone)
{
    const CallRetryConfig *config = campaign.callRetryConfig ? &*campaign.callRetryConfig : nullptr;
    if (!config && campaign.assistant && campaign.assistant->callRetryConfig)
        config = &*campaign.assistant->callRetryConfig;
    QList<Window> windows;
    QString zoneId;
    if (config) {
        zoneId = config->timezone;
        for (const CallingWindow &w : config->callingWindows) {
            const std::optional<QTime> start = CallingWindow::parseTime(w.startTime);
            std::optional<QTime> end = CallingWindow::parseTime(w.endTime);
            if (end == QTime(23, 59))
                end = QTime(23, 59, 59, 999); // "23:59" ends the day
            if (start && end && *start != *end)
                windows.append({*start, *end});
        }
    }
    if (!config)
        windows.append({QTime(10, 0), QTime(18, 0)}); // the API's defaults
    const QTimeZone zone(zoneId.toUtf8());
    const bool fromConfig = !zoneId.isEmpty() && zone.isValid();
    return CallingSchedule(windows, fromConfig ? zone : localZone, fromConfig);
}

CallingSchedule::CallingSchedule(QList<Window> windows, QTimeZone zone, bool zoneFromConfig)
    : m_windows(std::move(windows))
    , m_zone(zone.isValid() ? zone : QTimeZone::utc())
    , m_zoneFromConfig(zoneFromConfig)
{
}

QList<std::pair<QDateTime, QDateTime>> CallingSchedule::intervalsOn(const QDate &day) const
{
    QList<std::pair<QDateTime, QDateTime>> out;
    for (const Window &w : m_windows) {
        const QDateTime start(day, w.start, m_zone);
        QDateTime end(day, w.end, m_zone);
        if (w.end <= w.start)
            end = QDateTime(day.addDays(1), w.end, m_zone);
        out.append({start.toUTC(), end.toUTC()});
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool CallingSchedule::isOpenAt(const QDateTime &at) const
{
    if (isAlwaysOpen())
        return true;
    const QDate day = at.toTimeZone(m_zone).date();
    for (const QDate &d : {day.addDays(-1), day}) {
        for (const auto &[start, end] : intervalsOn(d)) {
            if (start <= at && at < end)
                return true;
        }
    }
    return false;
}

QDateTime CallingSchedule::nextOpening(const QDateTime &at) const
{
    if (isOpenAt(at))
        return at;
    const QDate day = at.toTimeZone(m_zone).date();
    for (int i = 0; i <= 8; ++i) {
        for (const auto &[start, end] : intervalsOn(day.addDays(i))) {
            if (start >= at)
                return start;
        }
    }
    return {};
}

qint64 CallingSchedule::openSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    if (isAlwaysOpen())
        return from.secsTo(to);
    qint64 total = 0;
    const QDate last = to.toTimeZone(m_zone).date();
    for (QDate d = from.toTimeZone(m_zone).date().addDays(-1); d <= last; d = d.addDays(1)) {
        for (const auto &[start, end] : intervalsOn(d)) {
            const QDateTime a = std::max(start, from);
            const QDateTime b = std::min(end, to);
            if (a < b)
                total += a.secsTo(b);
        }
    }
    return total;
}

QDateTime CallingSchedule::addOpenSeconds(const QDateTime &from, qint64 seconds,
                                          int horizonDays) const
{
    if (!from.isValid())
        return {};
    if (isAlwaysOpen())
        return from.addSecs(seconds);
    qint64 left = seconds;
    const QDate first = from.toTimeZone(m_zone).date().addDays(-1);
    for (int i = 0; i <= horizonDays + 1; ++i) {
        for (const auto &[start, end] : intervalsOn(first.addDays(i))) {
            const QDateTime a = std::max(start, from);
            if (a >= end)
                continue;
            const qint64 span = a.secsTo(end);
            if (span >= left)
                return a.addSecs(left);
            left -= span;
        }
    }
    return {};
}

} // namespace revox
