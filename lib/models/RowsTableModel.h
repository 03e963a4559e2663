#pragma once

#include "ModelRoles.h"
#include "Row.h"
#include "StatusPalette.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <vector>

namespace revox {

// The rows of one campaign, one model row per campaign row in row_index order, merged by
// id so that a refresh emits only what changed and never modelReset.
//
// For the UI: put it behind a RowsFilterProxy; read a row with rowAt(row) / rowById(id);
// keep the selection by RowIdRole; columns past FixedColumnCount are discovered from the
// data (input_data keys, then structured-output fields) and appended with
// columnsInserted: ask columnKind()/columnKey() what they are. CampaignWatcher feeds it.
class RowsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RowNumber, // row_index + 1
        Phone,
        CallStatus,    // call order status; empty when the row has no call yet
        Attempts,      // calls_count
        LastResult,    // result of the most recent answered attempt
        LastDialError, // dial error of the most recent attempt
        EndedBy,
        EndReason,
        LastCallTime,    // started_at of the most recent attempt
        Duration,        // answered (or started) to ended of the most recent attempt, m:ss
        FixedColumnCount // sentinel: dynamic columns follow
    };
    Q_ENUM(Column)

    // What a column past FixedColumnCount shows.
    enum class ColumnKind { Fixed, InputData, StructuredOutput };
    Q_ENUM(ColumnKind)

    // What a merge did, in model rows.
    struct MergeStats
    {
        int inserted = 0;
        int updated = 0;
        int removed = 0;
        int columnsAdded = 0;
        bool changedAnything() const { return inserted || updated || removed || columnsAdded; }
    };

    // The row's result, call status and dial error as small codes (the enum value; kNone
    // when absent; kOther for wire text the enum does not know), held in a contiguous
    // array so that filtering and counting 100,000 rows touches no row data.
    struct FacetCodes
    {
        static constexpr qint8 kNone = -1;
        static constexpr qint8 kOther = -2;
        qint8 result = kNone;    // CallResult of the latest answered attempt
        qint8 status = kNone;    // CallStatus of the call order
        qint8 dialError = kNone; // DialError of the latest attempt
    };

    // What merging needs to know of a row, computed off the GUI thread: a hash of its id
    // and its change key (RowDiff::changeKey: a hash of every value the server sent for
    // the row). Equal keys mean "unchanged".
    struct RowDigest
    {
        size_t idHash = 0;
        size_t changeKey = 0;
        FacetCodes facets;
    };
    // Thread-safe and pure: call it on a worker thread for large lists.
    static RowDigest digestOf(const Row &row);
    static QList<RowDigest> digest(const QList<Row> &rows);

    explicit RowsTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Inserts new rows and updates existing ones by id; rows not in the list stay.
    // New rows go to their row_index place in contiguous rowsInserted batches (usually
    // one, at the end); a changed row gets one dataChanged over its columns (one ranged
    // dataChanged when most rows changed); an unchanged row emits nothing.
    // digests: digest(rows) computed off the GUI thread (optional; computed here if empty).
    MergeStats mergeRows(QList<Row> rows, const QList<RowDigest> &digests = {});
    // Same as mergeRows, then removes (in contiguous batches) every row whose id is not
    // in the list: for a complete listing of the campaign.
    MergeStats replaceAll(QList<Row> rows, const QList<RowDigest> &digests = {});
    // Removes rows by id, in contiguous batches.
    MergeStats removeRowsById(const QStringList &ids);
    // Makes room for this many rows (a first load that knows its total): no reallocation
    // of the row array while pages arrive.
    void reserve(qsizetype rows);
    // Removes everything and forgets the discovered columns (switching campaigns).
    void clear();

    // Structured-output fields of the campaign's assistant: their columns are added in
    // this order even before any call produced them.
    void setStructuredOutputFields(const QStringList &names);

    const Row &rowAt(int row) const { return m_rows.at(row); }
    const Row *rowById(const QString &id) const;
    int rowOfId(const QString &id) const; // -1 when absent; O(1)
    QModelIndex indexOfId(const QString &id, int column = RowNumber) const;
    const QList<Row> &rows() const { return m_rows; }

    ColumnKind columnKind(int column) const;
    // The input_data key or structured-output field name of a dynamic column.
    QString columnKey(int column) const;
    // Column of an input_data key / structured-output field; -1 when not discovered.
    int inputDataColumn(const QString &key) const;
    int structuredOutputColumn(const QString &field) const;

    // Per-row facts the filter proxy reads (no QVariant on the hot path).
    // Wire text of the latest answered attempt's result; empty when none was answered.
    QString resultWire(int row) const;
    revox::CallStatus callStatus(int row) const;
    QString callStatusWire(int row) const; // empty when the row has no call
    QString dialErrorWire(int row) const;  // of the latest attempt; empty when none
    // The result of the latest answered attempt / the call status; null when none.
    const ApiEnum<CallResult> *resultOf(int row) const;
    const ApiEnum<revox::CallStatus> *callStatusOf(int row) const;
    FacetCodes facetsOf(int row) const { return m_cache[size_t(row)].facets; }
    // Builds the search texts (and folded transcripts) of every row that lacks them, on
    // the thread pool; the filter proxy calls it before a pass over all rows.
    void prepareTexts(bool search, bool transcripts) const;
    // Lower-case phone, input values, row / call / attempt ids as UTF-8, built on first use.
    const QByteArray &searchText(int row) const;
    // Folded (TextFold) text of every transcript entry of every attempt as UTF-8, built on
    // first use.
    const QByteArray &foldedTranscript(int row) const;

    void setStatusPalette(const StatusPalette &palette);

signals:
    // Emitted after a merge that changed something (once per merge call).
    void merged(const revox::RowsTableModel::MergeStats &stats);

private:
    // Derived per-row state, parallel to m_rows.
    struct RowCache
    {
        // RowDiff::changeKey of the row: when it is equal the row is taken as unchanged.
        size_t key = 0;
        size_t idHash = 0;
        FacetCodes facets;
        mutable QByteArray searchText;       // UTF-8, lower case
        mutable QByteArray foldedTranscript; // UTF-8, folded
        mutable bool searchValid = false;
        mutable bool transcriptValid = false;
    };
    struct DynamicColumn
    {
        ColumnKind kind = ColumnKind::InputData;
        QString key;
    };

    static const CallAttempt *resultAttempt(const Row &row);
    static const CallAttempt *outputAttempt(const Row &row);
    static QList<int> changedRoles();
    MergeStats merge(QList<Row> &rows, const QList<RowDigest> &digests, bool removeMissing);
    int discoverColumns(const QList<Row> &rows, const std::vector<int> &which);
    void discoverColumnsOf(const Row &row, QList<DynamicColumn> &found);
    void appendColumns(const QList<DynamicColumn> &columns);
    void rebuildIdIndex(int fromRow);
    QVariant fixedData(const Row &row, Column column, int role) const;
    QVariant dynamicData(const Row &row, const DynamicColumn &column, int role) const;

    QList<Row> m_rows;
    std::vector<RowCache> m_cache;
    QHash<QString, int> m_rowById;
    QList<DynamicColumn> m_dynamicColumns;
    QHash<QString, int> m_inputColumnByKey;    // key -> column
    QHash<QString, int> m_outputColumnByField; // field -> column
    QStringList m_lastInputKeys;               // fast path of column discovery
    AssistantPtr m_lastConfigAssistant;        // its structured_output_config is known
    StatusPalette m_palette;
};

} // namespace revox

Q_DECLARE_METATYPE(revox::RowsTableModel::MergeStats)
