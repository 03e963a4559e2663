// Hostile input from the API: HTML and script in input data and transcripts render as
// literal text, CSV export neutralises spreadsheet formulas, and a 50 MB answer or a 1 MB
// transcript entry neither exhausts memory nor freezes the event loop.
#include "ApiBodyReader.h"
#include "CsvReader.h"
#include "CsvWriter.h"
#include "EventLoopWatch.h"
#include "HttpListener.h"
#include "ModelRoles.h"
#include "RevoxClient.h"
#include "RowStore.h"
#include "RowsCsvExporter.h"
#include "RowsFilterProxy.h"
#include "RowsTableModel.h"
#include "ShortenedText.h"
#include "TranscriptView.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace revox;

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Rows that keep going: a parser would accept every byte of them until the end.
QByteArray endlessRows(qint64 offset, qint64 length)
{
    static const QByteArray row =
        R"({"id":"r","phone_number":"+15550100","row_index":1,"input_data":{}},)";
    QByteArray out;
    out.reserve(length);
    while (out.size() < length) {
        const qint64 at = (offset + out.size()) % row.size();
        out += row.mid(at, length - out.size());
    }
    return out;
}

} // namespace

class TestHostileData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void htmlInModelsIsLiteral();
    void htmlInTranscriptViewIsLiteral();
    void csvExportNeutralisesFormulas();
    void hugeResponseIsRefusedWithoutFreezing_data();
    void hugeResponseIsRefusedWithoutFreezing();
    void megabyteTranscriptEntry();
    void longTranscriptIsShownInPart();

private:
    QList<Row> m_rows;
};

void TestHostileData::initTestCase()
{
    QFile file(QStringLiteral(REVOX_TEST_DATA_DIR "/rows-hostile.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Parsed<RowsPage> page = json::parseRowsPage(file.readAll());
    QVERIFY2(page.ok(), qPrintable(page.fatal.value_or(QString())));
    m_rows = page.value.rows;
    QCOMPARE(m_rows.size(), 2);
}

void TestHostileData::htmlInModelsIsLiteral()
{
    RowStore store;
    RowsTableModel model(&store);
    store.merge(m_rows);
    QCOMPARE(model.rowCount(), 2);
    const QStringList keys = {QStringLiteral("company"), QStringLiteral("name"),
                              QStringLiteral("note")};
    for (const QString &key : keys) {
        const int column = model.inputDataColumn(key);
        QVERIFY2(column >= 0, qPrintable(key));
        const QString shown = model.index(0, column).data(Qt::DisplayRole).toString();
        QCOMPARE(shown, m_rows.at(0).inputValue(key));
    }
    QCOMPARE(model.index(1, RowsTableModel::Phone).data().toString(), QStringLiteral("=1+2"));
}

void TestHostileData::htmlInTranscriptViewIsLiteral()
{
    TranscriptView view;
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const CallAttempt &attempt = m_rows.at(0).call->callAttempts.first();
    view.setTranscript(attempt.transcript);
    const QString shown = view.displayedText();
    // The tags are there as characters, not interpreted: no heading, no link, no script run.
    QVERIFY2(shown.contains(QStringLiteral("<h1>Hello</h1><script>steal()</script>")),
             qPrintable(shown));
    QVERIFY(
        shown.contains(QStringLiteral("<a href=\"javascript:alert(2)\">click</a> &lt;tag&gt;")));
    QVERIFY(view.plainText().contains(QStringLiteral("<script>steal()</script>")));
}

void TestHostileData::csvExportNeutralisesFormulas()
{
    RowsCsvExporter exporter(m_rows);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const RowsCsvExporter::Result result = exporter.write(&buffer);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QList<QStringList> records = test::readCsv(QString::fromUtf8(buffer.data()));
    QCOMPARE(records.size(), 3);
    const QStringList &header = records.at(0);
    int checked = 0;
    for (int r = 0; r < 2; ++r) {
        const QStringList &written = records.at(r + 1);
        const QStringList cells = exporter.cells(m_rows.at(r));
        QCOMPARE(written.size(), header.size());
        for (int c = 0; c < cells.size(); ++c) {
            const QString &original = cells.at(c);
            if (CsvWriter::looksLikeFormula(original)) {
                // A spreadsheet reads it as text: the apostrophe comes first, the rest intact.
                QCOMPARE(written.at(c), QLatin1Char('\'') + original);
                ++checked;
            } else {
                QCOMPARE(written.at(c), original);
            }
        }
    }
    // Every hostile cell of the fixture was one: =, +, -, @, tab and CR, and a phone "=1+2".
    QVERIFY2(checked >= 7, qPrintable(QString::number(checked)));
    // A real phone number keeps its plus.
    QVERIFY(records.at(1).contains(QStringLiteral("+33612345678")));
}

void TestHostileData::hugeResponseIsRefusedWithoutFreezing_data()
{
    QTest::addColumn<bool>("announceLength");
    QTest::newRow("Content-Length 50 MB") << true;
    QTest::newRow("50 MB until close") << false;
}

void TestHostileData::hugeResponseIsRefusedWithoutFreezing()
{
    QFETCH(bool, announceLength);
    constexpr qint64 BodyBytes = 50 * 1024 * 1024;
    // Written a chunk at a time as the socket drains, never held whole.
    qint64 bytesSent = 0;
    sim::HttpListener server([&](const sim::HttpRequest &, sim::HttpConnection *connection) {
        sim::HttpResponse response;
        response.setHeader("Content-Type", "application/json");
        response.untilClose = !announceLength;
        response.bodySourceLength = BodyBytes;
        response.bodySource = [&bytesSent](qint64 offset, qint64 length) {
            bytesSent += length;
            return endlessRows(offset, length);
        };
        connection->send(std::move(response));
    });
    QVERIFY(server.listen(0, nullptr));
    QNetworkAccessManager nam;
    ClientConfig config;
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(server.port()));
    config.apiKey = QStringLiteral("k");
    config.maxRetries = 0;
    // Rows answers have a cap of their own (an unpaged server sends every row at once);
    // here it is the general 32 MB one.
    config.maxRowsResponseBytes = config.maxResponseBytes;
    RevoxClient client(&nam, config);
    QVERIFY(config.maxResponseBytes < BodyBytes);

    const qint64 before = residentKiB();
    EventLoopWatch loop;
    loop.start();
    std::optional<ApiResult<RowsPage>> result;
    client.getRowsPage(QStringLiteral("c"), RowsQuery(), this,
                       [&](ApiResult<RowsPage> r) { result = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    loop.stop();
    const qint64 grownKiB = residentKiB() - before;

    QVERIFY(!result->ok());
    QCOMPARE(result->error.kind, ApiErrorKind::InvalidResponse);
    QVERIFY2(result->error.message.contains(QStringLiteral("larger than 32 MB")),
             qPrintable(result->error.message));
    qInfo().noquote() << QStringLiteral("HARDENING 50 MB answer (%1): refused after %2 MB sent, "
                                        "resident +%3 MB, longest event-loop gap %4 ms")
                             .arg(QLatin1String(QTest::currentDataTag()))
                             .arg(bytesSent / (1024 * 1024))
                             .arg(grownKiB / 1024)
                             .arg(loop.longestGapMs());
    QVERIFY2(grownKiB < 200 * 1024, qPrintable(QString::number(grownKiB)));
}

void TestHostileData::megabyteTranscriptEntry()
{
    // A 1 MB turn (one long paragraph with a few spaces), through model, filter and view.
    QString huge;
    huge.reserve(1024 * 1024);
    while (huge.size() < 1024 * 1024)
        huge += QStringLiteral("blah<b>blah</b>blah ");
    QList<Row> rows = m_rows;
    CallAttempt &attempt = rows[0].call->callAttempts.first();
    attempt.transcript->append(
        TranscriptEntry{ApiEnum<TranscriptRole>(TranscriptRole::User), huge.toUtf8(), {}});

    RowStore store;
    RowsTableModel model(&store);
    RowsFilterProxy proxy;
    proxy.setSourceModel(&model);
    store.merge(rows);
    proxy.setTranscriptFilter(QStringLiteral("steal"));
    QTRY_COMPARE(proxy.rowCount(), 1);

    TranscriptView view;
    view.resize(700, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTranscript(model.rowAt(0).call->callAttempts.first().transcript);
    view.setFindText(QStringLiteral("blah<b>"));
    QCOMPARE(view.entryCount(), 3);
    QCOMPARE(view.shownEntryCount(), 3);
    const QString shown = view.displayedText();
    QVERIFY(shown.contains(QStringLiteral("blah<b>blah</b>blah")));
    QVERIFY2(shown.contains(QStringLiteral("1.0 MB entry shortened for display")),
             qPrintable(shown.right(200)));
    QVERIFY2(shown.size() < 2 * ShortenedText::DisplayCharsPerEntry,
             qPrintable(QString::number(shown.size())));
    // Find works on what is shown: every shown "blah<b>" counts, none beyond the cut.
    QVERIFY(view.matchCount() > 1000);
    QCOMPARE(view.matchCount(), int(shown.count(QStringLiteral("blah<b>"))));
    view.copyToClipboard();
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(huge), qPrintable(QString::number(copied.size())));
    QCOMPARE(copied, view.plainText());

    // What keeps the window from freezing is that the view lays out the shortened text only
    // (the whole entry took about 0.9 s): checked on the text above, not on a clock.
    qInfo().noquote() << QStringLiteral("HARDENING 1 MB transcript entry: view %1 chars, "
                                        "%2 matches")
                             .arg(shown.size())
                             .arg(view.matchCount());
}

void TestHostileData::longTranscriptIsShownInPart()
{
    // Forty turns of 60,000 characters: more than the window lays out at once.
    QList<TranscriptEntry> entries;
    for (int i = 0; i < 40; ++i) {
        QString turn = QStringLiteral("turn%1 ").arg(i);
        while (turn.size() < 60000)
            turn += QStringLiteral("words and more words ");
        entries.append(TranscriptEntry{
            ApiEnum<TranscriptRole>(i % 2 ? TranscriptRole::Assistant : TranscriptRole::User),
            turn.toUtf8(),
            {}});
    }
    TranscriptView view;
    view.resize(700, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTranscript(entries);
    QCOMPARE(view.entryCount(), 40);
    QVERIFY2(view.shownEntryCount() > 0 && view.shownEntryCount() < 40,
             qPrintable(QString::number(view.shownEntryCount())));
    const QString shown = view.displayedText();
    QVERIFY(shown.contains(QStringLiteral("turn0 ")));
    QVERIFY(!shown.contains(QStringLiteral("turn39 ")));
    QVERIFY2(shown.contains(QStringLiteral("more entries not shown")),
             qPrintable(shown.right(200)));
    view.setFindText(QStringLiteral("turn39 "));
    QCOMPARE(view.matchCount(), 0); // find searches what is shown
    view.copyToClipboard();
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("turn39 ")));
    qInfo().noquote() << QStringLiteral("HARDENING 40 x 60,000-character transcript: %1 of 40 "
                                        "entries shown, %2 chars")
                             .arg(view.shownEntryCount())
                             .arg(shown.size());
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestHostileData test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hostiledata.moc"
