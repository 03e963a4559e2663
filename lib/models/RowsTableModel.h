#pragma once

#include "ModelRoles.h"
#include "Row.h"
#include "RowStore.h"
#include "StatusPalette.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <vector>

namespace revox {

// A table view over a RowStore: one model row per campaign row in row_index order; it
// follows the store's signals, so a refresh emits only what changed and never modelReset.
//
// For the UI: put it behind a RowsFilterProxy; read a row with rowAt(row) / rowById(id);
// keep the selection by RowIdRole; columns past FixedColumnCount are discovered from the
// data (input_data keys, then structured-output fields) and appended with
// columnsInserted: ask columnKind() what they are. It only shows: the store's owner
// creates the store and the sync layer writes to it.
class RowsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RowNumber, // row_index + 1
        Phone,
        CallStatus,    // call order status; empty when the row has no call yet
        Attempts,      // calls_count
        LastResult,    // outcome (RowOutcome); for answered rows, the latest answer's result
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

    using MergeStats = RowStore::MergeStats;
    using FacetCodes = RowStore::FacetCodes;

    // A view over store, which must not be null and must outlive it.
    explicit RowsTableModel(const RowStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // What the store does shows as: new rows go to their row_index place in contiguous
    // rowsInserted batches (usually one, at the end); a changed row gets one dataChanged
    // over its columns (one ranged dataChanged when most rows changed); an unchanged row
    // emits nothing; the store's clear() resets the model and forgets the discovered
    // columns; its structured-output fields are columns in their order even before any
    // call produced them.

    const Row &rowAt(int row) const { return m_store->rowAt(row); }
    const Row *rowById(const QString &id) const { return m_store->rowById(id); }
    int rowOfId(const QString &id) const { return m_store->rowOfId(id); }
    QModelIndex indexOfId(const QString &id, int column = RowNumber) const;
    const QList<Row> &rows() const { return m_store->rows(); }

    ColumnKind columnKind(int column) const;
    // Column of an input_data key / structured-output field; -1 when not discovered.
    int inputDataColumn(const QString &key) const;
    int structuredOutputColumn(const QString &field) const;

    // Per-row facts the filter proxy reads (no QVariant on the hot path).
    // Wire text of the latest answered attempt's result; empty when none was answered.
    QString resultWire(int row) const;
    QString callStatusWire(int row) const; // empty when the row has no call
    QString dialErrorWire(int row) const;  // of the latest attempt; empty when none
    FacetCodes facetsOf(int row) const { return m_store->facetsOf(row); }
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
    // After a store merge or removal that changed something (once per call), with the
    // columns it added.
    void merged(const revox::RowsTableModel::MergeStats &stats);

private:
    // Texts built for filtering, parallel to the store's rows.
    struct RowTexts
    {
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
    static QList<int> changedRoles();
    void connectStore();
    void onRowsInserted(int first, int last);
    void onRowsRemoved(int first, int last);
    void onRowsChanged(const QList<int> &rows);
    void onCleared();
    void discoverColumns(int first, int last);
    void discoverColumnsOf(const Row &row, QList<DynamicColumn> &found);
    void appendColumns(const QList<DynamicColumn> &columns);
    void addOutputFieldColumns(const QStringList &names);
    QVariant fixedData(const Row &row, Column column, int role) const;
    QVariant dynamicData(const Row &row, const DynamicColumn &column, int role) const;

    const RowStore *m_store;
    std::vector<RowTexts> m_texts; // parallel to the store's rows
    int m_columnsAdded = 0;        // since the store's last merged()
    QList<DynamicColumn> m_dynamicColumns;
    QHash<QString, int> m_inputColumnByKey;    // key -> column
    QHash<QString, int> m_outputColumnByField; // field -> column
    QStringList m_lastInputKeys;               // fast path of column discovery
    AssistantPtr m_lastConfigAssistant;        // its structured_output_config is known
    StatusPalette m_palette;
};

} // namespace revox
