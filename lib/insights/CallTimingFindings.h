#pragma once

#include "CallTiming.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace revox {

// What the call timing figures say, in the sentences the When to call charts read out: the
// best and the quietest hour or day, the attempt that reaches people, how long calls last.
class CallTimingFindings
{
    Q_DECLARE_TR_FUNCTIONS(CallTimingFindings)

public:
    static QStringList byHour(const CallTiming &timing);
    static QStringList byWeekday(const CallTiming &timing);
    static QStringList attemptsToReach(const CallTiming &timing);
    static QStringList durations(const CallTiming &timing);

    // part / whole as "62%" in the user's language; empty when whole is 0.
    static QString share(qint64 part, qint64 whole);
    // "09:00–10:00".
    static QString hourRange(int hour);
    // The weekday of a byWeekday index (0: Monday), in full.
    static QString dayName(int index);
};

} // namespace revox
