#pragma once

#include "Row.h"

#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace revox {

// Writes campaign rows in the project's CSV export format (the one revox-cli and the
// desktop app share): the fixed columns, then input.<key> for every input_data key and
// output.<key> for every structured_output key of the latest attempt, both in first-seen
// order across rows; or the columns a script chose, in its order. Streams to a device in
// chunks, reporting progress, and can stop.
class RowsCsvExporter
{
public:
    struct Options
    {
        bool byteOrderMark = false; // a UTF-8 BOM first, for spreadsheets that need one
        int rowsPerChunk = 512;     // rows encoded between device writes and progress calls
        // The columns to write, in this order (fixed names, input.<key>, output.<key>);
        // empty: every column in the format's own order.
        QStringList columns;
    };
    // Rows written so far and the total; return false to stop the export.
    using Progress = std::function<bool(qint64 written, qint64 total)>;
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        qint64 rowsWritten = 0;
        QString error; // why it failed, for a person
    };

    // The input and output columns, in first-seen order, gathered one row at a time.
    struct Columns
    {
        QStringList inputKeys;
        QStringList outputKeys;
        void add(const Row &row);

    private:
        QSet<QString> m_seenInputs;
        QSet<QString> m_seenOutputs;
    };

    // Discovers the input and output columns of rows.
    explicit RowsCsvExporter(QList<Row> rows, Options options);
    // An exporter of known columns, for rows written a batch at a time (appendRows).
    RowsCsvExporter(const Columns &columns, Options options);
    explicit RowsCsvExporter(QList<Row> rows)
        : RowsCsvExporter(std::move(rows), Options())
    {
    }

    // row_index, phone_number, call_id, ... last_recording_url, outcome: the columns every
    // export has, in an order that only ever grows at its end (see the README's format).
    static QStringList fixedColumns();
    // Empty when every name is a fixed column, input.<key> or output.<key>; else why not.
    static QString checkColumns(const QStringList &columns);
    QStringList inputKeys() const { return m_inputKeys; }
    QStringList outputKeys() const { return m_outputKeys; }
    // The fixed columns, then the input. and output. ones found.
    QStringList fullHeader() const;
    // The columns written: the chosen ones, else fullHeader().
    QStringList header() const;
    // The unescaped cells of one row, in header order.
    QStringList cells(const Row &row) const;
    // latency_p50_ms ... tool_errors of the row's latest answered attempt; empty cells when
    // it has no speech events (older servers).
    static void appendConversationCells(QStringList &out, const CallAttempt *attempt);
    // The cells of the chosen columns out of a record in fullHeader() order.
    QStringList chosen(const QStringList &fullCells) const;
    // Writes the header and every row to an open device.
    Result write(QIODevice *device, const Progress &progress = {}) const;
    // The header record (and the BOM when asked for), then records of rows, as CSV bytes.
    void appendHeader(QByteArray &out) const;
    void appendRows(QByteArray &out, const QList<Row> &rows) const;

private:
    void chooseColumns();

    QList<Row> m_rows;
    Options m_options;
    QStringList m_inputKeys;
    QStringList m_outputKeys;
    QList<qsizetype> m_chosen; // per chosen column, its index in fullHeader() or -1
};

} // namespace revox
