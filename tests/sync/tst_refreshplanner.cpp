// The refresh plan without a network: one case per rule of the README's refresh plan, on a
// manual clock, with rows in a real RowStore.
#include "Clock.h"
#include "RefreshPlanner.h"
#include "RowStore.h"

#include <QtTest>

using namespace revox;
using Step = RefreshPlanner::FirstStep;

Q_DECLARE_METATYPE(QList<RefreshPlanner::FirstStep>)
Q_DECLARE_METATYPE(std::optional<qint64>)

namespace {

constexpr qint64 kMinute = 60'000;
const QDateTime kStart = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

// Rows from codes, one a row: n no call yet, c completed, e errored, a calling (in
// progress), s scheduled and due (its next call a minute ago), w scheduled, due in an hour.
QList<Row> rowsOf(const QString &codes, const Clock &clock)
{
    QList<Row> rows;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        Row row;
        row.id = QStringLiteral("r%1").arg(i);
        row.rowIndex = i;
        const QChar code = codes.at(i);
        if (code != QLatin1Char('n')) {
            Call call;
            call.id = QStringLiteral("k%1").arg(i);
            switch (code.toLatin1()) {
            case 'c':
                call.status = CallStatus::Completed;
                break;
            case 'e':
                call.status = CallStatus::Errored;
                break;
            case 'a':
                call.status = CallStatus::Calling;
                break;
            case 's':
            case 'w':
                call.status = CallStatus::Scheduled;
                call.nextCallAt = Timestamp::fromDateTime(
                    clock.nowUtc().addMSecs(code == QLatin1Char('s') ? -kMinute : 60 * kMinute));
                break;
            }
            row.call = call;
        }
        rows.append(row);
    }
    return rows;
}

Campaign campaignOf(const QString &status, qint64 total, qint64 completed, int version)
{
    Campaign c;
    c.id = QStringLiteral("c1");
    c.status = ApiEnum<CampaignStatus>::fromText(status);
    c.updatedAt = Timestamp::fromDateTime(kStart.addSecs(version));
    RowStats stats;
    stats.total = total;
    stats.completed = completed;
    c.rowStats = stats;
    return c;
}

QSet<QString> idsOf(const QString &list)
{
    const QStringList ids = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return {ids.cbegin(), ids.cend()};
}

} // namespace

class TestRefreshPlanner : public QObject
{
    Q_OBJECT
private slots:
    void firstStep_data();
    void firstStep();
    void followUp_data();
    void followUp();
    void aDueRowIsReadAtMostEvery30s();
    void aCallReadAloneThatIsInProgressJoinsTheSet();
    void frontierGoesOnWhileThePageEndsWithACall();
    void intervals_data();
    void intervals();
};

// Rules 1 to 3: what a refresh reads once the campaign is in, over successive refreshes
// that each come stepMs after the one before (the first load's full listing at time 0).
void TestRefreshPlanner::firstStep_data()
{
    QTest::addColumn<QString>("before");    // the campaign's status at the first load
    QTest::addColumn<QString>("now");       // its status at every refresh
    QTest::addColumn<bool>("moved");        // updated_at changes at each refresh
    QTest::addColumn<QString>("held");      // the rows the store holds
    QTest::addColumn<qint64>("completed");  // row_stats.completed
    QTest::addColumn<bool>("everyRow");     // the server sends every row each time
    QTest::addColumn<int>("sweepEvery");    // setFullSweepEvery
    QTest::addColumn<qint64>("fullBytes");  // what the first load's listing cost
    QTest::addColumn<qint64>("stepMs");     // clock between refreshes
    QTest::addColumn<QList<Step>>("steps"); // what each refresh reads

    QTest::newRow("1 not live and nothing moved: the campaign is all")
        << "paused"
        << "paused" << false << "cc" << 2LL << false << 0 << 0LL << 1000LL
        << QList<Step>{Step::Nothing, Step::Nothing};
    QTest::newRow("1 not live but it moved: the rows in progress")
        << "paused"
        << "paused" << true << "cc" << 2LL << false << 0 << 0LL << 1000LL
        << QList<Step>{Step::ActiveRows};
    QTest::newRow("2 the campaign stopped: a reconcile")
        << "running"
        << "completed" << false << "cc" << 2LL << false << 0 << 0LL << 1000LL
        << QList<Step>{Step::Reconcile, Step::Nothing};
    QTest::newRow("2 every row each time: a reconcile at each refresh")
        << "running"
        << "running" << true << "cc" << 2LL << true << 0 << 0LL << 1000LL
        << QList<Step>{Step::Reconcile, Step::Reconcile};
    QTest::newRow("2 every nth refresh")
        << "running"
        << "running" << true << "cc" << 2LL << false << 3 << 0LL << 1000LL
        << QList<Step>{Step::ActiveRows, Step::ActiveRows, Step::Reconcile, Step::ActiveRows};
    QTest::newRow("2 counts disagree three refreshes in a row: one reconcile")
        << "running"
        << "running" << true << "ccc" << 10LL << false << 0 << 0LL << 20'000LL
        << QList<Step>{Step::ActiveRows, Step::ActiveRows, Step::Reconcile, Step::ActiveRows,
                       Step::ActiveRows};
    QTest::newRow("2 counts disagree, but not 30 s after a reconcile")
        << "running"
        << "running" << true << "ccc" << 10LL << false << 0 << 0LL << 5'000LL
        << QList<Step>{Step::ActiveRows, Step::ActiveRows, Step::ActiveRows,
                       Step::ActiveRows, Step::ActiveRows, Step::Reconcile};
    QTest::newRow("2 the budget: two minutes after a cheap listing")
        << "running"
        << "running" << true << "cc" << 2LL << false << 0 << 0LL << kMinute
        << QList<Step>{Step::ActiveRows, Step::Reconcile, Step::ActiveRows, Step::Reconcile};
    QTest::newRow("2 the budget grows with the listing's cost (10 MB: 10 min)")
        << "running"
        << "running" << true << "cc" << 2LL << false << 0 << 10LL * 1024 * 1024 << 5 * kMinute
        << QList<Step>{Step::ActiveRows, Step::Reconcile};
    QTest::newRow("3 live: the rows in progress")
        << "running"
        << "running" << true << "cac" << 2LL << false << 0 << 0LL << 1000LL
        << QList<Step>{Step::ActiveRows, Step::ActiveRows};
}

void TestRefreshPlanner::firstStep()
{
    QFETCH(QString, before);
    QFETCH(QString, now);
    QFETCH(bool, moved);
    QFETCH(QString, held);
    QFETCH(qint64, completed);
    QFETCH(bool, everyRow);
    QFETCH(int, sweepEvery);
    QFETCH(qint64, fullBytes);
    QFETCH(qint64, stepMs);
    QFETCH(QList<Step>, steps);

    ManualClock clock(kStart);
    RowStore rows;
    rows.merge(rowsOf(held, clock));
    RefreshPlanner planner(&clock);
    planner.setReadsEveryRow(everyRow);
    planner.setFullSweepEvery(sweepEvery);
    // The first load: a full listing, then the campaign as it was.
    planner.fullListingDone(fullBytes, 0);
    planner.refreshDone(campaignOf(before, rows.size(), completed, 0));
    QList<Step> taken;
    for (int i = 0; i < steps.size(); ++i) {
        clock.advance(stepMs);
        const Campaign campaign = campaignOf(now, rows.size(), completed, moved ? i + 1 : 0);
        const Step step = planner.firstStep(campaign, rows);
        if (step == Step::Reconcile) { // as the watcher does
            planner.fullListingStarted();
            planner.fullListingDone(fullBytes, 0);
        }
        planner.refreshDone(campaign);
        taken.append(step);
    }
    QCOMPARE(taken, steps);
}

// Rules 4 to 6, after the rows in progress were listed (pages of 2 rows).
void TestRefreshPlanner::followUp_data()
{
    QTest::addColumn<QString>("held");
    QTest::addColumn<QString>("listed"); // the rows the in-progress listing named
    QTest::addColumn<qint64>("total");   // row_stats.total (-1: the rows held)
    QTest::addColumn<QStringList>("calls");
    QTest::addColumn<std::optional<qint64>>("frontier");
    QTest::addColumn<std::optional<qint64>>("newRows");

    const std::optional<qint64> none;
    QTest::newRow("4 a row that left the in-progress set is read alone")
        << "aacc"
        << "r0" << -1LL << QStringList{"r1"} << none << none;
    QTest::newRow("4 a scheduled row whose next call is due, not one that waits")
        << "cswc"
        << "" << -1LL << QStringList{"r1"} << none << none;
    QTest::newRow("4 left the set first, then the due rows")
        << "sac"
        << "" << -1LL << QStringList{"r1", "r0"} << none << none;
    QTest::newRow("5 the frontier: the page of the first row after the last call")
        << "ccnnnn"
        << "" << -1LL << QStringList() << std::optional<qint64>(1) << none;
    QTest::newRow("5 a row never called does not hold the frontier back")
        << "cnccnn"
        << "" << -1LL << QStringList() << std::optional<qint64>(2) << none;
    QTest::newRow("6 new rows past the last one held")
        << "cccc"
        << "" << 7LL << QStringList() << none << std::optional<qint64>(2);
    QTest::newRow("6 no new rows when row_stats has fewer")
        << "cccc"
        << "" << 3LL << QStringList() << none << none;
}

void TestRefreshPlanner::followUp()
{
    QFETCH(QString, held);
    QFETCH(QString, listed);
    QFETCH(qint64, total);
    QFETCH(QStringList, calls);
    QFETCH(std::optional<qint64>, frontier);
    QFETCH(std::optional<qint64>, newRows);

    ManualClock clock(kStart);
    RowStore rows;
    rows.merge(rowsOf(held, clock));
    RefreshPlanner planner(&clock);
    planner.rememberActiveRows(rows);
    const Campaign campaign =
        campaignOf(QStringLiteral("running"), total < 0 ? rows.size() : total, 0, 0);
    QCOMPARE(planner.callsToRead(idsOf(listed), campaign, rows), calls);
    QCOMPARE(planner.activeRows(), idsOf(listed));
    QCOMPARE(planner.frontierPage(rows, 2), frontier);
    QCOMPARE(planner.newRowsPage(campaign, rows, 2), newRows);
}

void TestRefreshPlanner::aDueRowIsReadAtMostEvery30s()
{
    ManualClock clock(kStart);
    RowStore rows;
    rows.merge(rowsOf(QStringLiteral("cs"), clock));
    RefreshPlanner planner(&clock);
    const Campaign campaign = campaignOf(QStringLiteral("running"), 2, 1, 0);
    QCOMPARE(planner.callsToRead({}, campaign, rows), QStringList{"r1"});
    planner.callRequested(QStringLiteral("r1"), rows);
    clock.advance(RefreshPlanner::kDueRecheckMs - 1);
    QCOMPARE(planner.callsToRead({}, campaign, rows), QStringList());
    clock.advance(1);
    QCOMPARE(planner.callsToRead({}, campaign, rows), QStringList{"r1"});
}

void TestRefreshPlanner::aCallReadAloneThatIsInProgressJoinsTheSet()
{
    ManualClock clock(kStart);
    RowStore rows;
    rows.merge(rowsOf(QStringLiteral("cc"), clock));
    RefreshPlanner planner(&clock);
    Call calling;
    calling.status = CallStatus::Calling;
    planner.callAnswered(QStringLiteral("r1"), calling);
    Call done;
    done.status = CallStatus::Completed;
    planner.callAnswered(QStringLiteral("r0"), done);
    QCOMPARE(planner.activeRows(), idsOf(QStringLiteral("r1")));
    // Next time the listing does not name it: it ended, and is read alone.
    const Campaign campaign = campaignOf(QStringLiteral("running"), 2, 2, 0);
    QCOMPARE(planner.callsToRead({}, campaign, rows), QStringList{"r1"});
}

void TestRefreshPlanner::frontierGoesOnWhileThePageEndsWithACall()
{
    ManualClock clock(kStart);
    QVERIFY(RefreshPlanner::frontierGoesOn(rowsOf(QStringLiteral("nc"), clock)));
    QVERIFY(!RefreshPlanner::frontierGoesOn(rowsOf(QStringLiteral("cn"), clock)));
    QVERIFY(!RefreshPlanner::frontierGoesOn({}));
}

// When: the settings' interval (live or not), longer by what a full download costs when
// every refresh is one.
void TestRefreshPlanner::intervals_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("everyRow");
    QTest::addColumn<qint64>("fullBytes");
    QTest::addColumn<qint64>("fullMs");
    QTest::addColumn<int>("interval");

    QTest::newRow("live") << "running" << false << 0LL << 0LL << 3000;
    QTest::newRow("not live: the slow interval") << "paused" << false << 0LL << 0LL << 30'000;
    QTest::newRow("every row, cheap: the interval") << "running" << true << 1000LL << 100LL << 3000;
    QTest::newRow("every row, 2 s to read: ten times that")
        << "running" << true << 1000LL << 2000LL << 20'000;
    QTest::newRow("every row, 50 MB: 10 MB a minute")
        << "running" << true << 50LL * 1024 * 1024 << 2000LL << 300'000;
    QTest::newRow("every row, at most 15 min")
        << "running" << true << 500LL * 1024 * 1024 << 2000LL << 900'000;
    QTest::newRow("cost counts only when every row is read")
        << "running" << false << 500LL * 1024 * 1024 << 2000LL << 3000;
}

void TestRefreshPlanner::intervals()
{
    QFETCH(QString, status);
    QFETCH(bool, everyRow);
    QFETCH(qint64, fullBytes);
    QFETCH(qint64, fullMs);
    QFETCH(int, interval);

    ManualClock clock(kStart);
    RefreshPlanner planner(&clock);
    planner.setIntervalMs(3000);
    planner.setSlowIntervalMs(30'000);
    planner.setReadsEveryRow(everyRow);
    planner.fullListingDone(fullBytes, fullMs);
    const std::optional<Campaign> campaign = campaignOf(status, 0, 0, 0);
    QCOMPARE(planner.nextIntervalMs(campaign), interval);
    QCOMPARE(planner.baseIntervalMs(campaign), status == QLatin1String("running") ? 3000 : 30'000);
}

QTEST_GUILESS_MAIN(TestRefreshPlanner)
#include "tst_refreshplanner.moc"
