#include "CacheSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

using namespace Qt::StringLiterals;

namespace revox {
namespace {

const QStringList &tableNames()
{
    static const QStringList names{u"assistants"_s, u"campaigns"_s, u"meta"_s,
                                   u"progress"_s,   u"row_sets"_s,  u"rows"_s};
    return names;
}

const QStringList &createStatements()
{
    static const QStringList statements{
        u"CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS campaigns(id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
        "fetched_at INTEGER NOT NULL, json BLOB NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS assistants(id INTEGER PRIMARY KEY, digest BLOB NOT NULL "
        u"UNIQUE, "
        "json BLOB NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS rows(campaign_id TEXT NOT NULL, row_id TEXT NOT NULL, "
        "row_index INTEGER NOT NULL, fetched_at INTEGER NOT NULL, assistant_id INTEGER, "
        "last_attempt INTEGER, content_hash INTEGER NOT NULL, json BLOB NOT NULL, "
        "PRIMARY KEY(campaign_id, row_id))"_s,
        u"CREATE INDEX IF NOT EXISTS rows_in_order ON rows(campaign_id, row_index, row_id)"_s,
        u"CREATE TABLE IF NOT EXISTS row_sets(campaign_id TEXT PRIMARY KEY, "
        "fetched_at INTEGER NOT NULL, complete INTEGER NOT NULL DEFAULT 1, expected INTEGER)"_s,
        u"CREATE TABLE IF NOT EXISTS progress(campaign_id TEXT NOT NULL, at INTEGER NOT NULL, "
        "calling INTEGER NOT NULL, completed INTEGER NOT NULL, failed INTEGER NOT NULL, "
        "pending INTEGER NOT NULL, retry INTEGER NOT NULL, total INTEGER NOT NULL, "
        "not_launched INTEGER, skipped INTEGER)"_s,
        u"CREATE INDEX IF NOT EXISTS progress_in_time ON progress(campaign_id, at)"_s,
        u"PRAGMA application_id = %1"_s.arg(CacheSchema::kApplicationId),
        u"PRAGMA user_version = %1"_s.arg(CacheSchema::kVersion),
    };
    return statements;
}

// The single integer a PRAGMA answers; nullopt (and the error) when it fails.
std::optional<int> pragmaValue(QSqlDatabase &db, const QString &name, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA "_s + name) || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toInt();
}

} // namespace

CacheSchema::State CacheSchema::inspect(QSqlDatabase &db, int *version, QString *error)
{
    const std::optional<int> userVersion = pragmaValue(db, u"user_version"_s, error);
    const std::optional<int> applicationId = pragmaValue(db, u"application_id"_s, error);
    if (!userVersion || !applicationId)
        return State::Unreadable;
    *version = *userVersion;

    QSqlQuery query(db);
    if (!query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s)) {
        *error = query.lastError().text();
        return State::Unreadable;
    }
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return State::Unreadable;
    }
    if (tables.isEmpty() && *userVersion == 0 && *applicationId == 0)
        return State::Empty;
    if (*applicationId != kApplicationId)
        return State::Foreign;
    if (*userVersion < kVersion)
        return State::OlderVersion;
    if (*userVersion > kVersion)
        return State::NewerVersion;
    tables.sort();
    for (const QString &name : tableNames()) {
        if (!tables.contains(name)) {
            *error = u"table %1 is missing"_s.arg(name);
            return State::Unreadable;
        }
    }
    return State::Current;
}

bool CacheSchema::create(QSqlDatabase &db, QString *error)
{
    // Called rows take 1-4 KB of JSON each: large pages hold several, where 4 KB pages would
    // leave most of each page unused. Takes effect on a file with no table yet.
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA page_size = %1"_s.arg(kPageSize))) {
        *error = query.lastError().text();
        return false;
    }
    // Another process may be creating the same file: the write lock is taken before
    // anything is read, and a file it finished meanwhile is taken as it is.
    if (!query.exec(u"BEGIN IMMEDIATE"_s)) {
        *error = query.lastError().text();
        return false;
    }
    int version = 0;
    const State state = inspect(db, &version, error);
    if (state == State::Current) {
        if (query.exec(u"COMMIT"_s))
            return true;
        *error = query.lastError().text();
        return false;
    }
    if (state != State::Empty) {
        query.exec(u"ROLLBACK"_s);
        if (error->isEmpty())
            *error = u"another process started a file of another format"_s;
        return false;
    }
    for (const QString &statement : createStatements()) {
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            query.exec(u"ROLLBACK"_s);
            return false;
        }
    }
    if (!query.exec(u"COMMIT"_s)) {
        *error = query.lastError().text();
        query.exec(u"ROLLBACK"_s);
        return false;
    }
    return true;
}

} // namespace revox
