// revox-cli against the simulator over loopback: the rows CSV's conversation columns and
// call ID --timeline from the newest server form, empty cells and no timeline from an older.
#include "CliRun.h"
#include "CsvReader.h"
#include "SimulatorServer.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace revox;

// The conversation columns and the call timeline of revox-cli.
class TestRevoxCliCall : public QObject
{
    Q_OBJECT

    struct Server
    {
        sim::SimulatorServer server;
        QString campaignId;
    };

    static void start(Server &s, sim::SimRowsPaging paging)
    {
        sim::SimulatorOptions options;
        options.speed = 0;
        options.rowsScale = 0.05;
        options.seed = 5;
        options.startTime = QDateTime(QDate(2026, 11, 20), QTime(17, 0), Qt::UTC);
        options.rowsPaging = paging;
        QVERIFY(s.server.start(options));
        s.server.advanceSeconds(2 * 3600);
        qint64 most = 0;
        for (const sim::SimCampaignInfo &c : s.server.campaigns()) {
            if (c.status == QLatin1String("running") && c.rowCount > most) {
                most = c.rowCount;
                s.campaignId = c.id;
            }
        }
        QVERIFY(!s.campaignId.isEmpty());
    }

    static testing::CliRun run(Server &s, const QStringList &args)
    {
        return testing::runCli({QStringLiteral(REVOX_CLI_PATH), s.server.baseUrl(),
                                QStringLiteral("call-test-key"), QString(), 300000},
                               args);
    }

    static QList<QStringList> rowsCsv(Server &s)
    {
        const testing::CliRun csv =
            run(s, {QStringLiteral("rows"), s.campaignId, QStringLiteral("--all"),
                    QStringLiteral("--format"), QStringLiteral("csv")});
        if (csv.exitCode != 0)
            qWarning() << csv.err;
        return test::readCsv(QString::fromUtf8(csv.out));
    }

private slots:
    void newestServerFillsTheColumnsAndTheTimeline()
    {
        Server s;
        start(s, sim::SimRowsPaging::Unpaged);
        const QList<QStringList> records = rowsCsv(s);
        QVERIFY(records.size() > 2);
        const QStringList &header = records.first();
        const qsizetype p50 = header.indexOf(QStringLiteral("latency_p50_ms"));
        QCOMPARE(p50, 16);
        QCOMPARE(header.mid(16, 5), QStringList({"latency_p50_ms", "latency_p90_ms",
                                                 "interruptions", "taken_over", "tool_errors"}));
        const QStringList *talked = nullptr;
        for (qsizetype i = 1; i < records.size() && !talked; ++i) {
            if (!records.at(i).at(p50).isEmpty())
                talked = &records.at(i);
        }
        QVERIFY(talked);
        QVERIFY(talked->at(p50).toInt() > 0);
        QVERIFY(talked->at(p50 + 1).toInt() >= talked->at(p50).toInt());
        QVERIFY(talked->at(p50 + 3) == QLatin1String("true") ||
                talked->at(p50 + 3) == QLatin1String("false"));

        const QString callId = talked->at(header.indexOf(QStringLiteral("call_id")));
        const testing::CliRun timeline =
            run(s, {QStringLiteral("call"), callId, QStringLiteral("--timeline")});
        QCOMPARE(timeline.exitCode, 0);
        const QStringList lines = QString::fromUtf8(timeline.out).split(QLatin1Char('\n'));
        QVERIFY(lines.at(0).startsWith(QStringLiteral("attempt ")));
        QVERIFY(lines.at(1).split(QLatin1Char(' '), Qt::SkipEmptyParts) ==
                QStringList({"SPEAKER", "START_S", "END_S", "LATENCY_MS", "CUT", "NOISE"}));
        // The median of the latencies printed is the CSV's latency_p50_ms (nearest rank).
        QList<int> latencies;
        double previousStart = -1;
        for (const QString &line : lines.mid(2)) {
            const QStringList cells = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (cells.isEmpty())
                continue;
            QVERIFY(cells.size() >= 3);
            QVERIFY(cells.at(0) == QLatin1String("agent") || cells.at(0) == QLatin1String("user") ||
                    cells.at(0) == QLatin1String("human"));
            QVERIFY(cells.at(1).toDouble() > previousStart);
            previousStart = cells.at(1).toDouble();
            QVERIFY(cells.at(2).toDouble() > cells.at(1).toDouble());
            if (cells.size() >= 4 && cells.at(0) == QLatin1String("agent") &&
                cells.at(3) != QLatin1String("cut") && cells.at(3) != QLatin1String("noise"))
                latencies.append(cells.at(3).toInt());
        }
        QVERIFY(!latencies.isEmpty());
        std::sort(latencies.begin(), latencies.end());
        const qsizetype rank = qsizetype(std::ceil(0.5 * double(latencies.size())));
        QCOMPARE(latencies.at(rank - 1), talked->at(p50).toInt());
    }

    void olderServerLeavesThemEmpty()
    {
        Server s;
        start(s, sim::SimRowsPaging::Paged);
        const QList<QStringList> records = rowsCsv(s);
        QVERIFY(records.size() > 2);
        QString callId;
        for (const QStringList &r : records.mid(1)) {
            QCOMPARE(r.mid(16, 5), QStringList({"", "", "", "", ""}));
            if (callId.isEmpty() && !r.at(11).isEmpty()) // answered
                callId = r.at(2);
        }
        QVERIFY(!callId.isEmpty());
        const testing::CliRun timeline =
            run(s, {QStringLiteral("call"), callId, QStringLiteral("--timeline")});
        QCOMPARE(timeline.exitCode, 4);
        QVERIFY(timeline.err.contains("no speech events"));
        const testing::CliRun summary = run(s, {QStringLiteral("call"), callId});
        QCOMPARE(summary.exitCode, 0);
        QVERIFY(summary.out.contains(callId.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestRevoxCliCall)
#include "tst_revoxclicall.moc"
