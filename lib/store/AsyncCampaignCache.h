#pragma once

#include "CacheAccount.h"
#include "CacheTypes.h"
#include "CampaignCache.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace revox {

// Runs a CampaignCache on a thread of its own, so that the caller's thread (the GUI) never
// waits on the disk: every call returns at once and is carried out in call order; a value
// handed in is implicitly shared, not copied, and encoded on the cache's thread. What a
// load reads comes back as calls of the given function on this object's thread, for as
// long as the context object lives (create this object on the context's thread).
// A file found damaged while in use is set aside and started again (problem() says so).
class AsyncCampaignCache : public QObject
{
    Q_OBJECT

public:
    enum class ClearScope { ThisAccount, AllAccounts };

    explicit AsyncCampaignCache(QObject *parent = nullptr);
    // Finishes the calls already made, closes the file and stops the thread.
    ~AsyncCampaignCache() override;

    // opened() reports the outcome.
    void open(const QString &filePath, const CacheAccount &account = {});
    void open(const CacheAccount &account, const QString &directory);
    void close();

    void saveCampaignList(const QList<Campaign> &campaigns, const QDateTime &fetchedAt);
    void saveCampaign(const Campaign &campaign, const QDateTime &fetchedAt);
    void removeCampaign(const QString &campaignId);
    void applyRows(const QString &campaignId, const QList<Row> &upserted,
                   const QStringList &removedIds, const QDateTime &fetchedAt);
    void replaceRows(const QString &campaignId, const QList<Row> &rows, const QDateTime &fetchedAt);
    void appendFirstLoadRows(const QString &campaignId, const QList<Row> &rows, qsizetype expected,
                             const QDateTime &fetchedAt);
    void appendProgress(const QString &campaignId, const ProgressSample &sample);
    void saveSummary(const CampaignSummary &summary);
    // ThisAccount empties the open file; AllAccounts also removes every other cache file
    // of the folder. cleared() follows.
    void clear(ClearScope scope);

    void loadCampaigns(QObject *context, std::function<void(const QList<CachedCampaign> &)> done);
    // The rows in row_index order, batch after batch (the first one small, for a first
    // screen); the batch marked last ends the load. Loads started earlier and not finished
    // yet are cancelled by cancelLoads().
    void loadRows(const QString &campaignId, QObject *context,
                  std::function<void(const CachedRowsBatch &)> onBatch,
                  const CampaignCache::LoadOptions &options = {});
    void cancelLoads();
    void loadProgress(const QString &campaignId, QObject *context,
                      std::function<void(const QList<ProgressSample> &)> done);
    // Every saved summary (damaged entries skipped).
    void loadSummaries(QObject *context, std::function<void(const QList<CampaignSummary> &)> done);
    // Bytes on disk: this account's file, and every cache file of the folder.
    void sizeBytes(QObject *context, std::function<void(qint64 account, qint64 all)> done);

    // Blocks until every call made so far has been carried out (tests, benchmarks).
    void waitForIdle();

signals:
    void opened(const revox::CacheOpenResult &result);
    // A write or load failed, or the file was rebuilt: a sentence for the user.
    void problem(const QString &message);
    void cleared();
    // A write of a campaign's rows (applyRows, replaceRows, appendFirstLoadRows) ended;
    // after a failure only replaceRows is taken (CampaignCache::needsCompleteWrite()).
    void rowsSaved(const QString &campaignId, bool saved);

private:
    // Runs work on the cache's thread, then looks for damage and failures.
    void post(std::function<void(CampaignCache &)> work);
    // Calls f on this object's thread if context still lives by then.
    void deliver(const QPointer<QObject> &context, std::function<void()> f);
    void afterWork();

    QThread m_thread;
    QObject *m_worker;                      // lives on m_thread; the receiver of posted work
    std::unique_ptr<CampaignCache> m_cache; // created, used and destroyed on m_thread
    QString m_directory;                    // of the file last opened (cache thread only)
    QString m_lastProblem;                  // last message emitted (cache thread only)
    std::atomic<quint64> m_loadGeneration{0};
};

} // namespace revox
