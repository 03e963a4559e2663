#pragma once

#include "AsyncCampaignCache.h"
#include "CacheAccount.h"
#include "CacheTypes.h"
#include "RowStore.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace revox {

class CampaignStore;
class CampaignListWatcher;
class CampaignWatcher;

// Keeps the local cache in step with the stores. When the app starts, the campaigns and
// their summaries come from the cache at once; when a campaign opens, its rows (a first
// screen, then the rest) and its progress history do too, and the watcher refreshes them
// from the network. After each refresh, the rows that were added, changed or removed, the
// campaign and a progress sample are written back (on the cache's thread), and so is each
// summary the campaign store receives. A cached row never overwrites a row the network
// already brought.
class CacheSync : public QObject
{
    Q_OBJECT
public:
    CacheSync(AsyncCampaignCache *cache, CampaignListWatcher *campaignsWatcher,
              CampaignStore *campaigns, CampaignWatcher *rowsWatcher, RowStore *rows,
              QObject *parent = nullptr);

    // campaignsWatcher and campaigns may be null (no campaign list, as in revox-cli watch).

    // Opens the account's cache file in directory: at once when it exists, else once the
    // server accepted the key (a watcher's first answer), so that a refused key leaves no
    // file behind. What opening says comes as message().
    void openCache(const CacheAccount &account, const QString &directory);

    // Loads the cached campaign list into the store (when the network has not filled it),
    // and the saved summaries.
    void restoreCampaigns();
    // When the cached campaign list was saved; invalid when none was restored.
    QDateTime campaignsRestoredAt() const { return m_campaignsRestoredAt; }
    AsyncCampaignCache *cache() const { return m_cache; }
    // The last message() sent, for a window made after it.
    QString lastMessage() const { return m_lastMessage; }
    // The store is being filled from the cache (its row changes are not news).
    bool isRestoring() const { return m_restoring; }

signals:
    // Something the user should know about the cache (a damaged file set aside and
    // started again, a disk that cannot be written), as one sentence.
    void message(const QString &text);
    // The cache has given the store every row it holds of the campaign just opened (none
    // when it holds none, could not be read or cannot be used), after rowsRestored or
    // firstLoadResumed when either is said.
    void rowsLoadFinished(const QString &campaignId);
    // The cached rows of the campaign just opened are all in the store.
    void rowsRestored(const QString &campaignId, qsizetype rows, const QDateTime &savedAt);
    // The cache held the first rows of a first load that did not finish: the load reads on
    // from there (as one sentence, "12,400 of 100,000 rows saved; loading the rest").
    void firstLoadResumed(const QString &campaignId, qsizetype saved, qsizetype expected,
                          const QString &text);

private:
    void onCampaignOpened(const QString &campaignId);
    void onRowChanges(const QList<RowStore::RowChange> &changes);
    void onRowsRefreshed();
    void onLoadingProgress(qint64 loaded, qint64 total);
    void onRowsSaved(const QString &campaignId, bool saved);
    void openPending();
    void onCampaignsRefreshed();
    // The figures worked out from a campaign's rows are kept for the all-campaigns table of
    // the next start (a campaign's rows are never downloaded for that table).
    void onSummaryChanged(const QString &campaignId);
    void onCacheCleared();

    QPointer<AsyncCampaignCache> m_cache;
    CampaignListWatcher *m_campaignsWatcher;
    CampaignStore *m_campaigns;
    CampaignWatcher *m_rowsWatcher;
    RowStore *m_rows;
    QString m_campaignId;
    QSet<QString> m_upserted; // since the last write
    QSet<QString> m_removed;
    bool m_restoring = false; // the store is being filled from the cache
    // Pages of the first load are saved as they arrive (the cache held no complete copy).
    bool m_saveFirstLoad = false;
    bool m_needsCompleteWrite = false; // a rows write failed: the next one writes them all
    // openCache() waits for the server to accept the key: nothing is written before.
    bool m_openPending = false;
    QString m_pendingFile;
    CacheAccount m_pendingAccount;
    QDateTime m_campaignsRestoredAt;
    QString m_lastMessage;
};

} // namespace revox
