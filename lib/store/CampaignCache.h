#pragma once

#include "CacheAccount.h"
#include "CacheConnection.h"
#include "CacheTypes.h"
#include "CampaignSummary.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace revox {

class AssistantCache;

// The local cache of one account: the campaigns, rows (calls, attempts, transcripts,
// structured outputs) and progress history the app has seen, with when each was fetched,
// in one SQLite file (Qt SQL, QSQLITE). Synchronous and thread-confined: create, open and
// use it on one thread (AsyncCampaignCache runs one on a thread of its own).
//
// A file that is damaged, not ours, or of another format is set aside and a new one started,
// with a message for the user; errors never throw. The file and its companions are 0600.
class CampaignCache
{
public:
    // Receives one batch of a load; returning false stops the load.
    using BatchHandler = std::function<bool(CachedRowsBatch &&batch)>;

    // How a load splits a campaign's rows into batches.
    struct LoadOptions
    {
        qsizetype firstBatchRows = 200; // a first screen, delivered before the rest is read
        qsizetype batchRows = 4000;
        bool parallel = true;                 // decode on the global thread pool as well
        AssistantCache *assistants = nullptr; // shares assistants with the caller's values
    };

    CampaignCache() = default;
    CampaignCache(const CampaignCache &) = delete;
    CampaignCache &operator=(const CampaignCache &) = delete;

    // Opens (or creates) the file; account, when valid, is recorded in it, and a file
    // recorded for another account is set aside.
    CacheOpenResult open(const QString &filePath, const CacheAccount &account = {});
    // <directory>/<account.fileName()>.
    CacheOpenResult open(const CacheAccount &account, const QString &directory);
    void close() { m_connection.close(); }
    bool isOpen() const { return m_connection.isOpen(); }
    QString filePath() const { return m_connection.filePath(); }
    // The last failure, for the user (translated); empty after a success.
    QString lastError() const { return m_connection.lastError(); }
    // True once SQLite reported the file damaged; rebuild() then starts a new one.
    bool isDamaged() const { return m_connection.isDamaged(); }
    // True when the last write failed for want of space (or past PRAGMA max_page_count).
    bool isDiskFull() const { return m_connection.isDiskFull(); }
    // SQLite's check of every page; false (and isDamaged()) when the file is damaged.
    bool verify() { return m_connection.verify(); }
    // Sets the file aside and starts a new, empty one (after isDamaged()).
    CacheOpenResult rebuild() { return m_connection.rebuild(); }

    // The campaign list as the server gave it: replaces the cached list, in this order;
    // campaigns no longer listed are dropped with their rows and history.
    bool saveCampaignList(const QList<Campaign> &campaigns, const QDateTime &fetchedAt);
    // One campaign (added at the end of the list when new).
    bool saveCampaign(const Campaign &campaign, const QDateTime &fetchedAt);
    QList<CachedCampaign> loadCampaigns();
    bool removeCampaign(const QString &campaignId);

    // A campaign's rows are written in one transaction with the mark of what they are: a
    // complete copy, or the first pages of a first load (incomplete). A write that fails
    // leaves the last copy as it was, and refuses every later change of the campaign's rows
    // but a complete one (replaceRows()): changes applied over a lost one would claim a
    // copy the file does not hold. needsCompleteWrite() tells.

    // One refresh of a campaign's rows, in one transaction: rows added or changed, rows
    // the server no longer lists (by id). The copy becomes complete.
    bool applyRows(const QString &campaignId, const QList<Row> &upserted,
                   const QStringList &removedIds, const QDateTime &fetchedAt);
    // A complete listing: the cached rows become exactly these.
    bool replaceRows(const QString &campaignId, const QList<Row> &rows, const QDateTime &fetchedAt);
    // Pages of a first load as they arrive (rows in row_index order, following the ones
    // saved): the copy stays incomplete, of expected rows. Nothing is written over a
    // complete copy (the refresh that ends the load writes it).
    bool appendFirstLoadRows(const QString &campaignId, const QList<Row> &rows, qsizetype expected,
                             const QDateTime &fetchedAt);
    // A write of the campaign's rows failed since its last complete write.
    bool needsCompleteWrite(const QString &campaignId) const
    {
        return m_unsaved.contains(campaignId);
    }
    RowSetInfo rowSet(const QString &campaignId);
    // The campaign's rows in row_index order, in batches; the first one small.
    RowsLoadResult loadRows(const QString &campaignId, const BatchHandler &onBatch,
                            const LoadOptions &options);
    RowsLoadResult loadRows(const QString &campaignId, const BatchHandler &onBatch);
    // Every row at once (tests, small campaigns).
    QList<Row> loadAllRows(const QString &campaignId);
    qsizetype rowCount(const QString &campaignId);
    // When the campaign's rows were last refreshed; invalid when none are cached.
    QDateTime rowsFetchedAt(const QString &campaignId);

    // History of row_stats; about the last kMaxProgressSamples per campaign are kept.
    static constexpr qsizetype kMaxProgressSamples = 20000;
    bool appendProgress(const QString &campaignId, const ProgressSample &sample);
    // The last maxSamples samples, oldest first.
    QList<ProgressSample> loadProgress(const QString &campaignId,
                                       qsizetype maxSamples = kMaxProgressSamples);

    // The figures worked out from a campaign's rows (CampaignSummary), one per campaign,
    // replacing the one saved before; kept until the campaign is dropped or the cache cleared.
    bool saveSummary(const CampaignSummary &summary);
    // Every saved summary, in campaign id order; an entry that does not read back as a
    // summary is skipped (and logged).
    QList<CampaignSummary> loadSummaries();

    // Bytes on disk of this account's file and its companions.
    qint64 sizeBytes() const;
    // Forgets everything of this account (the file stays open, emptied and shrunk) and
    // removes the copies of it set aside earlier.
    bool clear();

private:
    bool upsertRows(const QString &campaignId, const QList<Row> &rows, qint64 fetchedAtMs);
    bool markRowsFetched(const QString &campaignId, qint64 fetchedAtMs, bool complete = true,
                         qsizetype expected = 0);
    bool refuseAfterLoss(const QString &campaignId);
    bool finishRowsWrite(const QString &campaignId, bool ok, const char *what,
                         qsizetype rowsWritten);
    bool shrinkLogAfter(qsizetype rowsWritten);
    bool dropCampaign(const QString &campaignId);
    bool dropOrphanSummaries();
    qint64 assistantId(const AssistantPtr &assistant);
    bool dropOrphanAssistants();

    CacheConnection m_connection;
    qint64 m_progressAppends = 0;
    QHash<const Assistant *, qint64> m_assistantIds; // during one write: assistants stored
    QSet<QString> m_unsaved; // campaigns whose last rows write failed (see needsCompleteWrite)
};

} // namespace revox
