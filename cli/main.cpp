#include "CliCommand.h"
#include "CliOptions.h"
#include "WatchCommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

using namespace revox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("revox-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REVOX_VERSION));

    const cli::CliParseOutcome parsed =
        cli::CliOptions::parse(QCoreApplication::arguments(), ClientConfig::fromEnvironment());
    if (!parsed.options) {
        if (parsed.toStdout) {
            std::fputs(parsed.message.toUtf8().constData(), stdout);
        } else {
            std::fputs(
                ("revox-cli: error: " + parsed.message + QLatin1Char('\n')).toUtf8().constData(),
                stderr);
        }
        return int(parsed.exitCode);
    }
    const cli::CliOptions &options = *parsed.options;
    QLoggingCategory::setFilterRules(
        options.verbose ? QStringLiteral("revox.*.debug=true")
                        : QStringLiteral("revox.*.debug=false\nrevox.*.info=false"));

    QNetworkAccessManager nam;
    RevoxClient client(&nam, options.config);
    if (options.command == cli::CliOptions::Command::Watch) {
        cli::WatchCommand watch(&client, options);
        QTimer::singleShot(0, &watch, &cli::WatchCommand::run);
        return app.exec();
    }
    cli::CliCommand command(&client, options);
    QTimer::singleShot(0, &command, &cli::CliCommand::run);
    return app.exec();
}
