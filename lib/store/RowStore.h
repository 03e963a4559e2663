#pragma once

#include "ApiEnums.h"
#include "Row.h"
#include "RowOutcome.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <vector>

namespace revox {

// The one copy of a campaign's rows: by id, in row_index order, with a change key over
// every value the server sent (RowDiff::changeKey) and the facet codes filters count by.
// The sync layer writes to it (merge, removeById, clear); table models are views over it
// and follow its signals, which come in begin/end pairs like QAbstractItemModel's: a
// merge that changes nothing emits nothing; changed rows come as one rowsChanged; new rows
// arrive in contiguous rowsInserted batches (usually one, at the end).
class RowStore : public QObject
{
    Q_OBJECT
public:
    // The row's result, call status and dial error as small codes (the enum value; kNone
    // when absent; kOther for wire text the enum does not know), in a contiguous array so
    // that filtering and counting 100,000 rows touches no row data.
    struct FacetCodes
    {
        static constexpr qint8 kNone = -1;
        static constexpr qint8 kOther = -2;
        qint8 result = kNone;    // CallResult of the latest answered attempt
        qint8 status = kNone;    // CallStatus of the call order
        qint8 dialError = kNone; // DialError of the latest attempt
        qint8 outcome = 0;       // RowOutcome
    };
    // What merging needs to know of a row, computed off the GUI thread: a hash of its id,
    // its change key and its facet codes. Equal change keys mean "unchanged".
    struct RowDigest
    {
        size_t idHash = 0;
        size_t changeKey = 0;
        FacetCodes facets;
    };
    // What a merge did, in rows.
    struct MergeStats
    {
        int inserted = 0;
        int updated = 0;
        int removed = 0;
        int columnsAdded = 0; // filled in by a table model over the store
        bool changedAnything() const { return inserted || updated || removed || columnsAdded; }
    };
    // One row's change, with the JSON paths of the values that changed (trackChanges()).
    struct RowChange
    {
        enum class Kind { Added, Changed, Removed };
        Kind kind = Kind::Changed;
        QString id;
        QStringList fields;
    };

    // Thread-safe and pure: call it on a worker thread for large lists.
    static RowDigest digestOf(const Row &row);
    static QList<RowDigest> digest(const QList<Row> &rows);

    explicit RowStore(QObject *parent = nullptr);

    int size() const { return int(m_rows.size()); }
    const Row &rowAt(int at) const { return m_rows.at(at); }
    const Row *rowById(const QString &id) const;
    int rowOfId(const QString &id) const; // -1 when absent; O(1)
    const QList<Row> &rows() const { return m_rows; }
    FacetCodes facetsOf(int at) const
    {
        FacetCodes f = m_entries[size_t(at)].facets;
        if (m_campaignClosed && f.outcome == qint8(RowOutcome::NotCalled))
            f.outcome = qint8(RowOutcome::Skipped);
        return f;
    }
    // The campaign ended (cancelled or completed): rows it never called were skipped, as
    // row_stats counts them, not "not called yet". Reported as one change of every row.
    void setCampaignClosed(bool closed);
    bool isCampaignClosed() const { return m_campaignClosed; }
    // outcomeOf(row), with the campaign's end taken into account.
    RowOutcome outcomeOf(const Row &row) const;

    // Inserts new rows and updates existing ones by id; rows not in the list stay.
    // digests: digest(rows) computed off the GUI thread (optional; computed here if empty).
    MergeStats merge(QList<Row> rows, const QList<RowDigest> &digests = {});
    // merge(), then removes every row whose id is not in the list (a complete listing).
    MergeStats replaceAll(QList<Row> rows, const QList<RowDigest> &digests = {});
    // Removes rows by id, in contiguous batches.
    MergeStats removeById(const QStringList &ids);
    // Removes every row whose id is not in ids: what a complete listing merged page by page
    // did not name is gone.
    MergeStats keepOnly(const QSet<QString> &ids);
    // Makes room for this many rows (a first load that knows its total), but for no more
    // than kMaxReserveAhead beyond the rows held: an announced total is a claim, and room
    // for rows that never come is memory lost (or, for an absurd total, a failed allocation).
    void reserve(qsizetype rows);
    // Room made ahead of the rows held, at most (further rows grow the store as they come).
    static constexpr qsizetype kMaxReserveAhead = 250'000;
    // How many rows the store has room for without growing.
    qsizetype capacity() const { return m_rows.capacity(); }
    // Removes every row and the structured-output fields (switching campaigns).
    void clear();

    // Structured-output fields of the campaign's assistant (table columns in this order
    // even before any call produced them).
    void setStructuredOutputFields(const QStringList &names);
    const QStringList &structuredOutputFields() const { return m_outputFields; }

    // Also report each change (rowChanges), with the paths of the values that changed
    // unless withFields is false (ids are then enough, and cheaper).
    void setTrackChanges(bool track, bool withFields = true)
    {
        m_trackChanges = track;
        m_trackFields = withFields;
    }
    bool isTrackingChanges() const { return m_trackChanges; }

signals:
    void rowsAboutToBeInserted(int first, int last);
    void rowsInserted(int first, int last);
    void rowsAboutToBeRemoved(int first, int last);
    void rowsRemoved(int first, int last);
    // Rows whose values changed in place, ascending.
    void rowsChanged(const QList<int> &rows);
    void aboutToClear();
    void cleared();
    void structuredOutputFieldsChanged(const QStringList &names);
    // After a merge or removal that changed something (once per call).
    void merged(const revox::RowStore::MergeStats &stats);
    // With setTrackChanges(true): every added, changed and removed row of one call.
    void rowChanges(const QList<revox::RowStore::RowChange> &changes);

private:
    struct Entry
    {
        size_t key = 0;
        size_t idHash = 0;
        FacetCodes facets;
    };
    // mergeImpl, then rowChanges with what it changed.
    MergeStats mergeReporting(QList<Row> &rows, const QList<RowDigest> &digests,
                              bool removeMissing);
    MergeStats mergeImpl(QList<Row> &rows, const QList<RowDigest> &digests, bool removeMissing,
                         QList<RowChange> &changes);
    MergeStats removeImpl(const QStringList &ids, QList<RowChange> &changes);
    QStringList idsNotIn(const QSet<QString> &ids) const;
    void insertNew(QList<Row> &rows, bool mayMove, const std::vector<int> &addedAt,
                   const std::vector<RowDigest> &addedDigests, QList<RowChange> &changes);
    void rebuildIdIndex(int fromRow);

    QList<Row> m_rows;
    std::vector<Entry> m_entries; // parallel to m_rows
    QHash<QString, int> m_rowById;
    QStringList m_outputFields;
    bool m_campaignClosed = false;
    bool m_trackChanges = false;
    bool m_trackFields = true;
};

} // namespace revox

Q_DECLARE_METATYPE(revox::RowStore::MergeStats)
Q_DECLARE_METATYPE(revox::RowStore::RowChange)
