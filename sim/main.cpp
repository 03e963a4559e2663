// revox-sim: serves a simulated Revox API (demo campaigns, recordings, faults) on 127.0.0.1.
#include "SimulatorServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

bool parseNumber(const QString &text, double &out)
{
    bool ok = false;
    out = text.toDouble(&ok);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("revox-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REVOX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulated Revox API: demo campaigns that move in simulated time, call "
                       "recordings on a second origin, and switchable faults.\n"
                       "The API lives under <base>/api; the first line printed is that base "
                       "URL, the second the recordings origin.\n"
                       "Rows filter: statuses takes call statuses separated by commas; "
                       "\"pending\" also matches rows that have no call yet.\n\n") +
        revox::sim::SimulatorServer::faultHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("API port (0: ephemeral)."), QStringLiteral("N"),
                                  QStringLiteral("0"));
    const QCommandLineOption recordingsPort(
        QStringLiteral("recordings-port"),
        QStringLiteral("Port of the recordings origin (0: ephemeral)."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption apiKey(
        QStringLiteral("api-key"),
        QStringLiteral("Bearer key requests must carry (default: any non-empty key)."),
        QStringLiteral("KEY"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("World seed (same seed, same world)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption speed(
        QStringLiteral("speed"),
        QStringLiteral("Simulated seconds per real second (0 freezes time)."), QStringLiteral("X"),
        QStringLiteral("1"));
    const QCommandLineOption rowsScale(
        QStringLiteral("rows-scale"),
        QStringLiteral("Scales campaign sizes; the largest has 100,000 rows at 1 (max 10)."),
        QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption faults(QStringLiteral("faults"),
                                    QStringLiteral("Run-wide faults (see the list above)."),
                                    QStringLiteral("SPEC"));
    const QCommandLineOption startTime(
        QStringLiteral("start-time"),
        QStringLiteral("Simulated time at start, ISO 8601 (default: now)."),
        QStringLiteral("TIME"));
    const QCommandLineOption rowsPaging(
        QStringLiteral("rows-paging"),
        QStringLiteral("How GET /campaigns/{id}/rows answers: paged ({page, page_size, rows, "
                       "total}), no-total (paged, total left out) or unpaged (every row at once "
                       "as {rows}, query parameters ignored). A request can ask for another with "
                       "the X-Revox-Sim-Paging header or the sim_paging parameter."),
        QStringLiteral("MODE"), QStringLiteral("paged"));
    parser.addOptions(
        {port, recordingsPort, apiKey, seed, speed, rowsScale, faults, startTime, rowsPaging});
    parser.process(app);

    auto fail = [](const QString &message) {
        std::fprintf(stderr, "revox-sim: %s\n", qPrintable(message));
        return 2;
    };
    revox::sim::SimulatorOptions options;
    bool ok = false;
    options.port = quint16(parser.value(port).toUInt(&ok));
    if (!ok || parser.value(port).toUInt() > 65535)
        return fail(QStringLiteral("--port expects a number from 0 to 65535"));
    options.recordingsPort = quint16(parser.value(recordingsPort).toUInt(&ok));
    if (!ok || parser.value(recordingsPort).toUInt() > 65535)
        return fail(QStringLiteral("--recordings-port expects a number from 0 to 65535"));
    options.apiKey = parser.value(apiKey);
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed expects a non-negative integer"));
    if (!parseNumber(parser.value(speed), options.speed) || options.speed < 0)
        return fail(QStringLiteral("--speed expects a number of 0 or more"));
    if (!parseNumber(parser.value(rowsScale), options.rowsScale))
        return fail(QStringLiteral("--rows-scale expects a number"));
    options.faults = parser.value(faults);
    const auto paging = revox::sim::simRowsPagingFromText(parser.value(rowsPaging));
    if (!paging)
        return fail(QStringLiteral("--rows-paging expects paged, no-total or unpaged"));
    options.rowsPaging = *paging;
    if (parser.isSet(startTime)) {
        options.startTime = QDateTime::fromString(parser.value(startTime), Qt::ISODateWithMs);
        if (!options.startTime.isValid())
            return fail(QStringLiteral("--start-time expects ISO 8601, e.g. 2026-11-20T09:00:00Z"));
    }

    revox::sim::SimulatorServer server;
    QString error;
    if (!server.start(options, &error))
        return fail(error);
    QTextStream out(stdout);
    out << server.baseUrl().toString() << '\n'
        << "recordings: " << server.recordingsBaseUrl().toString() << '\n';
    for (const auto &c : server.campaigns())
        out << "campaign " << c.id << "  " << c.status << (c.isCancelled ? " (cancelled)" : "")
            << "  " << c.rowCount << " rows  " << c.name << '\n';
    out.flush();
    return app.exec();
}
