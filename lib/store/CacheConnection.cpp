#include "CacheConnection.h"

#include "CacheDirectory.h"
#include "CacheFile.h"
#include "CacheSchema.h"
#include "StoreLog.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace revox {
namespace {

// SQLite's result codes for a file it cannot trust (corrupt, not a database), and for a
// disk (or a size limit) that has no room left.
enum SqliteCode { kSqliteCorrupt = 11, kSqliteFull = 13, kSqliteNotADatabase = 26 };

constexpr int kBusyTimeoutMs = 2000;
// How long an open waits for another process that is opening or creating the same file.
constexpr int kOpenLockTimeoutMs = 10000;

// meta: "0" while a process has the file open, "1" once it closed it.
const QString kClosedCleanlyKey = u"closed_cleanly"_s;

std::atomic<int> g_connections{0};

} // namespace

CacheConnection::CacheConnection()
    : m_connectionName(u"revox-cache-%1"_s.arg(g_connections.fetch_add(1)))
{
}

CacheConnection::~CacheConnection()
{
    close();
}

CacheOpenResult CacheConnection::open(const QString &filePath, const CacheAccount &account)
{
    close();
    const QString directory = QFileInfo(QFileInfo(filePath).absoluteFilePath()).absolutePath();
    if (!CacheDirectory::ensure(directory))
        return openLocked(filePath, account); // says why
    // Processes of the same account open (and create) the file one after the other.
    QLockFile lock(QFileInfo(filePath).absoluteFilePath() + u"-lock"_s);
    lock.setStaleLockTime(60000);
    if (!lock.tryLock(kOpenLockTimeoutMs))
        qCWarning(lcStore) << "cache: could not take the open lock:" << lock.error();
    CacheOpenResult result = openLocked(filePath, account);
    if (result.outcome == CacheOpenResult::Outcome::Opened && !m_closedCleanly) {
        // The last process to use it stopped without closing it (a crash, a kill, a power
        // cut): SQLite's own check of every page before the file is trusted.
        QString error;
        if (!quickCheck(&error)) {
            qCWarning(lcStore) << "cache damaged:" << error;
            result = setAsideAndStartFresh(u"corrupt"_s, tr("it is damaged"));
        }
    }
    if (result.ok())
        setClosedCleanly(false);
    return result;
}

CacheOpenResult CacheConnection::openLocked(const QString &filePath, const CacheAccount &account)
{
    m_path = QFileInfo(filePath).absoluteFilePath();
    m_account = account;
    m_lastError.clear();
    m_damaged = false;
    m_diskFull = false;
    m_closedCleanly = true;
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
    if (!checkAccount(&error)) {
        if (m_metaUnreadable) {
            qCWarning(lcStore) << "cache unreadable:" << error;
            return setAsideAndStartFresh(u"corrupt"_s, tr("it is damaged"));
        }
        return setAsideAndStartFresh(u"other-account"_s, error);
    }
    if (!configure(&error)) {
        qCWarning(lcStore) << "cache unreadable:" << error;
        return setAsideAndStartFresh(u"corrupt"_s, tr("it is damaged"));
    }
    qCDebug(lcStore) << "cache opened:" << m_path;
    CacheOpenResult result;
    result.outcome = CacheOpenResult::Outcome::Opened;
    return result;
}

CacheOpenResult CacheConnection::rebuild()
{
    return setAsideAndStartFresh(u"corrupt"_s, tr("it is damaged"));
}

void CacheConnection::close()
{
    if (isOpen())
        setClosedCleanly(true);
    disconnectFile();
}

void CacheConnection::setClosedCleanly(bool closed)
{
    // Best effort: on a full disk the mark may not be written, and a check follows next time.
    QSqlQuery mark(m_db);
    mark.prepare(u"INSERT INTO meta(key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    mark.bindValue(0, kClosedCleanlyKey);
    mark.bindValue(1, closed ? u"1"_s : u"0"_s);
    if (!mark.exec())
        qCDebug(lcStore) << "cache: could not mark the file" << (closed ? "closed" : "open")
                         << mark.lastError().text();
}

bool CacheConnection::quickCheck(QString *error)
{
    QSqlQuery check(m_db);
    check.setForwardOnly(true);
    if (!check.exec(u"PRAGMA quick_check"_s)) {
        *error = check.lastError().text();
        return false;
    }
    QStringList problems;
    while (check.next()) {
        const QString line = check.value(0).toString();
        if (line != "ok"_L1)
            problems << line;
    }
    if (check.lastError().isValid())
        problems << check.lastError().text();
    if (problems.isEmpty())
        return true;
    *error = problems.mid(0, 3).join(u"; "_s);
    return false;
}

bool CacheConnection::verify()
{
    QString error;
    if (quickCheck(&error))
        return true;
    qCWarning(lcStore) << "cache damaged:" << error;
    m_damaged = true;
    return false;
}

bool CacheConnection::connectFile(QString *error)
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!m_db.isValid()) {
        *error = tr("Qt's SQLite driver (QSQLITE) is not installed");
        disconnectFile();
        return false;
    }
    m_db.setDatabaseName(m_path);
    // Another instance of the app on the same account may hold the write lock for a moment.
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        disconnectFile();
        return false;
    }
    return true;
}

void CacheConnection::disconnectFile()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

CacheOpenResult CacheConnection::startFresh(CacheOpenResult::Outcome outcome,
                                            const QString &message)
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
            qCDebug(lcStore) << "cache started:" << m_path;
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

CacheOpenResult CacheConnection::setAsideAndStartFresh(const QString &tag, const QString &why)
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

bool CacheConnection::checkAccount(QString *error)
{
    m_metaUnreadable = false;
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT key, value FROM meta WHERE key IN "
                    "('origin', 'key_fingerprint', 'closed_cleanly')"_s)) {
        *error = query.lastError().text();
        m_metaUnreadable = true;
        return false;
    }
    QHash<QString, QString> meta;
    while (query.next())
        meta.insert(query.value(0).toString(), query.value(1).toString());
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        m_metaUnreadable = true;
        return false;
    }
    m_closedCleanly = meta.value(kClosedCleanlyKey, u"1"_s) != "0"_L1;
    if (!m_account.isValid())
        return true;
    const QString origin = meta.value(u"origin"_s);
    const QString fingerprint = meta.value(u"key_fingerprint"_s);
    if (origin.isEmpty() && fingerprint.isEmpty()) {
        QSqlQuery insert(m_db);
        insert.prepare(u"INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING"_s);
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

bool CacheConnection::configure(QString *error)
{
    QSqlQuery query(m_db);
    for (const QString &pragma :
         {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
          u"PRAGMA cache_size = -8192"_s, u"PRAGMA journal_size_limit = 4194304"_s,
          u"PRAGMA temp_store = MEMORY"_s}) {
        if (!query.exec(pragma)) {
            *error = query.lastError().text();
            return false;
        }
    }
    // The -wal and -shm files SQLite just made take the file's mode; make sure of it.
    CacheFile::restrictPermissions(m_path);
    return true;
}

void CacheConnection::fail(const QSqlError &error, const char *what)
{
    qCWarning(lcStore) << "cache:" << what << "failed:" << error.text();
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == kSqliteCorrupt || code == kSqliteNotADatabase)
        m_damaged = true;
    // A failed COMMIT comes without SQLite's code: its text says it.
    m_diskFull = code == kSqliteFull || error.databaseText().contains("disk is full"_L1);
    m_lastError = m_diskFull
                      ? tr("The disk is full: the local cache could not save the latest data. "
                           "It keeps its last complete copy and is completed once there is "
                           "space again.")
                      : tr("The local cache could not be updated (%1).").arg(error.text());
}

void CacheConnection::markDamaged(const char *what)
{
    qCWarning(lcStore) << "cache damaged:" << what;
    m_damaged = true;
}

bool CacheConnection::exec(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    fail(query.lastError(), what);
    return false;
}

bool CacheConnection::exec(const QString &sql, const char *what)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    fail(query.lastError(), what);
    return false;
}

bool CacheConnection::begin(const char *what)
{
    if (!isOpen()) {
        m_lastError = tr("The local cache is not open.");
        return false;
    }
    m_lastError.clear();
    m_diskFull = false;
    if (m_db.transaction())
        return true;
    fail(m_db.lastError(), what);
    return false;
}

bool CacheConnection::commit(const char *what)
{
    if (m_db.commit())
        return true;
    fail(m_db.lastError(), what);
    m_db.rollback();
    return false;
}

void CacheConnection::rollback()
{
    m_db.rollback();
}

} // namespace revox
