#include "CliOptions.h"

#include "RowsCsvExporter.h"

#include <QCommandLineParser>

namespace revox::cli {

QString CliOptions::helpText()
{
    return QStringLiteral(
        "Usage:\n"
        "  revox-cli [--base-url URL] [--api-key KEY] campaigns [--format table|json|csv]\n"
        "  revox-cli [--base-url URL] [--api-key KEY] campaign ID [--format table|json]\n"
        "  revox-cli [--base-url URL] [--api-key KEY] rows ID [--result R] [--statuses S1,S2]\n"
        "            [--query Q] [--output F=V]... [--page N] [--page-size N] [--all]\n"
        "            [--format table|json|csv [--columns C1,C2]]\n"
        "  revox-cli [--base-url URL] [--api-key KEY] rows ID --offline [--output F=V]...\n"
        "            [--format table|json|csv [--columns C1,C2]]\n"
        "  revox-cli [--base-url URL] [--api-key KEY] watch ID [--for S] [--interval S]\n"
        "  revox-cli [--base-url URL] [--api-key KEY] call ID [--timeline] [--format table|json]\n"
        "\n"
        "Reads Revox calling campaigns from the Revox API.\n"
        "\n"
        "Commands:\n"
        "  campaigns          List the campaigns of the organization.\n"
        "  campaign ID        Show one campaign.\n"
        "  rows ID            Show the rows (contacts and their calls) of a campaign: one page,\n"
        "                     or every row with --all (CSV is streamed: memory stays small).\n"
        "  watch ID           Follow a campaign as the app does and print JSON Lines: one per\n"
        "                     row change {\"event\":\"row\",\"change\":\"added|changed|removed\",\n"
        "                     \"id\":...,\"fields\":[JSON paths]} and one per refresh\n"
        "                     {\"event\":\"refresh\",\"requests\":N,\"rows_received\":N,\n"
        "                     \"bytes\":N,\"ms\":N}.\n"
        "  call ID            Show one call and its attempts; with --timeline, the turns of\n"
        "                     its latest answered attempt (speaker, start, end, the agent's\n"
        "                     latency, cut, noise) when the server sends speech events.\n"
        "\n"
        "Options:\n"
        "  --base-url URL     API base URL (default: $REVOX_BASE_URL, else\n"
        "                     https://www.getrevox.com/api). http:// only to localhost.\n"
        "  --api-key KEY      API key (default: $REVOX_API_KEY). Prefer the environment: a key\n"
        "                     on the command line is visible to other users of the machine.\n"
        "  --format F         table (default), json (the API's field names) or csv (the\n"
        "                     Revox Desk export format; not for campaign).\n"
        "  --result R         rows: IVR, voicemail, human, unknown, ios-screening-filter, all,\n"
        "                     none.\n"
        "  --statuses S1,S2   rows: call statuses, comma-separated (calling,completed).\n"
        "  --query Q          rows: free-text search.\n"
        "  --output F=V       rows: only rows whose structured output field F reads V, as the\n"
        "                     CSV's output.F column shows it (true, false, 42, Pro; F= for a\n"
        "                     missing value). Repeatable; every one must hold. Applied to the\n"
        "                     rows received, after the server's filters.\n"
        "  --columns C1,C2    rows --format csv: only these columns, in this order (names of\n"
        "                     the header: row_index, outcome, input.KEY, output.KEY, ...).\n"
        "  --page N           rows: page number, from 0 (default 0).\n"
        "  --page-size N      rows: rows per page (default 100).\n"
        "  --all              rows: every row matching the filters, fetched page by page.\n"
        "  --for S            watch: stop after S seconds (default: until interrupted): exit 0,\n"
        "                     or the last error's exit code when no refresh succeeded.\n"
        "  --interval S       watch: seconds between refreshes of a live campaign (default 3).\n"
        "  --offline          rows: every row as last saved in the local cache (by Revox Desk\n"
        "                     or revox-cli watch, for this API and key), without the network;\n"
        "                     exit 4 when nothing is saved. REVOX_CACHE_DIR overrides where.\n"
        "  --timeout S        per attempt of a request: the longest wait for its answer or its\n"
        "                     next bytes (default 60), and the base of its deadline for the\n"
        "                     whole answer: S more per 1 MB it is expected to carry (a rows page,\n"
        "                     a campaign sent whole, as announced). A server too slow fails with\n"
        "                     what it sent (\"the server sent 1.2 KB in 75 s\"), then retries.\n"
        "  --verbose          log each request on stderr (never the key).\n"
        "  -h, --help         Show this help.\n"
        "  -v, --version      Show the version.\n"
        "\n"
        "Exit codes: 0 ok, 2 usage, 3 authentication or permission, 4 not found,\n"
        "5 network, server or rate limit (after retries), 6 response not understood.\n");
}

static CliParseOutcome usageError(const QString &message)
{
    CliParseOutcome out;
    out.exitCode = ExitCode::Usage;
    out.message = message + QStringLiteral(" (see revox-cli --help)");
    return out;
}

CliParseOutcome CliOptions::parse(const QStringList &arguments, const ClientConfig &environment)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), {}, QStringLiteral("URL"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"), {}, QStringLiteral("KEY"));
    const QCommandLineOption format(QStringLiteral("format"), {}, QStringLiteral("F"));
    const QCommandLineOption result(QStringLiteral("result"), {}, QStringLiteral("R"));
    const QCommandLineOption statuses(QStringLiteral("statuses"), {}, QStringLiteral("S"));
    const QCommandLineOption query(QStringLiteral("query"), {}, QStringLiteral("Q"));
    const QCommandLineOption page(QStringLiteral("page"), {}, QStringLiteral("N"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), {}, QStringLiteral("N"));
    const QCommandLineOption all(QStringLiteral("all"), {});
    const QCommandLineOption timeout(QStringLiteral("timeout"), {}, QStringLiteral("S"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), {});
    const QCommandLineOption offline(QStringLiteral("offline"), {});
    const QCommandLineOption output(QStringLiteral("output"), {}, QStringLiteral("F=V"));
    const QCommandLineOption columns(QStringLiteral("columns"), {}, QStringLiteral("C1,C2"));
    const QCommandLineOption forSeconds(QStringLiteral("for"), {}, QStringLiteral("S"));
    const QCommandLineOption interval(QStringLiteral("interval"), {}, QStringLiteral("S"));
    const QCommandLineOption timeline(QStringLiteral("timeline"), {});
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, {});
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, {});
    parser.addOptions({baseUrl, apiKey, format, result, statuses, query, page, pageSize, all,
                       timeout, verbose, forSeconds, interval, offline, output, columns, help,
                       version, timeline});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());

    if (parser.isSet(help)) {
        CliParseOutcome out;
        out.message = helpText();
        out.toStdout = true;
        return out;
    }
    if (parser.isSet(version)) {
        CliParseOutcome out;
        out.message = QStringLiteral("revox-cli " REVOX_VERSION "\n");
        out.toStdout = true;
        return out;
    }

    CliOptions o;
    o.config = environment;
    o.verbose = parser.isSet(verbose);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QStringLiteral(
            "missing command: campaigns, campaign ID, rows ID, watch ID or call ID"));
    const QString &command = positional.first();
    if (command == QLatin1String("campaigns")) {
        o.command = Command::Campaigns;
        if (positional.size() > 1)
            return usageError(
                QStringLiteral("campaigns takes no argument, got \"%1\"").arg(positional.at(1)));
    } else if (command == QLatin1String("campaign") || command == QLatin1String("rows") ||
               command == QLatin1String("watch")) {
        o.command = command == QLatin1String("rows")    ? Command::Rows
                    : command == QLatin1String("watch") ? Command::Watch
                                                        : Command::Campaign;
        if (positional.size() < 2 || positional.at(1).trimmed().isEmpty())
            return usageError(QStringLiteral("%1 needs a campaign ID").arg(command));
        if (positional.size() > 2)
            return usageError(QStringLiteral("unexpected argument \"%1\"").arg(positional.at(2)));
        o.id = positional.at(1).trimmed();
    } else if (command == QLatin1String("call")) {
        o.command = Command::Call;
        if (positional.size() < 2 || positional.at(1).trimmed().isEmpty())
            return usageError(QStringLiteral("call needs a call ID"));
        if (positional.size() > 2)
            return usageError(QStringLiteral("unexpected argument \"%1\"").arg(positional.at(2)));
        o.id = positional.at(1).trimmed();
    } else {
        return usageError(QStringLiteral("unknown command \"%1\"").arg(command));
    }
    if (parser.isSet(timeline) && o.command != Command::Call)
        return usageError(QStringLiteral("--timeline applies to call only"));
    o.timeline = parser.isSet(timeline);

    bool ok = true;
    if (o.command != Command::Watch) {
        for (const QCommandLineOption *option : {&forSeconds, &interval}) {
            if (parser.isSet(*option))
                return usageError(
                    QStringLiteral("--%1 applies to watch only").arg(option->names().constFirst()));
        }
    } else {
        if (parser.isSet(format))
            return usageError(QStringLiteral("watch always prints JSON Lines"));
        if (parser.isSet(forSeconds)) {
            o.forSeconds = parser.value(forSeconds).toDouble(&ok);
            if (!ok || o.forSeconds <= 0)
                return usageError(QStringLiteral("--for needs a number of seconds, got \"%1\"")
                                      .arg(parser.value(forSeconds)));
        }
        if (parser.isSet(interval)) {
            o.intervalSeconds = parser.value(interval).toDouble(&ok);
            if (!ok || o.intervalSeconds < 0.05 || o.intervalSeconds > 3600)
                return usageError(
                    QStringLiteral("--interval needs a number of seconds from 0.05, got \"%1\"")
                        .arg(parser.value(interval)));
        }
    }

    if (parser.isSet(format)) {
        const QString f = parser.value(format).toLower();
        if (f == QLatin1String("table"))
            o.format = Format::Table;
        else if (f == QLatin1String("json"))
            o.format = Format::Json;
        else if (f == QLatin1String("csv") && o.command != Command::Campaign &&
                 o.command != Command::Call)
            o.format = Format::Csv;
        else
            return usageError(QStringLiteral("--format %1 is not available for %2")
                                  .arg(parser.value(format), command));
    }

    const QList<const QCommandLineOption *> rowsOnly{
        &result, &statuses, &query, &page, &pageSize, &all, &offline, &output, &columns};
    if (o.command != Command::Rows) {
        for (const QCommandLineOption *option : rowsOnly) {
            if (parser.isSet(*option))
                return usageError(
                    QStringLiteral("--%1 applies to rows only").arg(option->names().constFirst()));
        }
    }
    for (const QString &text : parser.values(output)) {
        QString problem;
        const std::optional<OutputCondition> condition = OutputCondition::parse(text, &problem);
        if (!condition)
            return usageError(QStringLiteral("--output: ") + problem);
        o.outputFilters.append(*condition);
    }
    if (parser.isSet(columns)) {
        if (o.format != Format::Csv)
            return usageError(QStringLiteral("--columns applies to --format csv only"));
        for (const QString &name : parser.value(columns).split(QLatin1Char(',')))
            o.csvColumns.append(name.trimmed());
        const QString problem = RowsCsvExporter::checkColumns(o.csvColumns);
        if (!problem.isEmpty())
            return usageError(QStringLiteral("--columns: ") + problem);
    }
    o.rowsQuery.result = parser.value(result).trimmed();
    o.rowsQuery.query = parser.value(query);
    for (const QString &s : parser.value(statuses).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!s.trimmed().isEmpty())
            o.rowsQuery.statuses.append(s.trimmed());
    }
    if (parser.isSet(page)) {
        o.rowsQuery.page = parser.value(page).toLongLong(&ok);
        if (!ok || o.rowsQuery.page < 0)
            return usageError(
                QStringLiteral("--page needs a number from 0, got \"%1\"").arg(parser.value(page)));
    }
    if (parser.isSet(pageSize)) {
        o.rowsQuery.pageSize = parser.value(pageSize).toLongLong(&ok);
        if (!ok || o.rowsQuery.pageSize < 1 || o.rowsQuery.pageSize > 100000)
            return usageError(QStringLiteral("--page-size needs a number from 1, got \"%1\"")
                                  .arg(parser.value(pageSize)));
    }
    o.allRows = parser.isSet(all);
    o.offline = parser.isSet(offline);
    if (o.offline) {
        for (const QCommandLineOption *option : {&result, &statuses, &query, &page, &pageSize}) {
            if (parser.isSet(*option))
                return usageError(QStringLiteral("--offline lists every saved row; --%1 needs "
                                                 "the network")
                                      .arg(option->names().constFirst()));
        }
        o.allRows = true;
    }
    if (o.allRows && parser.isSet(page))
        return usageError(QStringLiteral("--all and --page cannot be used together"));
    if (o.allRows && parser.isSet(pageSize))
        o.config.allRowsPageSize = int(o.rowsQuery.pageSize);

    if (parser.isSet(timeout)) {
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return usageError(QStringLiteral("--timeout needs a number of seconds, got \"%1\"")
                                  .arg(parser.value(timeout)));
        o.config.timeoutMs = int(seconds * 1000);
    }
    if (parser.isSet(apiKey))
        o.config.apiKey = parser.value(apiKey).trimmed();
    if (parser.isSet(baseUrl)) {
        const QString text = parser.value(baseUrl).trimmed();
        o.config.baseUrl = QUrl(text, QUrl::StrictMode);
    }
    if (const auto problem = RevoxClient::checkBaseUrl(o.config.baseUrl))
        return usageError(*problem);

    CliParseOutcome out;
    out.options = o;
    return out;
}

} // namespace revox::cli
