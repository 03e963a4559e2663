// The simulator's building blocks on their own: timestamps, JSON escaping, ids, WAV slices,
// fault specs.
#include "FaultInjector.h"
#include "JsonOut.h"
#include "SimIds.h"
#include "WavComposer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <random>

using namespace revox::sim;

class TestSimulatorParts : public QObject
{
    Q_OBJECT

private slots:
    void isoTimeMatchesQDateTime()
    {
        std::mt19937_64 random(1);
        QList<qint64> samples{0, -1, 951782400000 /* 2000-02-29 */, 4102444799999, -86400001};
        for (int i = 0; i < 2000; ++i)
            samples.append(qint64(random() % 8000000000000ULL) - 2000000000000LL);
        for (qint64 ms : samples) {
            const QString expected =
                QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
            QCOMPARE(QString::fromLatin1(JsonOut::isoTime(ms)), expected);
        }
    }

    void writesValidEscapedJson()
    {
        const QString tricky = QStringLiteral("quote \" backslash \\ newline \n tab \t bell \a "
                                              "é 漢字 😀 \x01");
        JsonOut out;
        out.beginObject()
            .field("text", tricky)
            .key("list")
            .beginArray()
            .num(qint64(-9007199254740991))
            .num(1.5)
            .num(2.0)
            .boolean(false)
            .null()
            .beginObject()
            .endObject()
            .beginArray()
            .endArray()
            .endArray()
            .fieldTime("at", 0)
            .endObject();
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(out.bytes(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o[QStringLiteral("text")].toString(), tricky);
        const QJsonArray list = o[QStringLiteral("list")].toArray();
        QCOMPARE(list.size(), 7);
        QCOMPARE(list[0].toInteger(), qint64(-9007199254740991));
        QCOMPARE(list[1].toDouble(), 1.5);
        QVERIFY(out.bytes().contains(",2,")); // integral doubles are written as integers
        QCOMPARE(o[QStringLiteral("at")].toString(), QStringLiteral("1970-01-01T00:00:00.000Z"));
    }

    void idsRoundTripAndRejectStrangers()
    {
        const SimIds ids(99);
        const SimIds otherWorld(100);
        for (int kind = 1; kind <= 6; ++kind) {
            for (qint64 row : {qint64(0), qint64(1), qint64(4242), SimIds::kMaxRows}) {
                const QString id = ids.make(SimIds::Kind(kind), kind % 6, row, kind % 3);
                QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-["
                                                          "89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                            .match(id)
                            .hasMatch());
                const auto decoded = ids.decode(id);
                QVERIFY(decoded.has_value());
                QCOMPARE(int(decoded->kind), kind);
                QCOMPARE(decoded->campaign, kind % 6);
                QCOMPARE(decoded->row, row);
                QCOMPARE(decoded->attempt, kind % 3);
                QVERIFY(!otherWorld.decode(id).has_value());
                QString altered = id;
                altered[30] = altered[30] == u'0' ? u'1' : u'0';
                QVERIFY(!ids.decode(altered).has_value());
            }
        }
        for (const QString &junk : {QString(), QStringLiteral("abc"),
                                    QStringLiteral("zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz"),
                                    QStringLiteral("00000000-0000-4000-8000-000000000000")})
            QVERIFY(!ids.decode(junk).has_value());
    }

    void wavSlicesEqualTheWhole()
    {
        QVERIFY(WavComposer::clipsAvailable());
        const WavComposer wav(12345, 7, WavComposer::Kind::Voicemail);
        QCOMPARE(wav.sampleCount(), qint64(12345 * 8));
        const QByteArray whole = wav.bytes(0, wav.totalBytes());
        QCOMPARE(qint64(whole.size()), wav.totalBytes());
        std::mt19937 random(5);
        for (int i = 0; i < 200; ++i) {
            const qint64 offset = qint64(random() % quint32(whole.size()));
            const qint64 length = qint64(random() % 5000);
            QCOMPARE(wav.bytes(offset, length), whole.mid(offset, length));
        }
        QVERIFY(wav.bytes(wav.totalBytes() + 10, 100).isEmpty());
        // Different calls sound different; the same call sounds the same.
        QVERIFY(WavComposer(12345, 8, WavComposer::Kind::Voicemail).bytes(0, wav.totalBytes()) !=
                whole);
        QCOMPARE(WavComposer(12345, 7, WavComposer::Kind::Voicemail).bytes(0, wav.totalBytes()),
                 whole);
        QCOMPARE(WavComposer(0, 1, WavComposer::Kind::Conversation).totalBytes(), qint64(44));
    }

    void faultSpecsParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("all") << QStringLiteral(
                                    " latency=10 ; stall, "
                                    "status=429,retry-after=0,drop,truncate,malformed,wrong-types,"
                                    "unknown-enums,rate=0,path=/campaigns")
                             << true;
        QTest::newRow("status too low") << QStringLiteral("status=200") << false;
        QTest::newRow("negative latency") << QStringLiteral("latency=-1") << false;
        QTest::newRow("value on flag") << QStringLiteral("drop=1") << false;
        QTest::newRow("unknown") << QStringLiteral("meltdown") << false;
        QTest::newRow("rate above 1") << QStringLiteral("rate=1.5") << false;
    }
    void faultSpecsParse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QString error;
        const auto spec = FaultSpec::parse(text, &error);
        QCOMPARE(spec.has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void rateZeroNeverApplies()
    {
        FaultInjector faults(1);
        QVERIFY(faults.setRunWide(QStringLiteral("drop,rate=0"), nullptr));
        for (int i = 0; i < 100; ++i)
            QVERIFY(!faults.decide(QString(), QStringLiteral("/campaigns"), nullptr).has_value());
        QVERIFY(faults.setRunWide(QStringLiteral("drop"), nullptr));
        QVERIFY(faults.decide(QString(), QStringLiteral("/campaigns"), nullptr)->drop);
        QVERIFY(!faults.decide(QStringLiteral("none"), QStringLiteral("/x"), nullptr).has_value());
        // Without the run-wide faults, only the per-request spec counts.
        QVERIFY(
            faults.decide(QStringLiteral("stall"), QStringLiteral("/x"), nullptr, false)->stall);
        QVERIFY(!faults.decide(QString(), QStringLiteral("/x"), nullptr, false).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSimulatorParts)
#include "tst_simulatorparts.moc"
