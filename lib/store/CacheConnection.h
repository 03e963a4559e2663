#pragma once

#include "CacheAccount.h"
#include "CacheTypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QSqlError;
class QSqlQuery;

namespace revox {

// The SQLite connection (Qt SQL, QSQLITE) to one cache file: opening it, with a file that
// cannot be used set aside and a new one started; running statements; telling an ordinary
// failure from a damaged file. Thread-confined, like QSqlDatabase itself.
class CacheConnection
{
    Q_DECLARE_TR_FUNCTIONS(CacheConnection)

public:
    CacheConnection();
    ~CacheConnection();
    CacheConnection(const CacheConnection &) = delete;
    CacheConnection &operator=(const CacheConnection &) = delete;

    // account, when valid, is recorded in a new file; a file recorded for another
    // account is set aside.
    CacheOpenResult open(const QString &filePath, const CacheAccount &account);
    // Sets the file aside and starts a new, empty one.
    CacheOpenResult rebuild();
    void close();

    bool isOpen() const { return m_db.isValid() && m_db.isOpen(); }
    QString filePath() const { return m_path; }
    QSqlDatabase &db() { return m_db; }
    // The last failure, for the user (translated); cleared by begin().
    QString lastError() const { return m_lastError; }
    // True once SQLite reported the file damaged (until rebuild() or open()).
    bool isDamaged() const { return m_damaged; }
    // True when the last failure was a disk (or size limit) with no room left.
    bool isDiskFull() const { return m_diskFull; }
    // Records that what the file holds could not be read back (isDamaged() follows).
    void markDamaged(const char *what);
    // Runs SQLite's check of every page; false (and isDamaged()) when it finds damage.
    bool verify();

    // Each returns false after logging the failure (what: the step, for the log).
    bool exec(QSqlQuery &query, const char *what);
    bool exec(const QString &sql, const char *what);
    bool begin(const char *what);
    bool commit(const char *what);
    void rollback();
    void fail(const QSqlError &error, const char *what);

private:
    CacheOpenResult openLocked(const QString &filePath, const CacheAccount &account);
    bool quickCheck(QString *error);
    void setClosedCleanly(bool closed);
    bool connectFile(QString *error);
    void disconnectFile();
    CacheOpenResult startFresh(CacheOpenResult::Outcome outcome, const QString &message);
    CacheOpenResult setAsideAndStartFresh(const QString &tag, const QString &why);
    bool checkAccount(QString *error);
    bool configure(QString *error);

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_path;
    CacheAccount m_account;
    QString m_lastError;
    bool m_damaged = false;
    bool m_diskFull = false;
    bool m_closedCleanly = true;   // as the file said when it was opened
    bool m_metaUnreadable = false; // checkAccount() could not read meta (a damaged file)
};

} // namespace revox
