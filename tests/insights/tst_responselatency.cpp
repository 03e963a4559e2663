#include "ResponseLatency.h"

#include "SpeechTurns.h"

#include <QTest>

using namespace revox;
using revox::testing::turn;
using namespace Qt::StringLiterals;

// The agent's response latency per turn and its nearest-rank percentiles.
class TestResponseLatency : public QObject
{
    Q_OBJECT

private slots:
    void latencyIsAgentStartMinusCallerEnd();
    void noiseAndUntimedTurnsLeftOut();
    void cutTurnsCountedBothWays();
    void nearestRank();
    void noTimedTurnNoPercentile();
};

void TestResponseLatency::latencyIsAgentStartMinusCallerEnd()
{
    QList<SpeechEvent> events{turn(Speaker::Agent, 0, 2000), turn(Speaker::User, 2500, 4000),
                              turn(Speaker::Agent, 4700, 6000), turn(Speaker::User, 6500, 7000),
                              turn(Speaker::Agent, 9100, 9900)};
    events[2].llmTtftMs = 300;
    events[2].ttsTtfbMs = 120;
    const ResponseLatency r = ResponseLatency::compute(events);
    QCOMPARE(r.turns.size(), 2); // the greeting answers no one
    QCOMPARE(r.turns.at(0).eventIndex, 2);
    QCOMPARE(r.turns.at(0).latencyMs, 700.0);
    QCOMPARE(r.turns.at(0).llmTtftMs, std::optional<double>(300));
    QCOMPARE(r.turns.at(0).ttsTtfbMs, std::optional<double>(120));
    QCOMPARE(r.turns.at(1).eventIndex, 4);
    QCOMPARE(r.turns.at(1).latencyMs, 2100.0);
    QCOMPARE(r.sortedLatencies(), (QList<double>{700, 2100}));
}

void TestResponseLatency::noiseAndUntimedTurnsLeftOut()
{
    // A noise blip between the caller and the agent does not shorten the latency; an agent
    // turn after another agent turn, or after a caller turn without an end, has none.
    const QList<SpeechEvent> events{turn(Speaker::User, 0, 1000),
                                    turn(Speaker::User, 1200, 1300, false),
                                    turn(Speaker::Agent, 1800, 2500),
                                    turn(Speaker::Agent, 2600, 3000),
                                    turn(Speaker::User, 3500, std::nullopt),
                                    turn(Speaker::Agent, 5000, 6000)};
    const ResponseLatency r = ResponseLatency::compute(events);
    QCOMPARE(r.turns.size(), 1);
    QCOMPARE(r.turns.at(0).eventIndex, 2);
    QCOMPARE(r.turns.at(0).latencyMs, 800.0);
}

void TestResponseLatency::cutTurnsCountedBothWays()
{
    // The agent cuts the caller: the caller's turn still ends where it ended, after the agent
    // began, so that reply's latency is negative.
    const QList<SpeechEvent> events{
        turn(Speaker::Agent, 0, 1500, true, true), turn(Speaker::User, 1400, 3000, true, true),
        turn(Speaker::Agent, 2800, 4000), turn(Speaker::User, 4100, 4200, false, true)};
    const ResponseLatency r = ResponseLatency::compute(events);
    QCOMPARE(r.agentCutByCaller, 1);
    QCOMPARE(r.callerCutByAgent, 1); // noise that was cut is no turn
    QCOMPARE(r.turns.size(), 1);
    QCOMPARE(r.turns.at(0).latencyMs, -200.0);
}

void TestResponseLatency::nearestRank()
{
    const QList<double> v{100, 200, 300, 400, 500, 600, 700, 800, 900, 1000};
    QCOMPARE(ResponseLatency::nearestRank(v, 50), std::optional<double>(500));
    QCOMPARE(ResponseLatency::nearestRank(v, 90), std::optional<double>(900));
    QCOMPARE(ResponseLatency::nearestRank(v, 99), std::optional<double>(1000));
    QCOMPARE(ResponseLatency::nearestRank(v, 100), std::optional<double>(1000));
    QCOMPARE(ResponseLatency::nearestRank(v, 1), std::optional<double>(100));
    QCOMPARE(ResponseLatency::nearestRank({42}, 50), std::optional<double>(42));
    QCOMPARE(ResponseLatency::nearestRank({10, 20, 30}, 50), std::optional<double>(20));
    QCOMPARE(ResponseLatency::nearestRank({10, 20, 30, 40}, 50), std::optional<double>(20));
    QVERIFY(!ResponseLatency::nearestRank(v, 0).has_value());
}

void TestResponseLatency::noTimedTurnNoPercentile()
{
    QVERIFY(!ResponseLatency::compute(CallAttempt{}).percentile(50).has_value());
    const ResponseLatency onlyGreeting =
        ResponseLatency::compute(QList<SpeechEvent>{turn(Speaker::Agent, 0, 900)});
    QVERIFY(onlyGreeting.turns.isEmpty());
    QVERIFY(!onlyGreeting.percentile(90).has_value());
}

QTEST_GUILESS_MAIN(TestResponseLatency)
#include "tst_responselatency.moc"
