#pragma once

#include "Row.h"

#include <QJsonObject>

namespace revox::testing {

// A row whose call made the given attempts (oldest first): each a result ("" for none),
// a start time and a length in seconds; the last one carries `output`.
struct AttemptSpec
{
    QString result;
    QString startedAt; // ISO 8601
    int seconds = 60;
};

inline Row insightRow(int index, const QList<AttemptSpec> &attempts, const QJsonObject &output = {},
                      const QString &status = "completed")
{
    Row row;
    row.id = QStringLiteral("row-%1").arg(index);
    row.rowIndex = index;
    if (attempts.isEmpty() && status.isEmpty())
        return row;
    Call call;
    call.id = QStringLiteral("call-%1").arg(index);
    call.status = ApiEnum<CallStatus>::fromText(status);
    for (qsizetype i = 0; i < attempts.size(); ++i) {
        const AttemptSpec &spec = attempts.at(i);
        CallAttempt a;
        a.id = QStringLiteral("att-%1-%2").arg(index).arg(i);
        a.status = ApiEnum<AttemptStatus>::fromText(QStringLiteral("completed"));
        if (!spec.result.isEmpty())
            a.result = ApiEnum<CallResult>::fromText(spec.result);
        else
            a.dialError = ApiEnum<DialError>::fromText(QStringLiteral("no_answer"));
        a.startedAt = Timestamp::parseIso8601(spec.startedAt);
        const qint64 start = a.startedAt.toMSecsSinceEpoch();
        if (!spec.result.isEmpty())
            a.answeredAt = Timestamp::fromMSecsSinceEpoch(start);
        a.endedAt = Timestamp::fromMSecsSinceEpoch(start + qint64(spec.seconds) * 1000);
        if (i == attempts.size() - 1)
            a.structuredOutput = output;
        call.callAttempts.prepend(a); // most recent first
    }
    call.callsCount = call.callAttempts.size();
    row.call = call;
    return row;
}

} // namespace revox::testing
