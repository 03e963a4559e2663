#include "CallTiming.h"
#include "CallTimingFindings.h"

#include <QtTest>

using namespace revox;

namespace {

// English plural forms as the app's English translation writes them ("1 row", "2 rows").
class EnglishPlurals : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        if (n < 0)
            return {};
        return QString::fromUtf8(source).replace(QStringLiteral("(s)"),
                                                 n == 1 ? QString() : QStringLiteral("s"));
    }
};

CallTiming::Bucket bucket(int attempts, int answered, int human)
{
    return {attempts, answered, human};
}

} // namespace

// Which hour and day work best, and the sentences the When to call charts read out.
class TestCallTimingFindings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::installTranslator(&m_plurals);
    }

    void rankingPrefersPeopleThenAnswersThenAttempts()
    {
        const QList<CallTiming::Bucket> buckets{
            bucket(40, 20, 10), // 25% a person
            bucket(40, 30, 10), // 25% a person, more answers: best
            bucket(19, 19, 19), // too few attempts to judge
            bucket(80, 8, 4),   // the fewest answers
            bucket(0, 0, 0)};
        const CallTiming::Ranking r = CallTiming::rank(buckets);
        QCOMPARE(r.best, 1);
        QCOMPARE(r.fewest, 3);
        QCOMPARE(r.dated, 179);
    }

    void rankingTiesGoToMoreAttemptsThenTheEarlierBucket()
    {
        QCOMPARE(CallTiming::rank({bucket(20, 10, 5), bucket(40, 20, 10)}).best, 1);
        const CallTiming::Ranking same = CallTiming::rank({bucket(20, 10, 5), bucket(20, 10, 5)});
        QCOMPARE(same.best, 0);
        QCOMPARE(same.fewest, 1); // the other one
    }

    void rankingNeedsTheMinimumOfAttempts()
    {
        const CallTiming::Ranking r =
            CallTiming::rank({bucket(CallTiming::kMinAttemptsForBest - 1, 5, 5), bucket(3, 0, 0)});
        QCOMPARE(r.best, -1);
        QCOMPARE(r.fewest, -1);
        QCOMPARE(r.dated, CallTiming::kMinAttemptsForBest + 2);
        // One bucket with enough attempts is the best, and there is no other to be fewest.
        const CallTiming::Ranking one =
            CallTiming::rank({bucket(CallTiming::kMinAttemptsForBest, 1, 0), bucket(5, 0, 0)});
        QCOMPARE(one.best, 0);
        QCOMPARE(one.fewest, -1);
    }

    void hourSentences()
    {
        CallTiming t;
        QCOMPARE(CallTimingFindings::byHour(t), QStringList{QStringLiteral("No calls yet.")});
        t.attempts = 3;
        t.undated = 3;
        QCOMPARE(CallTimingFindings::byHour(t),
                 QStringList{QStringLiteral("None of the 3 attempts has a start time yet.")});
        t.byHour[9] = bucket(5, 2, 1);
        t.attempts = 8;
        QCOMPARE(CallTimingFindings::byHour(t),
                 QStringList({QStringLiteral("The figures are still few: no hour has 20 attempts "
                                             "or more (5 attempts in all)."),
                              QStringLiteral("3 attempts without a start time are left out.")}));
        t.byHour[10] = bucket(50, 40, 30);
        t.byHour[17] = bucket(25, 5, 1);
        t.attempts = 83;
        QCOMPARE(CallTimingFindings::byHour(t),
                 QStringList({QStringLiteral("Best hour: 10:00–11:00, 80% answered, 60% a person "
                                             "(50 attempts)."),
                              QStringLiteral("Fewest answers at 17:00 (20% answered)."),
                              QStringLiteral("3 attempts without a start time are left out.")}));
    }

    void weekdaySentences()
    {
        CallTiming t;
        t.byWeekday[0] = bucket(30, 15, 3);
        t.byWeekday[4] = bucket(21, 20, 20);
        t.attempts = 51;
        QCOMPARE(CallTimingFindings::byWeekday(t),
                 QStringList({QStringLiteral("Best day: Friday, 95% answered, 95% a person (21 "
                                             "attempts)."),
                              QStringLiteral("Fewest answers on Monday (50% answered).")}));
        t.byWeekday[4] = bucket(1, 1, 1);
        t.byWeekday[0] = bucket(1, 0, 0);
        QCOMPARE(CallTimingFindings::byWeekday(t),
                 QStringList{QStringLiteral("The figures are still few: no day has 20 attempts "
                                            "or more (2 attempts in all).")});
    }

    void attemptSentences()
    {
        CallTiming t;
        QCOMPARE(CallTimingFindings::attemptsToReach(t),
                 QStringList{QStringLiteral("No calls yet.")});
        t.calledNeverReached = 4;
        QCOMPARE(CallTimingFindings::attemptsToReach(t),
                 QStringList{QStringLiteral("No one reached yet; 4 rows called.")});
        t.attemptsToReach = {6, 3, 0, 1};
        QCOMPARE(t.mostReachingAttempt(), 0);
        QCOMPARE(CallTimingFindings::attemptsToReach(t),
                 QStringList({QStringLiteral("Most people were reached on the first attempt "
                                             "(60%)."),
                              QStringLiteral("4 rows called without reaching a person yet.")}));
        t.attemptsToReach = {2, 4, 3, 1};
        t.calledNeverReached = 0;
        QCOMPARE(CallTimingFindings::attemptsToReach(t),
                 QStringList{QStringLiteral("People were reached most often on the second "
                                            "attempt (40%).")});
    }

    void durationSentences()
    {
        CallTiming t;
        QCOMPARE(CallTimingFindings::durations(t), QStringList{QStringLiteral("No calls yet.")});
        t.attempts = 5;
        QCOMPARE(t.middleDurationBucket(), -1);
        QCOMPARE(CallTimingFindings::durations(t),
                 QStringList{QStringLiteral("No answered call with a known length yet.")});
        t.durations = {1, 1, 3, 0, 1}; // the middle call lasts 1 to 2 min
        QCOMPARE(t.middleDurationBucket(), 2);
        QCOMPARE(CallTimingFindings::durations(t),
                 QStringList({QStringLiteral("Of 6 answered calls, half last under 2 min."),
                              QStringLiteral("17% last 5 min or more.")}));
        t.durations = {1, 0, 0, 0, 2};
        QCOMPARE(t.middleDurationBucket(), 4);
        QCOMPARE(CallTimingFindings::durations(t),
                 QStringList{QStringLiteral("Of 3 answered calls, half last 5 min or more.")});
        t.durations = {1, 0, 0, 0, 0};
        QCOMPARE(CallTimingFindings::durations(t),
                 QStringList{QStringLiteral("Of 1 answered call, half last under 30 s.")});
    }

private:
    EnglishPlurals m_plurals;
};

QTEST_GUILESS_MAIN(TestCallTimingFindings)
#include "tst_calltimingfindings.moc"
