#include "CliRun.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace revox::testing {

CliRun runCli(const CliSetup &setup, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REVOX_BASE_URL"), setup.baseUrl.toString());
    env.remove(QStringLiteral("REVOX_API_KEY"));
    if (!setup.apiKey.isEmpty())
        env.insert(QStringLiteral("REVOX_API_KEY"), setup.apiKey);
    if (!setup.cacheDir.isEmpty())
        env.insert(QStringLiteral("REVOX_CACHE_DIR"), setup.cacheDir);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(setup.program, args);
    CliRun r;
    if (!process.waitForStarted(30000))
        return r;
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; },
                         setup.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

} // namespace revox::testing
