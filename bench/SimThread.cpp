#include "SimThread.h"

#include <QMetaObject>

SimThread::~SimThread()
{
    stop();
}

bool SimThread::start(const revox::sim::SimulatorOptions &options, QString *error)
{
    m_thread.start();
    bool ok = false;
    auto *server = new revox::sim::SimulatorServer;
    server->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        server,
        [&] {
            ok = server->start(options, error);
            if (ok) {
                m_baseUrl = server->baseUrl();
                m_campaigns = server->campaigns();
            }
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        return false;
    }
    m_server = server;
    return true;
}

void SimThread::stop()
{
    if (m_server) {
        revox::sim::SimulatorServer *server = m_server;
        m_server = nullptr;
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
}

revox::sim::SimCampaignInfo SimThread::largestCampaign(bool runningOnly) const
{
    revox::sim::SimCampaignInfo largest;
    largest.rowCount = -1;
    for (const revox::sim::SimCampaignInfo &c : m_campaigns) {
        const bool running = c.status == QLatin1String("running") && !c.isCancelled;
        if ((running || !runningOnly) && c.rowCount > largest.rowCount)
            largest = c;
    }
    return largest;
}

revox::ClientConfig SimThread::clientConfig() const
{
    revox::ClientConfig config;
    config.baseUrl = m_baseUrl;
    config.apiKey = QStringLiteral("bench");
    return config;
}
