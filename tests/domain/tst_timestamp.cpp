#include "Timestamp.h"

#include <QDateTime>
#include <QTest>

using namespace revox;

namespace {

qint64 utcMs(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

constexpr qint64 kUnknown = std::numeric_limits<qint64>::min();

} // namespace

// Parsing and writing of the API's ISO 8601 times.
class TestTimestamp : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void isoString_data();
    void isoString();
    void unknownByDefault();
};

void TestTimestamp::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms"); // kUnknown: not a time

    const qint64 base = utcMs(2026, 11, 20, 9, 15, 3);
    QTest::newRow("Z, no fraction") << "2026-11-20T09:15:03Z" << base;
    QTest::newRow("Z, milliseconds") << "2026-11-20T09:15:03.123Z" << base + 123;
    QTest::newRow("Z, microseconds") << "2026-11-20T09:15:03.123456Z" << base + 123;
    QTest::newRow("Z, one digit") << "2026-11-20T09:15:03.1Z" << base + 100;
    QTest::newRow("comma fraction") << "2026-11-20T09:15:03,25Z" << base + 250;
    QTest::newRow("+02:00") << "2026-11-20T11:15:03+02:00" << base;
    QTest::newRow("+0200") << "2026-11-20T11:15:03+0200" << base;
    QTest::newRow("+02") << "2026-11-20T11:15:03+02" << base;
    QTest::newRow("-05:30 with fraction") << "2026-11-20T03:45:03.500-05:30" << base + 500;
    QTest::newRow("+00:00") << "2026-11-20T09:15:03+00:00" << base;
    QTest::newRow("no offset is UTC") << "2026-11-20T09:15:03" << base;
    QTest::newRow("no offset, fraction") << "2026-11-20T09:15:03.007" << base + 7;
    QTest::newRow("space separator") << "2026-11-20 09:15:03Z" << base;
    QTest::newRow("lower case t and z") << "2026-11-20t09:15:03z" << base;
    QTest::newRow("no seconds") << "2026-11-20T09:15Z" << utcMs(2026, 11, 20, 9, 15);
    QTest::newRow("date only") << "2026-11-20" << utcMs(2026, 11, 20);
    QTest::newRow("surrounding spaces") << "  2026-11-20T09:15:03Z " << base;
    QTest::newRow("offset crosses midnight")
        << "2026-11-21T01:00:00+02:00" << utcMs(2026, 11, 20, 23, 0);
    QTest::newRow("leap day") << "2028-02-29T12:00:00Z" << utcMs(2028, 2, 29, 12);
    QTest::newRow("leap second") << "2016-12-31T23:59:60Z" << utcMs(2017, 1, 1);
    QTest::newRow("before 1970") << "1969-12-31T23:59:59Z" << qint64(-1000);
    QTest::newRow("epoch") << "1970-01-01T00:00:00.000Z" << qint64(0);
    QTest::newRow("first day of year 1") << "0001-01-01T00:00:00Z" << utcMs(1, 1, 1);
    QTest::newRow("last millisecond of 9999")
        << "9999-12-31T23:59:59.999Z" << utcMs(9999, 12, 31, 23, 59, 59, 999);

    QTest::newRow("empty") << "" << kUnknown;
    QTest::newRow("garbage") << "garbage" << kUnknown;
    QTest::newRow("epoch seconds as text") << "1763630103" << kUnknown;
    QTest::newRow("basic format") << "20261120T091503Z" << kUnknown;
    QTest::newRow("month 13") << "2026-13-01" << kUnknown;
    QTest::newRow("30 February") << "2026-02-30" << kUnknown;
    QTest::newRow("29 February, not a leap year") << "2026-02-29T00:00:00Z" << kUnknown;
    QTest::newRow("hour 25") << "2026-11-20T25:00:00Z" << kUnknown;
    QTest::newRow("minute 60") << "2026-11-20T09:60:00Z" << kUnknown;
    QTest::newRow("double Z") << "2026-11-20T09:15:03ZZ" << kUnknown;
    QTest::newRow("dot without digits") << "2026-11-20T09:15:03.Z" << kUnknown;
    QTest::newRow("one-digit offset") << "2026-11-20T09:15:03+2" << kUnknown;
    QTest::newRow("offset hour 24") << "2026-11-20T09:15:03+24:00" << kUnknown;
    QTest::newRow("trailing text") << "2026-11-20T09:15:03Z and more" << kUnknown;
    QTest::newRow("T without time") << "2026-11-20T" << kUnknown;
    QTest::newRow("slashes") << "2026/11/20" << kUnknown;
    QTest::newRow("offset past year 9999") << "9999-12-31T23:00:00-23:00" << kUnknown;
    QTest::newRow("offset before year 1") << "0001-01-01T00:00:00+01:00" << kUnknown;
    QTest::newRow("year 0") << "0000-06-01T00:00:00Z" << kUnknown;
    QTest::newRow("named zone") << "2026-11-20T09:15:03 Europe/Paris" << kUnknown;
}

void TestTimestamp::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const Timestamp t = Timestamp::parseIso8601(text);
    QCOMPARE(t.isValid(), ms != kUnknown);
    if (ms != kUnknown) {
        QCOMPARE(t.toMSecsSinceEpoch(), ms);
        QVERIFY(!t.toIsoString().isEmpty()); // every valid time can be written back
    }
}

void TestTimestamp::isoString_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("milliseconds") << utcMs(2026, 11, 20, 9, 15, 3, 123)
                                  << "2026-11-20T09:15:03.123Z";
    QTest::newRow("whole second") << utcMs(2026, 11, 20, 9, 15, 3) << "2026-11-20T09:15:03.000Z";
    QTest::newRow("epoch") << qint64(0) << "1970-01-01T00:00:00.000Z";
}

void TestTimestamp::isoString()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    const Timestamp t = Timestamp::fromMSecsSinceEpoch(ms);
    QCOMPARE(t.toIsoString(), text);
    QCOMPARE(Timestamp::parseIso8601(t.toIsoString()), t);
}

void TestTimestamp::unknownByDefault()
{
    const Timestamp t;
    QVERIFY(!t.isValid());
    QCOMPARE(t.toIsoString(), QString());
    QVERIFY(!t.toDateTime().isValid());
    QVERIFY(!Timestamp::fromDateTime(QDateTime()).isValid());
}

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
