#include "CacheSync.h"

#include "AsyncCampaignCache.h"
#include "CampaignListWatcher.h"
#include "CampaignStore.h"
#include "CampaignWatcher.h"
#include "SyncLog.h"

namespace revox {

CacheSync::CacheSync(AsyncCampaignCache *cache, CampaignListWatcher *campaignsWatcher,
                     CampaignStore *campaigns, CampaignWatcher *rowsWatcher, RowStore *rows,
                     QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_campaignsWatcher(campaignsWatcher)
    , m_campaigns(campaigns)
    , m_rowsWatcher(rowsWatcher)
    , m_rows(rows)
{
    const auto relay = [this](const QString &text) {
        if (text.isEmpty())
            return;
        m_lastMessage = text;
        emit message(text);
    };
    connect(m_cache, &AsyncCampaignCache::opened, this,
            [relay](const CacheOpenResult &result) { relay(result.message); });
    connect(m_cache, &AsyncCampaignCache::problem, this, relay);
    if (!m_rows->isTrackingChanges())
        m_rows->setTrackChanges(true, false);
    connect(m_rows, &RowStore::rowChanges, this, &CacheSync::onRowChanges);
    connect(m_rowsWatcher, &CampaignWatcher::campaignIdChanged, this, &CacheSync::onCampaignOpened);
    connect(m_rowsWatcher, &CampaignWatcher::refreshed, this, &CacheSync::onRowsRefreshed);
    if (m_campaignsWatcher)
        connect(m_campaignsWatcher, &CampaignListWatcher::refreshed, this,
                &CacheSync::onCampaignsRefreshed);
    if (m_campaigns)
        connect(m_campaigns, &CampaignStore::summaryChanged, this, &CacheSync::onSummaryChanged);
    connect(m_cache, &AsyncCampaignCache::cleared, this, &CacheSync::onCacheCleared);
}

void CacheSync::restoreCampaigns()
{
    if (!m_cache || !m_campaigns)
        return;
    m_cache->loadCampaigns(this, [this](const QList<CachedCampaign> &cached) {
        if (cached.isEmpty() || m_campaigns->size() > 0)
            return; // the network was first
        QList<Campaign> campaigns;
        QDateTime savedAt;
        for (const CachedCampaign &c : cached) {
            campaigns.append(c.campaign);
            if (!savedAt.isValid() || c.fetchedAt < savedAt)
                savedAt = c.fetchedAt;
        }
        m_campaigns->setCampaigns(campaigns);
        m_campaignsRestoredAt = savedAt;
        qCInfo(lcSync) << "restored" << campaigns.size() << "campaigns from the cache";
    });
    m_cache->loadSummaries(this, [this](const QList<CampaignSummary> &saved) {
        m_restoring = true;
        m_campaigns->mergeSummaries(saved);
        m_restoring = false;
    });
}

void CacheSync::onSummaryChanged(const QString &campaignId)
{
    if (m_restoring || !m_cache)
        return; // what came from the cache is in the cache
    if (const CampaignSummary *summary = m_campaigns->summaryOf(campaignId))
        m_cache->saveSummary(*summary);
}

void CacheSync::onCacheCleared()
{
    if (!m_campaigns)
        return;
    // The open campaign's figures are current: they stay, and are saved again.
    m_restoring = true;
    m_campaigns->clearSummaries(m_campaignId.isEmpty() ? QStringList() : QStringList{m_campaignId});
    m_restoring = false;
    onSummaryChanged(m_campaignId);
}

void CacheSync::onCampaignOpened(const QString &campaignId)
{
    m_campaignId = campaignId;
    m_upserted.clear();
    m_removed.clear();
    if (!m_cache || campaignId.isEmpty())
        return;
    m_cache->cancelLoads();
    m_cache->loadRows(campaignId, this, [this, campaignId](const CachedRowsBatch &batch) {
        if (campaignId != m_campaignId)
            return;
        // Only rows the network has not brought yet: a cached copy is older.
        QList<Row> fresh;
        fresh.reserve(batch.rows.size());
        for (const Row &row : batch.rows) {
            if (m_rows->rowOfId(row.id) < 0)
                fresh.append(row);
        }
        m_restoring = true;
        m_rows->merge(std::move(fresh));
        m_restoring = false;
        if (batch.last) {
            if (!m_rowsWatcher->lastSuccessAt().isValid())
                m_rowsWatcher->setRestoredAt(batch.fetchedAt);
            emit rowsRestored(campaignId, batch.total, batch.fetchedAt);
        }
    });
    m_cache->loadProgress(campaignId, this,
                          [this, campaignId](const QList<ProgressSample> &samples) {
                              if (campaignId == m_campaignId && m_campaigns)
                                  m_campaigns->restoreProgress(campaignId, samples);
                          });
}

void CacheSync::onRowChanges(const QList<RowStore::RowChange> &changes)
{
    if (m_restoring)
        return; // what came from the cache is in the cache
    for (const RowStore::RowChange &c : changes) {
        if (c.kind == RowStore::RowChange::Kind::Removed) {
            m_upserted.remove(c.id);
            m_removed.insert(c.id);
        } else {
            m_removed.remove(c.id);
            m_upserted.insert(c.id);
        }
    }
}

void CacheSync::onRowsRefreshed()
{
    if (!m_cache || m_campaignId.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const std::optional<Campaign> campaign = m_rowsWatcher->campaign()) {
        m_cache->saveCampaign(*campaign, now);
        if (campaign->rowStats)
            m_cache->appendProgress(m_campaignId, {now, *campaign->rowStats});
    }
    QList<Row> upserted;
    upserted.reserve(m_upserted.size());
    for (const QString &id : std::as_const(m_upserted)) {
        if (const Row *row = m_rows->rowById(id))
            upserted.append(*row);
    }
    // Written even when nothing changed: the save time is what the data's age says.
    m_cache->applyRows(m_campaignId, upserted, QStringList(m_removed.cbegin(), m_removed.cend()),
                       now);
    m_upserted.clear();
    m_removed.clear();
}

void CacheSync::onCampaignsRefreshed()
{
    if (!m_cache || !m_campaigns)
        return;
    m_cache->saveCampaignList(m_campaigns->campaigns(), QDateTime::currentDateTimeUtc());
    m_campaignsRestoredAt = QDateTime();
}

} // namespace revox
