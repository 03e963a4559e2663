// revox-bench: prints one JSON object with the data layer's figures at 1k, 10k and 100k rows
// of simulator-shaped JSON (see bench/README.md for what each figure means).

#include "ApiBodyReader.h"
#include "BenchMeasures.h"
#include "CallTiming.h"
#include "CampaignFunnel.h"
#include "CampaignSummary.h"
#include "CampaignWatcher.h"
#include "OutcomeFacets.h"
#include "RevoxClient.h"
#include "RowStore.h"
#include "RowsFilterProxy.h"
#include "RowsTableModel.h"
#include "SimThread.h"
#include "SimdRowsPageReader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent>

#include <simdjson.h>

#include <malloc.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>

using namespace revox;
using namespace bench;

namespace {

// Rows per page: what CampaignWatcher asks for by default (the simulator serves up to 1000).
constexpr qint64 kMaxPageSize = 100;

// Rows pages of one campaign as the server wrote them.
struct Pages
{
    QList<QByteArray> bodies;
    qint64 bytes = 0;
};

std::optional<Pages> fetchPages(RevoxClient &client, const QString &campaignId, qint64 rows,
                                QString *error)
{
    Pages pages;
    const qint64 pageSize = std::min(rows, kMaxPageSize);
    const qint64 count = (rows + pageSize - 1) / pageSize;
    for (qint64 page = 0; page < count; ++page) {
        RowsQuery query;
        query.page = page;
        query.pageSize = pageSize;
        QEventLoop loop;
        std::optional<QByteArray> body;
        client.getRaw(QStringLiteral("campaigns/%1/rows").arg(campaignId), query.toUrlQuery(),
                      &loop, [&](ApiResult<QByteArray> r) {
                          if (r.ok())
                              body = *r.value;
                          else
                              *error = r.error.message;
                          loop.quit();
                      });
        loop.exec();
        if (!body)
            return std::nullopt;
        pages.bytes += body->size();
        pages.bodies.append(*body);
    }
    return pages;
}

// A page parsed on a worker thread, with the digests the model merges by.
struct ParsedPage
{
    Parsed<RowsPage> parsed;
    QList<RowStore::RowDigest> digests;
};

// Parses pages on the thread pool, page i on its own task.
QList<QFuture<ParsedPage>> parseInParallel(const Pages &pages, AssistantCache *cache)
{
    QList<QFuture<ParsedPage>> futures;
    futures.reserve(pages.bodies.size());
    for (const QByteArray &body : pages.bodies) {
        futures.append(QtConcurrent::run([body, cache] {
            ParsedPage page;
            page.parsed = json::parseRowsPageSimd(body, cache);
            page.digests = RowStore::digest(page.parsed.value.rows);
            return page;
        }));
    }
    return futures;
}

struct AllRows
{
    QList<Row> rows;
    QList<RowStore::RowDigest> digests;
};

AllRows parseAll(const Pages &pages, AssistantCache *cache)
{
    AllRows all;
    for (QFuture<ParsedPage> &f : parseInParallel(pages, cache)) {
        ParsedPage page = f.takeResult();
        all.rows.append(page.parsed.value.rows);
        all.digests.append(page.digests);
    }
    return all;
}

struct PythonFigures
{
    double seconds = -1;
    QString error;
};

PythonFigures runPython(const QString &script, const Pages &pages)
{
    PythonFigures figures;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        figures.error = QStringLiteral("no temporary directory");
        return figures;
    }
    for (qsizetype i = 0; i < pages.bodies.size(); ++i) {
        QFile f(dir.filePath(QStringLiteral("page-%1.json").arg(i, 6, 10, QLatin1Char('0'))));
        if (!f.open(QIODevice::WriteOnly) ||
            f.write(pages.bodies.at(i)) != pages.bodies.at(i).size()) {
            figures.error = QStringLiteral("cannot write %1").arg(f.fileName());
            return figures;
        }
    }
    QProcess python;
    python.start(QStringLiteral("python3"), {script, dir.path()});
    if (!python.waitForFinished(600000) || python.exitCode() != 0) {
        figures.error = QStringLiteral("python3 failed: %1")
                            .arg(QString::fromUtf8(python.readAllStandardError()).trimmed());
        return figures;
    }
    const QJsonObject out = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    figures.seconds = out.value(QStringLiteral("seconds")).toDouble(-1);
    if (figures.seconds < 0)
        figures.error = QStringLiteral("python3 printed no figures");
    return figures;
}

// Changes the call status of every hundredth row, as a refresh with 1% changed would.
void changeOnePercent(QList<Row> &rows)
{
    for (qsizetype i = 0; i < rows.size(); i += 100) {
        Row &row = rows[i];
        if (!row.call)
            row.call = Call();
        row.call->callsCount += 1;
        row.call->status = ApiEnum<CallStatus>::fromText(row.call->status == CallStatus::Completed
                                                             ? QStringLiteral("errored")
                                                             : QStringLiteral("completed"));
        row.contentHash += 1; // a row the server changed hashes differently
    }
}

struct Keystrokes
{
    double medianMs = 0;    // wall clock
    double medianCpuMs = 0; // GUI thread CPU time
};

// Types a word into the text (or transcript) filter letter by letter; the median keystroke.
Keystrokes typeMedianMs(RowsFilterProxy *proxy, const QString &word, bool transcript)
{
    std::vector<double> times;
    std::vector<double> cpuTimes;
    QElapsedTimer timer;
    for (qsizetype i = 1; i <= word.size(); ++i) {
        const double cpu = threadCpuMs();
        timer.restart();
        if (transcript)
            proxy->setTranscriptFilter(word.left(i));
        else
            proxy->setTextFilter(word.left(i));
        times.push_back(ms(timer));
        cpuTimes.push_back(threadCpuMs() - cpu);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    return {times[times.size() / 2], cpuTimes[cpuTimes.size() / 2]};
}

QJsonObject measureSize(RevoxClient &client, const QString &campaignId, qint64 rowsWanted,
                        const QString &pythonScript)
{
    QJsonObject out;
    QString error;
    const std::optional<Pages> fetched = fetchPages(client, campaignId, rowsWanted, &error);
    if (!fetched) {
        out.insert(QStringLiteral("error"), error);
        return out;
    }
    const Pages &pages = *fetched;

    // The floor: QJsonDocument::fromJson of the same bytes, one page after the other.
    QElapsedTimer timer;
    timer.start();
    qint64 docRows = 0;
    for (const QByteArray &body : pages.bodies) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        docRows += doc.object().value(QLatin1String("rows")).toArray().size();
    }
    const double parseMs = ms(timer);

    // The best floor: simdjson parsing the same bytes (padded as our reader pads them), one
    // page after the other, nothing kept but the row count.
    timer.restart();
    qint64 simdRows = 0;
    {
        simdjson::dom::parser parser;
        for (const QByteArray &body : pages.bodies) {
            const simdjson::padded_string padded(body.constData(), size_t(body.size()));
            simdjson::dom::array rowsArray;
            if (parser.parse(padded)["rows"].get_array().get(rowsArray) == simdjson::SUCCESS)
                simdRows += qint64(rowsArray.size());
        }
    }
    const double simdParseMs = ms(timer);

    // Ingest: bytes to models ready (pages parsed on the thread pool, merged in order).
    const qint64 rssBefore = settledResidentBytes();
    const qint64 heapBefore = heapInUseBytes();
    auto *store = new RowStore;
    auto *model = new RowsTableModel(store);
    auto *proxy = new RowsFilterProxy;
    proxy->setSourceModel(model);
    AssistantCache cache;
    int problems = 0;
    timer.restart();
    {
        QList<QFuture<ParsedPage>> futures = parseInParallel(pages, &cache);
        for (QFuture<ParsedPage> &f : futures) {
            ParsedPage page = f.takeResult();
            if (model->rowCount() == 0)
                store->reserve(std::min(page.parsed.value.total, rowsWanted)); // as the watcher
            problems += int(page.parsed.problems.size()) + (page.parsed.ok() ? 0 : 1);
            store->merge(std::move(page.parsed.value.rows), page.digests);
        }
    }
    const double ingestMs = ms(timer);
    QCoreApplication::processEvents(); // the proxy's deferred chip counts
    const qint64 rssAfter = settledResidentBytes();
    const qint64 heapAfter = heapInUseBytes();
    const qint64 rows = model->rowCount();

    // Refreshes: the same rows again, then with 1% changed (GUI-thread merge only; the
    // parse runs on worker threads in the app).
    AllRows again = parseAll(pages, &cache);
    timer.restart();
    const auto unchanged = store->replaceAll(again.rows, again.digests);
    const double refreshUnchangedMs = ms(timer);
    changeOnePercent(again.rows);
    again.digests = RowStore::digest(again.rows); // on a worker in the app
    timer.restart();
    const auto changed = store->replaceAll(again.rows, again.digests);
    const double refresh1pctMs = ms(timer);
    again = AllRows();

    // Keystrokes in the search box. The very first builds the per-row search texts (the
    // "first keystroke" figure); then a word is typed letter by letter and the median
    // keystroke is reported.
    timer.restart();
    proxy->setTextFilter(QStringLiteral("p"));
    const double filterTextColdMs = ms(timer);
    proxy->setTextFilter(QString());
    const Keystrokes filterText = typeMedianMs(proxy, QStringLiteral("portland"), false);
    const int textMatches = proxy->rowCount();
    proxy->setTextFilter(QString());
    timer.restart();
    proxy->setTranscriptFilter(QStringLiteral("p"));
    const double filterTranscriptColdMs = ms(timer);
    proxy->setTranscriptFilter(QString());
    const Keystrokes filterTranscript = typeMedianMs(proxy, QStringLiteral("pricing"), true);
    const int transcriptMatches = proxy->rowCount();

    // The insight tabs over every row (the GUI thread works them out for the shown tab).
    const QList<Row> &all = store->rows();
    QList<StructuredOutputField> config;
    for (const Row &row : all) {
        if (row.call && row.call->assistant && row.call->assistant->structuredOutputConfig) {
            config = *row.call->assistant->structuredOutputConfig;
            break;
        }
    }
    timer.restart();
    const OutcomeFacets facetIndex = OutcomeFacets::index(config, all);
    const double facetsIndexMs = ms(timer);
    timer.restart();
    const QList<OutputFacet> facets = facetIndex.count(all, {}, {});
    const double facetsCountMs = ms(timer);
    timer.restart();
    const CampaignFunnel funnel = CampaignFunnel::compute(all, defaultSuccessCondition(config));
    const double funnelMs = ms(timer);
    timer.restart();
    const CallTiming timing = CallTiming::compute(all, QTimeZone("America/Chicago"));
    const double timingMs = ms(timer);
    timer.restart();
    const CampaignSummary summary = CampaignSummary::compute(
        campaignId, all, defaultSuccessCondition(config), QDateTime::currentDateTimeUtc());
    const double summaryMs = ms(timer);

    const PythonFigures python = runPython(pythonScript, pages);

    const double mb = double(pages.bytes) / 1e6;
    out.insert(QStringLiteral("rows"), rows);
    out.insert(QStringLiteral("pages"), int(pages.bodies.size()));
    out.insert(QStringLiteral("wire_bytes"), pages.bytes);
    out.insert(QStringLiteral("wire_bytes_per_row"), round2(double(pages.bytes) / double(rows)));
    out.insert(QStringLiteral("parse_qjson_mb_s"), round2(mb / (parseMs / 1000.0)));
    out.insert(QStringLiteral("ingest_mb_s"), round2(mb / (ingestMs / 1000.0)));
    out.insert(QStringLiteral("ingest_vs_qjson"), round2(ingestMs / parseMs));
    out.insert(QStringLiteral("parse_simdjson_mb_s"), round2(mb / (simdParseMs / 1000.0)));
    out.insert(QStringLiteral("ingest_vs_bare_simdjson"), round2(ingestMs / simdParseMs));
    if (python.seconds > 0) {
        out.insert(QStringLiteral("python_json_mb_s"), round2(mb / python.seconds));
        out.insert(QStringLiteral("ingest_vs_python"), round2(python.seconds * 1000.0 / ingestMs));
    } else {
        out.insert(QStringLiteral("python_error"), python.error);
    }
    out.insert(QStringLiteral("resident_bytes_per_row"),
               round2(double(rssAfter - rssBefore) / double(rows)));
    out.insert(QStringLiteral("heap_bytes_per_row"),
               round2(double(heapAfter - heapBefore) / double(rows)));
    out.insert(QStringLiteral("refresh_unchanged_ms"), round2(refreshUnchangedMs));
    out.insert(QStringLiteral("refresh_1pct_changed_ms"), round2(refresh1pctMs));
    out.insert(QStringLiteral("refresh_1pct_rows_updated"), changed.updated);
    out.insert(QStringLiteral("filter_text_ms"), round2(filterText.medianMs));
    out.insert(QStringLiteral("filter_text_cpu_ms"), round2(filterText.medianCpuMs));
    out.insert(QStringLiteral("filter_text_first_keystroke_ms"), round2(filterTextColdMs));
    out.insert(QStringLiteral("filter_transcript_ms"), round2(filterTranscript.medianMs));
    out.insert(QStringLiteral("filter_transcript_cpu_ms"), round2(filterTranscript.medianCpuMs));
    out.insert(QStringLiteral("filter_transcript_first_keystroke_ms"),
               round2(filterTranscriptColdMs));
    out.insert(QStringLiteral("insights_facets_index_ms"), round2(facetsIndexMs));
    out.insert(QStringLiteral("insights_facets_count_ms"), round2(facetsCountMs));
    out.insert(QStringLiteral("insights_facet_fields"), int(facets.size()));
    out.insert(QStringLiteral("insights_funnel_ms"), round2(funnelMs));
    out.insert(QStringLiteral("insights_timing_ms"), round2(timingMs));
    out.insert(QStringLiteral("insights_timing_attempts"), timing.attempts);
    out.insert(QStringLiteral("insights_summary_ms"), round2(summaryMs));
    out.insert(QStringLiteral("insights_called_rows"), funnel.called);
    out.insert(QStringLiteral("insights_summary_rows"), summary.funnel.rows);
    out.insert(QStringLiteral("text_matches"), textMatches);
    out.insert(QStringLiteral("transcript_matches"), transcriptMatches);
    out.insert(QStringLiteral("parse_problems"), problems);
    out.insert(QStringLiteral("qjson_rows"), docRows);
    out.insert(QStringLiteral("simdjson_rows"), simdRows);
    if (unchanged.changedAnything())
        out.insert(QStringLiteral("error"), QStringLiteral("an unchanged refresh changed rows"));
    delete proxy;
    delete model;
    delete store;
    return out;
}

// The longest the event loop went without running a 1 ms timer while a CampaignWatcher
// loaded every row of a campaign from the simulator (on its own thread) over loopback.
QJsonObject measureGuiStall(qint64 rowsWanted)
{
    QJsonObject out;
    SimThread sim;
    sim::SimulatorOptions options;
    options.speed = 0;
    options.rowsScale = double(rowsWanted) / 100000.0;
    QString error;
    if (!sim.start(options, &error)) {
        out.insert(QStringLiteral("error"), error);
        return out;
    }
    const QString campaignId = sim.largestCampaign().id;
    QNetworkAccessManager nam;
    RevoxClient client(&nam, sim.clientConfig());
    RowStore store;
    RowsTableModel model(&store);
    RowsFilterProxy proxy;
    proxy.setSourceModel(&model);
    CampaignWatcher watcher(&client, &store);
    watcher.setIntervalMs(600000);

    // Wall time between ticks is what a user sees; the main thread's CPU time between
    // ticks is what our code blocked (the rest is the OS running other threads on a busy
    // machine).
    QElapsedTimer sinceTick;
    double maxGapMs = 0;
    double maxBusyMs = 0;
    double cpuAtTick = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const double cpu = threadCpuMs();
        if (sinceTick.isValid()) {
            maxGapMs = std::max(maxGapMs, ms(sinceTick) - 1.0);
            maxBusyMs = std::max(maxBusyMs, cpu - cpuAtTick);
        }
        cpuAtTick = cpu;
        sinceTick.restart();
    });

    QEventLoop loop;
    QObject::connect(&watcher, &CampaignWatcher::refreshed, &loop, &QEventLoop::quit);
    QObject::connect(&watcher, &CampaignWatcher::lastErrorChanged, &loop, [&](const ApiError &e) {
        if (e.isError()) {
            error = e.message;
            loop.quit();
        }
    });
    QElapsedTimer total;
    total.start();
    probe.start();
    watcher.setCampaignId(campaignId);
    watcher.start();
    loop.exec();
    probe.stop();
    watcher.stop();
    out.insert(QStringLiteral("rows"), model.rowCount());
    out.insert(QStringLiteral("load_seconds"), round2(ms(total) / 1000.0));
    out.insert(QStringLiteral("max_gui_stall_ms"), round2(std::max(0.0, maxGapMs)));
    out.insert(QStringLiteral("max_gui_busy_ms"), round2(maxBusyMs));
    out.insert(QStringLiteral("load_average"), loadAverage());
    if (!error.isEmpty())
        out.insert(QStringLiteral("error"), error);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("revox-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints one JSON object with the data layer's figures at 1k, 10k and 100k rows of "
        "simulator-shaped JSON."));
    parser.addHelpOption();
    QCommandLineOption rowsOption(QStringLiteral("rows"),
                                  QStringLiteral("Measure this many rows only (1..100000)."),
                                  QStringLiteral("N"));
    QCommandLineOption pythonOption(
        QStringLiteral("python-baseline"), QStringLiteral("Path of python_baseline.py."),
        QStringLiteral("FILE"), QStringLiteral(REVOX_BENCH_PYTHON_SCRIPT));
    QCommandLineOption noStallOption(QStringLiteral("no-stall"),
                                     QStringLiteral("Skip the GUI stall measurement."));
    parser.addOptions({rowsOption, pythonOption, noStallOption});
    parser.process(app);

    QList<qint64> sizes = {1000, 10000, 100000};
    if (parser.isSet(rowsOption)) {
        bool ok = false;
        const qint64 n = parser.value(rowsOption).toLongLong(&ok);
        if (!ok || n < 1 || n > 100000) {
            std::fprintf(stderr, "revox-bench: --rows takes a number from 1 to 100000\n");
            return 2;
        }
        sizes = {n};
    }

    // One simulator at full scale: its largest campaign has 100,000 rows.
    SimThread sim;
    sim::SimulatorOptions options;
    options.speed = 0;
    QString error;
    if (!sim.start(options, &error)) {
        std::fprintf(stderr, "revox-bench: simulator: %s\n", qPrintable(error));
        return 1;
    }
    const QString campaignId = sim.largestCampaign().id;
    QNetworkAccessManager nam;
    RevoxClient client(&nam, sim.clientConfig());

    QJsonObject results;
    for (qint64 n : sizes)
        results.insert(QString::number(n),
                       measureSize(client, campaignId, n, parser.value(pythonOption)));
    sim.stop();

    QJsonObject report;
    report.insert(QStringLiteral("results"), results);
    report.insert(QStringLiteral("threads"), QThreadPool::globalInstance()->maxThreadCount());
    report.insert(QStringLiteral("load_average"), loadAverage());
    if (!parser.isSet(noStallOption)) {
        const QJsonObject stall = measureGuiStall(sizes.last());
        report.insert(QStringLiteral("gui_stall"), stall);
        report.insert(QStringLiteral("max_gui_stall_ms"),
                      stall.value(QStringLiteral("max_gui_stall_ms")));
    }
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
