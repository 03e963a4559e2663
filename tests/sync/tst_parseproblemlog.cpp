#include "ParseProblemLog.h"

#include <QTest>

using namespace revox;

// The log of problems met in the server's answers: one entry per kind, counts kept.
class ParseProblemLogTest : public QObject
{
    Q_OBJECT

private slots:
    void valueProblemsFoldIndexes();
    void aListingProblemIsOneKindWhateverItsCounts();
    void differentListingProblemsStayApart();
};

void ParseProblemLogTest::valueProblemsFoldIndexes()
{
    ParseProblemLog log;
    QVERIFY(
        log.add({{QStringLiteral("pages[0].rows[3].status"), QStringLiteral("expected string")}}));
    QVERIFY(
        !log.add({{QStringLiteral("pages[2].rows[9].status"), QStringLiteral("expected string")}}));
    QCOMPARE(log.distinctCount(), 1);
    QCOMPARE(log.entries().first().count, 2);
    QCOMPARE(log.entries().first().examplePath, QStringLiteral("pages[0].rows[3].status"));
    // A value problem whose message holds a number stays its own kind per number.
    QVERIFY(log.add({{QStringLiteral("rows[1].n"), QStringLiteral("out of range: 12")}}));
    QVERIFY(log.add({{QStringLiteral("rows[1].n"), QStringLiteral("out of range: 13")}}));
    QCOMPARE(log.valueKinds(), 3);
}

void ParseProblemLogTest::aListingProblemIsOneKindWhateverItsCounts()
{
    ParseProblemLog log;
    const auto repeated = [](const QString &rows) {
        return ParseProblem{QStringLiteral("rows"),
                            QStringLiteral("the server kept sending the same rows; %1 distinct "
                                           "rows of the 1,000,000 it announced")
                                .arg(rows),
                            true};
    };
    QVERIFY(log.add({repeated(QStringLiteral("100"))}));
    // The next listing met more distinct rows: the same problem, said with the new count.
    QVERIFY(log.add({repeated(QStringLiteral("110"))}));
    QCOMPARE(log.distinctCount(), 1);
    QCOMPARE(log.valueKinds(), 0);
    QCOMPARE(log.listingProblems(),
             QStringList{QStringLiteral("the server kept sending the same rows; 110 distinct "
                                        "rows of the 1,000,000 it announced")});
    QCOMPARE(log.entries().first().count, 2);
    // The same sentence again changes nothing the user reads.
    QVERIFY(!log.add({repeated(QStringLiteral("110"))}));
    // A later listing of changed rows met the same: one sentence still, the latest.
    QVERIFY(log.add(
        {{QStringLiteral("rows"),
          QStringLiteral("the server kept sending the same rows; 8 distinct rows"), true}}));
    QCOMPARE(log.listingProblems(),
             QStringList{QStringLiteral("the server kept sending the same rows; 8 distinct rows")});
}

void ParseProblemLogTest::differentListingProblemsStayApart()
{
    ParseProblemLog log;
    log.add({{QStringLiteral("rows"),
              QStringLiteral("the server announced 15 rows and sent 5 distinct rows"), true}});
    log.add({{QStringLiteral("rows"),
              QStringLiteral("the server kept sending the same rows; 5 distinct rows"), true}});
    QCOMPARE(log.listingProblems().size(), 2);
    QCOMPARE(ParseProblemLog::listingKind(QStringLiteral("sent 1,000,000 rows in 2.5 s; 3 left")),
             QStringLiteral("sent # rows in # s"));
}

QTEST_GUILESS_MAIN(ParseProblemLogTest)
#include "tst_parseproblemlog.moc"
