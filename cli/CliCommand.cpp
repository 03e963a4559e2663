#include "CliCommand.h"

#include "CacheAccount.h"
#include "CampaignCache.h"
#include "CampaignsCsvExporter.h"
#include "JsonWriter.h"
#include "ResponseLatency.h"
#include "RowOutcome.h"
#include "RowsCsvExporter.h"
#include "RowsCsvStream.h"
#include "TextTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace revox::cli {

// Rows read from the cache at a time by rows --offline (as a page of the API).
static constexpr qsizetype kOfflineBatchRows = 500;

static void printError(const QString &message)
{
    std::fputs(("revox-cli: error: " + message + QLatin1Char('\n')).toUtf8().constData(), stderr);
}

static QString when(const Timestamp &t)
{
    return t.isValid() ? t.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

CliCommand::CliCommand(RevoxClient *client, CliOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{
    if (!m_stdout.open(stdout, QIODevice::WriteOnly))
        printError(QStringLiteral("cannot write to standard output"));
}

void CliCommand::run()
{
    if (m_options.config.apiKey.isEmpty()) {
        printError(QStringLiteral("no API key: set REVOX_API_KEY or pass --api-key."));
        finish(ExitCode::Authentication);
        return;
    }
    switch (m_options.command) {
    case CliOptions::Command::Campaigns:
        m_client->listCampaigns(this, [this](ApiResult<QList<Campaign>> r) {
            warn(r.problems);
            if (!r.ok())
                return fail(r.error);
            showCampaigns(*r.value);
        });
        return;
    case CliOptions::Command::Campaign:
        m_client->getCampaign(m_options.id, this, [this](ApiResult<Campaign> r) {
            warn(r.problems);
            if (!r.ok())
                return fail(r.error);
            showCampaign(*r.value);
        });
        return;
    case CliOptions::Command::Call:
        m_client->getCall(m_options.id, this, [this](ApiResult<Call> r) {
            warn(r.problems);
            if (!r.ok())
                return fail(r.error);
            showCall(*r.value);
        });
        return;
    case CliOptions::Command::Watch:
        return; // WatchCommand runs it
    case CliOptions::Command::Rows:
        if (m_options.offline) {
            showCachedRows();
        } else if (m_options.allRows && m_options.format == CliOptions::Format::Csv) {
            // Streamed: memory bounded by a page, whatever the campaign's size.
            auto *stream =
                new RowsCsvStream(m_client, m_options.id, m_options.rowsQuery, &m_stdout, this);
            stream->setOutputFilters(m_options.outputFilters);
            stream->setColumns(m_options.csvColumns);
            if (isatty(fileno(stderr)))
                connect(stream, &RowsCsvStream::progressed, this, &CliCommand::showProgress);
            stream->start([this](const RowsCsvStream::Outcome &outcome) {
                clearProgress();
                warn(outcome.problems);
                if (outcome.error.isError())
                    return fail(outcome.error);
                if (!outcome.writeError.isEmpty()) {
                    printError(outcome.writeError);
                    return finish(ExitCode::Unavailable);
                }
                if (!m_options.outputFilters.isEmpty())
                    std::fprintf(stderr, "revox-cli: %lld of %lld rows received match --output\n",
                                 static_cast<long long>(outcome.rowsWritten),
                                 static_cast<long long>(outcome.rowsReceived));
                finish(reportListing(outcome.listing));
            });
        } else if (m_options.allRows) {
            showAllRows();
        } else {
            m_client->getRowsPage(m_options.id, m_options.rowsQuery, this,
                                  [this](ApiResult<RowsPage> r) {
                                      warn(r.problems);
                                      if (!r.ok())
                                          return fail(r.error);
                                      showRows(*r.value, false);
                                  });
        }
        return;
    }
}

void CliCommand::showProgress(qint64 done, qint64 total)
{
    m_progressShown = true;
    std::fprintf(stderr, "\rrevox-cli: %lld of %lld rows", static_cast<long long>(done),
                 static_cast<long long>(total));
    std::fflush(stderr);
}

void CliCommand::clearProgress()
{
    if (m_progressShown)
        std::fputs("\r\033[K", stderr);
    m_progressShown = false;
}

void CliCommand::write(const QByteArray &bytes)
{
    m_stdout.write(bytes);
}

static QByteArray jsonText(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

void CliCommand::showCampaigns(const QList<Campaign> &campaigns)
{
    switch (m_options.format) {
    case CliOptions::Format::Json: {
        QJsonArray array;
        for (const Campaign &c : campaigns)
            array.append(json::toJson(c));
        write(jsonText(QJsonObject{{QStringLiteral("campaigns"), array}}));
        break;
    }
    case CliOptions::Format::Csv: {
        QString error;
        if (!CampaignsCsvExporter::write(&m_stdout, campaigns, &error)) {
            printError(QStringLiteral("could not write the CSV: ") + error);
            return finish(ExitCode::Unavailable);
        }
        break;
    }
    case CliOptions::Format::Table: {
        TextTable table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("STATUS"),
                         QStringLiteral("ROWS"), QStringLiteral("DONE"),
                         QStringLiteral("CREATED (UTC)")});
        table.setRightAligned(3);
        table.setRightAligned(4);
        for (const Campaign &c : campaigns) {
            const QString rows = c.rowStats ? QString::number(c.rowStats->total) : QString();
            const QString done =
                c.rowStats
                    ? QString::number(c.rowStats->progressPercent(), 'f', 0) + QLatin1Char('%')
                    : QString();
            table.addRow({c.id, c.name, c.effectiveStatusText(), rows, done, when(c.createdAt)});
        }
        write(table.render().toUtf8());
        write(QStringLiteral("%1 campaign(s)\n").arg(campaigns.size()).toUtf8());
        break;
    }
    }
    finish(ExitCode::Ok);
}

void CliCommand::showCampaign(const Campaign &c)
{
    if (m_options.format == CliOptions::Format::Json) {
        write(jsonText(QJsonObject{{QStringLiteral("campaign"), json::toJson(c)}}));
        return finish(ExitCode::Ok);
    }
    TextTable table({QStringLiteral("FIELD"), QStringLiteral("VALUE")}, 100);
    auto add = [&table](const char *field, const QString &value) {
        if (!value.isEmpty())
            table.addRow({QString::fromLatin1(field), value});
    };
    add("id", c.id);
    add("name", c.name);
    add("status", c.effectiveStatusText());
    add("assistant", c.assistant && !c.assistant->name.isEmpty()
                         ? QStringLiteral("%1 (%2)").arg(c.assistant->name, c.assistantId)
                         : c.assistantId);
    add("from_phone_number", c.fromPhoneNumber);
    add("max_concurrent_calls",
        c.maxConcurrentCalls ? QString::number(*c.maxConcurrentCalls) : QString());
    add("created_at (UTC)", when(c.createdAt));
    add("updated_at (UTC)", when(c.updatedAt));
    add("scheduled_at (UTC)", when(c.scheduledAt));
    add("organization_id", c.organizationId);
    if (c.rowStats) {
        const RowStats &s = *c.rowStats;
        QString rows = QStringLiteral("%1 total: %2 not called yet, %3 in progress, %4 waiting "
                                      "to retry, %5 completed, %6 failed")
                           .arg(s.total)
                           .arg(s.pending)
                           .arg(s.calling)
                           .arg(s.retry)
                           .arg(s.completed)
                           .arg(s.failed);
        if (s.notLaunched)
            rows += QStringLiteral(", %1 not launched").arg(*s.notLaunched);
        if (s.skipped)
            rows += QStringLiteral(", %1 skipped").arg(*s.skipped);
        add("rows", rows);
        add("progress", QString::number(s.progressPercent(), 'f', 1) + QLatin1Char('%'));
    }
    write(table.render().toUtf8());
    finish(ExitCode::Ok);
}

void CliCommand::showCall(const Call &call)
{
    if (m_options.format == CliOptions::Format::Json) {
        write(jsonText(QJsonObject{{QStringLiteral("call"), json::toJson(call)}}));
        return finish(ExitCode::Ok);
    }
    if (!m_options.timeline) {
        TextTable table({QStringLiteral("ATTEMPT"), QStringLiteral("STATUS"),
                         QStringLiteral("RESULT"), QStringLiteral("STARTED (UTC)"),
                         QStringLiteral("DURATION_S"), QStringLiteral("TURNS")},
                        60);
        table.setRightAligned(4);
        table.setRightAligned(5);
        for (const CallAttempt &a : call.callAttempts) {
            const qint64 duration = a.durationSeconds();
            table.addRow({a.id, a.status.text, a.result.text, when(a.startedAt),
                          duration >= 0 ? QString::number(duration) : QString(),
                          a.speechEvents ? QString::number(a.speechEvents->size()) : QString()});
        }
        write(QStringLiteral("call %1 (%2)\n").arg(call.id, call.status.text).toUtf8());
        write(table.render().toUtf8());
        return finish(ExitCode::Ok);
    }
    const CallAttempt *attempt = call.latestAnsweredAttempt();
    if (!attempt || !attempt->speechEvents) {
        printError(QStringLiteral("call %1 has no speech events (no answered attempt, or a server "
                                  "that does not send them)")
                       .arg(call.id));
        return finish(ExitCode::NotFound);
    }
    const QList<SpeechEvent> &events = *attempt->speechEvents;
    QHash<int, double> latency;
    for (const ResponseLatency::Turn &t : ResponseLatency::compute(events).turns)
        latency.insert(t.eventIndex, t.latencyMs);
    const auto seconds = [](double ms) {
        return QString::number(ms / 1000.0, 'f', 2);
    };
    TextTable table({QStringLiteral("SPEAKER"), QStringLiteral("START_S"), QStringLiteral("END_S"),
                     QStringLiteral("LATENCY_MS"), QStringLiteral("CUT"), QStringLiteral("NOISE")},
                    40);
    for (int column : {1, 2, 3})
        table.setRightAligned(column);
    for (int i = 0; i < int(events.size()); ++i) {
        const SpeechEvent &e = events.at(i);
        table.addRow({e.speaker.text, seconds(e.startedSpeakingAtMs),
                      e.stoppedSpeakingAtMs ? seconds(*e.stoppedSpeakingAtMs) : QString(),
                      latency.contains(i) ? QString::number(qRound64(latency.value(i))) : QString(),
                      e.cut() ? QStringLiteral("cut") : QString(),
                      e.realTurn() ? QString() : QStringLiteral("noise")});
    }
    write(QStringLiteral("attempt %1\n").arg(attempt->id).toUtf8());
    write(table.render().toUtf8());
    finish(ExitCode::Ok);
}

void CliCommand::showAllRows()
{
    auto rows = std::make_shared<QList<Row>>();
    RowsListing *listing = m_client->listAllRows(m_options.id, m_options.rowsQuery);
    if (isatty(fileno(stderr)))
        connect(listing, &ApiRequest::progressed, this, &CliCommand::showProgress);
    listing->start(
        [rows](RowsListing::Page &page) {
            rows->append(std::move(page.rows));
            return true;
        },
        [this, rows](const RowsListing::Outcome &outcome) {
            clearProgress();
            warn(outcome.problems);
            if (outcome.error.isError())
                return fail(outcome.error);
            RowsPage page;
            page.rows = std::move(*rows);
            page.page = 0;
            page.pageSize = page.rows.size();
            page.total = page.rows.size();
            showRows(page, true, reportListing(outcome));
        });
}

ExitCode CliCommand::reportListing(const RowsListing::Outcome &outcome) const
{
    const QString problem = outcome.serverProblem();
    if (problem.isEmpty())
        return ExitCode::Ok;
    if (outcome.repeated) {
        printError(problem);
        return ExitCode::NotUnderstood;
    }
    // Rows leave a listing filtered by status or result as their calls move on: a total
    // is only held to in a listing of every row.
    if (m_options.rowsQuery.statuses.isEmpty() && m_options.rowsQuery.result.isEmpty())
        std::fputs(("revox-cli: warning: " + problem + QLatin1Char('\n')).toUtf8().constData(),
                   stderr);
    return ExitCode::Ok;
}

void CliCommand::showRows(const RowsPage &received, bool wholeCampaign, ExitCode code)
{
    RowsPage page = received;
    if (!m_options.outputFilters.isEmpty()) {
        page.rows.removeIf([this](const Row &row) {
            return !matchesAll(m_options.outputFilters, row.structuredOutput());
        });
        std::fprintf(stderr, "revox-cli: %lld of %lld rows received match --output\n",
                     static_cast<long long>(page.rows.size()),
                     static_cast<long long>(received.rows.size()));
    }
    switch (m_options.format) {
    case CliOptions::Format::Json:
        write(jsonText(json::toJson(page)));
        break;
    case CliOptions::Format::Csv: {
        RowsCsvExporter::Options options;
        options.columns = m_options.csvColumns;
        const RowsCsvExporter exporter(page.rows, options);
        const RowsCsvExporter::Result result = exporter.write(&m_stdout);
        if (!result.ok) {
            printError(result.error);
            return finish(ExitCode::Unavailable);
        }
        break;
    }
    case CliOptions::Format::Table: {
        TextTable table({QStringLiteral("ROW"), QStringLiteral("PHONE"), QStringLiteral("STATUS"),
                         QStringLiteral("ATTEMPTS"), QStringLiteral("OUTCOME"),
                         QStringLiteral("ENDED (UTC)"), QStringLiteral("DURATION")});
        table.setRightAligned(0);
        table.setRightAligned(3);
        table.setRightAligned(6);
        for (const Row &row : page.rows) {
            const Call *call = row.call ? &*row.call : nullptr;
            const CallAttempt *last = call ? call->latestAttempt() : nullptr;
            const qint64 duration = last ? last->durationSeconds() : -1;
            table.addRow({QString::number(row.rowIndex), row.phoneNumber,
                          call ? call->status.text : QString(),
                          call ? QString::number(
                                     std::max<qint64>(call->callsCount, call->callAttempts.size()))
                               : QString(),
                          outcomeDetailKey(row), last ? when(last->endedAt) : QString(),
                          duration >= 0 ? QStringLiteral("%1 s").arg(duration) : QString()});
        }
        write(table.render().toUtf8());
        if (wholeCampaign || !page.hasPaging)
            write(QStringLiteral("%1 row(s)\n").arg(page.rows.size()).toUtf8());
        else if (page.rows.isEmpty())
            write(QStringLiteral("No rows on page %1 (%2 in total)\n")
                      .arg(page.page)
                      .arg(page.total)
                      .toUtf8());
        else
            write(QStringLiteral("Rows %1-%2 of %3 (page %4, %5 per page)\n")
                      .arg(page.page * page.pageSize + 1)
                      .arg(page.page * page.pageSize + page.rows.size())
                      .arg(page.total)
                      .arg(page.page)
                      .arg(page.pageSize)
                      .toUtf8());
        break;
    }
    }
    finish(code);
}

void CliCommand::showCachedRows()
{
    const CacheAccount account(m_options.config.baseUrl, m_options.config.apiKey);
    const QString directory = CacheAccount::defaultDirectory();
    const QString path = QDir(directory).filePath(account.fileName());
    const QString nothing = QStringLiteral("nothing is saved for campaign %1 with this API and "
                                           "key (open it in Revox Desk or run revox-cli watch)")
                                .arg(m_options.id);
    const QString unusable =
        QStringLiteral("nothing usable is saved for campaign %1: ").arg(m_options.id);
    if (!QFileInfo::exists(path)) {
        printError(nothing);
        return finish(ExitCode::NotFound);
    }
    CampaignCache cache;
    const CacheOpenResult opened = cache.open(account, directory);
    if (!opened.ok() || opened.outcome == CacheOpenResult::Outcome::Rebuilt) {
        printError(opened.message.isEmpty() ? nothing : unusable + opened.message);
        return finish(ExitCode::NotFound);
    }
    // Every page is checked before a row is written: a damaged file gives no partial copy.
    if (!cache.verify()) {
        printError(unusable + cache.rebuild().message);
        return finish(ExitCode::NotFound);
    }
    const RowSetInfo saved = cache.rowSet(m_options.id);
    if (!saved.saved) {
        printError(nothing);
        return finish(ExitCode::NotFound);
    }
    if (!saved.complete) {
        printError(unusable + QStringLiteral("a first load saved %1 of %2 rows and did not "
                                             "finish (revox-cli watch loads the rest)")
                                  .arg(saved.rows)
                                  .arg(saved.expected));
        return finish(ExitCode::NotFound);
    }
    std::fprintf(
        stderr, "revox-cli: rows saved %s (UTC), from the local cache\n",
        qPrintable(saved.fetchedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    CampaignCache::LoadOptions options;
    options.firstBatchRows = options.batchRows = kOfflineBatchRows;
    const bool streamed = m_options.format == CliOptions::Format::Csv;
    RowsCsvStream stream(nullptr, m_options.id, {}, &m_stdout);
    stream.setOutputFilters(m_options.outputFilters);
    if (streamed && !stream.open()) {
        printError(stream.outcome().writeError);
        return finish(ExitCode::Unavailable);
    }
    RowsPage page;
    const RowsLoadResult loaded = cache.loadRows(
        m_options.id,
        [&](CachedRowsBatch &&batch) {
            if (streamed)
                return stream.spool(batch.rows);
            page.rows.append(std::move(batch.rows));
            return true;
        },
        options);
    if (loaded.damaged || cache.isDamaged()) {
        printError(unusable + cache.rebuild().message);
        return finish(ExitCode::NotFound);
    }
    if (!loaded.ok) {
        printError(unusable + cache.lastError());
        return finish(ExitCode::NotFound);
    }
    if (!streamed) {
        page.pageSize = page.total = page.rows.size();
        return showRows(page, true);
    }
    if (stream.outcome().writeError.isEmpty())
        stream.writeOut();
    if (!stream.outcome().writeError.isEmpty()) {
        printError(stream.outcome().writeError);
        return finish(ExitCode::Unavailable);
    }
    if (!m_options.outputFilters.isEmpty())
        std::fprintf(stderr, "revox-cli: %lld of %lld rows saved match --output\n",
                     static_cast<long long>(stream.outcome().rowsWritten),
                     static_cast<long long>(stream.outcome().rowsReceived));
    finish(ExitCode::Ok);
}

void CliCommand::warn(const QList<ParseProblem> &problems)
{
    constexpr int shown = 20;
    for (qsizetype i = 0; i < std::min<qsizetype>(problems.size(), shown); ++i)
        std::fputs(("revox-cli: warning: " + problems.at(i).toString() + QLatin1Char('\n'))
                       .toUtf8()
                       .constData(),
                   stderr);
    if (problems.size() > shown)
        std::fprintf(stderr, "revox-cli: warning: ... and %lld more problems in the answer\n",
                     static_cast<long long>(problems.size() - shown));
}

void CliCommand::fail(const ApiError &error)
{
    printError(error.message);
    finish(exitCodeFor(error));
}

void CliCommand::finish(ExitCode code)
{
    m_stdout.flush();
    std::fflush(stderr);
    QCoreApplication::exit(int(code));
}

} // namespace revox::cli
