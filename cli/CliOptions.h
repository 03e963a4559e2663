#pragma once

#include "ExitCode.h"
#include "OutputCondition.h"
#include "RevoxClient.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace revox::cli {

struct CliParseOutcome;

// What the command line asked for, checked: one command, its id, its output format and
// filters, and where and with which key to call the API.
struct CliOptions
{
    enum class Command { Campaigns, Campaign, Rows, Watch, Call };
    enum class Format { Table, Json, Csv };

    Command command = Command::Campaigns;
    QString id;
    Format format = Format::Table;
    RowsQuery rowsQuery;
    QList<OutputCondition> outputFilters; // rows: --output FIELD=VALUE, all must hold
    QStringList csvColumns;               // rows --format csv: --columns a,b,c (empty: all)
    bool allRows = false;
    bool offline = false;       // rows: from the local cache, no network
    double forSeconds = 0;      // watch: stop after this long (0: until interrupted)
    double intervalSeconds = 3; // watch: seconds between refreshes of a live campaign
    bool timeline = false;      // call: the turns of the conversation
    bool verbose = false;
    ClientConfig config;

    // Reads arguments (argv[0] first) over the environment's REVOX_API_KEY / REVOX_BASE_URL.
    static CliParseOutcome parse(const QStringList &arguments, const ClientConfig &environment);
    static QString helpText();
};

// The outcome of reading the command line: options, or what to print and exit with.
struct CliParseOutcome
{
    std::optional<CliOptions> options;
    ExitCode exitCode = ExitCode::Ok;
    QString message; // for stderr (errors) or stdout (help, version)
    bool toStdout = false;
};

} // namespace revox::cli
