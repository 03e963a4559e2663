#include "CallTimingFindings.h"

#include <QLocale>
#include <QTime>

#include <functional>

namespace revox {

namespace {

// The sentences of a rate chart (hours or weekdays) that differ between the two.
struct RateTexts
{
    QString fewFigures; // no bucket with enough attempts: %1 the minimum, %Ln the attempts
    QString best;       // %1 the bucket, %2 answered, %3 a person, %Ln its attempts
    QString fewest;     // %1 the bucket, %2 answered
};

QStringList rateFindings(const CallTiming &t, const CallTiming::Ranking &r,
                         const QList<CallTiming::Bucket> &buckets, const RateTexts &texts,
                         const std::function<QString(int)> &bestName,
                         const std::function<QString(int)> &fewestName)
{
    QStringList sentences;
    if (t.attempts == 0) {
        sentences << CallTimingFindings::tr("No calls yet.");
    } else if (r.dated == 0) {
        sentences << CallTimingFindings::tr("None of the %Ln attempt(s) has a start time yet.",
                                            nullptr, t.attempts);
    } else if (r.best < 0) {
        sentences << texts.fewFigures.arg(QLocale().toString(CallTiming::kMinAttemptsForBest));
    } else {
        const CallTiming::Bucket &best = buckets.at(r.best);
        sentences << texts.best.arg(bestName(r.best),
                                    CallTimingFindings::share(best.answered, best.attempts),
                                    CallTimingFindings::share(best.human, best.attempts));
        if (r.fewest >= 0) {
            const CallTiming::Bucket &few = buckets.at(r.fewest);
            sentences << texts.fewest.arg(fewestName(r.fewest),
                                          CallTimingFindings::share(few.answered, few.attempts));
        }
    }
    return sentences;
}

} // namespace

QString CallTimingFindings::share(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return {};
    return tr("%1%", "a percentage")
        .arg(QLocale().toString(100.0 * double(part) / double(whole), 'f', 0));
}

QString CallTimingFindings::hourRange(int hour)
{
    const QString format = QStringLiteral("HH:mm");
    return QStringLiteral("%1–%2").arg(QTime(hour, 0).toString(format),
                                       QTime((hour + 1) % 24, 0).toString(format));
}

QString CallTimingFindings::dayName(int index)
{
    return QLocale().dayName(index + 1, QLocale::LongFormat);
}

QStringList CallTimingFindings::byHour(const CallTiming &t)
{
    const CallTiming::Ranking r = t.hourRanking();
    const QList<CallTiming::Bucket> buckets(t.byHour.begin(), t.byHour.end());
    const int best = r.best >= 0 ? buckets.at(r.best).attempts : 0;
    QStringList sentences = rateFindings(
        t, r, buckets,
        {tr("The figures are still few: no hour has %1 attempts or more (%Ln attempt(s) in "
            "all).",
            nullptr, r.dated),
         tr("Best hour: %1, %2 answered, %3 a person (%Ln attempt(s)).", nullptr, best),
         tr("Fewest answers at %1 (%2 answered).")},
        &hourRange, [](int hour) { return QTime(hour, 0).toString(QStringLiteral("HH:mm")); });
    if (t.undated > 0 && r.dated > 0)
        sentences << tr("%Ln attempt(s) without a start time are left out.", nullptr, t.undated);
    return sentences;
}

QStringList CallTimingFindings::byWeekday(const CallTiming &t)
{
    const CallTiming::Ranking r = t.weekdayRanking();
    const QList<CallTiming::Bucket> buckets(t.byWeekday.begin(), t.byWeekday.end());
    const int best = r.best >= 0 ? buckets.at(r.best).attempts : 0;
    return rateFindings(
        t, r, buckets,
        {tr("The figures are still few: no day has %1 attempts or more (%Ln attempt(s) in "
            "all).",
            nullptr, r.dated),
         tr("Best day: %1, %2 answered, %3 a person (%Ln attempt(s)).", nullptr, best),
         tr("Fewest answers on %1 (%2 answered).")},
        &dayName, &dayName);
}

QStringList CallTimingFindings::attemptsToReach(const CallTiming &t)
{
    const int reached = t.rowsReached();
    const int called = reached + t.calledNeverReached;
    QStringList sentences;
    if (called == 0) {
        sentences << tr("No calls yet.");
    } else if (reached == 0) {
        sentences << tr("No one reached yet; %Ln row(s) called.", nullptr, called);
    } else {
        const int most = t.mostReachingAttempt();
        const QStringList which{tr("the first attempt"), tr("the second attempt"),
                                tr("the third attempt"), tr("the fourth attempt or later")};
        const int count = t.attemptsToReach[size_t(most)];
        if (2 * count > reached) {
            sentences << tr("Most people were reached on %1 (%2).")
                             .arg(which.at(most), share(count, reached));
        } else {
            sentences << tr("People were reached most often on %1 (%2).")
                             .arg(which.at(most), share(count, reached));
        }
        if (t.calledNeverReached > 0) {
            sentences << tr("%Ln row(s) called without reaching a person yet.", nullptr,
                            t.calledNeverReached);
        }
    }
    return sentences;
}

QStringList CallTimingFindings::durations(const CallTiming &t)
{
    const int middle = t.middleDurationBucket();
    const int last = int(t.durations.size()) - 1;
    QStringList sentences;
    if (t.attempts == 0) {
        sentences << tr("No calls yet.");
    } else if (middle < 0) {
        sentences << tr("No answered call with a known length yet.");
    } else {
        int total = 0;
        for (int n : t.durations)
            total += n;
        const QStringList bounds{tr("30 s"), tr("1 min"), tr("2 min"), tr("5 min")};
        if (middle < last) {
            sentences << tr("Of %Ln answered call(s), half last under %1.", nullptr, total)
                             .arg(bounds.at(middle));
        } else {
            sentences << tr("Of %Ln answered call(s), half last 5 min or more.", nullptr, total);
        }
        const int longest = t.durations.back();
        if (longest > 0 && middle < last)
            sentences << tr("%1 last 5 min or more.").arg(share(longest, total));
    }
    return sentences;
}

} // namespace revox
