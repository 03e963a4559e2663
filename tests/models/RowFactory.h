#pragma once

#include "Row.h"

#include <QJsonObject>

// Builds campaign rows for model tests: plain values, no JSON, no network.
namespace revox::testing {

inline Row makeRow(int index, const QString &status = QString(), const QString &result = QString())
{
    Row row;
    row.id = QStringLiteral("row-%1").arg(index, 6, 10, QLatin1Char('0'));
    row.rowIndex = index;
    row.phoneNumber = QStringLiteral("+3361234%1").arg(index, 4, 10, QLatin1Char('0'));
    row.inputData = {{QStringLiteral("city"), QStringLiteral("Lyon")},
                     {QStringLiteral("name"), QStringLiteral("Contact %1").arg(index)}};
    if (status.isEmpty())
        return row;
    Call call;
    call.id = QStringLiteral("call-%1").arg(index);
    call.status = ApiEnum<CallStatus>::fromText(status);
    if (!result.isEmpty() || status == QLatin1String("completed")) {
        CallAttempt a;
        a.id = QStringLiteral("attempt-%1-1").arg(index);
        a.status = ApiEnum<AttemptStatus>::fromText(QStringLiteral("completed"));
        if (!result.isEmpty())
            a.result = ApiEnum<CallResult>::fromText(result);
        a.startedAt = Timestamp::parseIso8601(u"2026-11-20T09:00:00Z");
        a.answeredAt = Timestamp::parseIso8601(u"2026-11-20T09:00:05Z");
        a.endedAt = Timestamp::parseIso8601(u"2026-11-20T09:01:20Z");
        call.callAttempts.append(a);
        call.callsCount = 1;
    }
    row.call = call;
    return row;
}

inline void addTranscript(Row &row, const QList<std::pair<QString, QString>> &turns)
{
    QList<TranscriptEntry> entries;
    for (const auto &[role, content] : turns) {
        TranscriptEntry e;
        e.role = ApiEnum<TranscriptRole>::fromText(role);
        e.setContent(content);
        entries.append(e);
    }
    row.call->callAttempts.first().transcript = entries;
}

inline QList<Row> makeRows(int first, int count,
                           const QString &status = QStringLiteral("completed"),
                           const QString &result = QStringLiteral("human"))
{
    QList<Row> rows;
    for (int i = first; i < first + count; ++i)
        rows.append(makeRow(i, status, result));
    return rows;
}

} // namespace revox::testing
