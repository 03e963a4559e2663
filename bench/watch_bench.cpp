// revox-watch-bench: what following a large campaign costs a real account, against the
// simulator (in-process, on its own thread, over loopback), measured side by side in one
// run: the first load against a plain Python download of the same pages, revox-cli's CSV
// export against the same Python script writing CSV (time and peak memory), and then the
// wire bytes per minute of watching the running campaign, with the rows that changed and
// how long a call's end took to reach the store. Prints one JSON object.

#include "BenchMeasures.h"
#include "CampaignWatcher.h"
#include "RevoxClient.h"
#include "RowStore.h"
#include "SimThread.h"
#include "ThrottlingProxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace revox;
using namespace bench;

namespace {

// Runs a program to its end; its wall time in seconds (-1 when it failed) and stdout.
double runTimed(const QString &program, const QStringList &arguments, QByteArray *stdoutText,
                bool discardStdout = false)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    if (discardStdout)
        process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(30 * 60 * 1000) || process.exitCode() != 0) {
        std::fprintf(stderr, "revox-watch-bench: %s failed: %s\n", qPrintable(program),
                     process.readAllStandardError().constData());
        return -1;
    }
    if (stdoutText)
        *stdoutText = process.readAllStandardOutput();
    return double(timer.nsecsElapsed()) / 1e9;
}

// The largest peak resident set of the children that have ended so far, in MB.
double childrenPeakMb()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

double percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype at = std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size()));
    return double(values.at(at));
}

// Every figure of from, added to into.
void insertAll(QJsonObject &into, const QJsonObject &from)
{
    for (auto it = from.begin(); it != from.end(); ++it)
        into.insert(it.key(), it.value());
}

// revox-cli's streamed CSV export of every row against the Python script writing the same
// CSV, both against the given base URL; with peak, the export's peak resident set too (only
// true of the first child the process runs).
QJsonObject exportFigures(const QString &base, const QString &key, const QString &campaignId,
                          const QString &pythonScript, bool peak = false)
{
    qputenv("REVOX_BASE_URL", base.toUtf8());
    qputenv("REVOX_API_KEY", key.toUtf8());
    const double cliSeconds = runTimed(QStringLiteral(REVOX_CLI_PATH),
                                       {QStringLiteral("rows"), campaignId, QStringLiteral("--all"),
                                        QStringLiteral("--format"), QStringLiteral("csv")},
                                       nullptr, true);
    const double cliPeakMb = childrenPeakMb();
    const double pythonSeconds = runTimed(
        QStringLiteral("python3"),
        {pythonScript, base, key, campaignId, QStringLiteral("--csv"), QProcess::nullDevice()},
        nullptr);
    QJsonObject out;
    out.insert(QStringLiteral("cli_export_s"), round2(cliSeconds));
    out.insert(QStringLiteral("python_export_s"), round2(pythonSeconds));
    if (peak)
        out.insert(QStringLiteral("cli_export_peak_mb"), round2(cliPeakMb));
    if (cliSeconds > 0 && pythonSeconds > 0)
        out.insert(QStringLiteral("cli_export_vs_python"), round2(pythonSeconds / cliSeconds));
    return out;
}

// A CampaignWatcher's first load of every row into the store against the Python script
// downloading the same pages, both against the given base URL; wireBytes counts what the
// server side sent.
QJsonObject firstLoadFigures(QNetworkAccessManager &nam, const QUrl &base, const QString &key,
                             const QString &campaignId, const QString &pythonScript,
                             RowStore &store, const std::function<quint64()> &wireBytes)
{
    QByteArray pythonOut;
    const quint64 pythonBytesBefore = wireBytes();
    const double pythonSeconds = runTimed(
        QStringLiteral("python3"), {pythonScript, base.toString(), key, campaignId}, &pythonOut);
    const quint64 pythonWire = wireBytes() - pythonBytesBefore;
    ClientConfig config;
    config.baseUrl = base;
    config.apiKey = key;
    RevoxClient client(&nam, config);
    CampaignWatcher watcher(&client, &store);
    watcher.setIntervalMs(3000);
    watcher.setCampaignId(campaignId);
    QEventLoop loop;
    QObject::connect(&watcher, &CampaignWatcher::refreshed, &loop, &QEventLoop::quit);
    QElapsedTimer firstLoad;
    firstLoad.start();
    const quint64 bytesBefore = wireBytes();
    watcher.start();
    loop.exec();
    const double loadSeconds = double(firstLoad.nsecsElapsed()) / 1e9;
    watcher.stop();
    QJsonObject out;
    out.insert(QStringLiteral("first_load_s"), round2(loadSeconds));
    out.insert(QStringLiteral("first_load_wire_mb"),
               round2(double(wireBytes() - bytesBefore) / 1e6));
    out.insert(QStringLiteral("rows_loaded"), store.size());
    out.insert(QStringLiteral("python_download_s"), round2(pythonSeconds));
    out.insert(QStringLiteral("python_download_wire_mb"), round2(double(pythonWire) / 1e6));
    out.insert(QStringLiteral("python_rows"),
               QJsonDocument::fromJson(pythonOut).object().value("rows").toInteger());
    if (pythonSeconds > 0)
        out.insert(QStringLiteral("first_load_vs_python"), round2(pythonSeconds / loadSeconds));
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("revox.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints what watching the simulator's largest running campaign costs."));
    parser.addHelpOption();
    const QCommandLineOption minutes(QStringLiteral("minutes"),
                                     QStringLiteral("Minutes of watching (default 3)."),
                                     QStringLiteral("M"), QStringLiteral("3"));
    const QCommandLineOption scale(QStringLiteral("rows-scale"),
                                   QStringLiteral("Campaign sizes (1: the largest has 100,000)."),
                                   QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption paging(QStringLiteral("rows-paging"),
                                    QStringLiteral("The server's form: paged, no-total, unpaged."),
                                    QStringLiteral("MODE"), QStringLiteral("paged"));
    const QCommandLineOption python(
        QStringLiteral("python"), QStringLiteral("Path of python_download.py."),
        QStringLiteral("FILE"), QStringLiteral(REVOX_BENCH_PYTHON_DOWNLOAD));
    const QCommandLineOption noExport(QStringLiteral("no-export"),
                                      QStringLiteral("Skip the CSV export comparison."));
    const QCommandLineOption startTime(
        QStringLiteral("start-time"),
        QStringLiteral("The simulator's clock at start, ISO 8601 (default: a weekday afternoon in "
                       "the United States, inside the watched campaign's calling window)."),
        QStringLiteral("TIME"), QStringLiteral("2026-12-08T16:30:00Z"));
    const QCommandLineOption noLine(
        QStringLiteral("no-line"),
        QStringLiteral("Skip the figures through the throttling proxy (100 Mbit/s, 40 ms)."));
    parser.addOptions({minutes, scale, paging, python, noExport, startTime, noLine});
    parser.process(app);

    SimThread sim;
    sim::SimulatorOptions options;
    options.speed = 1;
    options.rowsScale = parser.value(scale).toDouble();
    options.startTime = QDateTime::fromString(parser.value(startTime), Qt::ISODate);
    if (!options.startTime.isValid()) {
        std::fputs("revox-watch-bench: --start-time takes an ISO 8601 time\n", stderr);
        return 2;
    }
    const auto form = sim::simRowsPagingFromText(parser.value(paging));
    if (!form) {
        std::fputs("revox-watch-bench: --rows-paging takes paged, no-total or unpaged\n", stderr);
        return 2;
    }
    options.rowsPaging = *form;
    QString error;
    if (!sim.start(options, &error)) {
        std::fprintf(stderr, "revox-watch-bench: simulator: %s\n", qPrintable(error));
        return 1;
    }
    const sim::SimCampaignInfo largest = sim.largestCampaign(true);
    const QString campaignId = largest.id;
    const qint64 rows = largest.rowCount;
    const QString base = sim.baseUrl().toString();
    const QString key = sim.clientConfig().apiKey;
    QJsonObject report;
    report.insert(QStringLiteral("rows"), rows);
    report.insert(QStringLiteral("rows_paging"), parser.value(paging));

    // 1. revox-cli's streamed CSV export against Python writing the same CSV. The export
    // runs first, so that the peak resident set of the children is its own.
    if (!parser.isSet(noExport)) {
        const QJsonObject exported =
            exportFigures(base, key, campaignId, parser.value(python), true);
        insertAll(report, exported);
    }

    // 2. The first load into the store against a plain Python download of the same pages.
    QNetworkAccessManager nam;
    RowStore store;
    const QJsonObject loaded =
        firstLoadFigures(nam, sim.baseUrl(), key, campaignId, parser.value(python), store,
                         [&sim] { return sim.apiBytesSent(); });
    insertAll(report, loaded);

    // 2b. The same two through a line like a real one (a throttling proxy on loopback), where
    // what gzip saves shows.
    if (!parser.isSet(noLine)) {
        ThrottlingProxy proxy;
        ThrottlingProxy::Line line;
        if (!proxy.start(sim.baseUrl().port(), line, &error)) {
            std::fprintf(stderr, "revox-watch-bench: proxy: %s\n", qPrintable(error));
            return 1;
        }
        QUrl throughLine = sim.baseUrl();
        throughLine.setPort(proxy.port());
        QJsonObject onLine;
        onLine.insert(QStringLiteral("megabits_per_s"), line.megabitsPerSecond);
        onLine.insert(QStringLiteral("round_trip_ms"), line.roundTripMs);
        if (!parser.isSet(noExport)) {
            const QJsonObject exported =
                exportFigures(throughLine.toString(), key, campaignId, parser.value(python));
            for (auto it = exported.begin(); it != exported.end(); ++it)
                onLine.insert(it.key(), it.value());
        }
        QNetworkAccessManager lineNam;
        RowStore lineStore;
        const QJsonObject lineLoad =
            firstLoadFigures(lineNam, throughLine, key, campaignId, parser.value(python), lineStore,
                             [&proxy] { return proxy.bytesDown(); });
        insertAll(onLine, lineLoad);
        report.insert(QStringLiteral("through_line"), onLine);
    }

    RevoxClient client(&nam, sim.clientConfig());
    CampaignWatcher watcher(&client, &store);
    watcher.setIntervalMs(3000);
    watcher.setCampaignId(campaignId);
    // The store holds every row already: the watcher's first refresh reconciles and then it
    // follows the campaign.
    QEventLoop loop;
    QObject::connect(&watcher, &CampaignWatcher::refreshed, &loop, &QEventLoop::quit);
    watcher.start();
    loop.exec();

    // 3. Watching: wire bytes per minute, rows changed, and the lag from a call's end on
    // the server (its attempt's ended_at, in the simulator's clock) to the store.
    QHash<QString, qint64> endedSeen;
    for (const Row &row : store.rows()) {
        const CallAttempt *a = row.call ? row.call->latestAttempt() : nullptr;
        if (a && a->endedAt.isValid())
            endedSeen.insert(row.id, a->endedAt.toMSecsSinceEpoch());
    }
    qint64 changedRows = 0;
    QList<qint64> lagsMs;
    store.setTrackChanges(true);
    QObject::connect(&store, &RowStore::rowChanges, [&](const QList<RowStore::RowChange> &c) {
        const qint64 now = sim.simulatedNow().toMSecsSinceEpoch();
        for (const RowStore::RowChange &change : c) {
            ++changedRows;
            const Row *row = store.rowById(change.id);
            const CallAttempt *a = row && row->call ? row->call->latestAttempt() : nullptr;
            if (!a || !a->endedAt.isValid())
                continue;
            const qint64 ended = a->endedAt.toMSecsSinceEpoch();
            if (endedSeen.value(change.id, -1) != ended) {
                endedSeen.insert(change.id, ended);
                lagsMs.append(std::max<qint64>(0, now - ended));
            }
        }
    });
    int refreshes = 0;
    QObject::connect(&watcher, &CampaignWatcher::refreshed, [&] { ++refreshes; });
    const double watchMinutes = parser.value(minutes).toDouble();
    const quint64 watchBytesBefore = sim.apiBytesSent();
    QTimer::singleShot(int(watchMinutes * 60'000), &loop, &QEventLoop::quit);
    QObject::disconnect(&watcher, &CampaignWatcher::refreshed, &loop, &QEventLoop::quit);
    loop.exec();
    watcher.stop();
    const double wireMb = double(sim.apiBytesSent() - watchBytesBefore) / 1e6;
    report.insert(QStringLiteral("watch_minutes"), watchMinutes);
    report.insert(QStringLiteral("watch_refreshes"), refreshes);
    report.insert(QStringLiteral("watch_mb_per_min"), round2(wireMb / watchMinutes));
    report.insert(QStringLiteral("changed_rows_per_min"), round2(changedRows / watchMinutes));
    report.insert(QStringLiteral("calls_ended_seen"), lagsMs.size());
    report.insert(QStringLiteral("call_end_lag_p50_s"), round2(percentile(lagsMs, 0.5) / 1000));
    report.insert(QStringLiteral("call_end_lag_p95_s"), round2(percentile(lagsMs, 0.95) / 1000));
    report.insert(QStringLiteral("interval_reason"), watcher.intervalReason());
    report.insert(QStringLiteral("start_time"), options.startTime.toString(Qt::ISODate));
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Indented).constData(), stdout);
    // A watch in which nothing changed measured an idle campaign, not a watch.
    if (changedRows == 0) {
        std::fputs("revox-watch-bench: no row changed while watching, so the watch figures "
                   "describe an idle campaign; choose a --start-time inside its calling window\n",
                   stderr);
        return 1;
    }
    return 0;
}
