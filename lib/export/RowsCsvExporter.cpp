#include "RowsCsvExporter.h"

#include "ConversationQuality.h"

#include "CsvWriter.h"
#include "JsonText.h"
#include "RowOutcome.h"

#include <QIODevice>
#include <QSet>

#include <cmath>

namespace revox {

void RowsCsvExporter::Columns::add(const Row &row)
{
    for (const auto &[key, value] : row.inputData) {
        if (!m_seenInputs.contains(key)) {
            m_seenInputs.insert(key);
            inputKeys.append(key);
        }
    }
    const QJsonObject &output = row.structuredOutput();
    for (auto it = output.begin(); it != output.end(); ++it) {
        if (!m_seenOutputs.contains(it.key())) {
            m_seenOutputs.insert(it.key());
            outputKeys.append(it.key());
        }
    }
}

RowsCsvExporter::RowsCsvExporter(QList<Row> rows, Options options)
    : m_rows(std::move(rows))
    , m_options(std::move(options))
{
    Columns columns;
    for (const Row &row : std::as_const(m_rows))
        columns.add(row);
    m_inputKeys = columns.inputKeys;
    m_outputKeys = columns.outputKeys;
    chooseColumns();
}

RowsCsvExporter::RowsCsvExporter(const Columns &columns, Options options)
    : m_options(std::move(options))
    , m_inputKeys(columns.inputKeys)
    , m_outputKeys(columns.outputKeys)
{
    chooseColumns();
}

void RowsCsvExporter::chooseColumns()
{
    const QStringList full = fullHeader();
    m_chosen.clear();
    for (const QString &column : std::as_const(m_options.columns))
        m_chosen.append(full.indexOf(column)); // -1: a key no row has, an empty column
}

void RowsCsvExporter::appendHeader(QByteArray &out) const
{
    if (m_options.byteOrderMark)
        out += "\xEF\xBB\xBF";
    CsvWriter::appendRecord(out, header());
}

void RowsCsvExporter::appendRows(QByteArray &out, const QList<Row> &rows) const
{
    for (const Row &row : rows)
        CsvWriter::appendRecord(out, cells(row));
}

namespace {

// How the latest answered attempt's conversation went, from its speech events.
const QStringList &conversationColumns()
{
    static const QStringList columns{QStringLiteral("latency_p50_ms"),
                                     QStringLiteral("latency_p90_ms"),
                                     QStringLiteral("interruptions"), QStringLiteral("taken_over"),
                                     QStringLiteral("tool_errors")};
    return columns;
}

} // namespace

// The order scripts read by position: a new column is only ever appended (see the README).
QStringList RowsCsvExporter::fixedColumns()
{
    return QStringList{QStringLiteral("row_index"),
                       QStringLiteral("phone_number"),
                       QStringLiteral("call_id"),
                       QStringLiteral("call_status"),
                       QStringLiteral("attempts"),
                       QStringLiteral("last_result"),
                       QStringLiteral("last_attempt_status"),
                       QStringLiteral("last_dial_error"),
                       QStringLiteral("last_ended_by"),
                       QStringLiteral("last_end_reason"),
                       QStringLiteral("last_started_at"),
                       QStringLiteral("last_answered_at"),
                       QStringLiteral("last_ended_at"),
                       QStringLiteral("last_duration_s"),
                       QStringLiteral("last_recording_url"),
                       QStringLiteral("outcome")} +
           conversationColumns();
}

QString RowsCsvExporter::checkColumns(const QStringList &columns)
{
    if (columns.isEmpty())
        return QStringLiteral("no column named");
    const QStringList fixed = fixedColumns();
    const auto keyed = [](const QString &column, QLatin1StringView prefix) {
        return column.startsWith(prefix) && column.size() > prefix.size();
    };
    for (const QString &column : columns) {
        if (!fixed.contains(column) && !keyed(column, QLatin1StringView("input.")) &&
            !keyed(column, QLatin1StringView("output.")))
            return QStringLiteral("unknown column \"%1\" (the columns are %2, input.KEY and "
                                  "output.KEY)")
                .arg(column, fixed.join(QStringLiteral(", ")));
    }
    return {};
}

QStringList RowsCsvExporter::fullHeader() const
{
    QStringList columns = fixedColumns();
    for (const QString &key : m_inputKeys)
        columns.append(QStringLiteral("input.") + key);
    for (const QString &key : m_outputKeys)
        columns.append(QStringLiteral("output.") + key);
    return columns;
}

QStringList RowsCsvExporter::header() const
{
    return m_options.columns.isEmpty() ? fullHeader() : m_options.columns;
}

QStringList RowsCsvExporter::chosen(const QStringList &fullCells) const
{
    if (m_options.columns.isEmpty())
        return fullCells;
    QStringList out;
    out.reserve(m_chosen.size());
    for (const qsizetype index : m_chosen)
        out.append(index >= 0 ? fullCells.value(index) : QString());
    return out;
}

void RowsCsvExporter::appendConversationCells(QStringList &out, const CallAttempt *attempt)
{
    if (!attempt || !attempt->speechEvents) {
        for (qsizetype i = 0; i < conversationColumns().size(); ++i)
            out << QString(); // an older server: nothing to say
        return;
    }
    const ConversationQuality::Call figures = ConversationQuality::computeCall(*attempt);
    const auto ms = [](const std::optional<double> &v) {
        return v ? QString::number(qRound64(*v)) : QString();
    };
    out << ms(figures.latencyP50Ms) << ms(figures.latencyP90Ms)
        << QString::number(figures.interruptions())
        << (figures.takenOver ? QStringLiteral("true") : QStringLiteral("false"))
        << QString::number(figures.toolErrors);
}

QStringList RowsCsvExporter::cells(const Row &row) const
{
    QStringList out;
    out.reserve(fixedColumns().size() + m_inputKeys.size() + m_outputKeys.size());
    out << QString::number(row.rowIndex) << row.phoneNumber;
    const Call *call = row.call ? &*row.call : nullptr;
    const CallAttempt *last = call ? call->latestAttempt() : nullptr;
    if (call) {
        out << call->id << call->status.text
            << QString::number(std::max<qint64>(call->callsCount, call->callAttempts.size()));
    } else {
        out << QString() << QString() << QString();
    }
    if (last) {
        const qint64 duration = last->durationSeconds();
        out << last->result.text << last->status.text << last->dialError.text << last->endedBy.text
            << last->endReason << last->startedAt.toIsoString() << last->answeredAt.toIsoString()
            << last->endedAt.toIsoString()
            << (duration >= 0 ? QString::number(duration) : QString()) << last->recordingUrl;
    } else {
        for (int i = 0; i < 10; ++i)
            out << QString();
    }
    out << outcomeDetailKey(row);
    appendConversationCells(out, call ? call->latestAnsweredAttempt() : nullptr);
    for (const QString &key : m_inputKeys)
        out << row.inputValue(key);
    for (const QString &key : m_outputKeys)
        out << JsonText::compact(row.structuredOutput().value(key));
    return chosen(out);
}

RowsCsvExporter::Result RowsCsvExporter::write(QIODevice *device, const Progress &progress) const
{
    Result result;
    if (!device || !device->isWritable()) {
        result.error = QStringLiteral("The export file is not open for writing.");
        return result;
    }
    const qint64 total = m_rows.size();
    const int chunkRows = std::max(1, m_options.rowsPerChunk);
    QByteArray buffer;
    appendHeader(buffer);

    auto flush = [&]() -> bool {
        if (buffer.isEmpty())
            return true;
        if (device->write(buffer) != buffer.size()) {
            result.error =
                QStringLiteral("Could not write the export: %1").arg(device->errorString());
            return false;
        }
        buffer.clear();
        return true;
    };

    for (qint64 i = 0; i < total; ++i) {
        CsvWriter::appendRecord(buffer, cells(m_rows.at(i)));
        result.rowsWritten = i + 1;
        if ((i + 1) % chunkRows == 0 || i + 1 == total) {
            if (!flush())
                return result;
            if (progress && !progress(result.rowsWritten, total)) {
                result.cancelled = true;
                result.error = QStringLiteral("The export was cancelled after %1 of %2 rows.")
                                   .arg(result.rowsWritten)
                                   .arg(total);
                return result;
            }
        }
    }
    if (!flush())
        return result;
    if (total == 0 && progress)
        progress(0, 0);
    result.ok = true;
    return result;
}

} // namespace revox
