#include "CampaignCache.h"

#include "CacheCodec.h"
#include "CacheDirectory.h"
#include "CacheFile.h"
#include "CacheSchema.h"
#include "StoreLog.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace revox {
namespace {

// SQLite's result codes for a file it cannot trust.
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;
constexpr int kProgressPruneInterval = 100;
constexpr qsizetype kEncodeSliceRows = 4096;

std::atomic<int> g_connections{0};

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

QList<QByteArray> encodeSequentially(const QList<Row> &rows)
{
    QList<QByteArray> encoded;
    encoded.reserve(rows.size());
    for (const Row &row : rows)
        encoded.append(CacheCodec::encodeRow(row));
    return encoded;
}

// A row as stored, before decoding.
struct StoredRow
{
    qint64 assistantId = 0; // 0: none
    QByteArray json;
};

// Decodes stored rows in order, on the thread pool as well when there are enough of them;
// rows that cannot be read are left out and counted.
QList<Row> decodeRows(const std::vector<StoredRow> &stored, AssistantCache &assistants,
                      const QHash<qint64, AssistantPtr> &assistantById, bool parallel,
                      qsizetype *skipped)
{
    const qsizetype n = qsizetype(stored.size());
    std::vector<std::optional<Row>> decoded(stored.size());
    const int threads = parallel ? std::max(1, QThreadPool::globalInstance()->maxThreadCount()) : 1;
    const qsizetype sliceCount = n < 256 ? 1 : std::min<qsizetype>(threads, n);
    QList<qsizetype> slices;
    for (qsizetype i = 0; i < sliceCount; ++i)
        slices << i;
    auto decodeSlice = [&](qsizetype slice) {
        CacheCodec codec(assistants);
        for (qsizetype i = slice * n / sliceCount, end = (slice + 1) * n / sliceCount; i < end;
             ++i) {
            const StoredRow &in = stored[size_t(i)];
            std::optional<Row> &out = decoded[size_t(i)];
            out = codec.decodeRow(in.json);
            if (out && out->call && in.assistantId)
                out->call->assistant = assistantById.value(in.assistantId);
        }
    };
    if (sliceCount == 1)
        decodeSlice(0);
    else
        QtConcurrent::blockingMap(slices, decodeSlice);
    QList<Row> rows;
    rows.reserve(n);
    for (std::optional<Row> &row : decoded) {
        if (row)
            rows.append(std::move(*row));
        else
            ++*skipped;
    }
    return rows;
}

} // namespace

CampaignCache::CampaignCache()
    : m_connectionName(u"revox-cache-%1"_s.arg(g_connections.fetch_add(1)))
{
}

CampaignCache::~CampaignCache()
{
    close();
}

CacheOpenResult CampaignCache::open(const CacheAccount &account, const QString &directory)
{
    return open(QDir(directory).filePath(account.fileName()), account);
}

CacheOpenResult CampaignCache::open(const QString &filePath, const CacheAccount &account)
{
    close();
    m_path = QFileInfo(filePath).absoluteFilePath();
    m_account = account;
    m_lastError.clear();
    m_damaged = false;
    const QString directory = QFileInfo(m_path).absolutePath();
    if (!CacheDirectory::ensure(directory)) {
        CacheOpenResult result;
        result.message = tr("The local cache cannot be used: the folder %1 cannot be created. "
                            "Revox Desk works without it.")
                             .arg(directory);
        m_lastError = result.message;
        return result;
    }

    switch (CacheFile::inspect(m_path)) {
    case CacheFile::State::Missing:
        return startFresh(CacheOpenResult::Outcome::Created, {});
    case CacheFile::State::NotSqlite:
        return setAsideAndStartFresh(u"corrupt"_s, tr("it is not a database"));
    case CacheFile::State::Truncated:
        return setAsideAndStartFresh(u"corrupt"_s, tr("it is incomplete"));
    case CacheFile::State::Plausible:
        break;
    }

    QString error;
    if (!CacheFile::restrictPermissions(m_path) || !connectFile(&error))
        return startFresh(CacheOpenResult::Outcome::Failed, error);
    int version = 0;
    switch (CacheSchema::inspect(m_db, &version, &error)) {
    case CacheSchema::State::Empty:
        disconnectFile();
        return startFresh(CacheOpenResult::Outcome::Created, {});
    case CacheSchema::State::Current:
        break;
    case CacheSchema::State::OlderVersion:
        return setAsideAndStartFresh(u"format%1"_s.arg(version),
                                     tr("it was written by an older version of Revox Desk"));
    case CacheSchema::State::NewerVersion:
        return setAsideAndStartFresh(u"format%1"_s.arg(version),
                                     tr("it was written by a newer version of Revox Desk"));
    case CacheSchema::State::Foreign:
        return setAsideAndStartFresh(u"foreign"_s, tr("it is not a Revox Desk cache"));
    case CacheSchema::State::Unreadable:
        qCWarning(lcStore) << "cache unreadable:" << error;
        return setAsideAndStartFresh(u"corrupt"_s, tr("it is damaged"));
    }
    if (!checkAccount(&error))
        return setAsideAndStartFresh(u"other-account"_s, error);
    if (!configure(&error)) {
        qCWarning(lcStore) << "cache unreadable:" << error;
        return setAsideAndStartFresh(u"corrupt"_s, tr("it is damaged"));
    }
    qCInfo(lcStore) << "cache opened:" << m_path;
    CacheOpenResult result;
    result.outcome = CacheOpenResult::Outcome::Opened;
    return result;
}

CacheOpenResult CampaignCache::rebuild()
{
    return setAsideAndStartFresh(u"corrupt"_s, tr("it is damaged"));
}

void CampaignCache::close()
{
    disconnectFile();
}

bool CampaignCache::connectFile(QString *error)
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!m_db.isValid()) {
        *error = tr("Qt's SQLite driver (QSQLITE) is not installed");
        disconnectFile();
        return false;
    }
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        disconnectFile();
        return false;
    }
    return true;
}

void CampaignCache::disconnectFile()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

CacheOpenResult CampaignCache::startFresh(CacheOpenResult::Outcome outcome, const QString &message)
{
    CacheOpenResult result;
    result.outcome = outcome;
    result.message = message;
    QString error;
    if (outcome != CacheOpenResult::Outcome::Failed) {
        disconnectFile();
        const bool ready = CacheFile::restrictPermissions(m_path) && connectFile(&error) &&
                           CacheSchema::create(m_db, &error) && checkAccount(&error) &&
                           configure(&error);
        if (ready) {
            m_damaged = false;
            m_lastError.clear();
            qCInfo(lcStore) << "cache started:" << m_path;
            return result;
        }
    } else {
        error = message;
    }
    disconnectFile();
    qCWarning(lcStore) << "cache unusable:" << m_path << error;
    result.outcome = CacheOpenResult::Outcome::Failed;
    result.message = tr("The local cache cannot be used (%1). Revox Desk works without it: data is "
                        "downloaded again at each start.")
                         .arg(error);
    m_lastError = result.message;
    return result;
}

CacheOpenResult CampaignCache::setAsideAndStartFresh(const QString &tag, const QString &why)
{
    disconnectFile();
    const QString aside = CacheFile::setAside(m_path, tag);
    if (aside.isEmpty()) {
        return startFresh(CacheOpenResult::Outcome::Failed,
                          tr("%1, and it cannot be moved out of the way").arg(why));
    }
    qCWarning(lcStore) << "cache set aside:" << why << "->" << aside;
    CacheOpenResult result = startFresh(
        CacheOpenResult::Outcome::Rebuilt,
        tr("The local cache could not be used (%1). It was moved to %2 and a new one was "
           "started: campaigns and rows will be downloaded again.")
            .arg(why, QDir::toNativeSeparators(aside)));
    result.setAsidePath = aside;
    return result;
}

bool CampaignCache::checkAccount(QString *error)
{
    if (!m_account.isValid())
        return true;
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT key, value FROM meta"_s)) {
        *error = query.lastError().text();
        return false;
    }
    QHash<QString, QString> meta;
    while (query.next())
        meta.insert(query.value(0).toString(), query.value(1).toString());
    const QString origin = meta.value(u"origin"_s);
    const QString fingerprint = meta.value(u"key_fingerprint"_s);
    if (origin.isEmpty() && fingerprint.isEmpty()) {
        QSqlQuery insert(m_db);
        insert.prepare(u"INSERT INTO meta(key, value) VALUES (?, ?)"_s);
        for (const auto &[key, value] :
             {std::pair{u"origin"_s, m_account.origin()},
              std::pair{u"key_fingerprint"_s, m_account.keyFingerprint()}}) {
            insert.bindValue(0, key);
            insert.bindValue(1, value);
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return false;
            }
        }
        return true;
    }
    if (origin != m_account.origin() || fingerprint != m_account.keyFingerprint()) {
        *error = tr("it belongs to another account");
        return false;
    }
    return true;
}

bool CampaignCache::configure(QString *error)
{
    QSqlQuery query(m_db);
    for (const QString &pragma :
         {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
          u"PRAGMA cache_size = -8192"_s, u"PRAGMA temp_store = MEMORY"_s}) {
        if (!query.exec(pragma)) {
            *error = query.lastError().text();
            return false;
        }
    }
    // The -wal and -shm files SQLite just made take the file's mode; make sure of it.
    CacheFile::restrictPermissions(m_path);
    return true;
}

void CampaignCache::fail(const QString &sqlError, int nativeCode, const char *what)
{
    qCWarning(lcStore) << "cache:" << what << "failed:" << sqlError;
    if ((nativeCode & 0xff) == kSqliteCorrupt || (nativeCode & 0xff) == kSqliteNotADatabase)
        m_damaged = true;
    m_lastError = tr("The local cache could not be updated (%1).").arg(sqlError);
}

bool CampaignCache::exec(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    fail(query.lastError().text(), query.lastError().nativeErrorCode().toInt(), what);
    return false;
}

bool CampaignCache::exec(const QString &sql, const char *what)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    fail(query.lastError().text(), query.lastError().nativeErrorCode().toInt(), what);
    return false;
}

bool CampaignCache::begin(const char *what)
{
    if (!isOpen()) {
        m_lastError = tr("The local cache is not open.");
        return false;
    }
    m_lastError.clear();
    if (m_db.transaction())
        return true;
    fail(m_db.lastError().text(), m_db.lastError().nativeErrorCode().toInt(), what);
    return false;
}

bool CampaignCache::commit(const char *what)
{
    if (m_db.commit())
        return true;
    fail(m_db.lastError().text(), m_db.lastError().nativeErrorCode().toInt(), what);
    m_db.rollback();
    return false;
}

// --- campaigns --------------------------------------------------------------------------

bool CampaignCache::saveCampaignList(const QList<Campaign> &campaigns, const QDateTime &fetchedAt)
{
    if (!begin("save campaigns"))
        return false;
    QSet<QString> listed;
    for (const Campaign &c : campaigns)
        listed.insert(c.id);
    QStringList dropped;
    QSqlQuery ids(m_db);
    ids.prepare(u"SELECT id FROM campaigns"_s);
    bool ok = exec(ids, "list campaigns");
    while (ok && ids.next()) {
        const QString id = ids.value(0).toString();
        if (!listed.contains(id))
            dropped << id;
    }
    ids.finish();
    QSqlQuery upsert(m_db);
    upsert.prepare(u"INSERT INTO campaigns(id, position, fetched_at, json) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT(id) DO UPDATE SET position = excluded.position, "
                   "fetched_at = excluded.fetched_at, json = excluded.json"_s);
    for (qsizetype i = 0; ok && i < campaigns.size(); ++i) {
        upsert.bindValue(0, campaigns.at(i).id);
        upsert.bindValue(1, qint64(i));
        upsert.bindValue(2, msOf(fetchedAt));
        upsert.bindValue(3, CacheCodec::encodeCampaign(campaigns.at(i)));
        ok = exec(upsert, "save campaign");
    }
    for (qsizetype i = 0; ok && i < dropped.size(); ++i) {
        for (const QString &table : {u"campaigns"_s, u"rows"_s, u"row_sets"_s, u"progress"_s}) {
            QSqlQuery drop(m_db);
            drop.prepare(u"DELETE FROM %1 WHERE %2 = ?"_s.arg(
                table, table == "campaigns"_L1 ? u"id"_s : u"campaign_id"_s));
            drop.bindValue(0, dropped.at(i));
            ok = ok && exec(drop, "drop campaign");
        }
    }
    if (ok && !dropped.isEmpty())
        ok = dropOrphanAssistants();
    if (!ok) {
        m_db.rollback();
        return false;
    }
    return commit("save campaigns");
}

bool CampaignCache::saveCampaign(const Campaign &campaign, const QDateTime &fetchedAt)
{
    if (!begin("save campaign"))
        return false;
    QSqlQuery upsert(m_db);
    upsert.prepare(u"INSERT INTO campaigns(id, position, fetched_at, json) VALUES "
                   "(?, (SELECT COALESCE(MAX(position) + 1, 0) FROM campaigns), ?, ?) "
                   "ON CONFLICT(id) DO UPDATE SET fetched_at = excluded.fetched_at, "
                   "json = excluded.json"_s);
    upsert.bindValue(0, campaign.id);
    upsert.bindValue(1, msOf(fetchedAt));
    upsert.bindValue(2, CacheCodec::encodeCampaign(campaign));
    if (!exec(upsert, "save campaign")) {
        m_db.rollback();
        return false;
    }
    return commit("save campaign");
}

QList<CachedCampaign> CampaignCache::loadCampaigns()
{
    QList<CachedCampaign> out;
    if (!isOpen())
        return out;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT json, fetched_at FROM campaigns ORDER BY position, id"_s);
    if (!exec(query, "load campaigns"))
        return out;
    AssistantCache assistants;
    CacheCodec codec(assistants);
    while (query.next()) {
        std::optional<Campaign> c = codec.decodeCampaign(query.value(0).toByteArray());
        if (c)
            out.append(CachedCampaign{std::move(*c), timeOf(query.value(1))});
    }
    if (query.lastError().isValid())
        fail(query.lastError().text(), query.lastError().nativeErrorCode().toInt(),
             "load campaigns");
    return out;
}

bool CampaignCache::removeCampaign(const QString &campaignId)
{
    if (!begin("remove campaign"))
        return false;
    bool ok = true;
    for (const QString &table : {u"campaigns"_s, u"rows"_s, u"row_sets"_s, u"progress"_s}) {
        QSqlQuery drop(m_db);
        drop.prepare(u"DELETE FROM %1 WHERE %2 = ?"_s.arg(
            table, table == "campaigns"_L1 ? u"id"_s : u"campaign_id"_s));
        drop.bindValue(0, campaignId);
        ok = ok && exec(drop, "remove campaign");
    }
    ok = ok && dropOrphanAssistants();
    if (!ok) {
        m_db.rollback();
        return false;
    }
    return commit("remove campaign");
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
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO assistants(digest, json) VALUES (?, ?) "
                   "ON CONFLICT(digest) DO NOTHING"_s);
    insert.bindValue(0, digest);
    insert.bindValue(1, json);
    if (!exec(insert, "save assistant"))
        return -1;
    QSqlQuery select(m_db);
    select.prepare(u"SELECT id FROM assistants WHERE digest = ?"_s);
    select.bindValue(0, digest);
    if (!exec(select, "find assistant") || !select.next())
        return -1;
    const qint64 id = select.value(0).toLongLong();
    m_assistantIds.insert(assistant.get(), id);
    return id;
}

bool CampaignCache::dropOrphanAssistants()
{
    return exec(u"DELETE FROM assistants WHERE id NOT IN "
                "(SELECT assistant_id FROM rows WHERE assistant_id IS NOT NULL)"_s,
                "drop unused assistants");
}

bool CampaignCache::upsertRows(const QString &campaignId, const QList<Row> &rows,
                               qint64 fetchedAtMs)
{
    m_assistantIds.clear();
    QSqlQuery upsert(m_db);
    upsert.prepare(u"INSERT INTO rows(campaign_id, row_id, row_index, fetched_at, assistant_id, "
                   "json) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(campaign_id, row_id) DO UPDATE "
                   "SET row_index = excluded.row_index, fetched_at = excluded.fetched_at, "
                   "assistant_id = excluded.assistant_id, json = excluded.json"_s);
    const QVariant noAssistant(QMetaType(QMetaType::LongLong));
    bool ok = true;
    // Encoding is most of the work: done for a slice of rows at a time on the thread pool
    // as well, while this thread writes what is encoded.
    for (qsizetype first = 0; ok && first < rows.size(); first += kEncodeSliceRows) {
        const QList<Row> slice = rows.mid(first, kEncodeSliceRows);
        const QList<QByteArray> encoded =
            slice.size() < 256
                ? encodeSequentially(slice)
                : QtConcurrent::blockingMapped<QList<QByteArray>>(slice, &CacheCodec::encodeRow);
        for (qsizetype i = 0; ok && i < slice.size(); ++i) {
            const Row &row = slice.at(i);
            const qint64 assistant = row.call ? assistantId(row.call->assistant) : 0;
            if (assistant < 0) {
                ok = false;
                break;
            }
            upsert.bindValue(0, campaignId);
            upsert.bindValue(1, row.id);
            upsert.bindValue(2, row.rowIndex);
            upsert.bindValue(3, fetchedAtMs);
            upsert.bindValue(4, assistant ? QVariant(assistant) : noAssistant);
            upsert.bindValue(5, encoded.at(i));
            ok = exec(upsert, "save row");
        }
    }
    m_assistantIds.clear();
    return ok;
}

bool CampaignCache::markRowsFetched(const QString &campaignId, qint64 fetchedAtMs)
{
    QSqlQuery mark(m_db);
    mark.prepare(u"INSERT INTO row_sets(campaign_id, fetched_at) VALUES (?, ?) "
                 "ON CONFLICT(campaign_id) DO UPDATE SET fetched_at = excluded.fetched_at"_s);
    mark.bindValue(0, campaignId);
    mark.bindValue(1, fetchedAtMs);
    return exec(mark, "mark rows fetched");
}

bool CampaignCache::applyRows(const QString &campaignId, const QList<Row> &upserted,
                              const QStringList &removedIds, const QDateTime &fetchedAt)
{
    if (!begin("apply rows"))
        return false;
    bool ok = upsertRows(campaignId, upserted, msOf(fetchedAt));
    QSqlQuery remove(m_db);
    remove.prepare(u"DELETE FROM rows WHERE campaign_id = ? AND row_id = ?"_s);
    for (qsizetype i = 0; ok && i < removedIds.size(); ++i) {
        remove.bindValue(0, campaignId);
        remove.bindValue(1, removedIds.at(i));
        ok = exec(remove, "remove row");
    }
    ok = ok && markRowsFetched(campaignId, msOf(fetchedAt));
    if (!ok) {
        m_db.rollback();
        return false;
    }
    return commit("apply rows");
}

bool CampaignCache::replaceRows(const QString &campaignId, const QList<Row> &rows,
                                const QDateTime &fetchedAt)
{
    if (!begin("replace rows"))
        return false;
    QSqlQuery clearRows(m_db);
    clearRows.prepare(u"DELETE FROM rows WHERE campaign_id = ?"_s);
    clearRows.bindValue(0, campaignId);
    bool ok = exec(clearRows, "replace rows") && upsertRows(campaignId, rows, msOf(fetchedAt)) &&
              markRowsFetched(campaignId, msOf(fetchedAt)) && dropOrphanAssistants();
    if (!ok) {
        m_db.rollback();
        return false;
    }
    return commit("replace rows");
}

RowsLoadResult CampaignCache::loadRows(const QString &campaignId, const BatchHandler &onBatch)
{
    return loadRows(campaignId, onBatch, LoadOptions{});
}

RowsLoadResult CampaignCache::loadRows(const QString &campaignId, const BatchHandler &onBatch,
                                       const LoadOptions &options)
{
    RowsLoadResult result;
    if (!isOpen()) {
        m_lastError = tr("The local cache is not open.");
        return result;
    }
    result.fetchedAt = rowsFetchedAt(campaignId);
    const qsizetype total = rowCount(campaignId);
    if (m_damaged)
        return result;

    AssistantCache localAssistants;
    AssistantCache &assistants = options.assistants ? *options.assistants : localAssistants;
    QHash<qint64, AssistantPtr> assistantById;
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(u"SELECT id, json FROM assistants"_s);
        if (!exec(query, "load assistants"))
            return result;
        CacheCodec codec(assistants);
        while (query.next())
            assistantById.insert(query.value(0).toLongLong(),
                                 codec.decodeAssistant(query.value(1).toByteArray()));
    }

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT assistant_id, json FROM rows WHERE campaign_id = ? "
                  "ORDER BY row_index, row_id"_s);
    query.bindValue(0, campaignId);
    if (!exec(query, "load rows"))
        return result;

    std::vector<StoredRow> pending;
    bool lastSent = false;
    bool stopped = false;
    auto deliver = [&](bool last) {
        CachedRowsBatch batch;
        batch.campaignId = campaignId;
        batch.offset = result.rowCount;
        batch.total = total;
        batch.rows = decodeRows(pending, assistants, assistantById,
                                options.parallel && result.rowCount > 0, &result.skipped);
        pending.clear();
        batch.last = last || result.rowCount + batch.rows.size() + result.skipped >= total;
        result.rowCount += batch.rows.size();
        lastSent = batch.last;
        if (!onBatch(std::move(batch)))
            stopped = true;
    };
    qsizetype wanted = std::max<qsizetype>(1, options.firstBatchRows);
    while (!stopped && query.next()) {
        pending.push_back(StoredRow{query.value(0).toLongLong(), query.value(1).toByteArray()});
        if (qsizetype(pending.size()) >= wanted) {
            deliver(false);
            wanted = std::max<qsizetype>(1, options.batchRows);
        }
    }
    if (stopped) {
        result.ok = true;
        return result;
    }
    if (query.lastError().isValid()) {
        fail(query.lastError().text(), query.lastError().nativeErrorCode().toInt(), "load rows");
        return result;
    }
    if (!lastSent)
        deliver(true);
    if (result.skipped > 0)
        qCWarning(lcStore) << "cache:" << result.skipped << "stored rows could not be read";
    result.ok = true;
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
    QSqlQuery query(m_db);
    query.prepare(u"SELECT COUNT(*) FROM rows WHERE campaign_id = ?"_s);
    query.bindValue(0, campaignId);
    if (!exec(query, "count rows") || !query.next())
        return 0;
    return qsizetype(query.value(0).toLongLong());
}

QDateTime CampaignCache::rowsFetchedAt(const QString &campaignId)
{
    if (!isOpen())
        return {};
    QSqlQuery query(m_db);
    query.prepare(u"SELECT fetched_at FROM row_sets WHERE campaign_id = ?"_s);
    query.bindValue(0, campaignId);
    if (!exec(query, "rows fetched at") || !query.next())
        return {};
    return timeOf(query.value(0));
}

// --- progress history -------------------------------------------------------------------

bool CampaignCache::appendProgress(const QString &campaignId, const ProgressSample &sample)
{
    if (!begin("append progress"))
        return false;
    QSqlQuery insert(m_db);
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
    bool ok = exec(insert, "append progress");
    // Trimming the history scans it: done once every kProgressPruneInterval samples.
    if (ok && ++m_progressAppends % kProgressPruneInterval == 0) {
        QSqlQuery prune(m_db);
        prune.prepare(u"DELETE FROM progress WHERE campaign_id = ? AND at <= (SELECT at FROM "
                      "progress WHERE campaign_id = ? ORDER BY at DESC LIMIT 1 OFFSET ?)"_s);
        prune.bindValue(0, campaignId);
        prune.bindValue(1, campaignId);
        prune.bindValue(2, qint64(kMaxProgressSamples));
        ok = exec(prune, "prune progress");
    }
    if (!ok) {
        m_db.rollback();
        return false;
    }
    return commit("append progress");
}

QList<ProgressSample> CampaignCache::loadProgress(const QString &campaignId, qsizetype maxSamples)
{
    QList<ProgressSample> out;
    if (!isOpen())
        return out;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT at, calling, completed, failed, pending, retry, total, not_launched, "
                  "skipped FROM progress WHERE campaign_id = ? ORDER BY at DESC, rowid DESC "
                  "LIMIT ?"_s);
    query.bindValue(0, campaignId);
    query.bindValue(1, qint64(maxSamples));
    if (!exec(query, "load progress"))
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
    return m_path.isEmpty() ? 0 : CacheFile::sizeBytes(m_path);
}

bool CampaignCache::clear()
{
    if (!begin("clear"))
        return false;
    bool ok = true;
    for (const QString &table :
         {u"campaigns"_s, u"rows"_s, u"row_sets"_s, u"progress"_s, u"assistants"_s})
        ok = ok && exec(u"DELETE FROM "_s + table, "clear");
    if (!ok) {
        m_db.rollback();
        return false;
    }
    if (!commit("clear"))
        return false;
    // Give the space back: rewrite the file, then empty the write-ahead log.
    ok = exec(u"VACUUM"_s, "shrink") && exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, "shrink");
    const QString prefix = QFileInfo(m_path).fileName() + u'.';
    for (const QString &file : CacheDirectory::cacheFiles(QFileInfo(m_path).absolutePath())) {
        if (QFileInfo(file).fileName().startsWith(prefix))
            ok = QFile::remove(file) && ok;
    }
    return ok;
}

} // namespace revox
