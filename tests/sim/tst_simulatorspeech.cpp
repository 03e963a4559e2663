// The newest simulated server's conversation detail over loopback HTTP: speech events that
// match what the recording holds, sorted and within the call, with positive agent latencies,
// noise and cut turns, person takeovers; older server forms send none of it.
#include "ApiBodyReader.h"
#include "ResponseLatency.h"
#include "SimHttp.h"
#include "SimulatorServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtEndian>

using revox::sim::SimRowsPaging;
using revox::sim::SimulatorOptions;
using revox::sim::SimulatorServer;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 11, 20), QTime(17, 0), Qt::UTC);

SimulatorOptions options(SimRowsPaging paging)
{
    SimulatorOptions o;
    o.speed = 0;
    o.rowsScale = 0.05;
    o.seed = 11;
    o.startTime = kStart;
    o.rowsPaging = paging;
    return o;
}

} // namespace

// Checks the speech events the newest server form sends against its recordings.
class TestSimulatorSpeech : public QObject
{
    Q_OBJECT

    SimulatorServer m_newest;
    SimulatorServer m_paged;

    SimHttp::Reply api(SimulatorServer &server, const QString &path,
                       const QList<std::pair<QByteArray, QByteArray>> &extra = {})
    {
        QUrl u = server.baseUrl();
        const qsizetype q = path.indexOf(QLatin1Char('?'));
        u.setPath(u.path() + path.left(q));
        if (q >= 0)
            u.setQuery(path.mid(q + 1));
        auto headers = extra;
        headers.append(std::pair<QByteArray, QByteArray>("Authorization", "Bearer k"));
        return SimHttp::get(u, headers);
    }

    // Every answered, ended attempt of every campaign of a server, as the client reads it.
    QList<revox::CallAttempt> endedAttempts(SimulatorServer &server, const QString &query = {})
    {
        QList<revox::CallAttempt> list;
        for (const auto &c : server.campaigns()) {
            const SimHttp::Reply r =
                api(server, QStringLiteral("/campaigns/%1/rows?page_size=1000%2").arg(c.id, query));
            const auto parsed = revox::json::parseRowsPage(r.body);
            if (!parsed.ok() || !parsed.problems.isEmpty())
                qWarning() << "rows did not parse" << c.id;
            for (const revox::Row &row : parsed.value.rows) {
                if (!row.call)
                    continue;
                for (const revox::CallAttempt &a : row.call->callAttempts) {
                    if (a.answeredAt.isValid() && a.endedAt.isValid())
                        list.append(a);
                }
            }
        }
        return list;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_newest.start(options(SimRowsPaging::Unpaged)));
        QVERIFY(m_paged.start(options(SimRowsPaging::Paged)));
        // Let the running campaigns call for a while.
        m_newest.advanceSeconds(2 * 3600);
        m_paged.advanceSeconds(2 * 3600);
    }

    void eventsAreSortedWithinTheCallWithPositiveLatencies()
    {
        const QList<revox::CallAttempt> attempts = endedAttempts(m_newest);
        QVERIFY(attempts.size() > 20);
        int noise = 0, cut = 0, takenOver = 0, agentTurns = 0;
        for (const revox::CallAttempt &a : attempts) {
            QVERIFY(a.speechEvents.has_value());
            QCOMPARE(a.handledByAi, std::optional<bool>(true));
            const QList<revox::SpeechEvent> &events = *a.speechEvents;
            QVERIFY(!events.isEmpty());
            const double lengthMs =
                double(a.endedAt.toMSecsSinceEpoch() - a.answeredAt.toMSecsSinceEpoch());
            double previousStart = -1;
            bool human = false;
            for (const revox::SpeechEvent &e : events) {
                QVERIFY(e.startedSpeakingAtMs > previousStart);
                previousStart = e.startedSpeakingAtMs;
                QVERIFY(e.stoppedSpeakingAtMs.has_value());
                QVERIFY(*e.stoppedSpeakingAtMs > e.startedSpeakingAtMs);
                QVERIFY(*e.stoppedSpeakingAtMs <= lengthMs);
                QVERIFY(e.isRealTurn.has_value() && e.wasCut.has_value());
                noise += e.realTurn() ? 0 : 1;
                cut += e.cut() ? 1 : 0;
                const bool agent = e.speaker == revox::Speaker::Agent;
                if (agent) {
                    ++agentTurns;
                    QVERIFY(e.llmTtftMs && *e.llmTtftMs > 0);
                    QVERIFY(e.ttsTtfbMs && *e.ttsTtfbMs > 0);
                } else {
                    QVERIFY(!e.llmTtftMs);
                }
                if (e.speaker == revox::Speaker::Human)
                    human = true;
                if (!e.realTurn())
                    QVERIFY(e.speaker == revox::Speaker::User);
            }
            QCOMPARE(a.handledByHuman, std::optional<bool>(human));
            takenOver += human ? 1 : 0;
            const revox::ResponseLatency latency = revox::ResponseLatency::compute(a);
            for (const auto &turn : latency.turns) {
                QVERIFY2(turn.latencyMs > 0, qPrintable(a.id));
                // The server's parts fit inside the wait the caller heard.
                if (turn.llmTtftMs && turn.ttsTtfbMs)
                    QVERIFY(*turn.llmTtftMs + *turn.ttsTtfbMs < turn.latencyMs);
            }
        }
        QVERIFY(agentTurns > 100);
        QVERIFY(noise > 5);
        QVERIFY(cut > 5);
        QVERIFY(takenOver > 0);
    }

    void eventsMatchWhatTheRecordingHolds()
    {
        int checked = 0;
        for (const revox::CallAttempt &a : endedAttempts(m_newest)) {
            if (checked == 6)
                break;
            if (a.recordingUrl.isEmpty())
                continue;
            const SimHttp::Reply wav = SimHttp::get(QUrl(a.recordingUrl));
            QCOMPARE(wav.status, 200);
            const qint64 samples = (wav.body.size() - 44) / 2;
            std::vector<bool> inTurn(size_t(samples), false);
            for (const revox::SpeechEvent &e : *a.speechEvents) {
                const qint64 from = qint64(e.startedSpeakingAtMs) * 8;
                const qint64 to = std::min(samples, qint64(e.endMs()) * 8);
                int loudest = 0;
                for (qint64 i = from; i < to; ++i) {
                    inTurn[size_t(i)] = true;
                    const int v = qFromLittleEndian<qint16>(wav.body.constData() + 44 + 2 * i);
                    loudest = std::max(loudest, std::abs(v));
                }
                QVERIFY2(loudest > 300, qPrintable(QStringLiteral("%1 at %2 ms is silent")
                                                       .arg(a.id)
                                                       .arg(e.startedSpeakingAtMs)));
            }
            // Outside the turns only the faint line noise is heard (one sample of slack
            // either side for the rounding to whole ms).
            for (qint64 i = 8; i + 8 < samples; ++i) {
                if (inTurn[size_t(i)] || inTurn[size_t(i - 8)] || inTurn[size_t(i + 8)])
                    continue;
                const int v = qFromLittleEndian<qint16>(wav.body.constData() + 44 + 2 * i);
                QVERIFY2(std::abs(v) <= 20,
                         qPrintable(QStringLiteral("%1: sound at %2 ms outside any turn")
                                        .arg(a.id)
                                        .arg(i / 8)));
            }
            ++checked;
        }
        QCOMPARE(checked, 6);
    }

    void theSameWorldSendsTheSameEvents()
    {
        const QString id = m_newest.campaigns().first().id;
        const QString path = QStringLiteral("/campaigns/%1/rows").arg(id);
        QCOMPARE(api(m_newest, path).body, api(m_newest, path).body);
    }

    void olderFormsSendNone()
    {
        // The paged server's rows carry neither events nor who handled the call.
        const auto c = m_paged.campaigns().first();
        const SimHttp::Reply rows =
            api(m_paged, QStringLiteral("/campaigns/%1/rows?page_size=1000").arg(c.id));
        QVERIFY(rows.body.contains("\"call_attempts\""));
        QVERIFY(!rows.body.contains("speech_events"));
        QVERIFY(!rows.body.contains("handled_by"));
        for (const revox::CallAttempt &a : endedAttempts(m_paged))
            QVERIFY(!a.speechEvents && !a.handledByAi && !a.handledByHuman);
        // The call endpoint follows the server's form, or the form a request asks for.
        const QJsonArray list =
            QJsonDocument::fromJson(rows.body)[QStringLiteral("rows")].toArray();
        QString callId;
        for (const QJsonValue &row : list) {
            for (const QJsonValue &a :
                 row[QStringLiteral("call")][QStringLiteral("call_attempts")].toArray()) {
                if (callId.isEmpty() && a[QStringLiteral("answered_at")].isString())
                    callId = row[QStringLiteral("call")][QStringLiteral("id")].toString();
            }
        }
        QVERIFY(!callId.isEmpty());
        const QString path = QStringLiteral("/call/%1").arg(callId);
        QVERIFY(!api(m_paged, path).body.contains("speech_events"));
        const auto asked = revox::json::parseCallResponse(
            api(m_paged, path, {{"X-Revox-Sim-Paging", "unpaged"}}).body);
        QVERIFY(asked.ok() && asked.problems.isEmpty());
        bool withEvents = false;
        for (const revox::CallAttempt &a : asked.value.callAttempts)
            withEvents = withEvents || (a.speechEvents && !a.speechEvents->isEmpty());
        QVERIFY(withEvents);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorSpeech)
#include "tst_simulatorspeech.moc"
