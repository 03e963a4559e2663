#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace revox::testing {

// What one run of revox-cli gave: its exit code (-1 when it crashed or ran past its time),
// standard output and standard error.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// How revox-cli is run: the program, the server, the key and the cache it gets.
struct CliSetup
{
    QString program;        // the revox-cli binary
    QUrl baseUrl;           // REVOX_BASE_URL
    QString apiKey;         // REVOX_API_KEY; empty: none is set (not even the caller's)
    QString cacheDir;       // REVOX_CACHE_DIR; empty: left as the caller's environment has it
    int timeoutMs = 120000; // then the process is killed
};

// Runs revox-cli with args and waits for it to end, keeping this thread's event loop turning
// meanwhile (a server the test runs on this thread answers it).
CliRun runCli(const CliSetup &setup, const QStringList &args);

} // namespace revox::testing
