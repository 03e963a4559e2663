#include "OutcomeFacets.h"

#include "JsonText.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace revox {

namespace {

bool isDateText(const QString &s)
{
    static const QRegularExpression date(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    return date.match(s).hasMatch();
}

bool isDateTimeText(const QString &s)
{
    static const QRegularExpression dateTime(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2})"));
    return dateTime.match(s).hasMatch();
}

// The type a field's values suggest, for fields the config does not describe.
OutputFieldType typeOfValues(const QList<QJsonValue> &values)
{
    bool allBool = true, allNumber = true, allDate = true, allDateTime = true;
    int seen = 0;
    for (const QJsonValue &v : values) {
        if (v.isNull() || v.isUndefined())
            continue;
        ++seen;
        allBool = allBool && v.isBool();
        allNumber = allNumber && v.isDouble();
        allDate = allDate && v.isString() && isDateText(v.toString());
        allDateTime = allDateTime && v.isString() && isDateTimeText(v.toString());
    }
    if (seen == 0)
        return OutputFieldType::String;
    if (allBool)
        return OutputFieldType::Boolean;
    if (allNumber)
        return OutputFieldType::Number;
    if (allDate)
        return OutputFieldType::Date;
    if (allDateTime)
        return OutputFieldType::DateTime;
    return OutputFieldType::String;
}

OutputCondition equals(const QString &field, const QString &text)
{
    OutputCondition c;
    c.field = field;
    c.text = text;
    return c;
}

// A step of 1, 2 or 5 times a power of ten giving at most maxBins bins over [lo, hi].
double niceStep(double lo, double hi, int maxBins, bool integers)
{
    const double span = std::max(hi - lo, integers ? 1.0 : 1e-9);
    const double raw = span / maxBins;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        const double step = m * power;
        if (integers && step < 1)
            continue;
        if (std::floor(hi / step) - std::floor(lo / step) + 1 <= maxBins)
            return step;
    }
    return 10 * power;
}

// The buckets of one field, chosen from every row's value.
QList<FacetBucket> bucketsFor(const QString &field, OutputFieldType type,
                              const QStringList &enumOptions, const QList<QJsonValue> &values)
{
    QList<FacetBucket> out;
    switch (type) {
    case OutputFieldType::Boolean:
        out.append({equals(field, QStringLiteral("true")), 0});
        out.append({equals(field, QStringLiteral("false")), 0});
        break;
    case OutputFieldType::Enum: {
        QStringList options = enumOptions;
        for (const QJsonValue &v : values) {
            const QString text = JsonText::compact(v);
            if (!text.isEmpty() && !options.contains(text))
                options.append(text);
        }
        for (const QString &o : std::as_const(options))
            out.append({equals(field, o), 0});
        break;
    }
    case OutputFieldType::Number: {
        bool any = false, integers = true;
        double lo = 0, hi = 0;
        for (const QJsonValue &v : values) {
            if (!v.isDouble())
                continue;
            const double d = v.toDouble();
            if (!std::isfinite(d))
                continue;
            integers = integers && d == std::floor(d);
            lo = any ? std::min(lo, d) : d;
            hi = any ? std::max(hi, d) : d;
            any = true;
        }
        if (!any)
            break;
        const double step = niceStep(lo, hi, OutcomeFacets::kMaxRanges, integers);
        for (double start = std::floor(lo / step) * step; start <= hi; start += step) {
            OutputCondition c;
            c.field = field;
            c.kind = OutputCondition::Kind::Range;
            c.low = start;
            c.high = integers ? start + step - 1 : start + step;
            c.highInclusive = integers || start + step > hi;
            out.append({c, 0});
        }
        break;
    }
    case OutputFieldType::Date:
    case OutputFieldType::DateTime: {
        QHash<QString, int> days;
        for (const QJsonValue &v : values) {
            if (v.isString() && v.toString().size() >= 10)
                ++days[v.toString().left(10)];
        }
        QList<std::pair<QString, int>> ranked(days.keyValueBegin(), days.keyValueEnd());
        std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        ranked = ranked.mid(0, OutcomeFacets::kMaxDays);
        std::sort(ranked.begin(), ranked.end());
        for (const auto &[day, count] : std::as_const(ranked)) {
            OutputCondition c;
            c.field = field;
            c.kind = OutputCondition::Kind::Day;
            c.text = day;
            out.append({c, 0});
        }
        break;
    }
    case OutputFieldType::String:
    case OutputFieldType::Unknown: {
        QHash<QString, int> texts;
        for (const QJsonValue &v : values) {
            const QString text = JsonText::compact(v);
            if (!text.isEmpty())
                ++texts[text];
        }
        QList<std::pair<QString, int>> ranked(texts.keyValueBegin(), texts.keyValueEnd());
        std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        for (const auto &[text, count] : ranked.mid(0, OutcomeFacets::kMaxStringValues))
            out.append({equals(field, text), 0});
        break;
    }
    }
    return out;
}

} // namespace

QList<OutputFacet> OutcomeFacets::compute(const QList<StructuredOutputField> &config,
                                          const QList<Row> &rows,
                                          const std::function<bool(int row)> &accepts,
                                          const QList<OutputCondition> &active)
{
    // The fields: the config's, in its order, then keys seen in outputs, in first-seen order.
    QList<OutputFacet> facets;
    QHash<QString, int> indexOf;
    for (const StructuredOutputField &f : config) {
        if (f.name.isEmpty() || indexOf.contains(f.name))
            continue;
        OutputFacet facet;
        facet.field = f.name;
        facet.type = f.type.isKnown() ? f.type.value : OutputFieldType::String;
        facet.inConfig = true;
        facet.description = f.description;
        indexOf.insert(f.name, int(facets.size()));
        facets.append(facet);
    }
    QList<QList<QJsonValue>> values(facets.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QJsonObject &output = rows.at(r).structuredOutput();
        for (auto it = output.begin(); it != output.end(); ++it) {
            if (!indexOf.contains(it.key())) {
                OutputFacet facet;
                facet.field = it.key();
                indexOf.insert(it.key(), int(facets.size()));
                facets.append(facet);
                values.append(QList<QJsonValue>(r, QJsonValue(QJsonValue::Undefined)));
            }
        }
        for (qsizetype f = 0; f < facets.size(); ++f)
            values[f].append(output.value(facets.at(f).field));
    }
    for (qsizetype f = 0; f < facets.size(); ++f) {
        OutputFacet &facet = facets[f];
        if (!facet.inConfig)
            facet.type = typeOfValues(values.at(f));
        QStringList options;
        for (const StructuredOutputField &c : config) {
            if (c.name == facet.field)
                options = c.enumOptions;
        }
        facet.buckets = bucketsFor(facet.field, facet.type, options, values.at(f));
        facet.missing.condition = equals(facet.field, QString());
    }

    // Which active conditions a row fails, one bit per facet (conditions on fields with
    // no facet are checked as a whole).
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (accepts && !accepts(int(r)))
            continue;
        const QJsonObject &output = rows.at(r).structuredOutput();
        quint64 failing = 0;
        bool failsOther = false;
        for (const OutputCondition &c : active) {
            if (c.matches(output))
                continue;
            const int at = indexOf.value(c.field, -1);
            if (at >= 0 && at < 64)
                failing |= quint64(1) << at;
            else
                failsOther = true;
        }
        if (failsOther)
            continue;
        for (qsizetype f = 0; f < facets.size(); ++f) {
            const quint64 bit = f < 64 ? quint64(1) << f : 0;
            if ((failing & ~bit) != 0)
                continue;
            OutputFacet &facet = facets[f];
            ++facet.rowsCounted;
            const QJsonValue &value = values.at(f).at(r);
            if (JsonText::compact(value).isEmpty()) {
                ++facet.missing.count;
                continue;
            }
            bool placed = false;
            for (FacetBucket &b : facet.buckets) {
                if (b.condition.matches(output)) {
                    ++b.count;
                    placed = true;
                    break;
                }
            }
            if (!placed)
                ++facet.otherValues;
        }
    }
    return facets;
}

} // namespace revox
