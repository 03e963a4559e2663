#pragma once

#include <QSqlDatabase>
#include <QString>

namespace revox {

// The tables of a cache file and the format number kept in PRAGMA user_version:
//   meta(key, value)                       origin and key fingerprint of the account;
//                                          "summary:<campaign id>": its CampaignSummary (JSON)
//   campaigns(id, position, fetched_at, json)
//   assistants(id, digest, json)           each distinct call assistant once
//   rows(campaign_id, row_id, row_index, fetched_at, assistant_id, last_attempt,
//        content_hash, json)                see CacheCodec::StoredRow
//   row_sets(campaign_id, fetched_at,      when a campaign's rows were last refreshed;
//            complete, expected)           complete 0: a first load that did not finish,
//                                          its first pages saved of the expected rows
//   progress(campaign_id, at, calling, completed, failed, pending, retry, total,
//            not_launched, skipped)        the row_stats history
// Times are milliseconds since the epoch (UTC). A file of another format is not migrated:
// the cache only holds what the server can send again.
class CacheSchema
{
public:
    static constexpr int kVersion = 2;
    // PRAGMA application_id of our files ("RvxC"), to tell them from other SQLite files.
    static constexpr int kApplicationId = 0x52767843;
    static constexpr int kPageSize = 16384;

    enum class State {
        Empty,        // no table yet: a new file
        Current,      // our format, this version
        OlderVersion, // ours, written by an earlier version
        NewerVersion, // ours, written by a later version
        Foreign,      // an SQLite file that is not a cache of ours
        Unreadable,   // SQLite could not read it (damaged, not a database)
    };

    // What the open database holds; version receives the user_version read.
    static State inspect(QSqlDatabase &db, int *version, QString *error);
    // Creates every table and index and stamps the version, in one transaction that holds
    // the write lock; a file another process created meanwhile is left as it is.
    static bool create(QSqlDatabase &db, QString *error);
};

} // namespace revox
