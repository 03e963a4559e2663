// Recordings on the second origin: valid WAV as long as the call, Range requests (206/416),
// HEAD, and 404 for recordings that do not exist (yet).
#include "SimHttp.h"
#include "SimulatorServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtEndian>

using revox::sim::SimulatorOptions;
using revox::sim::SimulatorServer;

class TestSimulatorRecordings : public QObject
{
    Q_OBJECT

private:
    SimulatorServer m_server;
    QJsonObject m_attempt; // a completed, answered attempt with a recording
    QJsonObject m_ongoing; // an attempt still in progress

    QJsonArray rows(const QString &campaignId, const QString &query)
    {
        QUrl u = m_server.baseUrl();
        u.setPath(u.path() + QStringLiteral("/campaigns/%1/rows").arg(campaignId));
        u.setQuery(query);
        return QJsonDocument::fromJson(
                   SimHttp::get(u, {{"Authorization", "Bearer k"}}).body)[QStringLiteral("rows")]
            .toArray();
    }

private slots:
    void initTestCase()
    {
        SimulatorOptions options;
        options.speed = 0;
        options.rowsScale = 0.05;
        options.seed = 3;
        options.startTime = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        QVERIFY(m_server.start(options));
        for (const auto &c : m_server.campaigns()) {
            const QJsonArray list = rows(c.id, QStringLiteral("page_size=1000"));
            for (const QJsonValue &row : list) {
                for (const QJsonValue &a :
                     row[QStringLiteral("call")][QStringLiteral("call_attempts")].toArray()) {
                    if (m_attempt.isEmpty() && a[QStringLiteral("recording_url")].isString() &&
                        a[QStringLiteral("result")] == QStringLiteral("human"))
                        m_attempt = a.toObject();
                    if (m_ongoing.isEmpty() &&
                        a[QStringLiteral("status")] == QStringLiteral("ongoing"))
                        m_ongoing = a.toObject();
                }
            }
        }
        QVERIFY(!m_attempt.isEmpty());
        QVERIFY(!m_ongoing.isEmpty());
        QVERIFY(m_ongoing[QStringLiteral("recording_url")].isNull());
    }

    void recordingIsOnTheOtherOrigin()
    {
        const QUrl url(m_attempt[QStringLiteral("recording_url")].toString());
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(url.port(), m_server.recordingsBaseUrl().port());
        QVERIFY(url.port() != m_server.baseUrl().port());
        QVERIFY(url.path().startsWith(QLatin1String("/recordings/")));
        QVERIFY(url.path().endsWith(QLatin1String(".wav")));
    }

    void fullFileIsAValidWavOfTheCallsLength()
    {
        const QUrl url(m_attempt[QStringLiteral("recording_url")].toString());
        const SimHttp::Reply r = SimHttp::get(url); // no API key: another origin
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("audio/wav"));
        QCOMPARE(r.header("Accept-Ranges"), QByteArray("bytes"));
        QCOMPARE(r.header("Content-Length").toLongLong(), r.body.size());
        const QByteArray &wav = r.body;
        QVERIFY(wav.startsWith("RIFF"));
        QCOMPARE(wav.mid(8, 8), QByteArray("WAVEfmt "));
        QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 4), quint32(wav.size() - 8));
        QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 20), quint16(1)); // PCM
        QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 22), quint16(1)); // mono
        const quint32 rate = qFromLittleEndian<quint32>(wav.constData() + 24);
        const quint16 bits = qFromLittleEndian<quint16>(wav.constData() + 34);
        QCOMPARE(bits, quint16(16));
        QCOMPARE(wav.mid(36, 4), QByteArray("data"));
        const quint32 dataBytes = qFromLittleEndian<quint32>(wav.constData() + 40);
        QCOMPARE(qint64(dataBytes), qint64(wav.size() - 44));
        const double seconds = double(dataBytes) / 2.0 / rate;
        const QDateTime answered = QDateTime::fromString(
            m_attempt[QStringLiteral("answered_at")].toString(), Qt::ISODateWithMs);
        const QDateTime ended = QDateTime::fromString(
            m_attempt[QStringLiteral("ended_at")].toString(), Qt::ISODateWithMs);
        const double expected = double(answered.msecsTo(ended)) / 1000.0;
        QVERIFY2(std::abs(seconds - expected) < 1.0,
                 qPrintable(QStringLiteral("%1 vs %2").arg(seconds).arg(expected)));
        // Speech, not silence: loud samples exist.
        int loud = 0;
        for (qsizetype i = 44; i + 1 < wav.size(); i += 2)
            loud += std::abs(qFromLittleEndian<qint16>(wav.constData() + i)) > 3000 ? 1 : 0;
        QVERIFY(loud > int(rate) / 10);
        // The same recording twice gives the same bytes.
        QCOMPARE(SimHttp::get(url).body, wav);
    }

    void rangeRequestsServeSlices_data()
    {
        QTest::addColumn<QByteArray>("range");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last"); // -1: the file's last byte
        QTest::newRow("header") << QByteArray("bytes=0-43") << qint64(0) << qint64(43);
        QTest::newRow("middle") << QByteArray("bytes=1000-1999") << qint64(1000) << qint64(1999);
        QTest::newRow("open end") << QByteArray("bytes=5000-") << qint64(5000) << qint64(-1);
        QTest::newRow("end clamped")
            << QByteArray("bytes=100-999999999") << qint64(100) << qint64(-1);
        QTest::newRow("suffix") << QByteArray("bytes=-500") << qint64(-500) << qint64(-1);
        QTest::newRow("one byte") << QByteArray("bytes=7-7") << qint64(7) << qint64(7);
    }
    void rangeRequestsServeSlices()
    {
        QFETCH(QByteArray, range);
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        const QUrl url(m_attempt[QStringLiteral("recording_url")].toString());
        const QByteArray full = SimHttp::get(url).body;
        const qint64 total = full.size();
        if (first < 0)
            first = total + first;
        if (last < 0)
            last = total - 1;
        const SimHttp::Reply r = SimHttp::get(url, {{"Range", range}});
        QCOMPARE(r.status, 206);
        QCOMPARE(r.header("Content-Range"),
                 QByteArray("bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) +
                            '/' + QByteArray::number(total)));
        QCOMPARE(r.header("Content-Length").toLongLong(), last - first + 1);
        QCOMPARE(r.body, full.mid(first, last - first + 1));
    }

    void unsatisfiableRangesGive416()
    {
        const QUrl url(m_attempt[QStringLiteral("recording_url")].toString());
        const qint64 total = SimHttp::get(url).body.size();
        for (const QByteArray &range :
             {QByteArray("bytes=" + QByteArray::number(total) + "-"), QByteArray("bytes=500-100"),
              QByteArray("bytes=abc-def"), QByteArray("bytes=-0")}) {
            const SimHttp::Reply r = SimHttp::get(url, {{"Range", range}});
            QVERIFY2(r.status == 416, range.constData());
            QCOMPARE(r.header("Content-Range"), QByteArray("bytes */" + QByteArray::number(total)));
        }
    }

    void headGivesTheLengthOnly()
    {
        const QUrl url(m_attempt[QStringLiteral("recording_url")].toString());
        const qint64 total = SimHttp::get(url).body.size();
        const SimHttp::Reply r = SimHttp::get(url, {}, 10000, "HEAD");
        QVERIFY(!r.timedOut);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Length").toLongLong(), total);
        QVERIFY(r.body.isEmpty());
    }

    void missingRecordingsGive404()
    {
        const QString ongoingId = m_ongoing[QStringLiteral("id")].toString();
        QUrl u = m_server.recordingsBaseUrl();
        u.setPath(QStringLiteral("/recordings/%1.wav").arg(ongoingId));
        QCOMPARE(SimHttp::get(u).status, 404);
        u.setPath(QStringLiteral("/recordings/00000000-0000-4000-8000-000000000000.wav"));
        QCOMPARE(SimHttp::get(u).status, 404);
        u.setPath(QStringLiteral("/elsewhere"));
        QCOMPARE(SimHttp::get(u).status, 404);
        // Once the call has ended, its recording appears.
        m_server.advanceSeconds(3600);
        u.setPath(QStringLiteral("/recordings/%1.wav").arg(ongoingId));
        QCOMPARE(SimHttp::get(u).status, 200);
    }

    void requestsCarryingAKeyAreCounted()
    {
        const QUrl url(m_attempt[QStringLiteral("recording_url")].toString());
        const quint64 before = m_server.recordingRequestsWithAuthorization();
        SimHttp::get(url, {{"Range", "bytes=0-9"}});
        QCOMPARE(m_server.recordingRequestsWithAuthorization(), before);
        SimHttp::get(url, {{"Authorization", "Bearer leaked"}});
        QCOMPARE(m_server.recordingRequestsWithAuthorization(), before + 1);
    }

    void recordingFaultsPerRequest()
    {
        QUrl url(m_attempt[QStringLiteral("recording_url")].toString());
        url.setQuery(QStringLiteral("sim_fault=status%3D503"));
        QCOMPARE(SimHttp::get(url).status, 503);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorRecordings)
#include "tst_simulatorrecordings.moc"
