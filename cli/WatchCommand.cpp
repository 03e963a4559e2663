#include "WatchCommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace revox::cli {

WatchCommand::WatchCommand(RevoxClient *client, CliOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_watcher(client, &m_store)
    , m_cacheSync(&m_cache, nullptr, nullptr, &m_watcher, &m_store)
{
    m_store.setTrackChanges(true);
    // A cache that cannot be used, was set aside or could not be written: said at once.
    connect(&m_cacheSync, &CacheSync::message, this, [](const QString &message) {
        std::fprintf(stderr, "revox-cli: warning: %s\n", qPrintable(message));
    });
    connect(&m_cacheSync, &CacheSync::firstLoadResumed, this,
            [](const QString &, qsizetype, qsizetype, const QString &text) {
                std::fprintf(stderr, "revox-cli: %s\n", qPrintable(text));
            });
    connect(&m_cacheSync, &CacheSync::rowsLoadFinished, this, [this] {
        m_savedRowsLoaded = true;
        startWhenReady();
    });
    m_cacheSync.openCache(CacheAccount(m_options.config.baseUrl, m_options.config.apiKey),
                          CacheAccount::defaultDirectory());
    m_watcher.setIntervalMs(int(m_options.intervalSeconds * 1000));
    m_watcher.setSlowIntervalMs(std::max(int(m_options.intervalSeconds * 1000), 30000));
    m_watcher.setCampaignId(m_options.id);
    if (!m_stdout.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        std::fputs("revox-cli: error: cannot write to standard output\n", stderr);
    connect(&m_store, &RowStore::rowChanges, this, &WatchCommand::printChanges);
    connect(&m_watcher, &CampaignWatcher::refreshCost, this, &WatchCommand::printRefresh);
    connect(&m_watcher, &CampaignWatcher::lastErrorChanged, this, &WatchCommand::onError);
    connect(&m_watcher, &CampaignWatcher::problemsChanged, this, [this] {
        const auto &entries = m_watcher.problems().entries();
        for (; m_problemsShown < entries.size(); ++m_problemsShown)
            std::fprintf(stderr, "revox-cli: warning: %s (kept what parsed)\n",
                         qPrintable(entries.at(m_problemsShown).kind));
    });
    connect(&m_watcher, &CampaignWatcher::intervalReasonChanged, this, [](const QString &why) {
        if (!why.isEmpty())
            std::fprintf(stderr, "revox-cli: %s\n", qPrintable(why));
    });
}

void WatchCommand::run()
{
    if (m_options.config.apiKey.isEmpty()) {
        std::fputs("revox-cli: error: no API key: set REVOX_API_KEY or pass --api-key.\n", stderr);
        finish(ExitCode::Authentication);
        return;
    }
    if (m_options.forSeconds > 0)
        QTimer::singleShot(int(m_options.forSeconds * 1000), this, &WatchCommand::finishRun);
    m_runCalled = true;
    startWhenReady();
}

void WatchCommand::startWhenReady()
{
    if (!m_runCalled || !m_savedRowsLoaded || m_watcherStarted)
        return;
    m_watcherStarted = true;
    m_watcher.start();
}

void WatchCommand::printChanges(const QList<RowStore::RowChange> &changes)
{
    if (m_cacheSync.isRestoring())
        return; // rows saved earlier: the changes are reported against them
    QByteArray out;
    for (const RowStore::RowChange &c : changes) {
        const char *kind = c.kind == RowStore::RowChange::Kind::Added     ? "added"
                           : c.kind == RowStore::RowChange::Kind::Removed ? "removed"
                                                                          : "changed";
        const QJsonObject line{{QStringLiteral("event"), QStringLiteral("row")},
                               {QStringLiteral("change"), QLatin1String(kind)},
                               {QStringLiteral("id"), c.id},
                               {QStringLiteral("fields"), QJsonArray::fromStringList(c.fields)}};
        out += QJsonDocument(line).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    m_stdout.write(out);
}

void WatchCommand::printRefresh(const CampaignWatcher::RefreshCost &cost)
{
    const QJsonObject line{{QStringLiteral("event"), QStringLiteral("refresh")},
                           {QStringLiteral("requests"), cost.requests},
                           {QStringLiteral("rows_received"), cost.rowsReceived},
                           {QStringLiteral("bytes"), cost.wireBytes},
                           {QStringLiteral("ms"), cost.ms}};
    m_stdout.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
}

void WatchCommand::onError(const ApiError &error)
{
    if (!error.isError())
        return;
    printError(error);
    std::fprintf(stderr, "revox-cli: error: %s (retrying)\n", qPrintable(error.message));
    switch (error.kind) {
    case ApiErrorKind::Authentication:
    case ApiErrorKind::Permission:
    case ApiErrorKind::NotFound:
    case ApiErrorKind::InsecureUrl:
    case ApiErrorKind::BadRequest:
        finish(exitCodeFor(error)); // retrying would not change the answer
        return;
    default:
        return;
    }
}

void WatchCommand::printError(const ApiError &error)
{
    QJsonObject line{{QStringLiteral("event"), QStringLiteral("error")},
                     {QStringLiteral("kind"), errorEventKind(error)},
                     {QStringLiteral("message"), error.message}};
    if (error.httpStatus != 0)
        line.insert(QStringLiteral("status"), error.httpStatus);
    m_stdout.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
}

void WatchCommand::finishRun()
{
    if (m_watcher.lastSuccessAt().isValid()) {
        finish(ExitCode::Ok);
        return;
    }
    const QString seconds = QString::number(m_options.forSeconds, 'g', 6);
    // No refresh succeeded: the watcher still holds the last error.
    const ApiError lastError = m_watcher.lastError();
    if (lastError.isError()) {
        std::fprintf(stderr, "revox-cli: error: no refresh succeeded in %s s; the last error: %s\n",
                     qPrintable(seconds), qPrintable(lastError.message));
        finish(exitCodeFor(lastError));
        return;
    }
    // Nothing failed: the first load was still under way (a large campaign, a short --for).
    std::fprintf(stderr,
                 "revox-cli: no refresh ended within %s s: the first load was still under "
                 "way (%lld of %lld rows)\n",
                 qPrintable(seconds), static_cast<long long>(m_watcher.rowsLoaded()),
                 static_cast<long long>(m_watcher.rowsTotal()));
    finish(ExitCode::Ok);
}

void WatchCommand::finish(ExitCode code)
{
    m_watcher.stop();
    m_cache.waitForIdle(); // what the last refresh brought is saved
    m_stdout.flush();
    std::fflush(stderr);
    QCoreApplication::exit(int(code));
}

} // namespace revox::cli
