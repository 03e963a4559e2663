#include "RetryPolicy.h"
#include "TransferDeadline.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace revox;

// The retry rules alone: statuses, back-off growth and jitter, Retry-After parsing.
class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void retryableStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retry");
        for (int s : {408, 409, 429, 500, 501, 502, 503, 504, 599})
            QTest::addRow("%d", s) << s << true;
        for (int s : {200, 301, 400, 401, 403, 404, 410, 422})
            QTest::addRow("%d", s) << s << false;
    }
    void retryableStatuses()
    {
        QFETCH(int, status);
        QFETCH(bool, retry);
        QCOMPARE(RetryPolicy::isRetryableStatus(status), retry);
    }

    void backoffDoublesToTheCapWithJitter()
    {
        const RetryPolicy p(500, 8000, 60000);
        QCOMPARE(p.backoffMs(0, 0.0), qint64(500));
        QCOMPARE(p.backoffMs(1, 0.0), qint64(1000));
        QCOMPARE(p.backoffMs(2, 0.0), qint64(2000));
        QCOMPARE(p.backoffMs(4, 0.0), qint64(8000));
        QCOMPARE(p.backoffMs(10, 0.0), qint64(8000));
        // Jitter takes off up to a quarter.
        QCOMPARE(p.backoffMs(0, 0.9999), qint64(375));
        QVERIFY(p.backoffMs(3, 0.5) >= 3000 && p.backoffMs(3, 0.5) <= 4000);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: not understood
        QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
        QTest::newRow("fraction") << QByteArray("0.5") << qint64(500);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("negative") << QByteArray("-4") << qint64(0);
        QTest::newRow("spaces") << QByteArray("  7 ") << qint64(7000);
        QTest::newRow("imf date") << QByteArray("Mon, 23 Nov 2026 15:00:30 GMT") << qint64(30000);
        QTest::newRow("rfc850 date")
            << QByteArray("Monday, 23-Nov-26 15:01:00 GMT") << qint64(60000);
        QTest::newRow("asctime date") << QByteArray("Mon Nov 23 15:00:10 2026") << qint64(10000);
        QTest::newRow("past date") << QByteArray("Mon, 23 Nov 2026 14:00:00 GMT") << qint64(0);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray("") << qint64(-1);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2026, 11, 23), QTime(15, 0, 0), QTimeZone::utc());
        const auto got = RetryPolicy::parseRetryAfter(value, now);
        QCOMPARE(got.value_or(-1), expectedMs);
    }

    void serverDelayIsCapped()
    {
        const RetryPolicy p(500, 8000, 60000);
        QCOMPARE(p.cappedServerDelay(3600000), qint64(60000));
        QCOMPARE(p.cappedServerDelay(1500), qint64(1500));
    }

    void shouldRetryHeader()
    {
        QCOMPARE(RetryPolicy::shouldRetryHeader("true"), std::optional<bool>(true));
        QCOMPARE(RetryPolicy::shouldRetryHeader("False"), std::optional<bool>(false));
        QCOMPARE(RetryPolicy::shouldRetryHeader(""), std::optional<bool>());
    }

    // The deadline of a whole transfer: the timeout, and the timeout again per MiB it carries
    // (announced, else expected), moving on with what arrived beyond that.
    void transferDeadlineScalesWithWhatItCarries()
    {
        using revox::TransferDeadline;
        TransferDeadline small(60000, TransferDeadline::SmallAnswerBytes);
        QCOMPARE(small.limitMs(0), 75000);
        QCOMPARE(small.limitMs(100), 75000);
        TransferDeadline page(60000, TransferDeadline::rowsPageBytes(500));
        QCOMPARE(page.limitMs(0), qint64(60000 * (1 + (256 + 500 * 8) / 1024.0)));
        page.setAnnouncedBytes(3 * 1024 * 1024); // the server said how much
        QCOMPARE(page.limitMs(0), 240000);
        QCOMPARE(page.limitMs(5 * 1024 * 1024), 360000); // more came than announced
        TransferDeadline unknown(2000, 0);
        QCOMPARE(unknown.limitMs(0), 2000);
        QCOMPARE(unknown.limitMs(10 * 1024 * 1024), 22000);

        QCOMPARE(TransferDeadline::sentText(1229, 60000),
                 QStringLiteral("the server sent 1.2 KB in 60 s"));
        QCOMPARE(TransferDeadline::sentText(12, 3600),
                 QStringLiteral("the server sent 12 B in 3.6 s"));
        QCOMPARE(TransferDeadline::sentText(5 * 1024 * 1024, 75000),
                 QStringLiteral("the server sent 5.0 MB in 75 s"));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
