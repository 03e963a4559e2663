#include "OutcomeCounts.h"

#include <QtTest>

using namespace revox;

// Rows counted by where they stand, answered rows by result.
class TestOutcomeCounts : public QObject
{
    Q_OBJECT
private slots:
    void answeredRowsCountByResultTheOthersByOutcome()
    {
        const QList<RowOutcome> outcomes{RowOutcome::NotCalled, RowOutcome::Answered,
                                         RowOutcome::Answered,  RowOutcome::NotReached,
                                         RowOutcome::Answered,  RowOutcome::Skipped,
                                         RowOutcome::NotCalled, RowOutcome::InProgress};
        const QStringList results{QString(),
                                  QStringLiteral("human"),
                                  QStringLiteral("voicemail"),
                                  QString(),
                                  QStringLiteral("human"),
                                  QString(),
                                  QString(),
                                  QString()};
        QList<int> asked;
        const QHash<QString, int> counts = OutcomeCounts::count(
            int(outcomes.size()), [&](int i) { return outcomes.at(i); },
            [&](int i) {
                asked << i;
                return results.at(i);
            });
        const QHash<QString, int> expected{
            {QStringLiteral("not_called"), 2}, {QStringLiteral("human"), 2},
            {QStringLiteral("voicemail"), 1},  {QStringLiteral("not_reached"), 1},
            {QStringLiteral("skipped"), 1},    {QStringLiteral("in_progress"), 1}};
        QCOMPARE(counts, expected);
        QCOMPARE(asked, QList<int>({1, 2, 4})); // the result of answered rows only
        int total = 0;
        for (int n : counts)
            total += n;
        QCOMPARE(total, int(outcomes.size()));
    }

    void noRowsNoKeys()
    {
        const auto none = [](int) {
            return RowOutcome::NotCalled;
        };
        QVERIFY(OutcomeCounts::count(0, none, [](int) { return QString(); }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutcomeCounts)
#include "tst_outcomecounts.moc"
