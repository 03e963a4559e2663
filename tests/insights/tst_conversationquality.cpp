// A campaign's conversation quality from hand-made speech events whose figures are worked
// out by hand below.
#include "ConversationQuality.h"

#include "SpeechTurns.h"

#include <QTest>

using namespace revox;
using revox::testing::turn;
using namespace Qt::StringLiterals;

namespace {

TranscriptEntry toolLine(bool failed)
{
    TranscriptEntry line;
    line.role = ApiEnum<TranscriptRole>::fromText(u"tool"_s);
    line.editTool().name = u"book"_s;
    line.editTool().isError = failed;
    return line;
}

// Call a: latencies 600, 1000 and 300 ms; the agent cut once, the caller cut once; one
// failed tool call; agent 5100 ms, caller 3200 ms (the noise is no talk); the longest
// silence 1000 ms (7000 to 8000).
CallAttempt callA()
{
    CallAttempt a;
    a.id = u"a"_s;
    a.speechEvents = QList<SpeechEvent>{
        turn(Speaker::Agent, 0, 2000),                // greeting: answers no one
        turn(Speaker::User, 2500, 4000),              //
        turn(Speaker::User, 4100, 4300, false),       // noise
        turn(Speaker::Agent, 4600, 6000, true, true), // 600 ms, cut by the caller
        turn(Speaker::User, 6100, 7000),              //
        turn(Speaker::Agent, 8000, 9000),             // 1000 ms
        turn(Speaker::User, 9200, 10000, true, true), // cut by the agent
        turn(Speaker::Agent, 10300, 11000),           // 300 ms
    };
    a.transcript = QList<TranscriptEntry>{toolLine(true), toolLine(false)};
    a.handledByHuman = false;
    return a;
}

// Call b: one timed turn of 2500 ms, then a person takes over; agent 2000 ms, person
// 2800 ms, caller 2000 ms; the longest silence 2500 ms (3000 to 5500).
CallAttempt callB()
{
    CallAttempt a;
    a.id = u"b"_s;
    a.speechEvents = QList<SpeechEvent>{
        turn(Speaker::Agent, 0, 1000),    turn(Speaker::User, 1500, 3000),
        turn(Speaker::Agent, 5500, 6500), turn(Speaker::Human, 7000, 9000),
        turn(Speaker::User, 9500, 10000), turn(Speaker::Human, 10200, 11000),
    };
    a.handledByHuman = true;
    return a;
}

// An attempt from an older server: no speech events, so left out, tool error and all.
CallAttempt olderCall()
{
    CallAttempt a;
    a.id = u"old"_s;
    a.transcript = QList<TranscriptEntry>{toolLine(true)};
    a.handledByHuman = true;
    return a;
}

Row rowOf(const QString &id, const QList<CallAttempt> &attempts)
{
    Row row;
    row.id = id;
    Call call;
    call.id = id + u"-call"_s;
    call.callAttempts = attempts;
    call.callsCount = attempts.size();
    row.call = call;
    return row;
}

} // namespace

// Latency percentiles, buckets, interruptions, takeovers, tool errors, talk and silence.
class TestConversationQuality : public QObject
{
    Q_OBJECT

private slots:
    void oneCall()
    {
        const ConversationQuality::Call a = ConversationQuality::computeCall(callA());
        QCOMPARE(a.timedTurns(), 3);
        // 300, 600, 1000: ranks ceil(1.5) = 2, ceil(2.7) = 3, ceil(2.97) = 3.
        QCOMPARE(a.latencyP50Ms, std::optional<double>(600));
        QCOMPARE(a.latencyP90Ms, std::optional<double>(1000));
        QCOMPARE(a.latencyP99Ms, std::optional<double>(1000));
        QCOMPARE(a.agentCutByCaller, 1);
        QCOMPARE(a.callerCutByAgent, 1);
        QCOMPARE(a.interruptions(), 2);
        QCOMPARE(a.toolErrors, 1);
        QVERIFY(!a.takenOver);
        QCOMPARE(a.agentTalkMs, 5100.0);
        QCOMPARE(a.callerTalkMs, 3200.0);
        QCOMPARE(a.humanTalkMs, 0.0);
        QCOMPARE(a.longestSilenceMs, 1000.0);

        const ConversationQuality::Call b = ConversationQuality::computeCall(callB());
        QCOMPARE(b.timedTurns(), 1); // the person's turns are not the agent's
        QCOMPARE(b.latencyP50Ms, std::optional<double>(2500));
        QVERIFY(b.takenOver);
        QCOMPARE(b.humanTalkMs, 2800.0);
        QCOMPARE(b.longestSilenceMs, 2500.0);
    }

    void aPersonSpeakingIsATakeoverEvenUnflagged()
    {
        CallAttempt b = callB();
        b.handledByHuman.reset();
        QVERIFY(ConversationQuality::computeCall(b).takenOver);
    }

    void silenceIsWhereNobodySpeaks()
    {
        // The caller speaks inside the agent's turn: the silence runs from 3000, not 2000.
        CallAttempt a;
        a.speechEvents =
            QList<SpeechEvent>{turn(Speaker::Agent, 0, 3000), turn(Speaker::User, 1000, 2000),
                               turn(Speaker::Agent, 3500, 4000)};
        QCOMPARE(ConversationQuality::computeCall(a).longestSilenceMs, 500.0);
    }

    void campaign()
    {
        const QList<Row> rows{rowOf(u"r1"_s, {callA()}), rowOf(u"r2"_s, {callB(), olderCall()}),
                              Row()};
        const ConversationQuality q = ConversationQuality::compute(rows);
        QCOMPARE(q.calls, 2);
        QCOMPARE(q.timedTurns, 4);
        // 300, 600, 1000, 2500: ranks 2, ceil(3.6) = 4, 4.
        QCOMPARE(q.latencyP50Ms, std::optional<double>(600));
        QCOMPARE(q.latencyP90Ms, std::optional<double>(2500));
        QCOMPARE(q.latencyP99Ms, std::optional<double>(2500));
        // The calls' medians 600 and 2500: ranks 1, 2, 2.
        QCOMPARE(q.callMedianP50Ms, std::optional<double>(600));
        QCOMPARE(q.callMedianP90Ms, std::optional<double>(2500));
        QCOMPARE(q.latencyBuckets, (std::array<int, 6>{1, 1, 1, 0, 1, 0}));
        QCOMPARE(q.agentCutByCaller, 1);
        QCOMPARE(q.callerCutByAgent, 1);
        QCOMPARE(q.interruptionsPerCall(), std::optional<double>(1.0));
        QCOMPARE(q.takenOver, 1);     // not the older attempt
        QCOMPARE(q.withToolError, 1); // nor its tool error
        QCOMPARE(q.agentTalkMs, 7100.0);
        QCOMPARE(q.callerTalkMs, 5200.0);
        QCOMPARE(q.humanTalkMs, 2800.0);
        QCOMPARE(q.agentTalkShare(), std::optional<double>(7100.0 / 12300.0));
        QCOMPARE(q.longestSilenceMs, 2500.0);
        QCOMPARE(q.longestSilenceAttemptId, u"b"_s);
    }

    void nothingToSay()
    {
        const ConversationQuality q = ConversationQuality::compute({rowOf(u"r"_s, {olderCall()})});
        QCOMPARE(q.calls, 0);
        QVERIFY(!q.latencyP50Ms);
        QVERIFY(!q.interruptionsPerCall());
        QVERIFY(!q.agentTalkShare());
    }

    void buckets()
    {
        QCOMPARE(ConversationQuality::latencyBucket(0), 0);
        QCOMPARE(ConversationQuality::latencyBucket(499.9), 0);
        QCOMPARE(ConversationQuality::latencyBucket(500), 1);
        QCOMPARE(ConversationQuality::latencyBucket(2999), 4);
        QCOMPARE(ConversationQuality::latencyBucket(3000), 5);
        QCOMPARE(ConversationQuality::latencyBucket(60000), 5);
    }
};

QTEST_GUILESS_MAIN(TestConversationQuality)
#include "tst_conversationquality.moc"
