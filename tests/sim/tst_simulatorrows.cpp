// The three forms a Revox server answers GET /campaigns/{id}/rows in (paged with total,
// paged without total, unpaged), ETag / 304 and gzip on the wire, each read back by the
// client's one paging engine with every row.
#include "RevoxClient.h"
#include "RowsListing.h"
#include "SimHttp.h"
#include "SimulatorServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <zlib.h>

using namespace revox;
using revox::sim::SimRowsPaging;

namespace {

const QByteArray kAuth = "Bearer test-key";

QByteArray gunzip(const QByteArray &data)
{
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return {};
    QByteArray out;
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    char buffer[65536];
    int status = Z_OK;
    while (status == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef *>(buffer);
        zs.avail_out = sizeof buffer;
        status = inflate(&zs, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - zs.avail_out));
    }
    inflateEnd(&zs);
    return status == Z_STREAM_END ? out : QByteArray();
}

} // namespace

class TestSimulatorRows : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void eachFormAnswersInItsShape_data();
    void eachFormAnswersInItsShape();
    void unknownFormIsRefused();
    void unchangedAnswerIs304();
    void gzipWhenAsked();
    void listingGetsEveryRowInEachForm_data();
    void listingGetsEveryRowInEachForm();
    void clientSendsIfNoneMatch();

private:
    QUrl rowsUrl(const QString &query = {}) const;
    QString campaignId() const;
    qint64 campaignRows() const;

    sim::SimulatorServer *m_sim = nullptr;
};

void TestSimulatorRows::init()
{
    m_sim = new sim::SimulatorServer(this);
    sim::SimulatorOptions options;
    options.seed = 3;
    options.speed = 0;
    options.rowsScale = 0.1;
    options.startTime = QDateTime(QDate(2026, 11, 20), QTime(11, 0), Qt::UTC);
    QVERIFY(m_sim->start(options));
}

void TestSimulatorRows::cleanup()
{
    delete m_sim;
    m_sim = nullptr;
}

QString TestSimulatorRows::campaignId() const
{
    // The smallest running campaign larger than a few pages.
    QString id;
    qint64 rows = std::numeric_limits<qint64>::max();
    for (const sim::SimCampaignInfo &c : m_sim->campaigns()) {
        if (c.status == QLatin1String("running") && c.rowCount > 100 && c.rowCount < rows) {
            id = c.id;
            rows = c.rowCount;
        }
    }
    return id;
}

qint64 TestSimulatorRows::campaignRows() const
{
    for (const sim::SimCampaignInfo &c : m_sim->campaigns()) {
        if (c.id == campaignId())
            return c.rowCount;
    }
    return -1;
}

QUrl TestSimulatorRows::rowsUrl(const QString &query) const
{
    QUrl url = m_sim->baseUrl();
    url.setPath(url.path() + QStringLiteral("/campaigns/%1/rows").arg(campaignId()));
    url.setQuery(query);
    return url;
}

void TestSimulatorRows::eachFormAnswersInItsShape_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<bool>("everyRow");
    QTest::newRow("paged") << QByteArray("paged")
                           << QStringList{"page", "page_size", "rows", "total"} << false;
    QTest::newRow("no-total") << QByteArray("no-total") << QStringList{"page", "page_size", "rows"}
                              << false;
    QTest::newRow("unpaged") << QByteArray("unpaged") << QStringList{"rows"} << true;
}

void TestSimulatorRows::eachFormAnswersInItsShape()
{
    QFETCH(QByteArray, form);
    QFETCH(QStringList, keys);
    QFETCH(bool, everyRow);
    QVERIFY(!campaignId().isEmpty());
    const SimHttp::Reply r = SimHttp::get(rowsUrl(QStringLiteral("page=1&page_size=30")),
                                          {{"Authorization", kAuth}, {"X-Revox-Sim-Paging", form}});
    QCOMPARE(r.status, 200);
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(body.keys(), keys);
    const qsizetype rows = body.value(QStringLiteral("rows")).toArray().size();
    QCOMPARE(rows, everyRow ? campaignRows() : 30);
    // The query parameter asks for the same.
    const SimHttp::Reply q = SimHttp::get(
        rowsUrl(QStringLiteral("page=1&page_size=30&sim_paging=") + QString::fromLatin1(form)),
        {{"Authorization", kAuth}});
    QCOMPARE(QJsonDocument::fromJson(q.body).object().keys(), keys);
}

void TestSimulatorRows::unknownFormIsRefused()
{
    const SimHttp::Reply r =
        SimHttp::get(rowsUrl(), {{"Authorization", kAuth}, {"X-Revox-Sim-Paging", "sideways"}});
    QCOMPARE(r.status, 400);
}

void TestSimulatorRows::unchangedAnswerIs304()
{
    QUrl url = m_sim->baseUrl();
    url.setPath(url.path() + QStringLiteral("/campaigns/") + campaignId());
    const SimHttp::Reply first = SimHttp::get(url, {{"Authorization", kAuth}});
    QCOMPARE(first.status, 200);
    const QByteArray tag = first.header("etag");
    QVERIFY(tag.startsWith('"'));
    const SimHttp::Reply again =
        SimHttp::get(url, {{"Authorization", kAuth}, {"If-None-Match", tag}});
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    m_sim->advanceSeconds(900); // the running campaign moves: a new answer, a new tag
    const SimHttp::Reply moved =
        SimHttp::get(url, {{"Authorization", kAuth}, {"If-None-Match", tag}});
    QCOMPARE(moved.status, 200);
    QVERIFY(moved.header("etag") != tag);
}

void TestSimulatorRows::gzipWhenAsked()
{
    const QByteArray path = rowsUrl(QStringLiteral("page=0&page_size=50"))
                                .toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    const QByteArray request = "GET " + path +
                               " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + kAuth +
                               "\r\nConnection: close\r\n";
    const quint64 before = m_sim->apiBytesSent();
    const SimHttp::Reply plain =
        SimHttp::parseRaw(SimHttp::raw(quint16(m_sim->baseUrl().port()), request + "\r\n").bytes);
    const quint64 plainBytes = m_sim->apiBytesSent() - before;
    const SimHttp::Reply packed =
        SimHttp::parseRaw(SimHttp::raw(quint16(m_sim->baseUrl().port()),
                                       request + "Accept-Encoding: gzip, deflate\r\n\r\n")
                              .bytes);
    const quint64 packedBytes = m_sim->apiBytesSent() - before - plainBytes;
    QCOMPARE(plain.status, 200);
    QCOMPARE(packed.status, 200);
    QVERIFY(plain.header("content-encoding").isEmpty());
    QCOMPARE(packed.header("content-encoding"), QByteArray("gzip"));
    QCOMPARE(gunzip(packed.body), plain.body);
    QVERIFY(packed.body.size() * 3 < plain.body.size()); // JSON shrinks several times
    QVERIFY(packedBytes * 3 < plainBytes);               // and the count says so
    QVERIFY(plainBytes >= quint64(plain.body.size()));
}

void TestSimulatorRows::listingGetsEveryRowInEachForm_data()
{
    QTest::addColumn<int>("form");
    QTest::newRow("paged with total") << int(SimRowsPaging::Paged);
    QTest::newRow("paged without total") << int(SimRowsPaging::PagedNoTotal);
    QTest::newRow("unpaged") << int(SimRowsPaging::Unpaged);
}

void TestSimulatorRows::listingGetsEveryRowInEachForm()
{
    QFETCH(int, form);
    sim::SimulatorServer server;
    sim::SimulatorOptions options;
    options.seed = 3;
    options.speed = 0;
    options.rowsScale = 0.1;
    options.rowsPaging = SimRowsPaging(form);
    QVERIFY(server.start(options));
    QNetworkAccessManager nam;
    ClientConfig config;
    config.baseUrl = server.baseUrl();
    config.apiKey = QStringLiteral("test-key");
    config.allRowsPageSize = 40; // not a divisor of the campaign's size
    RevoxClient client(&nam, config);
    const qint64 expected = campaignRows();

    // getAllRows and a listing with its own page handler: the same engine.
    bool done = false;
    QList<Row> rows;
    client.getAllRows(campaignId(), RowsQuery(), this, [&](ApiResult<QList<Row>> r) {
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        rows = *r.value;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
    QCOMPARE(rows.size(), expected);
    QSet<QString> ids;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        ids.insert(rows[i].id);
        QCOMPARE(rows[i].rowIndex, qint64(i)); // in row order
    }
    QCOMPARE(ids.size(), expected);

    RowsListing::Options listingOptions;
    listingOptions.pageSize = 40;
    RowsListing *listing = listRows(&client, campaignId(), RowsQuery(), listingOptions);
    QList<qint64> pages;
    std::optional<RowsListing::Outcome> outcome;
    listing->start(
        [&](RowsListing::Page &page) {
            pages.append(page.index);
            return true;
        },
        [&](const RowsListing::Outcome &o) { outcome = o; });
    QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 20000));
    QVERIFY(outcome->complete);
    QCOMPARE(outcome->rowsHandedOn, expected);
    QVERIFY(outcome->wireBytes > 0);
    const auto shape =
        SimRowsPaging(form) == SimRowsPaging::Paged          ? RowsListing::Shape::PagedWithTotal
        : SimRowsPaging(form) == SimRowsPaging::PagedNoTotal ? RowsListing::Shape::PagedWithoutTotal
                                                             : RowsListing::Shape::Unpaged;
    QCOMPARE(outcome->shape, shape);
    for (qsizetype i = 0; i < pages.size(); ++i)
        QCOMPARE(pages[i], qint64(i)); // handed on in page order

    // A handler that stops: the outcome says the listing is not complete.
    if (shape != RowsListing::Shape::Unpaged) {
        RowsListing *partial = listRows(&client, campaignId(), RowsQuery(), listingOptions);
        std::optional<RowsListing::Outcome> stopped;
        partial->start([](RowsListing::Page &) { return false; },
                       [&](const RowsListing::Outcome &o) { stopped = o; });
        QVERIFY(QTest::qWaitFor([&] { return stopped.has_value(); }, 20000));
        QVERIFY(!stopped->complete);
        QCOMPARE(stopped->rowsHandedOn, 40);
    }
}

void TestSimulatorRows::clientSendsIfNoneMatch()
{
    QNetworkAccessManager nam;
    ClientConfig config;
    config.baseUrl = m_sim->baseUrl();
    config.apiKey = QStringLiteral("test-key");
    RevoxClient client(&nam, config);
    QList<ApiResult<Campaign>> results;
    for (int i = 0; i < 2; ++i) {
        bool done = false;
        client.getCampaign(campaignId(), this, [&](const ApiResult<Campaign> &r) {
            results.append(r);
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    }
    QVERIFY(results[0].ok() && results[1].ok());
    QVERIFY(!results[0].notModified);
    QVERIFY(results[1].notModified); // 304: the kept body, parsed again
    QCOMPARE(results[1].value->id, results[0].value->id);
    QCOMPARE(results[1].value->rowStats, results[0].value->rowStats);
    QVERIFY(results[1].wireBytes < results[0].wireBytes);
}

QTEST_MAIN(TestSimulatorRows)
#include "tst_simulatorrows.moc"
