#pragma once

#include "RevoxClient.h"
#include "SimulatorServer.h"

#include <QThread>
#include <QUrl>

// Runs a SimulatorServer on its own thread, so that serving pages does not block the
// event loop that the benchmark measures (as a remote server would not).
class SimThread
{
public:
    SimThread() = default;
    ~SimThread();
    SimThread(const SimThread &) = delete;
    SimThread &operator=(const SimThread &) = delete;

    bool start(const revox::sim::SimulatorOptions &options, QString *error);
    void stop();
    QUrl baseUrl() const { return m_baseUrl; }
    QList<revox::sim::SimCampaignInfo> campaigns() const { return m_campaigns; }
    // The campaign with the most rows (of the running ones only, with runningOnly); an empty
    // one (no id, -1 rows) when there is none.
    revox::sim::SimCampaignInfo largestCampaign(bool runningOnly = false) const;
    // What the API origin wrote on the wire so far (thread-safe).
    quint64 apiBytesSent() const { return m_server ? m_server->apiBytesSent() : 0; }
    // What a client needs to talk to this simulator (any key is accepted).
    revox::ClientConfig clientConfig() const;
    QDateTime simulatedNow() const { return m_server ? m_server->simulatedNow() : QDateTime(); }

private:
    QThread m_thread;
    revox::sim::SimulatorServer *m_server = nullptr;
    QUrl m_baseUrl;
    QList<revox::sim::SimCampaignInfo> m_campaigns;
};
