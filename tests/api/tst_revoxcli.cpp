#include "CliRun.h"
#include "CsvReader.h"
#include "ScriptedServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using Response = ScriptedServer::Response;
using Request = ScriptedServer::Request;
using revox::test::readCsv;

static const QByteArray kKey = "sk-cli-test-93b1d0";

static QJsonObject rowJson(int i)
{
    QJsonObject attempt{
        {QStringLiteral("id"), QStringLiteral("att-%1").arg(i)},
        {QStringLiteral("phone_number"), QStringLiteral("+336%1").arg(i, 8, 10, QLatin1Char('0'))},
        {QStringLiteral("status"), QStringLiteral("completed")},
        {QStringLiteral("result"), QStringLiteral("human")},
        {QStringLiteral("started_at"), QStringLiteral("2026-11-20T09:15:00.000Z")},
        {QStringLiteral("answered_at"), QStringLiteral("2026-11-20T09:15:05Z")},
        {QStringLiteral("ended_at"), QStringLiteral("2026-11-20T10:16:05+01:00")},
        {QStringLiteral("recording_url"), QStringLiteral("https://storage.example/r%1.ogg").arg(i)},
        {QStringLiteral("structured_output"),
         QJsonObject{{QStringLiteral("email"), QStringLiteral("c%1@example.com").arg(i)},
                     {QStringLiteral("score"), i % 5}}}};
    QJsonObject call{{QStringLiteral("id"), QStringLiteral("call-%1").arg(i)},
                     {QStringLiteral("call_attempts"), QJsonArray{attempt}},
                     {QStringLiteral("calls_count"), 1},
                     {QStringLiteral("created_at"), QStringLiteral("2026-11-20T09:00:00Z")},
                     {QStringLiteral("direction"), QStringLiteral("outbound")},
                     {QStringLiteral("first_sentence_delay_ms"), 400},
                     {QStringLiteral("from_phone_number"), QStringLiteral("+33100000000")},
                     {QStringLiteral("is_cancelled"), false},
                     {QStringLiteral("is_completed"), true},
                     {QStringLiteral("last_call_attempt"), attempt},
                     {QStringLiteral("llm_model"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("dedicated-instance")},
                                  {QStringLiteral("name"), QStringLiteral("gpt-4.1")}}},
                     {QStringLiteral("organization_id"), QStringLiteral("org-1")},
                     {QStringLiteral("scheduled_at"), QJsonValue::Null},
                     {QStringLiteral("status"), QStringLiteral("completed")},
                     {QStringLiteral("to_phone_number"),
                      QStringLiteral("+336%1").arg(i, 8, 10, QLatin1Char('0'))}};
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("row-%1").arg(i)},
        {QStringLiteral("input_data"),
         QJsonObject{{QStringLiteral("name"), i == 7 ? QStringLiteral("=HYPERLINK(\"x\")")
                                                     : QStringLiteral("Contact, %1").arg(i)}}},
        {QStringLiteral("phone_number"), QStringLiteral("+336%1").arg(i, 8, 10, QLatin1Char('0'))},
        {QStringLiteral("row_index"), i},
        {QStringLiteral("call"), call}};
}

// An API document's example body (tests/data/seed-*.json).
static QByteArray seedFile(const char *name)
{
    QFile file(QStringLiteral(REVOX_SEEDS_DIR "/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

static QByteArray campaignsJson()
{
    const QJsonObject stats{{QStringLiteral("calling"), 1}, {QStringLiteral("completed"), 5},
                            {QStringLiteral("failed"), 1},  {QStringLiteral("pending"), 3},
                            {QStringLiteral("retry"), 0},   {QStringLiteral("total"), 10}};
    const QJsonObject first{{QStringLiteral("id"), QStringLiteral("c1")},
                            {QStringLiteral("assistant_id"), QStringLiteral("a1")},
                            {QStringLiteral("created_at"), QStringLiteral("2026-11-20T09:00:00Z")},
                            {QStringLiteral("is_cancelled"), false},
                            {QStringLiteral("name"), QStringLiteral("=Spring, \"launch\"")},
                            {QStringLiteral("organization_id"), QStringLiteral("o1")},
                            {QStringLiteral("status"), QStringLiteral("running")},
                            {QStringLiteral("updated_at"), QStringLiteral("2026-11-21T09:00:00Z")},
                            {QStringLiteral("row_stats"), stats}};
    const QJsonObject second{{QStringLiteral("id"), QStringLiteral("c2")},
                             {QStringLiteral("assistant_id"), QStringLiteral("a1")},
                             {QStringLiteral("created_at"), QStringLiteral("2026-11-19T09:00:00Z")},
                             {QStringLiteral("is_cancelled"), true},
                             {QStringLiteral("name"), QStringLiteral("Old")},
                             {QStringLiteral("organization_id"), QStringLiteral("o1")},
                             {QStringLiteral("status"), QStringLiteral("paused")},
                             {QStringLiteral("updated_at"), QJsonObject()}};
    return QJsonDocument(QJsonObject{{QStringLiteral("campaigns"), QJsonArray{first, second}}})
        .toJson(QJsonDocument::Compact);
}

// A Revox-like server: campaign "c1" has rowCount rows; other ids answer with errors.
static Response serve(const Request &r, int rowCount)
{
    const QByteArray path = r.path;
    if (path == "/api/campaigns/c1/rows") {
        const int page = r.queryValue(QStringLiteral("page")).toInt();
        const int size = r.queryValue(QStringLiteral("page_size")).toInt();
        QJsonArray rows;
        for (int i = page * size; i < std::min(rowCount, (page + 1) * size); ++i)
            rows.append(rowJson(i));
        return Response::json(200, QJsonDocument(QJsonObject{{QStringLiteral("page"), page},
                                                             {QStringLiteral("page_size"), size},
                                                             {QStringLiteral("rows"), rows},
                                                             {QStringLiteral("total"), rowCount}})
                                       .toJson(QJsonDocument::Compact));
    }
    if (path == "/api/campaigns")
        return Response::json(200, campaignsJson());
    if (path == "/api/campaigns/seed/rows")
        return Response::json(200, seedFile("seed-rows-page.json"));
    if (path == "/api/campaigns/seed")
        return Response::json(200, seedFile("seed-campaign.json"));
    if (path == "/api/campaigns/unauth")
        return Response::json(401, R"({"message":"bad key )" + r.header("authorization") + R"("})");
    if (path == "/api/campaigns/forbidden")
        return Response::json(403, R"({"message":"not yours"})");
    if (path == "/api/campaigns/missing")
        return Response::json(404, R"({"message":"Campaign not found"})");
    if (path == "/api/campaigns/broken")
        return Response::json(500, R"({"message":"database down"})");
    if (path == "/api/campaigns/html") {
        Response resp;
        resp.body = "<html>maintenance</html>";
        return resp;
    }
    return Response::json(404, "{}");
}

// revox-cli run as a process against a Revox-like server on loopback.
class TestRevoxCli : public QObject
{
    Q_OBJECT

    using Run = revox::testing::CliRun;

    Run run(const QStringList &args, const QByteArray &key = kKey)
    {
        // The server lives on this thread: runCli keeps the event loop turning meanwhile.
        return revox::testing::runCli({QStringLiteral(REVOX_CLI_PATH),
                                       m_server.url(QStringLiteral("/api")),
                                       QString::fromLatin1(key), QString(), 30000},
                                      args);
    }

    ScriptedServer m_server;
    int m_rowCount = 250;

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.setHandler([this](const Request &r) { return serve(r, m_rowCount); });
    }

    void rowsAllCsvPrintsEveryRow()
    {
        m_server.clear();
        const Run r = run({QStringLiteral("rows"), QStringLiteral("c1"), QStringLiteral("--all"),
                           QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QList<QStringList> records = readCsv(QString::fromUtf8(r.out));
        QCOMPARE(records.size(), m_rowCount + 1);
        const QStringList &header = records.first();
        QCOMPARE(header.mid(0, 3),
                 (QStringList{QStringLiteral("row_index"), QStringLiteral("phone_number"),
                              QStringLiteral("call_id")}));
        QCOMPARE(header.last(), QStringLiteral("output.score"));
        QVERIFY(header.contains(QStringLiteral("input.name")));
        const int nameColumn = int(header.indexOf(QStringLiteral("input.name")));
        for (int i = 0; i < m_rowCount; ++i) {
            const QStringList &rec = records.at(i + 1);
            QCOMPARE(rec.size(), header.size());
            QCOMPARE(rec.at(0), QString::number(i));
            QCOMPARE(rec.at(1), QStringLiteral("+336%1").arg(i, 8, 10, QLatin1Char('0')));
        }
        QCOMPARE(records.at(8).at(nameColumn), QStringLiteral("'=HYPERLINK(\"x\")"));
        QCOMPARE(records.at(2).at(nameColumn), QStringLiteral("Contact, 1"));
        const int ended = int(header.indexOf(QStringLiteral("last_ended_at")));
        QCOMPARE(records.at(1).at(ended), QStringLiteral("2026-11-20T09:16:05.000Z"));
        const int duration = int(header.indexOf(QStringLiteral("last_duration_s")));
        QCOMPARE(records.at(1).at(duration), QStringLiteral("60"));
        // Pages of the default size (500): the whole campaign reads in few round trips.
        QCOMPARE(m_server.requestCount(), (m_rowCount + 499) / 500);
        for (const Request &req : m_server.requests())
            QCOMPARE(req.header("authorization"), "Bearer " + kKey);
    }

    void columnsChosenByTheScript_data()
    {
        QTest::addColumn<bool>("all");
        QTest::newRow("streamed, every row") << true;
        QTest::newRow("one page") << false;
    }
    void columnsChosenByTheScript()
    {
        QFETCH(bool, all);
        QStringList args{QStringLiteral("rows"),
                         QStringLiteral("c1"),
                         QStringLiteral("--format"),
                         QStringLiteral("csv"),
                         QStringLiteral("--columns"),
                         QStringLiteral("output.score,row_index,input.nobody,outcome,input.name")};
        if (all)
            args.append(QStringLiteral("--all"));
        const Run r = run(args);
        QCOMPARE(r.exitCode, 0);
        const QList<QStringList> records = readCsv(QString::fromUtf8(r.out));
        QVERIFY(records.size() > 2);
        QCOMPARE(records.first(),
                 (QStringList{QStringLiteral("output.score"), QStringLiteral("row_index"),
                              QStringLiteral("input.nobody"), QStringLiteral("outcome"),
                              QStringLiteral("input.name")}));
        for (qsizetype i = 1; i < records.size(); ++i) {
            const QStringList &rec = records.at(i);
            QCOMPARE(rec.size(), 5);
            QCOMPARE(rec.at(1), QString::number(i - 1));
            QCOMPARE(rec.at(2), QString()); // a key no row has: an empty column
        }
        QCOMPARE(records.at(2).at(4), QStringLiteral("Contact, 1"));
    }

    void outputFilterKeepsMatchingRowsInEveryForm()
    {
        // score is i % 5 over 250 rows: 50 rows read "3". Streamed CSV keeps the filter.
        const Run csv = run({QStringLiteral("rows"), QStringLiteral("c1"), QStringLiteral("--all"),
                             QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("--output"), QStringLiteral("score=3")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(csv.err.contains("50 of 250 rows received match --output"), csv.err.constData());
        const QList<QStringList> records = readCsv(QString::fromUtf8(csv.out));
        QCOMPARE(records.size(), 51);
        const int score = int(records.first().indexOf(QStringLiteral("output.score")));
        for (qsizetype i = 1; i < records.size(); ++i)
            QCOMPARE(records.at(i).at(score), QStringLiteral("3"));
        // Repeated: every condition holds (AND); the JSON of the whole campaign too.
        const Run both = run({QStringLiteral("rows"), QStringLiteral("c1"), QStringLiteral("--all"),
                              QStringLiteral("--format"), QStringLiteral("json"),
                              QStringLiteral("--output"), QStringLiteral("score=3"),
                              QStringLiteral("--output"), QStringLiteral("email=c8@example.com")});
        QCOMPARE(both.exitCode, 0);
        const QJsonArray rows =
            QJsonDocument::fromJson(both.out).object().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("row_index")).toInt(), 8);
        // A value nobody has: no rows, still a success; a field nobody has, "F=" matches all.
        const Run none = run({QStringLiteral("rows"), QStringLiteral("c1"), QStringLiteral("--all"),
                              QStringLiteral("--output"), QStringLiteral("score=true")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.contains("0 row(s)"));
        const Run missing =
            run({QStringLiteral("rows"), QStringLiteral("c1"), QStringLiteral("--all"),
                 QStringLiteral("--output"), QStringLiteral("interested=")});
        QCOMPARE(missing.exitCode, 0);
        QVERIFY(missing.out.contains("250 row(s)"));
        // The table names each row's outcome in the one vocabulary.
        QVERIFY(missing.out.contains("OUTCOME"));
        QVERIFY(missing.out.contains(" human "));
    }

    void rowsJsonIsTheTypedRoundTrip()
    {
        const Run r = run({QStringLiteral("rows"), QStringLiteral("c1"), QStringLiteral("--page"),
                           QStringLiteral("1"), QStringLiteral("--page-size"), QStringLiteral("20"),
                           QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("page")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("total")).toInt(), m_rowCount);
        const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 20);
        const QJsonObject first = rows.first().toObject();
        QCOMPARE(first.value(QStringLiteral("row_index")).toInt(), 20);
        QCOMPARE(first.value(QStringLiteral("call"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("completed"));
    }

    void rowsTableIsAligned()
    {
        const Run r = run({QStringLiteral("rows"), QStringLiteral("c1"),
                           QStringLiteral("--page-size"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines =
            QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7); // header, 5 rows, footer
        QVERIFY(lines.first().startsWith(QStringLiteral("ROW")));
        const qsizetype phoneColumn = lines.first().indexOf(QStringLiteral("PHONE"));
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(lines.at(i).indexOf(QLatin1Char('+')), phoneColumn);
        QVERIFY(lines.last().contains(QStringLiteral("of 250")));
    }

    void campaignsInEveryFormat()
    {
        const Run table = run({QStringLiteral("campaigns")});
        QCOMPARE(table.exitCode, 0);
        const QStringList lines =
            QString::fromUtf8(table.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(1).contains(QStringLiteral("running")));
        QVERIFY(lines.at(1).contains(QStringLiteral("60%")));
        QVERIFY(lines.at(2).contains(QStringLiteral("cancelled")));

        const Run json =
            run({QStringLiteral("campaigns"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray campaigns =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("campaigns")).toArray();
        QCOMPARE(campaigns.size(), 2);
        QCOMPARE(campaigns.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("=Spring, \"launch\""));
        QCOMPARE(campaigns.at(0)
                     .toObject()
                     .value(QStringLiteral("row_stats"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInt(),
                 10);

        const Run csv =
            run({QStringLiteral("campaigns"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QStringList> records = readCsv(QString::fromUtf8(csv.out));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).mid(0, 3), QStringList({"id", "name", "status"}));
        QCOMPARE(records.at(1).at(1), QStringLiteral("'=Spring, \"launch\""));
        QCOMPARE(records.at(2).at(3), QStringLiteral("true"));
    }

    void seedExamplesAreUnderstood()
    {
        // The documents' own example bodies, as a Revox-compatible server would send them.
        const Run csv =
            run({QStringLiteral("rows"), QStringLiteral("seed"), QStringLiteral("--all"),
                 QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QStringList> records = readCsv(QString::fromUtf8(csv.out));
        QCOMPARE(records.size(), 2);
        const QStringList &header = records.at(0);
        QCOMPARE(header.mid(21), QStringList({"input.foo", "output.foo"}));
        QCOMPARE(header.at(16), QStringLiteral("latency_p50_ms"));
        const QStringList &row = records.at(1);
        QCOMPARE(row.at(0), QStringLiteral("0"));
        QCOMPARE(row.at(1), QStringLiteral("phone_number"));
        QCOMPARE(row.at(2), QStringLiteral("id"));
        QCOMPARE(row.at(3), QStringLiteral("initializing"));
        // An initializing call order whose attempt was answered (IVR): answered, by result.
        QCOMPARE(row.at(15), QStringLiteral("IVR"));
        QCOMPARE(row.at(5), QStringLiteral("IVR"));
        QCOMPARE(row.at(7), QStringLiteral("number_non_attributed"));
        QCOMPARE(row.at(10), QString()); // "started_at": {} is an unknown time
        QCOMPARE(row.mid(16, 5), QStringList({"", "", "", "", ""})); // no speech events
        QCOMPARE(row.at(21), QStringLiteral("string"));
        QCOMPARE(row.at(22), QStringLiteral("bar"));

        const Run json = run({QStringLiteral("rows"), QStringLiteral("seed"),
                              QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject page = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(page.value(QStringLiteral("rows")).toArray().size(), 1);
        const QJsonObject call = page.value(QStringLiteral("rows"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("call"))
                                     .toObject();
        QCOMPARE(call.value(QStringLiteral("llm_model"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("gpt-4.1"));

        const Run campaign = run({QStringLiteral("campaign"), QStringLiteral("seed")});
        QCOMPARE(campaign.exitCode, 0);
        QVERIFY(campaign.out.startsWith("FIELD"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("401") << "unauth" << 3;
        QTest::newRow("403") << "forbidden" << 3;
        QTest::newRow("404") << "missing" << 4;
        QTest::newRow("500") << "broken" << 5;
        QTest::newRow("not JSON") << "html" << 6;
    }
    void exitCodes()
    {
        QFETCH(QString, id);
        QFETCH(int, exitCode);
        const Run r = run({QStringLiteral("campaign"), id});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().startsWith("revox-cli: error: "));
        QVERIFY2(!r.err.contains(kKey), r.err.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("calls")};
        QTest::newRow("missing id") << QStringList{QStringLiteral("rows")};
        QTest::newRow("csv for campaign")
            << QStringList{QStringLiteral("campaign"), QStringLiteral("c1"),
                           QStringLiteral("--format"), QStringLiteral("csv")};
        QTest::newRow("bad format") << QStringList{
            QStringLiteral("campaigns"), QStringLiteral("--format"), QStringLiteral("xml")};
        QTest::newRow("bad page") << QStringList{QStringLiteral("rows"), QStringLiteral("c1"),
                                                 QStringLiteral("--page"), QStringLiteral("-1")};
        QTest::newRow("rows option on campaigns")
            << QStringList{QStringLiteral("campaigns"), QStringLiteral("--all")};
        QTest::newRow("output without =")
            << QStringList{QStringLiteral("rows"), QStringLiteral("c1"), QStringLiteral("--output"),
                           QStringLiteral("interested")};
        QTest::newRow("output on campaigns") << QStringList{
            QStringLiteral("campaigns"), QStringLiteral("--output"), QStringLiteral("a=b")};
        QTest::newRow("unknown column")
            << QStringList{QStringLiteral("rows"),      QStringLiteral("c1"),
                           QStringLiteral("--format"),  QStringLiteral("csv"),
                           QStringLiteral("--columns"), QStringLiteral("row_index,result")};
        QTest::newRow("columns without csv")
            << QStringList{QStringLiteral("rows"), QStringLiteral("c1"),
                           QStringLiteral("--columns"), QStringLiteral("row_index")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("campaigns"), QStringLiteral("--colour")};
        QTest::newRow("http remote base") << QStringList{
            QStringLiteral("--base-url"), QStringLiteral("http://api.example.com/api"),
            QStringLiteral("campaigns")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const int before = m_server.requestCount();
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("revox-cli: error: "));
        QCOMPARE(m_server.requestCount(), before);
    }

    void missingKeyIsAnAuthenticationError()
    {
        const Run r = run({QStringLiteral("campaigns")}, QByteArray());
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("REVOX_API_KEY"));
    }

    void keyFromCommandLineWins()
    {
        m_server.clear();
        const Run r =
            run({QStringLiteral("--api-key"), QStringLiteral("sk-flag-key"), QStringLiteral("rows"),
                 QStringLiteral("c1"), QStringLiteral("--page-size"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_server.requests().first().header("authorization"),
                 QByteArray("Bearer sk-flag-key"));
    }

    void helpAndVersion()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("revox-cli [--base-url URL] [--api-key KEY] rows ID"));
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("revox-cli " REVOX_VERSION));
    }

    void parseProblemsAreWarningsWithPath()
    {
        ScriptedServer odd;
        QVERIFY(odd.listen());
        odd.setHandler([](const Request &) {
            return Response::json(200, R"({"page":0,"page_size":10,"total":2,"rows":[
                {"id":"r0","input_data":{},"phone_number":"+33600000000","row_index":0},
                {"id":"r1","input_data":{},"phone_number":42,"row_index":1}]})");
        });
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REVOX_API_KEY"), QString::fromLatin1(kKey));
        env.insert(QStringLiteral("REVOX_BASE_URL"), odd.url(QStringLiteral("/api")).toString());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(REVOX_CLI_PATH),
                      {QStringLiteral("rows"), QStringLiteral("c1"), QStringLiteral("--format"),
                       QStringLiteral("csv")});
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 20000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("warning: rows[1].phone_number"), err.constData());
        QCOMPARE(readCsv(QString::fromUtf8(process.readAllStandardOutput())).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestRevoxCli)
#include "tst_revoxcli.moc"
