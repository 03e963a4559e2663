#include "RowsCsvStream.h"

#include "CsvWriter.h"
#include "JsonText.h"
#include "RowsListing.h"

#include <QDataStream>

namespace revox::cli {

RowsCsvStream::RowsCsvStream(RevoxClient *client, QString campaignId, RowsQuery query,
                             QIODevice *out, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_campaignId(std::move(campaignId))
    , m_query(std::move(query))
    , m_out(out)
{
}

void RowsCsvStream::start(std::function<void(const Outcome &)> done)
{
    m_done = std::move(done);
    if (!open()) {
        m_done(m_outcome);
        return;
    }
    RowsListing *listing = m_client->listAllRows(m_campaignId, m_query);
    connect(listing, &ApiRequest::progressed, this, &RowsCsvStream::progressed);
    listing->start([this](RowsListing::Page &page) { return spool(page.rows); },
                   [this](const RowsListing::Outcome &outcome) {
                       m_outcome.problems = outcome.problems;
                       m_outcome.error = outcome.error;
                       m_outcome.listing = outcome;
                       if (!outcome.error.isError() && m_outcome.writeError.isEmpty())
                           writeOut();
                       m_done(m_outcome);
                   });
}

bool RowsCsvStream::open()
{
    if (m_spool.open())
        return true;
    m_outcome.writeError =
        QStringLiteral("cannot create a temporary file: %1").arg(m_spool.errorString());
    return false;
}

// One record per row: the fixed cells, then the input values and the call's structured-output
// texts by key (Row::structuredOutput()).
bool RowsCsvStream::spool(const QList<Row> &rows)
{
    if (!m_outcome.writeError.isEmpty())
        return false;
    static const RowsCsvExporter fixedOnly(RowsCsvExporter::Columns(), {});
    QDataStream stream(&m_spool);
    for (const Row &row : rows) {
        ++m_outcome.rowsReceived;
        if (!matchesAll(m_filters, row.structuredOutput()))
            continue;
        m_columns.add(row);
        QList<std::pair<QString, QString>> outputs;
        const QJsonObject &output = row.structuredOutput();
        for (auto it = output.begin(); it != output.end(); ++it)
            outputs.append({it.key(), JsonText::compact(it.value())});
        stream << fixedOnly.cells(row) << row.inputData << outputs;
        ++m_spooled;
    }
    if (stream.status() != QDataStream::Ok) {
        m_outcome.writeError =
            QStringLiteral("cannot write the temporary file: %1").arg(m_spool.errorString());
        return false;
    }
    return true;
}

void RowsCsvStream::writeOut()
{
    RowsCsvExporter::Options options;
    options.columns = m_chosenColumns;
    const RowsCsvExporter exporter(m_columns, options);
    QByteArray buffer;
    exporter.appendHeader(buffer);
    m_spool.seek(0);
    QDataStream stream(&m_spool);
    const qsizetype fixedCount = RowsCsvExporter::fixedColumns().size();
    QHash<QString, qsizetype> inputColumn;
    for (qsizetype i = 0; i < m_columns.inputKeys.size(); ++i)
        inputColumn.insert(m_columns.inputKeys.at(i), fixedCount + i);
    QHash<QString, qsizetype> outputColumn;
    for (qsizetype i = 0; i < m_columns.outputKeys.size(); ++i)
        outputColumn.insert(m_columns.outputKeys.at(i),
                            fixedCount + m_columns.inputKeys.size() + i);
    const qsizetype width = fixedCount + m_columns.inputKeys.size() + m_columns.outputKeys.size();
    for (qint64 n = 0; n < m_spooled; ++n) {
        QStringList fixed;
        QList<std::pair<QString, QString>> inputs;
        QList<std::pair<QString, QString>> outputs;
        stream >> fixed >> inputs >> outputs;
        if (stream.status() != QDataStream::Ok) {
            m_outcome.writeError = QStringLiteral("the temporary file could not be read back");
            return;
        }
        QStringList cells = fixed;
        cells.resize(width);
        for (const auto &[key, value] : std::as_const(inputs))
            cells[inputColumn.value(key)] = value;
        for (const auto &[key, value] : std::as_const(outputs))
            cells[outputColumn.value(key)] = value;
        CsvWriter::appendRecord(buffer, exporter.chosen(cells));
        ++m_outcome.rowsWritten;
        if (buffer.size() >= 256 * 1024 || n + 1 == m_spooled) {
            if (m_out->write(buffer) != buffer.size()) {
                m_outcome.writeError =
                    QStringLiteral("cannot write the output: %1").arg(m_out->errorString());
                return;
            }
            buffer.clear();
        }
    }
    if (m_spooled == 0 && m_out->write(buffer) != buffer.size())
        m_outcome.writeError =
            QStringLiteral("cannot write the output: %1").arg(m_out->errorString());
}

} // namespace revox::cli
