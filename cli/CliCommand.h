#pragma once

#include "CliOptions.h"
#include "RevoxClient.h"
#include "RowsListing.h"

#include <QFile>
#include <QObject>

namespace revox::cli {

// Runs one revox-cli command: calls the API, writes the answer to stdout in the chosen
// format, warnings and errors to stderr, then quits the event loop with the exit code.
class CliCommand : public QObject
{
    Q_OBJECT
public:
    CliCommand(RevoxClient *client, CliOptions options, QObject *parent = nullptr);

    void run();

private:
    void showCampaigns(const QList<Campaign> &campaigns);
    void showCampaign(const Campaign &campaign);
    // call ID: the call and its attempts; with --timeline, the turns of its conversation.
    void showCall(const Call &call);
    // Writes the rows, then exits with code.
    void showRows(const RowsPage &page, bool wholeCampaign, ExitCode code = ExitCode::Ok);
    // rows --all: every row through the paging engine, then showRows().
    void showAllRows();
    // Tells on stderr what the server did wrong in a listing; the exit code that calls for.
    ExitCode reportListing(const RowsListing::Outcome &outcome) const;
    // rows --offline: every row of the campaign as the local cache holds it.
    void showCachedRows();
    void warn(const QList<ParseProblem> &problems);
    // "n of total rows" on one refreshed stderr line, for people at a terminal.
    void showProgress(qint64 done, qint64 total);
    void clearProgress();
    void finish(ExitCode code);
    void fail(const ApiError &error);
    void write(const QByteArray &bytes);

    RevoxClient *m_client;
    CliOptions m_options;
    QFile m_stdout;
    bool m_progressShown = false;
};

} // namespace revox::cli
