#include "AsyncCampaignCache.h"

#include "CacheDirectory.h"

#include <QDir>
#include <QFileInfo>

namespace revox {

AsyncCampaignCache::AsyncCampaignCache(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    qRegisterMetaType<CacheOpenResult>();
    m_thread.setObjectName(QStringLiteral("revox-cache"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    post([](CampaignCache &) {});
}

AsyncCampaignCache::~AsyncCampaignCache()
{
    cancelLoads();
    QMetaObject::invokeMethod(
        m_worker, [this] { m_cache.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void AsyncCampaignCache::post(std::function<void(CampaignCache &)> work)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, work = std::move(work)] {
            if (!m_cache)
                m_cache = std::make_unique<CampaignCache>();
            work(*m_cache);
            afterWork();
        },
        Qt::QueuedConnection);
}

void AsyncCampaignCache::afterWork()
{
    if (!m_cache->isOpen())
        return; // opened() has told why
    if (m_cache->isDamaged()) {
        const CacheOpenResult rebuilt = m_cache->rebuild();
        m_lastProblem = rebuilt.message;
        emit problem(rebuilt.message);
        return;
    }
    const QString error = m_cache->lastError();
    if (!error.isEmpty() && error != m_lastProblem)
        emit problem(error);
    m_lastProblem = error;
}

void AsyncCampaignCache::deliver(const QPointer<QObject> &context, std::function<void()> f)
{
    QMetaObject::invokeMethod(
        this,
        [context, f = std::move(f)] {
            if (context)
                f();
        },
        Qt::QueuedConnection);
}

void AsyncCampaignCache::open(const QString &filePath, const CacheAccount &account)
{
    post([this, filePath, account](CampaignCache &cache) {
        m_directory = QFileInfo(filePath).absolutePath();
        const CacheOpenResult result = cache.open(filePath, account);
        m_lastProblem = result.message;
        emit opened(result);
    });
}

void AsyncCampaignCache::open(const CacheAccount &account, const QString &directory)
{
    open(QDir(directory).filePath(account.fileName()), account);
}

void AsyncCampaignCache::close()
{
    post([](CampaignCache &cache) { cache.close(); });
}

void AsyncCampaignCache::saveCampaignList(const QList<Campaign> &campaigns,
                                          const QDateTime &fetchedAt)
{
    post([campaigns, fetchedAt](CampaignCache &cache) {
        cache.saveCampaignList(campaigns, fetchedAt);
    });
}

void AsyncCampaignCache::saveCampaign(const Campaign &campaign, const QDateTime &fetchedAt)
{
    post([campaign, fetchedAt](CampaignCache &cache) { cache.saveCampaign(campaign, fetchedAt); });
}

void AsyncCampaignCache::removeCampaign(const QString &campaignId)
{
    post([campaignId](CampaignCache &cache) { cache.removeCampaign(campaignId); });
}

void AsyncCampaignCache::applyRows(const QString &campaignId, const QList<Row> &upserted,
                                   const QStringList &removedIds, const QDateTime &fetchedAt)
{
    post([this, campaignId, upserted, removedIds, fetchedAt](CampaignCache &cache) {
        emit rowsSaved(campaignId, cache.applyRows(campaignId, upserted, removedIds, fetchedAt));
    });
}

void AsyncCampaignCache::replaceRows(const QString &campaignId, const QList<Row> &rows,
                                     const QDateTime &fetchedAt)
{
    post([this, campaignId, rows, fetchedAt](CampaignCache &cache) {
        emit rowsSaved(campaignId, cache.replaceRows(campaignId, rows, fetchedAt));
    });
}

void AsyncCampaignCache::appendFirstLoadRows(const QString &campaignId, const QList<Row> &rows,
                                             qsizetype expected, const QDateTime &fetchedAt)
{
    post([this, campaignId, rows, expected, fetchedAt](CampaignCache &cache) {
        emit rowsSaved(campaignId,
                       cache.appendFirstLoadRows(campaignId, rows, expected, fetchedAt));
    });
}

void AsyncCampaignCache::appendProgress(const QString &campaignId, const ProgressSample &sample)
{
    post([campaignId, sample](CampaignCache &cache) { cache.appendProgress(campaignId, sample); });
}

void AsyncCampaignCache::saveSummary(const CampaignSummary &summary)
{
    post([summary](CampaignCache &cache) { cache.saveSummary(summary); });
}

void AsyncCampaignCache::clear(ClearScope scope)
{
    post([this, scope](CampaignCache &cache) {
        if (cache.isOpen())
            cache.clear();
        if (scope == ClearScope::AllAccounts && !m_directory.isEmpty())
            CacheDirectory::removeAll(m_directory, cache.isOpen() ? cache.filePath() : QString());
        emit cleared();
    });
}

void AsyncCampaignCache::loadCampaigns(QObject *context,
                                       std::function<void(const QList<CachedCampaign> &)> done)
{
    post(
        [this, context = QPointer<QObject>(context), done = std::move(done)](CampaignCache &cache) {
            deliver(context, [done, campaigns = cache.loadCampaigns()] { done(campaigns); });
        });
}

void AsyncCampaignCache::loadRows(const QString &campaignId, QObject *context,
                                  std::function<void(const CachedRowsBatch &)> onBatch,
                                  const CampaignCache::LoadOptions &options)
{
    const quint64 generation = m_loadGeneration.load();
    post([this, campaignId, context = QPointer<QObject>(context), onBatch = std::move(onBatch),
          options, generation](CampaignCache &cache) {
        auto current = [this, generation] {
            return m_loadGeneration.load() == generation;
        };
        if (!current())
            return;
        const RowsLoadResult result = cache.loadRows(
            campaignId,
            [&](CachedRowsBatch &&batch) {
                deliver(context, [current, onBatch, batch = std::move(batch)] {
                    if (current())
                        onBatch(batch);
                });
                return current();
            },
            options);
        if (!result.ok && current()) {
            // The receiver still gets its last batch, empty, so that it stops waiting.
            CachedRowsBatch end;
            end.campaignId = campaignId;
            end.offset = result.rowCount;
            end.total = result.rowCount;
            end.last = true;
            end.failed = true;
            deliver(context, [onBatch, end] { onBatch(end); });
        }
    });
}

void AsyncCampaignCache::cancelLoads()
{
    m_loadGeneration.fetch_add(1);
}

void AsyncCampaignCache::loadProgress(const QString &campaignId, QObject *context,
                                      std::function<void(const QList<ProgressSample> &)> done)
{
    post([this, campaignId, context = QPointer<QObject>(context),
          done = std::move(done)](CampaignCache &cache) {
        deliver(context, [done, samples = cache.loadProgress(campaignId)] { done(samples); });
    });
}

void AsyncCampaignCache::loadSummaries(QObject *context,
                                       std::function<void(const QList<CampaignSummary> &)> done)
{
    post(
        [this, context = QPointer<QObject>(context), done = std::move(done)](CampaignCache &cache) {
            deliver(context, [done, summaries = cache.loadSummaries()] { done(summaries); });
        });
}

void AsyncCampaignCache::sizeBytes(QObject *context,
                                   std::function<void(qint64 account, qint64 all)> done)
{
    post([this, context = QPointer<QObject>(context),
          done = std::move(done)](CampaignCache &cache) {
        const qint64 account = cache.sizeBytes();
        const qint64 all = m_directory.isEmpty() ? account : CacheDirectory::sizeBytes(m_directory);
        deliver(context, [done, account, all] { done(account, all); });
    });
}

void AsyncCampaignCache::waitForIdle()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace revox
