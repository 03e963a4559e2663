#pragma once

#include "Campaign.h"
#include "Row.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace revox {

// What opening a cache file came to, with a sentence for the user when there is news.
struct CacheOpenResult
{
    enum class Outcome {
        Opened,  // the file was there and is used as it is
        Created, // there was none: a new, empty cache
        Rebuilt, // the file was damaged or of another format: set aside, a new one started
        Failed,  // no cache can be used (folder not writable, ...): the app runs without
    };
    Outcome outcome = Outcome::Failed;
    QString message;      // translated; set for Rebuilt and Failed
    QString setAsidePath; // Rebuilt: where the old file went
    bool ok() const { return outcome != Outcome::Failed; }
};

// A campaign as last fetched.
struct CachedCampaign
{
    Campaign campaign;
    QDateTime fetchedAt;
};

// One point of a campaign's progress history (what ProgressHistoryChart draws).
struct ProgressSample
{
    QDateTime at;
    RowStats stats;
    bool operator==(const ProgressSample &o) const = default;
};

// Consecutive rows of a campaign in row_index order, as a load delivers them.
struct CachedRowsBatch
{
    QString campaignId;
    QList<Row> rows;
    qsizetype offset = 0;   // position of rows.first() among all the campaign's cached rows
    qsizetype total = 0;    // cached rows of the campaign, all batches together
    bool last = false;      // no batch follows
    QDateTime fetchedAt;    // when the campaign's rows were last refreshed (invalid: never)
    bool complete = true;   // false: the first pages of a first load that did not finish
    qsizetype expected = 0; // !complete: the rows the server announced
    bool failed = false;    // last: the load stopped on a damaged file (rows before it are
                            // not the whole copy)
};

// What the cache holds of a campaign's rows.
struct RowSetInfo
{
    bool saved = false;     // some rows (or none, for an empty campaign) were saved
    bool complete = false;  // a whole listing, kept in step since
    qsizetype rows = 0;     // rows saved
    qsizetype expected = 0; // !complete: rows the server announced
    QDateTime fetchedAt;    // when they were saved
};

// How a load of a campaign's rows ended.
struct RowsLoadResult
{
    bool ok = false;
    qsizetype rowCount = 0; // rows delivered
    qsizetype skipped = 0;  // stored rows that could not be read back (a damaged file)
    QDateTime fetchedAt;    // when the rows were last refreshed; invalid when none cached
    bool damaged = false;   // the file could not be read to the end
};

} // namespace revox

Q_DECLARE_METATYPE(revox::CacheOpenResult)
Q_DECLARE_METATYPE(revox::CachedRowsBatch)
