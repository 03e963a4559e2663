#include "SimulatorServer.h"

#include "FaultInjector.h"
#include "SimLogging.h"
#include "SimWorld.h"
#include "SimulatorEngine.h"
#include "WavComposer.h"

#include <cmath>

namespace revox::sim {

SimulatorServer::SimulatorServer(QObject *parent)
    : QObject(parent)
{
}

SimulatorServer::~SimulatorServer()
{
    stop();
}

bool SimulatorServer::start(const SimulatorOptions &options, QString *error)
{
    stop();
    QString faultError;
    auto faults = std::make_unique<FaultInjector>(options.seed);
    if (!faults->setRunWide(options.faults, &faultError)) {
        if (error)
            *error = faultError;
        return false;
    }
    if (!(options.rowsScale > 0) || !std::isfinite(options.rowsScale) || options.rowsScale > 10) {
        if (error)
            *error = QStringLiteral("rows scale must be greater than 0 and at most 10");
        return false;
    }
    if (!(options.speed >= 0) || !std::isfinite(options.speed)) {
        if (error)
            *error = QStringLiteral("speed must be 0 or more");
        return false;
    }
    if (!WavComposer::clipsAvailable())
        qCWarning(lcSim) << "speech clips missing: recordings will hold background noise only";

    m_options = options;
    const QDateTime start =
        options.startTime.isValid()
            ? options.startTime
            : QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    m_world = std::make_unique<SimWorld>(options.seed, options.rowsScale, start.toMSecsSinceEpoch(),
                                         options.speed);
    m_faults = std::move(faults);
    m_campaigns.clear();
    for (const SimCampaign &c : m_world->campaigns())
        m_campaigns.append({c.id, c.name, c.status, c.isCancelled, c.rowCount});

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("revox-sim"));
    m_engine = new SimulatorEngine(m_world.get(), m_faults.get(), options.apiKey);
    m_engine->setRowsPaging(options.rowsPaging);
    m_engine->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    m_thread->start();
    bool listening = false;
    QString listenError;
    QMetaObject::invokeMethod(
        m_engine,
        [&] { listening = m_engine->listen(options.port, options.recordingsPort, &listenError); },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        if (error)
            *error = listenError;
        stop();
        return false;
    }
    qCInfo(lcSim) << "simulator listening on" << baseUrl().toString() << "recordings on"
                  << recordingsBaseUrl().toString();
    return true;
}

void SimulatorServer::stop()
{
    if (!m_thread)
        return;
    SimulatorEngine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine] { engine->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread; // the engine was deleted as the thread finished
    m_thread = nullptr;
    m_engine = nullptr;
}

bool SimulatorServer::isRunning() const
{
    return m_engine != nullptr;
}

QUrl SimulatorServer::baseUrl() const
{
    if (!m_engine)
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(m_engine->apiPort()));
}

QUrl SimulatorServer::recordingsBaseUrl() const
{
    return m_engine ? m_engine->recordingsBase() : QUrl();
}

bool SimulatorServer::setFaults(const QString &spec, QString *error)
{
    if (!m_faults)
        m_faults = std::make_unique<FaultInjector>(m_options.seed);
    const bool ok = m_faults->setRunWide(spec, error);
    if (ok)
        m_options.faults = spec;
    return ok;
}

QString SimulatorServer::faults() const
{
    return m_faults ? m_faults->runWideText() : QString();
}

bool SimulatorServer::validateFaults(const QString &spec, QString *error)
{
    return FaultChoice::parse(spec, error).has_value();
}

QString SimulatorServer::faultHelp()
{
    return FaultInjector::help();
}

QList<SimCampaignInfo> SimulatorServer::campaigns() const
{
    return m_campaigns;
}

QDateTime SimulatorServer::simulatedNow() const
{
    return m_world ? QDateTime::fromMSecsSinceEpoch(m_world->nowMs(), Qt::UTC) : QDateTime();
}

void SimulatorServer::advanceSeconds(double seconds)
{
    if (m_world)
        m_world->advanceSeconds(seconds);
}

void SimulatorServer::setSpeed(double speed)
{
    m_options.speed = speed;
    if (m_world)
        m_world->setSpeed(speed);
}

double SimulatorServer::speed() const
{
    return m_world ? m_world->speed() : m_options.speed;
}

quint64 SimulatorServer::requestCount() const
{
    return m_engine ? m_engine->requestCount() : 0;
}

quint64 SimulatorServer::apiBytesSent() const
{
    return m_engine ? m_engine->apiBytesSent() : 0;
}

quint64 SimulatorServer::recordingRequestsWithAuthorization() const
{
    return m_engine ? m_engine->recordingRequestsWithAuthorization() : 0;
}

} // namespace revox::sim
