#include "OutputCondition.h"

#include "JsonText.h"

namespace revox {

bool OutputCondition::matchesValue(const QJsonValue &value) const
{
    switch (kind) {
    case Kind::Equals:
        return JsonText::compact(value) == text;
    case Kind::Range: {
        if (!value.isDouble())
            return false;
        const double v = value.toDouble();
        return v >= low && (highInclusive ? v <= high : v < high);
    }
    case Kind::Day:
        return value.isString() && value.toString().startsWith(text) && !text.isEmpty();
    }
    return false;
}

std::optional<OutputCondition> OutputCondition::parse(const QString &text, QString *error)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        if (error)
            *error = QStringLiteral("expected FIELD=VALUE, got \"%1\"").arg(text);
        return std::nullopt;
    }
    OutputCondition c;
    c.field = text.left(eq).trimmed();
    c.text = text.mid(eq + 1);
    if (c.field.isEmpty()) {
        if (error)
            *error = QStringLiteral("expected FIELD=VALUE, got \"%1\"").arg(text);
        return std::nullopt;
    }
    return c;
}

static QString kindName(OutputCondition::Kind kind)
{
    switch (kind) {
    case OutputCondition::Kind::Equals:
        return QStringLiteral("equals");
    case OutputCondition::Kind::Range:
        return QStringLiteral("range");
    case OutputCondition::Kind::Day:
        return QStringLiteral("day");
    }
    return {};
}

QJsonObject OutputCondition::toJson() const
{
    QJsonObject o{{QStringLiteral("field"), field}, {QStringLiteral("kind"), kindName(kind)}};
    if (kind == Kind::Range) {
        o.insert(QStringLiteral("low"), low);
        o.insert(QStringLiteral("high"), high);
        o.insert(QStringLiteral("high_inclusive"), highInclusive);
    } else {
        o.insert(QStringLiteral("text"), text);
    }
    return o;
}

std::optional<OutputCondition> OutputCondition::fromJson(const QJsonObject &object)
{
    OutputCondition c;
    c.field = object.value(QStringLiteral("field")).toString();
    if (c.field.isEmpty())
        return std::nullopt;
    const QString kind = object.value(QStringLiteral("kind")).toString();
    if (kind == kindName(Kind::Range)) {
        const QJsonValue low = object.value(QStringLiteral("low"));
        const QJsonValue high = object.value(QStringLiteral("high"));
        if (!low.isDouble() || !high.isDouble())
            return std::nullopt;
        c.kind = Kind::Range;
        c.low = low.toDouble();
        c.high = high.toDouble();
        c.highInclusive = object.value(QStringLiteral("high_inclusive")).toBool();
        return c;
    }
    if (kind != kindName(Kind::Equals) && kind != kindName(Kind::Day))
        return std::nullopt;
    const QJsonValue text = object.value(QStringLiteral("text"));
    if (!text.isString())
        return std::nullopt;
    c.kind = kind == kindName(Kind::Day) ? Kind::Day : Kind::Equals;
    c.text = text.toString();
    return c;
}

bool matchesAll(const QList<OutputCondition> &conditions, const QJsonObject &output)
{
    for (const OutputCondition &c : conditions) {
        if (!c.matches(output))
            return false;
    }
    return true;
}

} // namespace revox
