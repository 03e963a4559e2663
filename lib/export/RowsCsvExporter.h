#pragma once

#include "Row.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace revox {

// Writes campaign rows in the project's CSV export format (the one revox-cli and the
// desktop app share): the fixed columns, then input.<key> for every input_data key and
// output.<key> for every structured_output key of the latest attempt, both in first-seen
// order across rows. Streams to a device in chunks, reporting progress, and can stop.
class RowsCsvExporter
{
public:
    struct Options
    {
        bool byteOrderMark = false; // a UTF-8 BOM first, for spreadsheets that need one
        int rowsPerChunk = 512;     // rows encoded between device writes and progress calls
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

    // Discovers the input and output columns of rows.
    explicit RowsCsvExporter(QList<Row> rows, Options options);
    explicit RowsCsvExporter(QList<Row> rows)
        : RowsCsvExporter(std::move(rows), Options())
    {
    }

    // row_index, phone_number, call_id, ... last_recording_url: the columns every export has.
    static QStringList fixedColumns();
    QStringList inputKeys() const { return m_inputKeys; }
    QStringList outputKeys() const { return m_outputKeys; }
    QStringList header() const;
    // The unescaped cells of one row, in header order.
    QStringList cells(const Row &row) const;
    // Writes the header and every row to an open device.
    Result write(QIODevice *device, const Progress &progress = {}) const;

private:
    QList<Row> m_rows;
    Options m_options;
    QStringList m_inputKeys;
    QStringList m_outputKeys;
};

} // namespace revox
