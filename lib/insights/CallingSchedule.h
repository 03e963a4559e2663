#pragma once

#include "Campaign.h"

#include <QDateTime>
#include <QList>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace revox {

// When a campaign may place calls: its calling windows (times of day) in its time zone,
// read from the campaign's retry config, else its assistant's, else the API's defaults
// (10:00-18:00). Answers "is now inside a window", "when does the next one open" and
// "how much calling time lies between two instants".
class CallingSchedule
{
public:
    struct Window
    {
        QTime start;
        QTime end; // after start; a window ending at or before its start runs past midnight
    };

    // The campaign's schedule. A config without a time zone (the API then uses the
    // contact's) is read in localZone (the user's, by default).
    static CallingSchedule forCampaign(const Campaign &campaign,
                                       const QTimeZone &localZone = QTimeZone::systemTimeZone());

    CallingSchedule(QList<Window> windows, QTimeZone zone, bool zoneFromConfig);

    const QList<Window> &windows() const { return m_windows; }
    QTimeZone timeZone() const { return m_zone; }
    // Whether the zone is the config's own (false: the user's zone stands in).
    bool zoneFromConfig() const { return m_zoneFromConfig; }
    // True when calls may be placed at any time (no usable window).
    bool isAlwaysOpen() const { return m_windows.isEmpty(); }

    bool isOpenAt(const QDateTime &at) const;
    // The next instant at or after `at` when a window opens (at itself when open); invalid
    // when there is none within a week.
    QDateTime nextOpening(const QDateTime &at) const;
    // Seconds of open windows between from and to.
    qint64 openSecondsBetween(const QDateTime &from, const QDateTime &to) const;
    // The instant at which `seconds` of open window time have passed after from; invalid
    // beyond horizonDays.
    QDateTime addOpenSeconds(const QDateTime &from, qint64 seconds, int horizonDays = 366) const;

private:
    // The open intervals that touch the day of `day` (in the zone), as UTC instants.
    QList<std::pair<QDateTime, QDateTime>> intervalsOn(const QDate &day) const;

    QList<Window> m_windows;
    QTimeZone m_zone;
    bool m_zoneFromConfig = false;
};

} // namespace revox
