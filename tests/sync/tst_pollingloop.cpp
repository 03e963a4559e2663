// The one polling loop: pollers due close together run in one wake-up, others in their
// own; stop() and moving to another loop keep or drop what is pending as they say.
#include "Clock.h"
#include "PollingLoop.h"

#include <QSignalSpy>
#include <QTest>

using namespace revox;

class TestPollingLoop : public QObject
{
    Q_OBJECT
private slots:
    void closeRefreshesShareAWakeUp();
    void distantRefreshesWakeSeparately();
    void stopAndRestart();
    void movingToTheSharedLoopKeepsTheDueTime();
    void aLoopGoneFirstLeavesItsPollersWorking();
    void onAManualClockPollersRunWhenTheClockReachesThem();
};

void TestPollingLoop::closeRefreshesShareAWakeUp()
{
    PollingLoop loop;
    PollTimer list;
    PollTimer rows;
    list.setLoop(&loop);
    rows.setLoop(&loop);
    QList<QString> order;
    connect(&list, &PollTimer::timeout, this, [&] { order << QStringLiteral("list"); });
    connect(&rows, &PollTimer::timeout, this, [&] { order << QStringLiteral("rows"); });
    rows.start(20);
    list.start(20 + PollingLoop::kCoalesceMs / 2);
    QCOMPARE(loop.pollerCount(), 2);
    QTRY_COMPARE(order.size(), 2);
    QCOMPARE(loop.wakeUps(), 1); // one wake-up ran both
    QVERIFY(!list.isActive() && !rows.isActive());
    QCOMPARE(loop.pollerCount(), 0);
}

void TestPollingLoop::distantRefreshesWakeSeparately()
{
    PollingLoop loop;
    PollTimer first;
    PollTimer second;
    first.setLoop(&loop);
    second.setLoop(&loop);
    QSignalSpy firstSpy(&first, &PollTimer::timeout);
    QSignalSpy secondSpy(&second, &PollTimer::timeout);
    first.start(10);
    second.start(10 + 20 * PollingLoop::kCoalesceMs); // far outside the window, even late
    QVERIFY(firstSpy.wait(5000));
    QCOMPARE(secondSpy.size(), 0); // not run early with the first
    QVERIFY(second.isActive());
    QVERIFY(secondSpy.wait(30000));
    QCOMPARE(loop.wakeUps(), 2);
    QCOMPARE(firstSpy.size(), 1);
}

void TestPollingLoop::stopAndRestart()
{
    PollingLoop loop;
    PollTimer a;
    PollTimer b;
    a.setLoop(&loop);
    b.setLoop(&loop);
    QSignalSpy aSpy(&a, &PollTimer::timeout);
    QSignalSpy bSpy(&b, &PollTimer::timeout);
    a.start(10);
    a.stop();
    QCOMPARE(a.remainingTime(), -1);
    b.start(30); // b's wake-up comes after a's dropped due time
    QVERIFY(bSpy.wait(5000));
    QCOMPARE(aSpy.size(), 0);
    // A poller that schedules itself again from its timeout runs again.
    int runs = 0;
    connect(&a, &PollTimer::timeout, this, [&] {
        if (++runs < 3)
            a.start(5);
    });
    a.start(5);
    QTRY_COMPARE(runs, 3);
    QVERIFY(!a.isActive());
}

void TestPollingLoop::movingToTheSharedLoopKeepsTheDueTime()
{
    PollTimer own; // on a loop of its own
    own.start(60 * 60 * 1000);
    QVERIFY(own.remainingTime() > 59 * 60 * 1000);
    PollingLoop shared;
    own.setLoop(&shared);
    QCOMPARE(shared.pollerCount(), 1);
    QVERIFY(own.isActive());
    QVERIFY(own.remainingTime() > 59 * 60 * 1000);
    own.setLoop(nullptr); // back to its own loop
    QCOMPARE(shared.pollerCount(), 0);
    QVERIFY(own.isActive());
}

void TestPollingLoop::aLoopGoneFirstLeavesItsPollersWorking()
{
    // As when a session's shared loop is deleted before its watchers.
    auto *shared = new PollingLoop;
    PollTimer idle;
    PollTimer pending;
    idle.setLoop(shared);
    pending.setLoop(shared);
    pending.start(60 * 1000);
    delete shared;
    QVERIFY(!pending.isActive()); // what was pending went with the loop
    QSignalSpy spy(&idle, &PollTimer::timeout);
    idle.start(5); // on its own loop now
    QVERIFY(spy.wait(5000));
    pending.stop();
}

void TestPollingLoop::onAManualClockPollersRunWhenTheClockReachesThem()
{
    ManualClock clock;
    PollingLoop loop;
    loop.setClock(&clock);
    PollTimer list;
    PollTimer rows;
    PollTimer later;
    list.setLoop(&loop);
    rows.setLoop(&loop);
    later.setLoop(&loop);
    QStringList order;
    connect(&list, &PollTimer::timeout, this, [&] { order << QStringLiteral("list"); });
    connect(&rows, &PollTimer::timeout, this, [&] { order << QStringLiteral("rows"); });
    connect(&later, &PollTimer::timeout, this, [&] { order << QStringLiteral("later"); });
    rows.start(1000);
    list.start(1000 + PollingLoop::kCoalesceMs); // within the window: the same wake-up
    later.start(1000 + PollingLoop::kCoalesceMs + 1);
    clock.advance(999);
    QCoreApplication::processEvents(); // a manual clock arms no real timer: nothing is due
    QCOMPARE(order, QStringList());
    QCOMPARE(loop.wakeUps(), 0);
    QCOMPARE(rows.remainingTime(), 1);
    clock.advance(1);
    QTRY_COMPARE(order, (QStringList{"rows", "list"}));
    QCOMPARE(loop.wakeUps(), 1);
    QVERIFY(later.isActive());
    QCOMPARE(later.remainingTime(), PollingLoop::kCoalesceMs + 1);
    // A poller that schedules itself from its timeout runs again when the clock gets there.
    connect(&later, &PollTimer::timeout, this, [&] {
        if (order.count(QStringLiteral("later")) < 2)
            later.start(500);
    });
    clock.advance(PollingLoop::kCoalesceMs + 1);
    QTRY_COMPARE(order.count(QStringLiteral("later")), 1);
    QCOMPARE(later.remainingTime(), 500);
    clock.advance(500);
    QTRY_COMPARE(order.count(QStringLiteral("later")), 2);
    QVERIFY(!later.isActive());
    QCOMPARE(loop.wakeUps(), 3);
}

QTEST_GUILESS_MAIN(TestPollingLoop)
#include "tst_pollingloop.moc"
