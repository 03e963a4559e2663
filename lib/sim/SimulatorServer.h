#pragma once

#include "SimRowsPaging.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QThread>
#include <QUrl>

#include <memory>

namespace revox::sim {

class SimWorld;
class SimulatorEngine;
class FaultInjector;

// How a simulator run is set up.
struct SimulatorOptions
{
    quint16 port = 0; // 0: ephemeral
    quint16 recordingsPort =
        0;          // recordings are served from another origin (another port); 0: ephemeral
    QString apiKey; // empty: any non-empty Bearer token is accepted
    quint64 seed = 1;
    double speed = 1.0;     // simulated seconds per real second (0 freezes the clock)
    double rowsScale = 1.0; // scales campaign sizes (the largest is 100,000 rows at 1.0)
    QString faults;         // run-wide faults, same syntax as the per-request header
    QDateTime startTime;    // simulated time at start; invalid: the current time (whole seconds)
    // How GET /campaigns/{id}/rows answers (a request can ask for another with the
    // X-Revox-Sim-Paging header or the sim_paging query parameter).
    SimRowsPaging rowsPaging = SimRowsPaging::Paged;
};

// One campaign of the simulated world, as tests and the demo mode see it.
struct SimCampaignInfo
{
    QString id;
    QString name;
    QString status; // draft, running, paused, completed
    bool isCancelled = false;
    qint64 rowCount = 0;
};

// The simulated Revox API: serves a deterministic, moving world of campaigns, rows, calls
// and recordings over real HTTP on 127.0.0.1, with switchable faults.
//   GET /api/campaigns, /api/campaigns/{id}, /api/campaigns/{id}/rows (page from 0,
//   page_size up to 1000, query, result, statuses: call statuses separated by commas, where
//   "pending" also matches rows without a call), /api/call/{id}, /api/auth-status;
//   GET/HEAD /recordings/{attempt id}.wav on the recordings origin (Range supported).
// row_stats buckets: pending = no call, initializing or queued_for_calling; calling;
// retry = scheduled; completed; failed = errored or cancelled. Requests are answered
// on a thread of the server's own, so the caller's thread (a GUI) never waits on it; every
// method here is called from the thread that owns the server.
class SimulatorServer : public QObject
{
    Q_OBJECT
public:
    explicit SimulatorServer(QObject *parent = nullptr);
    ~SimulatorServer() override;

    bool start(const SimulatorOptions &options, QString *error = nullptr);
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const;           // http://127.0.0.1:<port>/api  (the API lives under /api)
    QUrl recordingsBaseUrl() const; // http://127.0.0.1:<recordingsPort>

    // Changes run-wide faults while running ("" heals the server). Returns false and
    // leaves the faults unchanged when the spec does not parse.
    bool setFaults(const QString &spec, QString *error = nullptr);
    QString faults() const;
    // Checks a fault spec without applying it.
    static bool validateFaults(const QString &spec, QString *error = nullptr);
    // The fault syntax, one line per fault with an example (for --help).
    static QString faultHelp();

    // The world, for tests and the demo mode.
    QList<SimCampaignInfo> campaigns() const;
    QDateTime simulatedNow() const;
    // Moves simulated time forward (deterministic; works with a frozen clock).
    void advanceSeconds(double seconds);
    // Simulated seconds per real second; 0 freezes the clock.
    void setSpeed(double speed);
    double speed() const;
    // Requests served since start (both origins).
    quint64 requestCount() const;
    // Bytes the API origin wrote (status lines, headers and bodies, compressed where the
    // client asked for gzip): what watching costs on the wire.
    quint64 apiBytesSent() const;
    // Requests to the recordings origin that carried an Authorization header (an API key
    // must never be sent there).
    quint64 recordingRequestsWithAuthorization() const;

private:
    std::unique_ptr<SimWorld> m_world;
    std::unique_ptr<FaultInjector> m_faults;
    QThread *m_thread = nullptr;         // where requests are answered
    SimulatorEngine *m_engine = nullptr; // lives in m_thread
    SimulatorOptions m_options;
    QList<SimCampaignInfo> m_campaigns;
};

} // namespace revox::sim
