// CampaignWatcher on the API seam: against FakeRevoxApi and a manual clock, the requests a
// refresh makes are the refresh plan's, in its order, and the next refresh waits for the
// clock.
#include "CampaignListWatcher.h"
#include "CampaignStore.h"
#include "CampaignWatcher.h"
#include "Clock.h"
#include "FakeRevoxApi.h"
#include "RowStore.h"

#include <QtTest>

using namespace revox;

namespace {

Row rowOf(int i, std::optional<CallStatus> status)
{
    Row row;
    row.id = QStringLiteral("r%1").arg(i);
    row.rowIndex = i;
    row.phoneNumber = QStringLiteral("+3361234567%1").arg(i);
    if (status) {
        Call call;
        call.id = QStringLiteral("k%1").arg(i);
        call.status = *status;
        row.call = call;
    }
    return row;
}

Campaign runningCampaign(qint64 total, int version)
{
    Campaign c;
    c.id = QStringLiteral("c1");
    c.name = QStringLiteral("Spring renewals");
    c.status = CampaignStatus::Running;
    c.updatedAt = Timestamp::fromMSecsSinceEpoch(1'000'000 + version);
    RowStats stats;
    stats.total = total;
    c.rowStats = stats;
    return c;
}

// A watcher of c1 over api, on a polling loop whose clock moves only when the test says.
struct WatchedByHand
{
    explicit WatchedByHand(FakeRevoxApi *api)
        : watcher(api, &rows)
    {
        loop.setClock(&clock);
        watcher.setPollingLoop(&loop);
        watcher.setCampaignId(QStringLiteral("c1"));
    }

    ManualClock clock;
    PollingLoop loop;
    RowStore rows;
    CampaignWatcher watcher;
    QSignalSpy refreshed{&watcher, &CampaignWatcher::refreshed};
};

} // namespace

class TestWatcherPlan : public QObject
{
    Q_OBJECT
private slots:
    void aRefreshAsksWhatThePlanSays();
    void theNextRefreshWaitsForTheClock();
    void bothWatchersKeepTheSameMinimumInterval();
};

void TestWatcherPlan::aRefreshAsksWhatThePlanSays()
{
    FakeRevoxApi api;
    api.setCampaign(runningCampaign(5, 0));
    api.setRows(QStringLiteral("c1"),
                {rowOf(0, CallStatus::Completed), rowOf(1, CallStatus::Calling), rowOf(2, {}),
                 rowOf(3, {}), rowOf(4, {})});
    WatchedByHand w(&api);
    auto &[clock, loop, rows, watcher, refreshed] = w;
    watcher.setPageSize(2);
    watcher.start();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(rows.size(), 5);
    QCOMPARE(api.requests(), (QStringList{"campaign c1", "rows c1 page=0 size=2",
                                          "rows c1 page=1 size=2", "rows c1 page=2 size=2"}));

    // The call of r1 ended; r2 got one. The next refresh lists the rows in progress, reads
    // the one that left them alone, then the frontier's pages while their last row has a
    // call; row_stats has no new rows.
    api.clearRequests();
    api.setCampaign(runningCampaign(5, 1));
    api.setRows(QStringLiteral("c1"),
                {rowOf(0, CallStatus::Completed), rowOf(1, CallStatus::Completed),
                 rowOf(2, CallStatus::Calling), rowOf(3, {}), rowOf(4, {})});
    watcher.refreshNow();
    QVERIFY(refreshed.wait(5000));
    const QString inProgress = RefreshPlanner::inProgressStatuses().join(QLatin1Char(','));
    QCOMPARE(api.requests(),
             (QStringList{"campaign c1", "rows c1 page=0 size=2 statuses=" + inProgress, "call k1",
                          "rows c1 page=1 size=2"}));
    QCOMPARE(rows.rowById(QStringLiteral("r1"))->call->status.value, CallStatus::Completed);
    QCOMPARE(rows.rowById(QStringLiteral("r2"))->call->status.value, CallStatus::Calling);
    QCOMPARE(watcher.lastRefreshCost().requests, 4);
    QCOMPARE(watcher.strategy(), CampaignWatcher::Strategy::ActiveRows);
}

void TestWatcherPlan::theNextRefreshWaitsForTheClock()
{
    FakeRevoxApi api;
    api.setCampaign(runningCampaign(1, 0));
    api.setRows(QStringLiteral("c1"), {rowOf(0, CallStatus::Completed)});
    WatchedByHand w(&api);
    auto &[clock, loop, rows, watcher, refreshed] = w;
    watcher.setIntervalMs(3000);
    watcher.start();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(watcher.msUntilNextRefresh(), 3000);
    QCOMPARE(watcher.lastSuccessAt(), clock.nowUtc());
    api.clearRequests();
    clock.advance(2999);
    QCOMPARE(watcher.msUntilNextRefresh(), 1);
    QVERIFY(api.requests().isEmpty()); // the loop armed no real timer: nothing can run early
    clock.advance(1);
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(api.requests().value(0), QStringLiteral("campaign c1"));
    QCOMPARE(watcher.lastSuccessAt(), clock.nowUtc());
    QCOMPARE(watcher.lastSuccessAt().toMSecsSinceEpoch(), 3000);
}

void TestWatcherPlan::bothWatchersKeepTheSameMinimumInterval()
{
    FakeRevoxApi api;
    CampaignStore campaigns;
    RowStore rows;
    CampaignListWatcher list(&api, &campaigns);
    CampaignWatcher open(&api, &rows);
    list.setIntervalMs(1);
    open.setIntervalMs(1);
    open.setSlowIntervalMs(1);
    QCOMPARE(list.intervalMs(), RefreshCycle::kMinIntervalMs);
    QCOMPARE(open.intervalMs(), RefreshCycle::kMinIntervalMs);
    QCOMPARE(open.slowIntervalMs(), RefreshCycle::kMinIntervalMs);
}

QTEST_GUILESS_MAIN(TestWatcherPlan)
#include "tst_watcherplan.moc"
