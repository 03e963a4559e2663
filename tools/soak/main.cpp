// revox-soak: refreshes a large running simulated campaign every 50 ms for a while and
// prints resident memory at start and end, refreshes and errors as JSON.
#include "SoakRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Thousands of refreshes: request-level debug lines only when asked for.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("revox.*.debug=false"));
    QCoreApplication::setApplicationName(QStringLiteral("revox-soak"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Refreshes a large running campaign and reports memory as JSON. "
                       "Exit code 0 when resident memory grew less than the limit."));
    parser.addHelpOption();
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      QStringLiteral("Measured seconds (default 600)."),
                                      QStringLiteral("S"), QStringLiteral("600"));
    const QCommandLineOption warmup(QStringLiteral("warmup"),
                                    QStringLiteral("Seconds after the first load before the start "
                                                   "figure (default 30)."),
                                    QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption interval(QStringLiteral("interval-ms"),
                                      QStringLiteral("Delay between refreshes (default 50)."),
                                      QStringLiteral("MS"), QStringLiteral("50"));
    const QCommandLineOption rows(QStringLiteral("rows"),
                                  QStringLiteral("Campaign size to look for (default 10000)."),
                                  QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        QStringLiteral("API base URL of a running simulator (default: one in-process)."),
        QStringLiteral("URL"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   QStringLiteral("In-process simulator speed (default 1)."),
                                   QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption trim(QStringLiteral("malloc-trim"),
                                  QStringLiteral("Return free heap memory to the system after "
                                                 "every refresh (tells leaks from allocator "
                                                 "caching)."));
    parser.addOptions({duration, warmup, interval, rows, baseUrl, speed, trim});
    parser.process(app);

    revox::soak::SoakRunner::Options options;
    options.durationSeconds = parser.value(duration).toInt();
    options.warmupSeconds = parser.value(warmup).toInt();
    options.intervalMs = parser.value(interval).toInt();
    options.targetRows = parser.value(rows).toLongLong();
    options.baseUrl = QUrl(parser.value(baseUrl));
    options.simSpeed = parser.value(speed).toDouble();
    options.trimAfterRefresh = parser.isSet(trim);
    if (options.durationSeconds <= 0 || options.intervalMs <= 0 || options.targetRows <= 0) {
        std::fprintf(stderr, "revox-soak: duration, interval and rows must be positive\n");
        return 2;
    }

    revox::soak::SoakRunner runner(options);
    int exitCode = 1;
    QObject::connect(
        &runner, &revox::soak::SoakRunner::finished, &app,
        [&](const QJsonObject &report, bool passed) {
            std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
            std::fflush(stdout);
            exitCode = passed ? 0 : 1;
            app.quit();
        });
    QString error;
    if (!runner.start(&error)) {
        std::fprintf(stderr, "revox-soak: %s\n", qPrintable(error));
        return 2;
    }
    app.exec();
    return exitCode;
}
