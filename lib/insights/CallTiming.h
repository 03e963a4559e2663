#pragma once

#include "Row.h"

#include <QList>
#include <QTimeZone>

#include <array>

namespace revox {

// When calls work: answer and human rates by hour of day and by weekday (in the campaign's
// time zone), how many attempts it took to reach a person, and how long answered calls
// lasted. Attempts without a start time are left out (and counted in undated).
struct CallTiming
{
    struct Bucket
    {
        int attempts = 0;
        int answered = 0; // the attempt has a result
        int human = 0;
    };
    std::array<Bucket, 24> byHour{};
    std::array<Bucket, 7> byWeekday{}; // Monday first
    // Rows whose first human answer came at attempt 1, 2, 3, and 4 or later.
    std::array<int, 4> attemptsToReach{};
    int calledNeverReached = 0; // rows with attempts and no human answer yet
    // Answered calls by length: < 30 s, 30 s-1 min, 1-2 min, 2-5 min, 5 min or more.
    std::array<int, 5> durations{};
    static constexpr std::array<int, 5> kDurationFloors{0, 30, 60, 120, 300};
    int attempts = 0;
    int undated = 0;

    static CallTiming compute(const QList<Row> &rows, const QTimeZone &zone);
};

} // namespace revox
