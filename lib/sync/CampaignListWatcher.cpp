#include "CampaignListWatcher.h"

#include "CampaignStore.h"
#include "RevoxApi.h"
#include "SyncLog.h"

namespace revox {

// The longest the campaign list waits between tries while they fail.
static constexpr int kMaxBackoffMs = 120000;

CampaignListWatcher::CampaignListWatcher(RevoxApi *api, CampaignStore *store, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
{
    connect(&m_cycle, &RefreshCycle::due, this, &CampaignListWatcher::fetch);
    connect(&m_cycle, &RefreshCycle::stateChanged, this, &CampaignListWatcher::stateChanged);
    connect(&m_cycle, &RefreshCycle::lastErrorChanged, this,
            &CampaignListWatcher::lastErrorChanged);
}

CampaignListWatcher::~CampaignListWatcher()
{
    if (m_inFlight)
        m_inFlight->cancel();
}

void CampaignListWatcher::stop()
{
    if (m_inFlight)
        m_inFlight->cancel();
    m_inFlight = nullptr;
    m_cycle.stop();
}

void CampaignListWatcher::setIntervalMs(int ms)
{
    m_intervalMs = RefreshCycle::boundedIntervalMs(ms);
}

void CampaignListWatcher::fetch()
{
    if (!m_api || !m_cycle.begin())
        return;
    if (m_cycle.state() == SyncState::Idle)
        m_cycle.setState(SyncState::Loading);
    m_inFlight = m_api->listCampaigns(this, [this](ApiResult<QList<Campaign>> result) {
        m_inFlight = nullptr;
        if (!m_cycle.isRunning() || result.error.kind == ApiErrorKind::Cancelled) {
            m_cycle.abandon();
            return;
        }
        if (!result.ok()) {
            qCInfo(lcSync) << "campaign list refresh failed:" << result.error.message;
            m_cycle.failed(result.error, m_intervalMs, kMaxBackoffMs);
            return;
        }
        if (m_store)
            m_store->setCampaigns(*result.value);
        m_cycle.succeeded();
        emit refreshed();
        m_cycle.scheduleNext(m_intervalMs);
    });
}

} // namespace revox
