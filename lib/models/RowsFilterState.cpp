#include "RowsFilterState.h"

#include <QJsonArray>

namespace revox {

QJsonObject RowsFilterState::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("result"), result);
    o.insert(QStringLiteral("call_statuses"), QJsonArray::fromStringList(callStatuses));
    o.insert(QStringLiteral("dial_error"), dialError);
    o.insert(QStringLiteral("text"), text);
    o.insert(QStringLiteral("text_searches_transcripts"), textSearchesTranscripts);
    o.insert(QStringLiteral("transcript_text"), transcriptText);
    QJsonArray conditions;
    for (const OutputCondition &c : outputs)
        conditions.append(c.toJson());
    o.insert(QStringLiteral("outputs"), conditions);
    o.insert(QStringLiteral("sort_column"), sortColumn);
    o.insert(QStringLiteral("sort_descending"), sortDescending);
    return o;
}

RowsFilterState RowsFilterState::fromJson(const QJsonObject &object)
{
    RowsFilterState s;
    const auto str = [&](const char *key, QString &out) {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isString())
            out = v.toString();
    };
    str("result", s.result);
    if (s.result.isEmpty())
        s.result = QStringLiteral("all");
    const QJsonValue statuses = object.value(QLatin1String("call_statuses"));
    if (statuses.isArray()) {
        for (const QJsonValue &v : statuses.toArray()) {
            if (v.isString() && !s.callStatuses.contains(v.toString()))
                s.callStatuses.append(v.toString());
        }
    }
    str("dial_error", s.dialError);
    str("text", s.text);
    str("transcript_text", s.transcriptText);
    const QJsonValue searches = object.value(QLatin1String("text_searches_transcripts"));
    if (searches.isBool())
        s.textSearchesTranscripts = searches.toBool();
    for (const QJsonValue &v : object.value(QLatin1String("outputs")).toArray()) {
        if (const std::optional<OutputCondition> c = OutputCondition::fromJson(v.toObject()))
            s.outputs.append(*c);
    }
    const QJsonValue column = object.value(QLatin1String("sort_column"));
    if (column.isDouble())
        s.sortColumn = qMax(-1, column.toInt(-1));
    const QJsonValue descending = object.value(QLatin1String("sort_descending"));
    if (descending.isBool())
        s.sortDescending = descending.toBool();
    return s;
}

} // namespace revox
