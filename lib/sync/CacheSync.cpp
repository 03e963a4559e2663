#include "CacheSync.h"

#include "AsyncCampaignCache.h"
#include "CampaignListWatcher.h"
#include "CampaignStore.h"
#include "CampaignWatcher.h"
#include "SyncLog.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QScopeGuard>

namespace revox {

// Rows of a first load written to the cache at a time (a few pages).
static constexpr qsizetype kFirstLoadSaveRows = 2000;

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
    connect(m_rowsWatcher, &CampaignWatcher::loadingProgress, this, &CacheSync::onLoadingProgress);
    connect(m_cache, &AsyncCampaignCache::rowsSaved, this, &CacheSync::onRowsSaved);
    if (m_campaignsWatcher)
        connect(m_campaignsWatcher, &CampaignListWatcher::refreshed, this,
                &CacheSync::onCampaignsRefreshed);
    if (m_campaigns)
        connect(m_campaigns, &CampaignStore::summaryChanged, this, &CacheSync::onSummaryChanged);
    connect(m_cache, &AsyncCampaignCache::cleared, this, &CacheSync::onCacheCleared);
}

void CacheSync::openCache(const CacheAccount &account, const QString &directory)
{
    if (!m_cache)
        return;
    const QString file = QDir(directory).filePath(account.fileName());
    if (QFileInfo::exists(file)) {
        m_cache->open(file, account);
        return;
    }
    m_openPending = true;
    m_pendingFile = file;
    m_pendingAccount = account;
    connect(m_rowsWatcher, &CampaignWatcher::campaignChanged, this, &CacheSync::openPending);
    if (m_campaignsWatcher)
        connect(m_campaignsWatcher, &CampaignListWatcher::refreshed, this, &CacheSync::openPending);
}

void CacheSync::openPending()
{
    if (!m_openPending || !m_cache)
        return;
    m_openPending = false;
    disconnect(m_rowsWatcher, &CampaignWatcher::campaignChanged, this, &CacheSync::openPending);
    if (m_campaignsWatcher)
        disconnect(m_campaignsWatcher, &CampaignListWatcher::refreshed, this,
                   &CacheSync::openPending);
    qCInfo(lcSync) << "the server accepted the key: the local cache starts";
    m_cache->open(m_pendingFile, m_pendingAccount);
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
    m_saveFirstLoad = false;
    m_needsCompleteWrite = false;
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
        if (!batch.last)
            return;
        const auto finished =
            qScopeGuard([this, campaignId] { emit rowsLoadFinished(campaignId); });
        if (batch.failed) {
            // A damaged file (set aside, the cache says why): what came of it is not a copy.
            m_saveFirstLoad = !m_rowsWatcher->isFirstLoadDone();
            return;
        }
        if (!batch.complete) {
            // The first pages of a first load: saved on as the load goes, which reads on
            // from them.
            m_saveFirstLoad = !m_rowsWatcher->isFirstLoadDone();
            const QLocale locale;
            emit firstLoadResumed(campaignId, batch.total, batch.expected,
                                  tr("%1 of %2 rows saved; loading the rest")
                                      .arg(locale.toString(qlonglong(batch.total)),
                                           locale.toString(qlonglong(batch.expected))));
            m_rowsWatcher->resumeFirstLoad(batch.total);
            return;
        }
        if (!batch.fetchedAt.isValid()) {
            m_saveFirstLoad = !m_rowsWatcher->isFirstLoadDone(); // nothing saved yet
            return;
        }
        if (!m_rowsWatcher->lastSuccessAt().isValid())
            m_rowsWatcher->setRestoredAt(batch.fetchedAt);
        emit rowsRestored(campaignId, batch.total, batch.fetchedAt);
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

void CacheSync::onLoadingProgress(qint64, qint64 total)
{
    if (!m_cache || m_campaignId.isEmpty() || !m_saveFirstLoad || m_needsCompleteWrite ||
        m_openPending || m_restoring || m_rowsWatcher->isFirstLoadDone() ||
        m_upserted.size() < kFirstLoadSaveRows)
        return;
    QList<Row> rows;
    rows.reserve(m_upserted.size());
    for (const QString &id : std::as_const(m_upserted)) {
        if (const Row *row = m_rows->rowById(id))
            rows.append(*row);
    }
    m_cache->appendFirstLoadRows(m_campaignId, rows, std::max<qint64>(total, m_rows->size()),
                                 QDateTime::currentDateTimeUtc());
    m_upserted.clear();
}

void CacheSync::onRowsSaved(const QString &campaignId, bool saved)
{
    if (campaignId == m_campaignId && !saved)
        m_needsCompleteWrite = true;
}

void CacheSync::onRowsRefreshed()
{
    if (!m_cache || m_campaignId.isEmpty() || m_openPending)
        return;
    m_saveFirstLoad = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const std::optional<Campaign> campaign = m_rowsWatcher->campaign()) {
        m_cache->saveCampaign(*campaign, now);
        if (campaign->rowStats)
            m_cache->appendProgress(m_campaignId, {now, *campaign->rowStats});
    }
    if (m_needsCompleteWrite) {
        // A write was lost (a full disk): the cache kept its last complete copy, and takes
        // nothing but a complete one now.
        m_needsCompleteWrite = false;
        m_cache->replaceRows(m_campaignId, m_rows->rows(), now);
        m_upserted.clear();
        m_removed.clear();
        return;
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
    openPending(); // before the list is written: a refresh is the server's yes
    if (!m_cache || !m_campaigns)
        return;
    m_cache->saveCampaignList(m_campaigns->campaigns(), QDateTime::currentDateTimeUtc());
    m_campaignsRestoredAt = QDateTime();
}

} // namespace revox
