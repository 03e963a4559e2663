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

    // Fewer attempts than this in an hour or a day are too few to call it the best.
    static constexpr int kMinAttemptsForBest = 20;

    // The best bucket (most people reached per attempt, then most answers, then most
    // attempts) and the other one with the fewest answers per attempt, among those with at
    // least kMinAttemptsForBest attempts; -1 when there is none.
    struct Ranking
    {
        int best = -1;
        int fewest = -1;
        int dated = 0; // attempts over every bucket
    };
    static Ranking rank(const QList<Bucket> &buckets);
    Ranking hourRanking() const { return rank({byHour.begin(), byHour.end()}); }
    Ranking weekdayRanking() const { return rank({byWeekday.begin(), byWeekday.end()}); }
    // The length bucket that holds the middle answered call (at least half the calls are
    // shorter than its upper bound); -1 when no answered call has a length.
    int middleDurationBucket() const;
    // The attempt (0: the first, 3: the fourth or later) that reached the most people;
    // -1 when no one was reached.
    int mostReachingAttempt() const;
    int rowsReached() const; // rows a person answered

    static CallTiming compute(const QList<Row> &rows, const QTimeZone &zone);
};

} // namespace revox
