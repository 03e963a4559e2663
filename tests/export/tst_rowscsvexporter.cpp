#include "CsvReader.h"
#include "RowsCsvExporter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace revox;

static CallAttempt attempt(const QString &id, const QString &result, const QJsonObject &output)
{
    CallAttempt a;
    a.id = id;
    a.phoneNumber = QStringLiteral("+33612345678");
    a.status = ApiEnum<AttemptStatus>::fromText(QStringLiteral("completed"));
    a.result = ApiEnum<CallResult>::fromText(result);
    a.startedAt = Timestamp::parseIso8601(u"2026-11-20T09:15:00Z");
    a.answeredAt = Timestamp::parseIso8601(u"2026-11-20T09:15:04.500Z");
    a.endedAt = Timestamp::parseIso8601(u"2026-11-20T11:17:07+02:00");
    a.endedBy = ApiEnum<EndedBy>::fromText(QStringLiteral("user"));
    a.endReason = QStringLiteral("tool_end_call");
    a.recordingUrl = QStringLiteral("https://storage.example/rec-%1.ogg").arg(id);
    a.structuredOutput = output;
    return a;
}

static Row row(qint64 index, QList<std::pair<QString, QString>> input,
               std::optional<Call> call = {})
{
    Row r;
    r.id = QStringLiteral("row-%1").arg(index);
    r.rowIndex = index;
    r.phoneNumber = QStringLiteral("+3361234%1").arg(index, 4, 10, QLatin1Char('0'));
    r.inputData = std::move(input);
    r.call = std::move(call);
    return r;
}

// The rows export format: columns, their order and discovery, values, streaming.
class TestRowsCsvExporter : public QObject
{
    Q_OBJECT
private slots:
    // The promise to scripts that read by position (README, "The export format"): the
    // documented fixed columns keep their places; a new one only ever comes after them.
    void fixedColumnsInOrder()
    {
        QCOMPARE(RowsCsvExporter::fixedColumns(), QStringList({"row_index",
                                                               "phone_number",
                                                               "call_id",
                                                               "call_status",
                                                               "attempts",
                                                               "last_result",
                                                               "last_attempt_status",
                                                               "last_dial_error",
                                                               "last_ended_by",
                                                               "last_end_reason",
                                                               "last_started_at",
                                                               "last_answered_at",
                                                               "last_ended_at",
                                                               "last_duration_s",
                                                               "last_recording_url",
                                                               "outcome",
                                                               "latency_p50_ms",
                                                               "latency_p90_ms",
                                                               "interruptions",
                                                               "taken_over",
                                                               "tool_errors"}));
    }

    void readmeStatesTheOrder()
    {
        QFile readme(QStringLiteral(REVOX_README));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        const qsizetype section = text.indexOf(QStringLiteral("### The export format (CSV)"));
        QVERIFY(section >= 0);
        const qsizetype start = text.indexOf(QStringLiteral("```"), section) + 3;
        const qsizetype end = text.indexOf(QStringLiteral("input.<key>"), start);
        QVERIFY(start > 3 && end > start);
        QStringList documented;
        for (const QString &name : text.mid(start, end - start).split(QLatin1Char(','))) {
            if (!name.trimmed().isEmpty())
                documented.append(name.trimmed());
        }
        QCOMPARE(documented, RowsCsvExporter::fixedColumns());
    }

    void chosenColumnsInTheirOrder()
    {
        Call call;
        call.id = QStringLiteral("call-7");
        call.callAttempts = {attempt(QStringLiteral("a"), QStringLiteral("human"),
                                     {{QStringLiteral("budget"), 300}})};
        const QList<Row> rows{row(4, {{QStringLiteral("name"), QStringLiteral("N")}}, call)};
        RowsCsvExporter::Options options;
        options.columns = {"output.budget", "input.missing", "outcome", "row_index", "input.name"};
        const RowsCsvExporter exporter(rows, options);
        QCOMPARE(exporter.header(), options.columns);
        QCOMPARE(exporter.cells(rows.first()), QStringList({"300", "", "human", "4", "N"}));
        QVERIFY(RowsCsvExporter::checkColumns(options.columns).isEmpty());
        QVERIFY(RowsCsvExporter::checkColumns({"row_index", "result"}).contains("result"));
        QVERIFY(!RowsCsvExporter::checkColumns({"input."}).isEmpty());
        QVERIFY(!RowsCsvExporter::checkColumns({}).isEmpty());
    }

    void discoversInputAndOutputColumnsInFirstSeenOrder()
    {
        Call c1;
        c1.id = QStringLiteral("call-1");
        c1.callAttempts = {attempt(QStringLiteral("a2"), QStringLiteral("human"),
                                   {{QStringLiteral("email"), QStringLiteral("x@y")},
                                    {QStringLiteral("budget"), 1200}}),
                           attempt(QStringLiteral("a1"), QStringLiteral("voicemail"),
                                   {{QStringLiteral("old_only"), true}})};
        Call c2;
        c2.id = QStringLiteral("call-2");
        c2.callAttempts = {attempt(QStringLiteral("b1"), QStringLiteral("human"),
                                   {{QStringLiteral("interested"), false},
                                    {QStringLiteral("email"), QStringLiteral("z@w")}})};
        const QList<Row> rows{row(0, {{QStringLiteral("name"), QStringLiteral("A")}}),
                              row(1,
                                  {{QStringLiteral("company"), QStringLiteral("B")},
                                   {QStringLiteral("name"), QStringLiteral("C")}},
                                  c1),
                              row(2, {{QStringLiteral("city"), QStringLiteral("Paris")}}, c2)};
        const RowsCsvExporter exporter(rows);
        QCOMPARE(exporter.inputKeys(), QStringList({"name", "company", "city"}));
        // Only the latest attempt's output counts (old_only belongs to an older attempt).
        QCOMPARE(exporter.outputKeys(), QStringList({"budget", "email", "interested"}));
        const QStringList header = exporter.header();
        QCOMPARE(header.mid(21),
                 QStringList({"input.name", "input.company", "input.city", "output.budget",
                              "output.email", "output.interested"}));
        const QStringList r1 = exporter.cells(rows.at(1));
        QCOMPARE(r1.size(), header.size());
        QCOMPARE(r1.at(header.indexOf("input.name")), QStringLiteral("C"));
        QCOMPARE(r1.at(header.indexOf("input.city")), QString());
        QCOMPARE(r1.at(header.indexOf("output.budget")), QStringLiteral("1200"));
        QCOMPARE(r1.at(header.indexOf("output.interested")), QString());
        const QStringList r2 = exporter.cells(rows.at(2));
        QCOMPARE(r2.at(header.indexOf("output.interested")), QStringLiteral("false"));
    }

    void lastColumnsComeFromTheLatestAttempt()
    {
        Call call;
        call.id = QStringLiteral("call-9");
        call.status = ApiEnum<CallStatus>::fromText(QStringLiteral("completed"));
        call.callsCount = 2;
        call.callAttempts = {attempt(QStringLiteral("new"), QStringLiteral("human"), {}),
                             attempt(QStringLiteral("old"), QStringLiteral("voicemail"), {})};
        call.callAttempts[1].dialError = ApiEnum<DialError>::fromText(QStringLiteral("busy"));
        const Row r = row(5, {}, call);
        const RowsCsvExporter exporter({r});
        const QStringList cells = exporter.cells(r);
        QCOMPARE(cells.mid(0, 16),
                 QStringList({"5", "+33612340005", "call-9", "completed", "2", "human", "completed",
                              "", "user", "tool_end_call", "2026-11-20T09:15:00.000Z",
                              "2026-11-20T09:15:04.500Z", "2026-11-20T09:17:07.000Z", "123",
                              "https://storage.example/rec-new.ogg", "human"}));
        // last_call_attempt, when the API names one, wins over list order.
        Call pointed = call;
        pointed.lastCallAttemptIndex = 1;
        const Row r2 = row(6, {}, pointed);
        const QStringList cells2 = RowsCsvExporter({r2}).cells(r2);
        QCOMPARE(cells2.at(5), QStringLiteral("voicemail"));
        QCOMPARE(cells2.at(7), QStringLiteral("busy"));
    }

    void conversationColumnsFromTheSpeechEvents()
    {
        const auto event = [](Speaker who, double start, double stop, bool cut = false) {
            SpeechEvent e;
            e.speaker = who;
            e.startedSpeakingAtMs = start;
            e.stoppedSpeakingAtMs = stop;
            e.wasCut = cut;
            return e;
        };
        Call call;
        call.id = QStringLiteral("call-3");
        // The latest attempt was not answered: the columns describe the answered one before.
        CallAttempt missed = attempt(QStringLiteral("missed"), QString(), {});
        missed.result = {};
        CallAttempt talked = attempt(QStringLiteral("talked"), QStringLiteral("human"), {});
        // Latencies 400, 1000 and 650 ms (p50 650, p90 1000); the caller cut once.
        talked.speechEvents = QList<SpeechEvent>{
            event(Speaker::Agent, 0, 1000),      event(Speaker::User, 1500, 2000),
            event(Speaker::Agent, 2400, 3000),   event(Speaker::User, 3500, 4000, true),
            event(Speaker::Agent, 5000, 6000),   event(Speaker::User, 6100, 7000),
            event(Speaker::Agent, 7650.4, 8000), event(Speaker::Human, 9000, 9500)};
        TranscriptEntry failed;
        failed.editTool().isError = true;
        talked.transcript = QList<TranscriptEntry>{failed, failed};
        call.callAttempts = {missed, talked};
        const Row r = row(3, {}, call);
        const RowsCsvExporter exporter({r});
        const QStringList header = exporter.header();
        const QStringList cells = exporter.cells(r);
        QCOMPARE(header.mid(16, 5), QStringList({"latency_p50_ms", "latency_p90_ms",
                                                 "interruptions", "taken_over", "tool_errors"}));
        QCOMPARE(cells.mid(16, 5), QStringList({"650", "1000", "1", "true", "2"}));
        // An older server's attempt (no speech events) leaves them empty.
        call.callAttempts[1].speechEvents.reset();
        const Row older = row(4, {}, call);
        QCOMPARE(RowsCsvExporter({older}).cells(older).mid(16, 5),
                 QStringList({"", "", "", "", ""}));
    }

    void rowWithoutCallHasEmptyCallColumns()
    {
        const Row r = row(3, {{QStringLiteral("name"), QStringLiteral("Solo")}});
        const QStringList cells = RowsCsvExporter({r}).cells(r);
        QCOMPARE(cells.size(), 22);
        QCOMPARE(cells.at(15), QStringLiteral("not_called"));
        for (int i = 2; i < 15; ++i)
            QVERIFY2(cells.at(i).isEmpty(), qPrintable(QString::number(i)));
    }

    void writesEscapedRecordsThatReadBack()
    {
        Call call;
        call.id = QStringLiteral("c");
        call.callAttempts = {
            attempt(QStringLiteral("a"), QStringLiteral("human"),
                    {{QStringLiteral("note"), QStringLiteral("=cmd|'/C calc'!A0")},
                     {QStringLiteral("multi"), QStringLiteral("line1\nline2, \"q\"")}})};
        const QList<Row> rows{row(0,
                                  {{QStringLiteral("name"), QStringLiteral("Dupont, \"Jean\"")},
                                   {QStringLiteral("phone2"), QStringLiteral("+33699999999")}},
                                  call),
                              row(1, {{QStringLiteral("name"), QStringLiteral("@evil")},
                                      {QStringLiteral("phone2"), QStringLiteral("-1")}})};
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const auto result = RowsCsvExporter(rows).write(&buffer);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rowsWritten, 2);
        const QList<QStringList> records = revox::test::readCsv(QString::fromUtf8(buffer.data()));
        QCOMPARE(records.size(), 3);
        const QStringList &header = records.at(0);
        QCOMPARE(records.at(1).at(header.indexOf("input.name")),
                 QStringLiteral("Dupont, \"Jean\""));
        QCOMPARE(records.at(1).at(header.indexOf("input.phone2")), QStringLiteral("+33699999999"));
        QCOMPARE(records.at(1).at(header.indexOf("output.note")),
                 QStringLiteral("'=cmd|'/C calc'!A0"));
        QCOMPARE(records.at(1).at(header.indexOf("output.multi")),
                 QStringLiteral("line1\nline2, \"q\""));
        QCOMPARE(records.at(1).at(1), QStringLiteral("+33612340000"));
        QCOMPARE(records.at(2).at(header.indexOf("input.name")), QStringLiteral("'@evil"));
        QCOMPARE(records.at(2).at(header.indexOf("input.phone2")), QStringLiteral("'-1"));
        QVERIFY(buffer.data().endsWith("\r\n"));
        QVERIFY(!buffer.data().startsWith("\xEF\xBB\xBF"));
    }

    void byteOrderMarkOnRequest()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        RowsCsvExporter::Options options;
        options.byteOrderMark = true;
        QVERIFY(RowsCsvExporter({row(0, {})}, options).write(&buffer).ok);
        QVERIFY(buffer.data().startsWith("\xEF\xBB\xBFrow_index,"));
    }

    void streamsInChunksWithProgressAndCancel()
    {
        QList<Row> rows;
        for (int i = 0; i < 1000; ++i)
            rows.append(row(i, {{QStringLiteral("name"), QStringLiteral("N%1").arg(i)}}));
        RowsCsvExporter::Options options;
        options.rowsPerChunk = 100;
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QList<qint64> seen;
        const auto done =
            RowsCsvExporter(rows, options).write(&buffer, [&](qint64 written, qint64 total) {
                seen.append(written);
                return total == 1000;
            });
        QVERIFY(done.ok);
        QCOMPARE(seen, QList<qint64>({100, 200, 300, 400, 500, 600, 700, 800, 900, 1000}));
        QCOMPARE(revox::test::readCsv(QString::fromUtf8(buffer.data())).size(), 1001);

        QBuffer partial;
        QVERIFY(partial.open(QIODevice::WriteOnly));
        const auto stopped =
            RowsCsvExporter(rows, options).write(&partial, [](qint64 written, qint64) {
                return written < 300;
            });
        QVERIFY(!stopped.ok);
        QVERIFY(stopped.cancelled);
        QCOMPARE(stopped.rowsWritten, 300);
        QCOMPARE(revox::test::readCsv(QString::fromUtf8(partial.data())).size(), 301);
    }

    void failedDeviceIsReported()
    {
        QBuffer closed;
        const auto result = RowsCsvExporter({row(0, {})}).write(&closed);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
    }

    void hundredThousandRows()
    {
        Call call;
        call.id = QStringLiteral("c");
        call.callAttempts = {attempt(QStringLiteral("a"), QStringLiteral("human"),
                                     {{QStringLiteral("email"), QStringLiteral("x@y.z")}})};
        QList<Row> rows;
        rows.reserve(100000);
        for (int i = 0; i < 100000; ++i)
            rows.append(
                row(i, {{QStringLiteral("name"), QStringLiteral("Contact %1").arg(i)}}, call));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        int progressCalls = 0;
        QElapsedTimer clock;
        clock.start();
        const auto result = RowsCsvExporter(rows).write(&buffer, [&](qint64, qint64) {
            ++progressCalls;
            return true;
        });
        const qint64 ms = clock.elapsed();
        QVERIFY(result.ok);
        QCOMPARE(result.rowsWritten, 100000);
        QCOMPARE(buffer.data().count("\r\n"), 100001);
        QVERIFY(progressCalls >= 100000 / 512);
        qInfo("exported 100000 rows (%lld MB) in %lld ms", qint64(buffer.size() >> 20), ms);
    }
};

QTEST_GUILESS_MAIN(TestRowsCsvExporter)
#include "tst_rowscsvexporter.moc"
