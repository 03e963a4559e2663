// revox-sim: serves a simulated Revox API (demo campaigns, recordings, faults) on 127.0.0.1.
#include "SimulatorServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <vector>

namespace {

using revox::sim::SimulatorOptions;

bool parseNumber(const QString &text, double &out)
{
    bool ok = false;
    out = text.toDouble(&ok);
    return ok;
}

bool parsePort(const QString &text, quint16 &out)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port > 65535)
        return false;
    out = quint16(port);
    return true;
}

// One command-line flag: how it is documented, and how its value goes into the options
// (false when the value is unusable, and "--name expects <expects>" is said).
struct Flag
{
    QCommandLineOption option;
    const char *expects;
    std::function<bool(const QString &value, SimulatorOptions &options)> read;
};

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
    const std::vector<Flag> flags = {
        {QCommandLineOption(QStringLiteral("port"), QStringLiteral("API port (0: ephemeral)."),
                            QStringLiteral("N"), QStringLiteral("0")),
         "a number from 0 to 65535",
         [](const QString &v, SimulatorOptions &o) {
             return parsePort(v, o.port);
         }},
        {QCommandLineOption(QStringLiteral("recordings-port"),
                            QStringLiteral("Port of the recordings origin (0: ephemeral)."),
                            QStringLiteral("N"), QStringLiteral("0")),
         "a number from 0 to 65535",
         [](const QString &v, SimulatorOptions &o) {
             return parsePort(v, o.recordingsPort);
         }},
        {QCommandLineOption(
             QStringLiteral("api-key"),
             QStringLiteral("Bearer key requests must carry (default: any non-empty key)."),
             QStringLiteral("KEY")),
         "a key",
         [](const QString &v, SimulatorOptions &o) {
             o.apiKey = v;
             return true;
         }},
        {QCommandLineOption(QStringLiteral("seed"),
                            QStringLiteral("World seed (same seed, same world)."),
                            QStringLiteral("N"), QStringLiteral("1")),
         "a non-negative integer",
         [](const QString &v, SimulatorOptions &o) {
             bool ok = false;
             o.seed = v.toULongLong(&ok);
             return ok;
         }},
        {QCommandLineOption(QStringLiteral("speed"),
                            QStringLiteral("Simulated seconds per real second (0 freezes time)."),
                            QStringLiteral("X"), QStringLiteral("1")),
         "a number of 0 or more",
         [](const QString &v, SimulatorOptions &o) {
             return parseNumber(v, o.speed) && o.speed >= 0;
         }},
        {QCommandLineOption(
             QStringLiteral("rows-scale"),
             QStringLiteral("Scales campaign sizes; the largest has 100,000 rows at 1 (max 10)."),
             QStringLiteral("X"), QStringLiteral("1")),
         "a number",
         [](const QString &v, SimulatorOptions &o) {
             return parseNumber(v, o.rowsScale);
         }},
        {QCommandLineOption(QStringLiteral("faults"),
                            QStringLiteral("Run-wide faults (see the list above)."),
                            QStringLiteral("SPEC")),
         "a fault list",
         [](const QString &v, SimulatorOptions &o) {
             o.faults = v;
             return true;
         }},
        {QCommandLineOption(QStringLiteral("start-time"),
                            QStringLiteral("Simulated time at start, ISO 8601 (default: now)."),
                            QStringLiteral("TIME")),
         "ISO 8601, e.g. 2026-11-20T09:00:00Z",
         [](const QString &v, SimulatorOptions &o) {
             o.startTime = QDateTime::fromString(v, Qt::ISODateWithMs);
             return o.startTime.isValid();
         }},
        {QCommandLineOption(
             QStringLiteral("rows-paging"),
             QStringLiteral(
                 "How GET /campaigns/{id}/rows answers: paged ({page, page_size, rows, "
                 "total}), no-total (paged, total left out) or unpaged (every row at once "
                 "as {rows}, query parameters ignored). A request can ask for another with "
                 "the X-Revox-Sim-Paging header or the sim_paging parameter."),
             QStringLiteral("MODE"), QStringLiteral("paged")),
         "paged, no-total or unpaged",
         [](const QString &v, SimulatorOptions &o) {
             const auto paging = revox::sim::simRowsPagingFromText(v);
             if (paging)
                 o.rowsPaging = *paging;
             return paging.has_value();
         }},
    };
    for (const Flag &flag : flags)
        parser.addOption(flag.option);
    parser.process(app);

    auto fail = [](const QString &message) {
        std::fprintf(stderr, "revox-sim: %s\n", qPrintable(message));
        return 2;
    };
    SimulatorOptions options;
    // A flag with no default is read only when given.
    for (const Flag &flag : flags) {
        if (!parser.isSet(flag.option) && flag.option.defaultValues().isEmpty())
            continue;
        if (!flag.read(parser.value(flag.option), options))
            return fail(QStringLiteral("--%1 expects %2")
                            .arg(flag.option.names().constFirst(), QLatin1String(flag.expects)));
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
