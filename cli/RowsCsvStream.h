#pragma once

#include "OutputCondition.h"
#include "RevoxClient.h"
#include "RowsCsvExporter.h"
#include "RowsListing.h"

#include <QObject>
#include <QTemporaryFile>

#include <functional>

class QIODevice;

namespace revox::cli {

// Every row of a campaign as CSV, in memory bounded by a page rather than the campaign:
// while pages arrive, each row's cells go to a temporary file and the input. / output.
// columns are gathered in first-seen order; then the header and the rows are written from
// the file in the final column order. A column first seen on the last row still gets its
// place in the header, and nothing is held back.
class RowsCsvStream : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        ApiError error;
        QList<ParseProblem> problems;
        qint64 rowsReceived = 0;
        qint64 rowsWritten = 0;
        QString writeError;           // the output or the temporary file failed
        RowsListing::Outcome listing; // what the listing saw of the server
    };

    RowsCsvStream(RevoxClient *client, QString campaignId, RowsQuery query, QIODevice *out,
                  QObject *parent = nullptr);

    // Only rows whose structured output meets every condition are written (--output).
    void setOutputFilters(const QList<OutputCondition> &conditions) { m_filters = conditions; }
    // The columns to write, in this order (--columns); empty: every column.
    void setColumns(const QStringList &columns) { m_chosenColumns = columns; }
    void start(std::function<void(const Outcome &)> done);

    // The same without the network (client may be null), for rows read elsewhere (the
    // local cache): open(), spool() each batch, then writeOut().
    bool open();
    bool spool(const QList<Row> &rows);
    void writeOut();
    const Outcome &outcome() const { return m_outcome; }

signals:
    void progressed(qint64 rows, qint64 total);

private:
    RevoxClient *m_client;
    QString m_campaignId;
    RowsQuery m_query;
    QIODevice *m_out;
    QTemporaryFile m_spool;
    RowsCsvExporter::Columns m_columns;
    std::function<void(const Outcome &)> m_done;
    Outcome m_outcome;
    qint64 m_spooled = 0;
    QList<OutputCondition> m_filters;
    QStringList m_chosenColumns;
};

} // namespace revox::cli
