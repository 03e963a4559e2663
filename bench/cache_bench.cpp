// revox-cache-bench: prints one JSON object with the local cache's figures: writing a
// campaign's rows, reopening it (first screen, every row) and its size on disk, for rows
// the simulator serves (its largest campaign, 100,000 rows by default).

#include "ApiBodyReader.h"
#include "AsyncCampaignCache.h"
#include "BenchMeasures.h"
#include "CacheCodec.h"
#include "CacheFile.h"
#include "CampaignCache.h"
#include "SimThread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>

using namespace revox;
using namespace bench;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kPageSize = 1000; // the most the simulator serves per page

// GET <base>/<path>?<query> with the bench's key; the body, or nullopt with error set.
std::optional<QByteArray> get(QNetworkAccessManager &nam, const QUrl &base, const QString &path,
                              const QUrlQuery &query, QString *error)
{
    QUrl url = base;
    url.setPath(base.path() + u'/' + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer bench");
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        *error = reply->errorString();
        return std::nullopt;
    }
    return reply->readAll();
}

// Every row of the simulator's largest campaign, parsed, and the campaign's id.
std::optional<QList<Row>> fetchRows(qint64 rowsWanted, QString *campaignId, QString *error)
{
    SimThread sim;
    sim::SimulatorOptions options;
    options.speed = 0;
    options.rowsScale = double(rowsWanted) / 100000.0;
    if (!sim.start(options, error))
        return std::nullopt;
    const sim::SimCampaignInfo largest = sim.largestCampaign();
    const qint64 most = largest.rowCount;
    *campaignId = largest.id;
    QNetworkAccessManager nam;
    AssistantCache assistants;
    QList<Row> rows;
    for (qint64 page = 0; page * kPageSize < most; ++page) {
        QUrlQuery query;
        query.addQueryItem(u"page"_s, QString::number(page));
        query.addQueryItem(u"page_size"_s, QString::number(kPageSize));
        const auto body =
            get(nam, sim.baseUrl(), u"campaigns/%1/rows"_s.arg(*campaignId), query, error);
        if (!body)
            return std::nullopt;
        auto parsed = json::parseRowsPage(*body, &assistants);
        if (!parsed.ok()) {
            *error = *parsed.fatal;
            return std::nullopt;
        }
        rows.append(std::move(parsed.value.rows));
    }
    return rows;
}

// Decoding every row from plain JSON and from zlib-compressed JSON, on one thread.
QJsonObject compareEncodings(const QList<Row> &rows)
{
    QList<QByteArray> plain;
    QList<QByteArray> compressed;
    qint64 plainBytes = 0;
    qint64 compressedBytes = 0;
    plain.reserve(rows.size());
    compressed.reserve(rows.size());
    QElapsedTimer encoding;
    encoding.start();
    for (const Row &row : rows)
        plain.append(CacheCodec::encodeRow(row));
    const double encodeMs = round2(ms(encoding));
    for (const QByteArray &bytes : std::as_const(plain)) {
        compressed.append(CacheCodec::compressed(bytes));
        plainBytes += bytes.size();
        compressedBytes += compressed.last().size();
    }
    auto decodeAll = [](const QList<QByteArray> &encoded) {
        AssistantCache assistants;
        CacheCodec codec(assistants);
        QElapsedTimer timer;
        timer.start();
        qsizetype decoded = 0;
        for (const QByteArray &bytes : encoded)
            decoded += codec.decodeRow(bytes) ? 1 : 0;
        return decoded == encoded.size() ? round2(ms(timer)) : -1.0;
    };
    QElapsedTimer parsing;
    parsing.start();
    qsizetype objects = 0;
    for (const QByteArray &bytes : std::as_const(plain))
        objects += QJsonDocument::fromJson(bytes).isObject() ? 1 : 0;
    const double parseOnlyMs = objects == plain.size() ? round2(ms(parsing)) : -1.0;
    QJsonObject out;
    out.insert(u"qjson_parse_only_1thread_ms"_s, parseOnlyMs);
    out.insert(u"row_json_bytes_per_row"_s, double(plainBytes) / double(rows.size()));
    out.insert(u"row_zlib_bytes_per_row"_s, double(compressedBytes) / double(rows.size()));
    out.insert(u"encode_json_1thread_ms"_s, encodeMs);
    out.insert(u"decode_json_1thread_ms"_s, decodeAll(plain));
    out.insert(u"decode_zlib_1thread_ms"_s, decodeAll(compressed));
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Figures of the local cache (see bench/README.md)."_s);
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows of the campaign (default 100000)."_s,
                                        u"n"_s, u"100000"_s);
    const QCommandLineOption dirOption(u"dir"_s,
                                       u"Folder for the cache file (default: a new "
                                       "temporary folder)."_s,
                                       u"path"_s);
    parser.addOptions({rowsOption, dirOption});
    parser.process(app);
    const qint64 rowsWanted = parser.value(rowsOption).toLongLong();

    QJsonObject out;
    out.insert(u"load_average_before"_s, loadAverage());
    QString error;
    QString campaignId;
    const std::optional<QList<Row>> fetched = fetchRows(rowsWanted, &campaignId, &error);
    if (!fetched) {
        std::fprintf(stderr, "revox-cache-bench: %s\n", qPrintable(error));
        return 1;
    }
    const QList<Row> &rows = *fetched;
    out.insert(u"rows"_s, rows.size());
    out.insert(u"encodings"_s, compareEncodings(rows));

    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    const QString file = dir + u"/cache-bench.sqlite"_s;
    CacheFile::remove(file);

    // Writing: the caller's thread only hands the rows over; the cache's thread does the rest.
    {
        AsyncCampaignCache cache;
        cache.open(file);
        cache.waitForIdle();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = threadCpuMs();
        cache.replaceRows(campaignId, rows, now);
        out.insert(u"cache_write_caller_cpu_ms"_s,
                   std::round((threadCpuMs() - cpuBefore) * 100) / 100);
        out.insert(u"cache_write_caller_ms"_s, round2(ms(timer)));
        // Meanwhile the caller's event loop keeps running: the longest gap between two
        // ticks of a 1 ms timer until the write is done (scheduling on a busy machine
        // included).
        double maxGapMs = 0;
        QElapsedTimer sinceTick;
        sinceTick.start();
        QTimer ticker;
        ticker.setInterval(1);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            maxGapMs = std::max(maxGapMs, double(sinceTick.nsecsElapsed()) / 1e6);
            sinceTick.restart();
        });
        ticker.start();
        QEventLoop loop;
        qint64 bytesWhileOpen = 0;
        cache.sizeBytes(&loop, [&](qint64 account, qint64) {
            bytesWhileOpen = account;
            loop.quit();
        });
        loop.exec();
        out.insert(u"cache_write_100k_ms"_s, round2(ms(timer)));
        out.insert(u"cache_disk_mb_while_open"_s, std::round(double(bytesWhileOpen) / 1e4) / 100.0);
        out.insert(u"cache_write_max_tick_gap_ms"_s, std::round(maxGapMs * 100) / 100);
    }
    out.insert(u"cache_file_mb"_s, std::round(double(QFileInfo(file).size()) / 1e4) / 100.0);

    // Reopening: a new cache object on the same file, as at the next start of the app.
    {
        const double cpuBefore = processCpuMs();
        QElapsedTimer timer;
        timer.start();
        AsyncCampaignCache cache;
        cache.open(file);
        QEventLoop loop;
        qsizetype loaded = 0;
        double firstScreenMs = -1;
        cache.loadRows(campaignId, &loop, [&](const CachedRowsBatch &batch) {
            loaded += batch.rows.size();
            if (firstScreenMs < 0)
                firstScreenMs = round2(ms(timer));
            if (batch.last)
                loop.quit();
        });
        loop.exec();
        out.insert(u"reopen_first_screen_ms"_s, firstScreenMs);
        out.insert(u"reopen_full_ms"_s, round2(ms(timer)));
        out.insert(u"reopen_full_cpu_ms"_s, std::round(processCpuMs() - cpuBefore));
        out.insert(u"reopen_rows"_s, loaded);
    }

    // The same load without the cache's thread, decoding in parallel and on one thread.
    for (const bool parallel : {true, false}) {
        QElapsedTimer timer;
        timer.start();
        CampaignCache cache;
        cache.open(file);
        CampaignCache::LoadOptions options;
        options.parallel = parallel;
        cache.loadRows(
            campaignId, [](CachedRowsBatch &&) { return true; }, options);
        out.insert(parallel ? u"reopen_full_sync_ms"_s : u"reopen_full_sync_1thread_ms"_s,
                   round2(ms(timer)));
    }
    out.insert(u"load_average_after"_s, loadAverage());
    if (!parser.isSet(dirOption))
        CacheFile::remove(file);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
