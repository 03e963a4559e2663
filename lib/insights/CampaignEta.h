#pragma once

#include "CallingSchedule.h"
#include "Campaign.h"
#include "Row.h"

#include <QDateTime>
#include <QList>

namespace revox {

// When a campaign will finish: the rows left (row_stats), the pace at which rows finish
// (measured over the progress samples of the last hour of calling-window time;
// else worked out from the concurrency and the length of its calls), and the calling
// windows ahead (in the campaign's time zone).
struct CampaignEta
{
    enum class State {
        Finished,     // completed, or nothing left to call
        Cancelled,    // cancelled: the rows left will not be called
        NotStarted,   // a draft
        Paused,       // paused: no pace until it resumes
        NoCounts,     // the server sent no row_stats
        Estimating,   // running, but neither a measured pace nor a capacity to go by
        Running,      // inside calling hours: finishAt is the estimate
        OutsideHours, // outside calling hours until opensAt; finishAt is the estimate
    };
    // A progress sample (row_stats at an instant).
    struct Sample
    {
        QDateTime at;
        RowStats stats;
    };
    // What the campaign's calls take, for a pace worked out from its concurrency.
    struct Capacity
    {
        double secondsPerAttempt = 0; // started to ended, mean over attempts that ended
        double attemptsPerRow = 0;    // attempts per row called
        static Capacity fromRows(const QList<Row> &rows);
    };

    State state = State::Estimating;
    QDateTime finishAt; // Running / OutsideHours
    QDateTime opensAt;  // OutsideHours: when the next calling window opens
    qint64 remaining = 0;
    double rowsPerHour = 0;
    bool paceFromConcurrency = false; // the pace was worked out, not measured
    QString timeZoneId;
    bool zoneFromConfig = false;

    static constexpr qint64 kPaceWindowSecs = 3600;
    static constexpr qint64 kMinMeasuredSecs = 120; // of open window time

    static CampaignEta estimate(const Campaign &campaign, const QList<Sample> &history,
                                const Capacity &capacity, const QDateTime &now,
                                const QTimeZone &localZone = QTimeZone::systemTimeZone());
};

} // namespace revox
