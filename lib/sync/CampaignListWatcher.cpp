#include "CampaignListWatcher.h"

#include "Backoff.h"
#include "CampaignStore.h"
#include "RevoxClient.h"
#include "SyncLog.h"

namespace revox {

CampaignListWatcher::CampaignListWatcher(RevoxClient *client, CampaignStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    connect(&m_timer, &PollTimer::timeout, this, &CampaignListWatcher::fetch);
}

CampaignListWatcher::~CampaignListWatcher()
{
    if (m_inFlight)
        m_inFlight->cancel();
}

void CampaignListWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    fetch();
}

void CampaignListWatcher::stop()
{
    m_running = false;
    m_timer.stop();
    m_refreshQueued = false;
    if (m_inFlight)
        m_inFlight->cancel();
    m_inFlight = nullptr;
    setState(SyncState::Idle);
}

void CampaignListWatcher::refreshNow()
{
    if (!m_running)
        m_running = true;
    if (m_inFlight) {
        m_refreshQueued = true;
        return;
    }
    m_timer.stop();
    fetch();
}

void CampaignListWatcher::setIntervalMs(int ms)
{
    m_intervalMs = qMax(100, ms);
}

void CampaignListWatcher::fetch()
{
    if (!m_running || !m_client || m_inFlight)
        return;
    if (m_state == SyncState::Idle)
        setState(SyncState::Loading);
    m_inFlight = m_client->listCampaigns(this, [this](ApiResult<QList<Campaign>> result) {
        m_inFlight = nullptr;
        if (!m_running)
            return;
        if (result.error.kind == ApiErrorKind::Cancelled)
            return;
        if (!result.ok()) {
            ++m_failures;
            m_lastError = result.error;
            qCInfo(lcSync) << "campaign list refresh failed:" << result.error.message;
            emit lastErrorChanged(m_lastError);
            setState(SyncState::Retrying);
            scheduleNext(Backoff::delayMs(m_failures, m_intervalMs, 120000));
            return;
        }
        if (m_store)
            m_store->setCampaigns(*result.value);
        m_failures = 0;
        m_lastSuccessAt = QDateTime::currentDateTimeUtc();
        if (m_lastError.isError()) {
            m_lastError = ApiError();
            emit lastErrorChanged(m_lastError);
        }
        setState(SyncState::Live);
        emit refreshed();
        scheduleNext(m_intervalMs);
    });
}

void CampaignListWatcher::scheduleNext(int ms)
{
    if (!m_running)
        return;
    if (m_refreshQueued) {
        m_refreshQueued = false;
        ms = 0;
    }
    m_timer.start(ms);
}

void CampaignListWatcher::setState(SyncState state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace revox
