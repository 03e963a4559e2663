#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace revox {

// One condition on a row's structured output (Row::structuredOutput()), as the outcome
// facets and `revox-cli rows --output` apply it. Values are compared as the export's
// `output.` columns show them (JsonText::compact), so "true", "42", "Pro" and "" (missing
// or null) mean the same in the window, the CLI and the CSV.
struct OutputCondition
{
    enum class Kind {
        Equals, // the value's text is `text` ("" matches a missing or null value)
        Range,  // a number with low <= value < high (value <= high when highInclusive)
        Day,    // a date or date-time whose first ten characters are `text` (yyyy-MM-dd)
    };
    QString field;
    Kind kind = Kind::Equals;
    QString text;
    double low = 0;
    double high = 0;
    bool highInclusive = false;

    bool matches(const QJsonObject &output) const { return matchesValue(output.value(field)); }
    // The same test on the field's value itself.
    bool matchesValue(const QJsonValue &value) const;
    // "field=value" (the CLI's form); nullopt, with a message, when there is no "=" or no
    // field name.
    static std::optional<OutputCondition> parse(const QString &text, QString *error = nullptr);
    QJsonObject toJson() const;
    // nullopt for an object that does not describe a condition (a damaged setting).
    static std::optional<OutputCondition> fromJson(const QJsonObject &object);
    bool operator==(const OutputCondition &o) const = default;
};

// True when every condition holds (AND); true for no conditions.
bool matchesAll(const QList<OutputCondition> &conditions, const QJsonObject &output);

} // namespace revox
