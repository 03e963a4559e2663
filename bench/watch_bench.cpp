// revox-watch-bench: what following a large campaign costs a real account, against the
// simulator (in-process, on its own thread, over loopback), measured side by side in one
// run: the first load against a plain Python download of the same pages, revox-cli's CSV
// export against the same Python script writing CSV (time and peak memory), and then the
// wire bytes per minute of watching the running campaign, with the rows that changed and
// how long a call's end took to reach the store. Prints one JSON object.

#include "CampaignWatcher.h"
#include "RevoxClient.h"
#include "RowStore.h"
#include "SimThread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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

using namespace revox;

namespace {

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

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
    parser.addOptions({minutes, scale, paging, python, noExport});
    parser.process(app);

    SimThread sim;
    sim::SimulatorOptions options;
    options.speed = 1;
    options.rowsScale = parser.value(scale).toDouble();
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
    QString campaignId;
    qint64 rows = -1;
    for (const sim::SimCampaignInfo &c : sim.campaigns()) {
        if (c.status == QLatin1String("running") && !c.isCancelled && c.rowCount > rows) {
            rows = c.rowCount;
            campaignId = c.id;
        }
    }
    const QString base = sim.baseUrl().toString();
    const QString key = QStringLiteral("bench");
    QJsonObject report;
    report.insert(QStringLiteral("rows"), rows);
    report.insert(QStringLiteral("rows_paging"), parser.value(paging));

    // 1. revox-cli's streamed CSV export against Python writing the same CSV. The export
    // runs first, so that the peak resident set of the children is its own.
    if (!parser.isSet(noExport)) {
        qputenv("REVOX_BASE_URL", base.toUtf8());
        qputenv("REVOX_API_KEY", key.toUtf8());
        const double cliSeconds =
            runTimed(QStringLiteral(REVOX_CLI_PATH),
                     {QStringLiteral("rows"), campaignId, QStringLiteral("--all"),
                      QStringLiteral("--format"), QStringLiteral("csv")},
                     nullptr, true);
        const double cliPeakMb = childrenPeakMb();
        const double pythonCsvSeconds = runTimed(QStringLiteral("python3"),
                                                 {parser.value(python), base, key, campaignId,
                                                  QStringLiteral("--csv"), QProcess::nullDevice()},
                                                 nullptr);
        report.insert(QStringLiteral("cli_export_s"), round2(cliSeconds));
        report.insert(QStringLiteral("cli_export_peak_mb"), round2(cliPeakMb));
        report.insert(QStringLiteral("python_export_s"), round2(pythonCsvSeconds));
        if (cliSeconds > 0 && pythonCsvSeconds > 0)
            report.insert(QStringLiteral("cli_export_vs_python"),
                          round2(pythonCsvSeconds / cliSeconds));
    }

    // 2. The first load into the store against a plain Python download of the same pages.
    QByteArray pythonOut;
    const double pythonSeconds = runTimed(
        QStringLiteral("python3"), {parser.value(python), base, key, campaignId}, &pythonOut);
    QNetworkAccessManager nam;
    ClientConfig config;
    config.baseUrl = sim.baseUrl();
    config.apiKey = key;
    RevoxClient client(&nam, config);
    RowStore store;
    CampaignWatcher watcher(&client, &store);
    watcher.setIntervalMs(3000);
    watcher.setCampaignId(campaignId);
    QEventLoop loop;
    QObject::connect(&watcher, &CampaignWatcher::refreshed, &loop, &QEventLoop::quit);
    QElapsedTimer firstLoad;
    firstLoad.start();
    const quint64 bytesBefore = sim.apiBytesSent();
    watcher.start();
    loop.exec();
    const double loadSeconds = double(firstLoad.nsecsElapsed()) / 1e9;
    report.insert(QStringLiteral("first_load_s"), round2(loadSeconds));
    report.insert(QStringLiteral("first_load_wire_mb"),
                  round2(double(sim.apiBytesSent() - bytesBefore) / 1e6));
    report.insert(QStringLiteral("rows_loaded"), store.size());
    report.insert(QStringLiteral("python_download_s"), round2(pythonSeconds));
    report.insert(
        QStringLiteral("python_download_wire_mb"),
        round2(QJsonDocument::fromJson(pythonOut).object().value("bytes").toDouble() / 1e6));
    if (pythonSeconds > 0)
        report.insert(QStringLiteral("first_load_vs_python"), round2(pythonSeconds / loadSeconds));

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
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
