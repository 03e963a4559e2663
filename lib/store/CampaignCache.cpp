#include "CampaignCache.h"

#include "CacheCodec.h"
#include "CacheDirectory.h"
#include "CacheFile.h"
#include "CacheSchema.h"
#include "StoreLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace revox {
namespace {

constexpr int kProgressPruneInterval = 100;
// Summaries live in meta as "summary:<campaign id>" = compact JSON (CampaignSummary::toJson).
constexpr QLatin1StringView kSummaryPrefix("summary:");
constexpr qsizetype kLargeWriteRows = 1000;

qint64 msOf(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QDateTime timeOf(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

QVariant optionalInteger(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> optionalOf(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

} // namespace

CacheOpenResult CampaignCache::open(const QString &filePath, const CacheAccount &account)
{
    m_progressAppends = 0;
    return m_connection.open(filePath, account);
}

CacheOpenResult CampaignCache::open(const CacheAccount &account, const QString &directory)
{
    return open(QDir(directory).filePath(account.fileName()), account);
}

// --- campaigns --------------------------------------------------------------------------

bool CampaignCache::saveCampaignList(const QList<Campaign> &campaigns, const QDateTime &fetchedAt)
{
    if (!m_connection.begin("save campaigns"))
        return false;
    QSet<QString> listed;
    for (const Campaign &c : campaigns)
        listed.insert(c.id);
    QStringList dropped;
    QSqlQuery ids(m_connection.db());
    ids.prepare(u"SELECT id FROM campaigns"_s);
    bool ok = m_connection.exec(ids, "list campaigns");
    while (ok && ids.next()) {
        const QString id = ids.value(0).toString();
        if (!listed.contains(id))
            dropped << id;
    }
    ids.finish();
    QSqlQuery upsert(m_connection.db());
    upsert.prepare(u"INSERT INTO campaigns(id, position, fetched_at, json) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT(id) DO UPDATE SET position = excluded.position, "
                   "fetched_at = excluded.fetched_at, json = excluded.json"_s);
    for (qsizetype i = 0; ok && i < campaigns.size(); ++i) {
        upsert.bindValue(0, campaigns.at(i).id);
        upsert.bindValue(1, qint64(i));
        upsert.bindValue(2, msOf(fetchedAt));
        upsert.bindValue(3, CacheCodec::encodeCampaign(campaigns.at(i)));
        ok = m_connection.exec(upsert, "save campaign");
    }
    for (qsizetype i = 0; ok && i < dropped.size(); ++i)
        ok = dropCampaign(dropped.at(i));
    if (ok && !dropped.isEmpty())
        ok = dropOrphanAssistants();
    ok = ok && dropOrphanSummaries();
    if (!ok) {
        m_connection.rollback();
        return false;
    }
    return m_connection.commit("save campaigns");
}

bool CampaignCache::saveCampaign(const Campaign &campaign, const QDateTime &fetchedAt)
{
    if (!m_connection.begin("save campaign"))
        return false;
    QSqlQuery upsert(m_connection.db());
    upsert.prepare(u"INSERT INTO campaigns(id, position, fetched_at, json) VALUES "
                   "(?, (SELECT COALESCE(MAX(position) + 1, 0) FROM campaigns), ?, ?) "
                   "ON CONFLICT(id) DO UPDATE SET fetched_at = excluded.fetched_at, "
                   "json = excluded.json"_s);
    upsert.bindValue(0, campaign.id);
    upsert.bindValue(1, msOf(fetchedAt));
    upsert.bindValue(2, CacheCodec::encodeCampaign(campaign));
    if (!m_connection.exec(upsert, "save campaign")) {
        m_connection.rollback();
        return false;
    }
    return m_connection.commit("save campaign");
}

QList<CachedCampaign> CampaignCache::loadCampaigns()
{
    QList<CachedCampaign> out;
    if (!isOpen())
        return out;
    QSqlQuery query(m_connection.db());
    query.setForwardOnly(true);
    query.prepare(u"SELECT json, fetched_at FROM campaigns ORDER BY position, id"_s);
    if (!m_connection.exec(query, "load campaigns"))
        return out;
    AssistantCache assistants;
    CacheCodec codec(assistants);
    while (query.next()) {
        std::optional<Campaign> c = codec.decodeCampaign(query.value(0).toByteArray());
        if (c)
            out.append(CachedCampaign{std::move(*c), timeOf(query.value(1))});
    }
    if (query.lastError().isValid())
        m_connection.fail(query.lastError(), "load campaigns");
    return out;
}

bool CampaignCache::removeCampaign(const QString &campaignId)
{
    if (!m_connection.begin("remove campaign"))
        return false;
    const bool ok = dropCampaign(campaignId) && dropOrphanAssistants();
    if (!ok) {
        m_connection.rollback();
        return false;
    }
    return m_connection.commit("remove campaign");
}

bool CampaignCache::dropCampaign(const QString &campaignId)
{
    for (const QString &table : {u"campaigns"_s, u"rows"_s, u"row_sets"_s, u"progress"_s}) {
        QSqlQuery drop(m_connection.db());
        drop.prepare(u"DELETE FROM %1 WHERE %2 = ?"_s.arg(
            table, table == "campaigns"_L1 ? u"id"_s : u"campaign_id"_s));
        drop.bindValue(0, campaignId);
        if (!m_connection.exec(drop, "drop campaign"))
            return false;
    }
    QSqlQuery summary(m_connection.db());
    summary.prepare(u"DELETE FROM meta WHERE key = ?"_s);
    summary.bindValue(0, QString(kSummaryPrefix + campaignId));
    return m_connection.exec(summary, "drop summary");
}

bool CampaignCache::dropOrphanSummaries()
{
    // A summary saved before its campaign was listed, for a campaign the list no longer has.
    static_assert(kSummaryPrefix.size() == 8);
    return m_connection.exec(u"DELETE FROM meta WHERE substr(key, 1, 8) = 'summary:' AND "
                             "substr(key, 9) NOT IN (SELECT id FROM campaigns)"_s,
                             "drop unlisted summaries");
}

// --- summaries --------------------------------------------------------------------------

bool CampaignCache::saveSummary(const CampaignSummary &summary)
{
    if (summary.campaignId.isEmpty() || !m_connection.begin("save summary"))
        return false;
    QSqlQuery upsert(m_connection.db());
    upsert.prepare(u"INSERT INTO meta(key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    upsert.bindValue(0, QString(kSummaryPrefix + summary.campaignId));
    upsert.bindValue(
        1, QString::fromUtf8(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Compact)));
    if (!m_connection.exec(upsert, "save summary")) {
        m_connection.rollback();
        return false;
    }
    return m_connection.commit("save summary");
}

QList<CampaignSummary> CampaignCache::loadSummaries()
{
    QList<CampaignSummary> out;
    if (!isOpen())
        return out;
    QSqlQuery query(m_connection.db());
    query.setForwardOnly(true);
    query.prepare(u"SELECT key, value FROM meta WHERE substr(key, 1, ?) = ? ORDER BY key"_s);
    query.bindValue(0, qint64(kSummaryPrefix.size()));
    query.bindValue(1, QString(kSummaryPrefix));
    if (!m_connection.exec(query, "load summaries"))
        return out;
    qsizetype skipped = 0;
    while (query.next()) {
        const QString id = query.value(0).toString().mid(kSummaryPrefix.size());
        const QJsonDocument doc = QJsonDocument::fromJson(query.value(1).toString().toUtf8());
        std::optional<CampaignSummary> summary =
            doc.isObject() ? CampaignSummary::fromJson(doc.object()) : std::nullopt;
        if (summary && summary->campaignId == id)
            out.append(std::move(*summary));
        else
            ++skipped;
    }
    if (query.lastError().isValid())
        m_connection.fail(query.lastError(), "load summaries");
    if (skipped > 0)
        qCWarning(lcStore) << "cache:" << skipped << "saved summaries could not be read";
    return out;
}

// --- rows -------------------------------------------------------------------------------

qint64 CampaignCache::assistantId(const AssistantPtr &assistant)
{
    if (!assistant)
        return 0;
    const auto known = m_assistantIds.constFind(assistant.get());
    if (known != m_assistantIds.constEnd())
        return *known;
    const QByteArray json = CacheCodec::encodeAssistant(*assistant);
    const QByteArray digest = QCryptographicHash::hash(json, QCryptographicHash::Sha256);
    QSqlQuery insert(m_connection.db());
    insert.prepare(u"INSERT INTO assistants(digest, json) VALUES (?, ?) "
                   "ON CONFLICT(digest) DO NOTHING"_s);
    insert.bindValue(0, digest);
    insert.bindValue(1, json);
    if (!m_connection.exec(insert, "save assistant"))
        return -1;
    QSqlQuery select(m_connection.db());
    select.prepare(u"SELECT id FROM assistants WHERE digest = ?"_s);
    select.bindValue(0, digest);
    if (!m_connection.exec(select, "find assistant") || !select.next())
        return -1;
    const qint64 id = select.value(0).toLongLong();
    m_assistantIds.insert(assistant.get(), id);
    return id;
}

bool CampaignCache::dropOrphanAssistants()
{
    return m_connection.exec(u"DELETE FROM assistants WHERE id NOT IN "
                             "(SELECT assistant_id FROM rows WHERE assistant_id IS NOT NULL)"_s,
                             "drop unused assistants");
}

bool CampaignCache::upsertRows(const QString &campaignId, const QList<Row> &rows,
                               qint64 fetchedAtMs)
{
    m_assistantIds.clear();
    QSqlQuery upsert(m_connection.db());
    upsert.prepare(u"INSERT INTO rows(campaign_id, row_id, row_index, fetched_at, assistant_id, "
                   "last_attempt, content_hash, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT(campaign_id, row_id) DO UPDATE SET row_index = excluded.row_index, "
                   "fetched_at = excluded.fetched_at, assistant_id = excluded.assistant_id, "
                   "last_attempt = excluded.last_attempt, content_hash = excluded.content_hash, "
                   "json = excluded.json"_s);
    const QVariant null{QMetaType(QMetaType::LongLong)};
    bool ok = true;
    // On this thread alone: a large write is background work, and leaves the other core to
    // the GUI and to the parsing of the next pages.
    for (qsizetype i = 0; ok && i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        const qint64 assistant = row.call ? assistantId(row.call->assistant) : 0;
        ok = assistant >= 0;
        if (!ok)
            break;
        const int lastAttempt = CacheCodec::repeatedLastAttempt(row);
        upsert.bindValue(0, campaignId);
        upsert.bindValue(1, row.id);
        upsert.bindValue(2, row.rowIndex);
        upsert.bindValue(3, fetchedAtMs);
        upsert.bindValue(4, assistant ? QVariant(assistant) : null);
        upsert.bindValue(5, lastAttempt >= 0 ? QVariant(qint64(lastAttempt)) : null);
        upsert.bindValue(6, qint64(row.contentHash));
        upsert.bindValue(7, CacheCodec::encodeRow(row));
        ok = m_connection.exec(upsert, "save row");
    }
    m_assistantIds.clear();
    return ok;
}

bool CampaignCache::shrinkLogAfter(qsizetype rowsWritten)
{
    // A large write leaves a write-ahead log as large as the rows: copy it into the file now
    // and empty it, rather than keep the space twice until the next write.
    if (rowsWritten < kLargeWriteRows)
        return true;
    return m_connection.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, "checkpoint");
}

bool CampaignCache::markRowsFetched(const QString &campaignId, qint64 fetchedAtMs, bool complete,
                                    qsizetype expected)
{
    QSqlQuery mark(m_connection.db());
    mark.prepare(u"INSERT INTO row_sets(campaign_id, fetched_at, complete, expected) "
                 "VALUES (?, ?, ?, ?) ON CONFLICT(campaign_id) DO UPDATE SET "
                 "fetched_at = excluded.fetched_at, complete = excluded.complete, "
                 "expected = excluded.expected"_s);
    mark.bindValue(0, campaignId);
    mark.bindValue(1, fetchedAtMs);
    mark.bindValue(2, complete ? 1 : 0);
    mark.bindValue(3, complete ? QVariant(QMetaType(QMetaType::LongLong))
                               : QVariant(qint64(expected)));
    return m_connection.exec(mark, "mark rows fetched");
}

bool CampaignCache::refuseAfterLoss(const QString &campaignId)
{
    if (!m_unsaved.contains(campaignId))
        return false;
    // The error of the write that failed stays the one the user reads.
    qCDebug(lcStore) << "cache: rows of" << campaignId << "wait for a complete write";
    return true;
}

bool CampaignCache::finishRowsWrite(const QString &campaignId, bool ok, const char *what,
                                    qsizetype rowsWritten)
{
    if (ok)
        ok = m_connection.commit(what);
    else
        m_connection.rollback();
    if (!ok) {
        m_unsaved.insert(campaignId);
        return false;
    }
    shrinkLogAfter(rowsWritten);
    return true;
}

bool CampaignCache::applyRows(const QString &campaignId, const QList<Row> &upserted,
                              const QStringList &removedIds, const QDateTime &fetchedAt)
{
    if (refuseAfterLoss(campaignId) || !m_connection.begin("apply rows"))
        return false;
    bool ok = upsertRows(campaignId, upserted, msOf(fetchedAt));
    QSqlQuery remove(m_connection.db());
    remove.prepare(u"DELETE FROM rows WHERE campaign_id = ? AND row_id = ?"_s);
    for (qsizetype i = 0; ok && i < removedIds.size(); ++i) {
        remove.bindValue(0, campaignId);
        remove.bindValue(1, removedIds.at(i));
        ok = m_connection.exec(remove, "remove row");
    }
    ok = ok && markRowsFetched(campaignId, msOf(fetchedAt));
    return finishRowsWrite(campaignId, ok, "apply rows", upserted.size());
}

bool CampaignCache::replaceRows(const QString &campaignId, const QList<Row> &rows,
                                const QDateTime &fetchedAt)
{
    if (!m_connection.begin("replace rows"))
        return false;
    QSqlQuery clearRows(m_connection.db());
    clearRows.prepare(u"DELETE FROM rows WHERE campaign_id = ?"_s);
    clearRows.bindValue(0, campaignId);
    const bool ok = m_connection.exec(clearRows, "replace rows") &&
                    upsertRows(campaignId, rows, msOf(fetchedAt)) &&
                    markRowsFetched(campaignId, msOf(fetchedAt)) && dropOrphanAssistants();
    if (!finishRowsWrite(campaignId, ok, "replace rows", rows.size()))
        return false;
    m_unsaved.remove(campaignId);
    return true;
}

bool CampaignCache::appendFirstLoadRows(const QString &campaignId, const QList<Row> &rows,
                                        qsizetype expected, const QDateTime &fetchedAt)
{
    if (refuseAfterLoss(campaignId))
        return false;
    const RowSetInfo saved = rowSet(campaignId);
    if (saved.complete)
        return true;
    if (!m_connection.begin("save first load"))
        return false;
    const bool ok = upsertRows(campaignId, rows, msOf(fetchedAt)) &&
                    markRowsFetched(campaignId, msOf(fetchedAt), false, expected);
    return finishRowsWrite(campaignId, ok, "save first load", rows.size());
}

RowSetInfo CampaignCache::rowSet(const QString &campaignId)
{
    RowSetInfo info;
    if (!isOpen())
        return info;
    QSqlQuery query(m_connection.db());
    query.prepare(u"SELECT fetched_at, complete, expected FROM row_sets WHERE campaign_id = ?"_s);
    query.bindValue(0, campaignId);
    if (!m_connection.exec(query, "row set") || !query.next())
        return info;
    info.saved = true;
    info.fetchedAt = timeOf(query.value(0));
    info.complete = query.value(1).toInt() != 0;
    info.expected = qsizetype(query.value(2).toLongLong());
    query.finish();
    info.rows = rowCount(campaignId);
    return info;
}

RowsLoadResult CampaignCache::loadRows(const QString &campaignId, const BatchHandler &onBatch)
{
    return loadRows(campaignId, onBatch, LoadOptions{});
}

RowsLoadResult CampaignCache::loadRows(const QString &campaignId, const BatchHandler &onBatch,
                                       const LoadOptions &options)
{
    RowsLoadResult result;
    if (!isOpen())
        return result;
    const RowSetInfo saved = rowSet(campaignId);
    result.fetchedAt = saved.fetchedAt;
    const qsizetype total = saved.rows;
    if (m_connection.isDamaged()) {
        result.damaged = true;
        return result;
    }

    AssistantCache localAssistants;
    AssistantCache &assistants = options.assistants ? *options.assistants : localAssistants;
    QHash<qint64, AssistantPtr> assistantById;
    {
        QSqlQuery query(m_connection.db());
        query.setForwardOnly(true);
        query.prepare(u"SELECT id, json FROM assistants"_s);
        if (!m_connection.exec(query, "load assistants"))
            return result;
        CacheCodec codec(assistants);
        while (query.next())
            assistantById.insert(query.value(0).toLongLong(),
                                 codec.decodeAssistant(query.value(1).toByteArray()));
    }

    QSqlQuery query(m_connection.db());
    query.setForwardOnly(true);
    query.prepare(u"SELECT assistant_id, last_attempt, content_hash, json FROM rows "
                  "WHERE campaign_id = ? ORDER BY row_index, row_id"_s);
    query.bindValue(0, campaignId);
    if (!m_connection.exec(query, "load rows"))
        return result;

    QList<CacheCodec::StoredRow> pending;
    bool lastSent = false;
    bool stopped = false;
    auto deliver = [&](bool last) {
        CachedRowsBatch batch;
        batch.campaignId = campaignId;
        batch.offset = result.rowCount;
        batch.total = total;
        batch.fetchedAt = result.fetchedAt;
        batch.complete = saved.complete;
        batch.expected = saved.expected;
        // The first batch is decoded here alone: it is small, and wanted at once.
        QList<std::optional<Row>> decoded =
            CacheCodec::decodeRows(pending, assistants, options.parallel && result.rowCount > 0);
        pending.clear();
        batch.rows.reserve(decoded.size());
        for (std::optional<Row> &row : decoded) {
            if (row)
                batch.rows.append(std::move(*row));
            else
                ++result.skipped;
        }
        batch.last = last || result.rowCount + batch.rows.size() + result.skipped >= total;
        result.rowCount += batch.rows.size();
        if (result.skipped > 0) {
            // A stored row that does not read back: the copy is not what was saved.
            m_connection.markDamaged("a stored row could not be read");
            stopped = true;
            return;
        }
        lastSent = batch.last;
        if (!onBatch(std::move(batch)))
            stopped = true;
    };
    qsizetype wanted = std::max<qsizetype>(1, options.firstBatchRows);
    while (!stopped && query.next()) {
        const QVariant lastAttempt = query.value(1);
        pending.append(CacheCodec::StoredRow{
            query.value(3).toByteArray(), assistantById.value(query.value(0).toLongLong()),
            lastAttempt.isNull() ? -1 : lastAttempt.toInt(), size_t(query.value(2).toLongLong())});
        if (pending.size() >= wanted) {
            deliver(false);
            wanted = std::max<qsizetype>(1, options.batchRows);
        }
    }
    if (!stopped && query.lastError().isValid())
        m_connection.fail(query.lastError(), "load rows");
    if (m_connection.isDamaged()) {
        qCWarning(lcStore) << "cache: the rows of" << campaignId << "could not be read back ("
                           << result.rowCount << "of" << total << "read)";
        result.damaged = true;
        return result;
    }
    if (stopped || query.lastError().isValid()) {
        result.ok = stopped;
        return result;
    }
    if (!lastSent)
        deliver(true);
    result.damaged = m_connection.isDamaged();
    result.ok = !result.damaged;
    return result;
}

QList<Row> CampaignCache::loadAllRows(const QString &campaignId)
{
    QList<Row> rows;
    loadRows(campaignId, [&rows](CachedRowsBatch &&batch) {
        rows.append(std::move(batch.rows));
        return true;
    });
    return rows;
}

qsizetype CampaignCache::rowCount(const QString &campaignId)
{
    if (!isOpen())
        return 0;
    QSqlQuery query(m_connection.db());
    query.prepare(u"SELECT COUNT(*) FROM rows WHERE campaign_id = ?"_s);
    query.bindValue(0, campaignId);
    if (!m_connection.exec(query, "count rows") || !query.next())
        return 0;
    return qsizetype(query.value(0).toLongLong());
}

QDateTime CampaignCache::rowsFetchedAt(const QString &campaignId)
{
    if (!isOpen())
        return {};
    QSqlQuery query(m_connection.db());
    query.prepare(u"SELECT fetched_at FROM row_sets WHERE campaign_id = ?"_s);
    query.bindValue(0, campaignId);
    if (!m_connection.exec(query, "rows fetched at") || !query.next())
        return {};
    return timeOf(query.value(0));
}

// --- progress history -------------------------------------------------------------------

bool CampaignCache::appendProgress(const QString &campaignId, const ProgressSample &sample)
{
    if (!m_connection.begin("append progress"))
        return false;
    QSqlQuery insert(m_connection.db());
    insert.prepare(u"INSERT INTO progress(campaign_id, at, calling, completed, failed, pending, "
                   "retry, total, not_launched, skipped) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const RowStats &s = sample.stats;
    const QVariantList values{campaignId,
                              msOf(sample.at),
                              s.calling,
                              s.completed,
                              s.failed,
                              s.pending,
                              s.retry,
                              s.total,
                              optionalInteger(s.notLaunched),
                              optionalInteger(s.skipped)};
    for (int i = 0; i < values.size(); ++i)
        insert.bindValue(i, values.at(i));
    bool ok = m_connection.exec(insert, "append progress");
    // Trimming the history scans it: done once every kProgressPruneInterval samples.
    if (ok && ++m_progressAppends % kProgressPruneInterval == 0) {
        QSqlQuery prune(m_connection.db());
        prune.prepare(u"DELETE FROM progress WHERE campaign_id = ? AND at <= (SELECT at FROM "
                      "progress WHERE campaign_id = ? ORDER BY at DESC LIMIT 1 OFFSET ?)"_s);
        prune.bindValue(0, campaignId);
        prune.bindValue(1, campaignId);
        prune.bindValue(2, qint64(kMaxProgressSamples));
        ok = m_connection.exec(prune, "prune progress");
    }
    if (!ok) {
        m_connection.rollback();
        return false;
    }
    return m_connection.commit("append progress");
}

QList<ProgressSample> CampaignCache::loadProgress(const QString &campaignId, qsizetype maxSamples)
{
    QList<ProgressSample> out;
    if (!isOpen())
        return out;
    QSqlQuery query(m_connection.db());
    query.setForwardOnly(true);
    query.prepare(u"SELECT at, calling, completed, failed, pending, retry, total, not_launched, "
                  "skipped FROM progress WHERE campaign_id = ? ORDER BY at DESC, rowid DESC "
                  "LIMIT ?"_s);
    query.bindValue(0, campaignId);
    query.bindValue(1, qint64(maxSamples));
    if (!m_connection.exec(query, "load progress"))
        return out;
    while (query.next()) {
        ProgressSample sample;
        sample.at = timeOf(query.value(0));
        sample.stats.calling = query.value(1).toLongLong();
        sample.stats.completed = query.value(2).toLongLong();
        sample.stats.failed = query.value(3).toLongLong();
        sample.stats.pending = query.value(4).toLongLong();
        sample.stats.retry = query.value(5).toLongLong();
        sample.stats.total = query.value(6).toLongLong();
        sample.stats.notLaunched = optionalOf(query.value(7));
        sample.stats.skipped = optionalOf(query.value(8));
        out.append(sample);
    }
    std::reverse(out.begin(), out.end());
    return out;
}

// --- size and clearing ------------------------------------------------------------------

qint64 CampaignCache::sizeBytes() const
{
    return m_connection.filePath().isEmpty() ? 0 : CacheFile::sizeBytes(m_connection.filePath());
}

bool CampaignCache::clear()
{
    if (!m_connection.begin("clear"))
        return false;
    bool ok = true;
    for (const QString &table :
         {u"campaigns"_s, u"rows"_s, u"row_sets"_s, u"progress"_s, u"assistants"_s})
        ok = ok && m_connection.exec(u"DELETE FROM "_s + table, "clear");
    // meta keeps the account it belongs to; only the summaries go.
    ok = ok && dropOrphanSummaries();
    if (!ok) {
        m_connection.rollback();
        return false;
    }
    if (!m_connection.commit("clear"))
        return false;
    // Give the space back: rewrite the file, then empty the write-ahead log.
    ok = m_connection.exec(u"VACUUM"_s, "shrink") &&
         m_connection.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, "shrink");
    const QString prefix = QFileInfo(m_connection.filePath()).fileName() + u'.';
    for (const QString &file :
         CacheDirectory::cacheFiles(QFileInfo(m_connection.filePath()).absolutePath())) {
        if (QFileInfo(file).fileName().startsWith(prefix))
            ok = QFile::remove(file) && ok;
    }
    return ok;
}

} // namespace revox
