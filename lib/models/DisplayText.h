#pragma once

#include "Timestamp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace revox {

// How the models write values for people: local times, m:ss durations, readable enum text.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)
public:
    // "queued_for_calling" -> "Queued for calling" (translated for the wire values the API
    // documents); "IVR" stays "IVR"; "ios-screening-filter" -> "iOS screening".
    static QString enumText(const QString &wire);
    // 75 -> "1:15", 3725 -> "1:02:05"; empty for a negative (unknown) duration.
    static QString duration(qint64 seconds);
    // 42.5 -> "43%" ("43 %" in French): the number through QLocale, the sign by the language.
    static QString percent(double value, int decimals = 0);
    // 113 -> "1 min 53 s", for sentences a screen reader speaks; empty when negative.
    static QString spokenDuration(qint64 seconds);
    // Local time in the locale's short date ("20/11/2026 10:15:03"); empty when unknown.
    static QString localTime(const Timestamp &t);
    // A time of day to the minute in the locale's own way ("10:00", "10:00 AM"), even where
    // the locale's short format has seconds (the C locale's "HH:mm:ss").
    static QString timeOfDay(const QTime &time);
    // The locale's short date and timeOfDay() ("20/11/2026 10:15"); empty when invalid.
    static QString dateAndTime(const QDateTime &at);
    // The locale's time format to the minute, for charts' time axes.
    static QString minuteFormat();
    // ms since epoch, or an invalid QVariant when unknown (RawValueRole).
    static QVariant rawTime(const Timestamp &t);
    // The text as is, or an invalid QVariant when empty (RawValueRole).
    static QVariant rawText(const QString &text);
};

} // namespace revox
