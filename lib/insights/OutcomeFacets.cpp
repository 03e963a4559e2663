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
    static const QRegularExpression dateTime(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2})"));
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

OutcomeFacets OutcomeFacets::index(const QList<StructuredOutputField> &config,
                                   const QList<Row> &rows)
{
    OutcomeFacets out;
    out.m_rowCount = int(rows.size());
    // The fields: the config's, in its order, then keys seen in outputs, in first-seen order.
    QList<OutputFacet> &facets = out.m_facets;
    QHash<QString, int> &indexOf = out.m_indexOf;
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
    out.m_bucketOf.resize(size_t(facets.size()));
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
        // Each row's bucket, read once, as OutputCondition::matches() would place it.
        QHash<QString, qint16> byText;
        for (qsizetype b = 0; b < facet.buckets.size(); ++b)
            byText.insert(facet.buckets.at(b).condition.text, qint16(b));
        const bool ranges = !facet.buckets.isEmpty() &&
                            facet.buckets.first().condition.kind == OutputCondition::Kind::Range;
        const bool days = !facet.buckets.isEmpty() &&
                          facet.buckets.first().condition.kind == OutputCondition::Kind::Day;
        std::vector<qint16> &bucketOf = out.m_bucketOf[size_t(f)];
        bucketOf.resize(size_t(rows.size()), kOther);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QJsonValue &v = values.at(f).at(r);
            const QString text = v.isString() ? v.toString() : JsonText::compact(v);
            qint16 bucket = kOther;
            if (text.isEmpty()) {
                bucket = kMissing;
            } else if (ranges) {
                if (v.isDouble()) {
                    for (qsizetype b = 0; b < facet.buckets.size() && bucket == kOther; ++b) {
                        if (facet.buckets.at(b).condition.matchesValue(v))
                            bucket = qint16(b);
                    }
                }
            } else if (days) {
                if (v.isString())
                    bucket = byText.value(text.left(10), kOther);
            } else {
                bucket = byText.value(text, kOther);
            }
            bucketOf[size_t(r)] = bucket;
        }
    }
    return out;
}

QList<OutputFacet> OutcomeFacets::count(const QList<Row> &rows,
                                        const std::function<bool(int row)> &accepts,
                                        const QList<OutputCondition> &active) const
{
    QList<OutputFacet> facets = m_facets;
    // Each active condition as (facet, bucket) when it is one of a facet's values, so that
    // a row is checked by its bucket; any other condition is checked on the row's output.
    struct Check
    {
        int facet = -1;
        qint16 bucket = kOther;
        const OutputCondition *condition = nullptr;
    };
    QList<Check> checks;
    for (const OutputCondition &c : active) {
        Check check;
        check.condition = &c;
        check.facet = m_indexOf.value(c.field, -1);
        if (check.facet >= 0) {
            const OutputFacet &facet = m_facets.at(check.facet);
            if (c == facet.missing.condition)
                check.bucket = kMissing;
            for (qsizetype b = 0; b < facet.buckets.size(); ++b) {
                if (c == facet.buckets.at(b).condition)
                    check.bucket = qint16(b);
            }
        }
        checks.append(check);
    }
    const qsizetype n = std::min<qsizetype>(rows.size(), m_rowCount);
    for (qsizetype r = 0; r < n; ++r) {
        if (accepts && !accepts(int(r)))
            continue;
        // Which active conditions the row fails, one bit per facet.
        quint64 failing = 0;
        bool failsOther = false;
        for (const Check &c : std::as_const(checks)) {
            const bool holds = c.facet >= 0 && c.bucket != kOther
                                   ? m_bucketOf[size_t(c.facet)][size_t(r)] == c.bucket
                                   : c.condition->matches(rows.at(r).structuredOutput());
            if (holds)
                continue;
            if (c.facet >= 0 && c.facet < 64)
                failing |= quint64(1) << c.facet;
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
            const qint16 bucket = m_bucketOf[size_t(f)][size_t(r)];
            if (bucket == kMissing)
                ++facet.missing.count;
            else if (bucket == kOther)
                ++facet.otherValues;
            else
                ++facet.buckets[bucket].count;
        }
    }
    return facets;
}

QList<OutputFacet> OutcomeFacets::compute(const QList<StructuredOutputField> &config,
                                          const QList<Row> &rows,
                                          const std::function<bool(int row)> &accepts,
                                          const QList<OutputCondition> &active)
{
    return index(config, rows).count(rows, accepts, active);
}

} // namespace revox
