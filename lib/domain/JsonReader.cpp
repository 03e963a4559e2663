#include "JsonReader.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <limits>

namespace revox::json {
namespace {

// Longer strings are unlikely to repeat; they are not looked up for sharing.
constexpr qsizetype kMaxSharedLength = 64;

QString expectedName(QJsonValue::Type t)
{
    switch (t) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// A value of another type as text, for maps documented as {string: string}.
QString textOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
        if (i != std::numeric_limits<qint64>::min())
            return QString::number(i);
        return QString::number(v.toDouble(), 'g', 17);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

QString typeName(const QJsonValue &v)
{
    return expectedName(v.type());
}

ParseProblem JsonReader::moreProblems(const QString &firstPath, qsizetype count)
{
    return ParseProblem{
        firstPath,
        QStringLiteral("%1 more problems not listed, the first of them here").arg(count)};
}

void JsonReader::problem(const JsonPath &path, const QString &message)
{
    if (m_problems.size() >= m_maxProblems) {
        if (m_dropped++ == 0)
            m_firstDroppedPath = path.toString();
        return;
    }
    m_problems.append(ParseProblem{path.toString(), message});
}

void JsonReader::finish()
{
    if (m_dropped > 0) {
        m_problems.append(moreProblems(m_firstDroppedPath, m_dropped));
        m_dropped = 0;
    }
}

bool JsonReader::check(const QJsonValue &v, QJsonValue::Type expected, const JsonPath &path,
                       Need need)
{
    const QJsonValue::Type t = v.type();
    if (t == expected)
        return true;
    if (t == QJsonValue::Undefined) {
        if (need == Need::Required)
            problem(path, QStringLiteral("missing, expected ") + expectedName(expected));
        return false;
    }
    if (t == QJsonValue::Null && need == Need::Optional)
        return false;
    problem(path, QStringLiteral("expected ") + expectedName(expected) + QStringLiteral(", got ") +
                      typeName(v));
    return false;
}

QString JsonReader::string(const QJsonValue &v, const JsonPath &path, Need need)
{
    return check(v, QJsonValue::String, path, need) ? v.toString() : QString();
}

QString JsonReader::sharedString(const QJsonValue &v, const JsonPath &path, Need need)
{
    return check(v, QJsonValue::String, path, need) ? intern(v.toString()) : QString();
}

bool JsonReader::boolean(const QJsonValue &v, const JsonPath &path, Need need)
{
    return check(v, QJsonValue::Bool, path, need) && v.toBool();
}

std::optional<bool> JsonReader::optionalBoolean(const QJsonValue &v, const JsonPath &path)
{
    if (!check(v, QJsonValue::Bool, path, Need::Optional))
        return std::nullopt;
    return v.toBool();
}

std::optional<qint64> JsonReader::integer(const QJsonValue &v, const JsonPath &path, Need need)
{
    if (!check(v, QJsonValue::Double, path, need))
        return std::nullopt;
    constexpr qint64 kNone = std::numeric_limits<qint64>::min();
    const qint64 i = v.toInteger(kNone);
    if (i != kNone)
        return i;
    const double d = v.toDouble();
    if (d == -9223372036854775808.0)
        return kNone;
    if (!std::isfinite(d) || d >= 9223372036854775807.0 || d < -9223372036854775807.0) {
        problem(path, QStringLiteral("number out of range: ") + QString::number(d, 'g', 17));
        return std::nullopt;
    }
    // A fraction where the API documents a count: keep the nearest whole number, say so.
    problem(path, QStringLiteral("expected integer, got ") + QString::number(d, 'g', 17));
    return std::llround(d);
}

std::optional<double> JsonReader::number(const QJsonValue &v, const JsonPath &path, Need need)
{
    if (!check(v, QJsonValue::Double, path, need))
        return std::nullopt;
    return v.toDouble();
}

Timestamp JsonReader::timestamp(const QJsonValue &v, const JsonPath &path)
{
    if (!v.isString())
        return {};
    const QString text = v.toString();
    const Timestamp t = Timestamp::parseIso8601(text);
    if (!t.isValid() && !text.isEmpty()) {
        constexpr qsizetype kShown = 40;
        problem(path, QStringLiteral("not an ISO 8601 time, kept as unknown: \"") +
                          text.left(kShown) +
                          (text.size() > kShown ? QStringLiteral("...\"") : QStringLiteral("\"")));
    }
    return t;
}

QList<std::pair<QString, QString>> JsonReader::stringMap(const QJsonObject &o, const JsonPath &path)
{
    QList<std::pair<QString, QString>> pairs;
    pairs.reserve(o.size());
    for (auto it = o.constBegin(), end = o.constEnd(); it != end; ++it) {
        QString key = intern(it.key());
        const QJsonValue v = it.value();
        if (v.isString()) {
            pairs.emplace_back(std::move(key), v.toString());
            continue;
        }
        problem(path.member(key), QStringLiteral("expected string, got ") + typeName(v));
        pairs.emplace_back(std::move(key), textOf(v));
    }
    const auto byKey = [](const auto &a, const auto &b) {
        return a.first < b.first;
    };
    if (!std::is_sorted(pairs.cbegin(), pairs.cend(), byKey))
        std::sort(pairs.begin(), pairs.end(), byKey);
    return pairs;
}

QStringList JsonReader::stringList(const QJsonArray &a, const JsonPath &path)
{
    QStringList list;
    list.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        list.append(sharedString(a.at(i), path.at(i), Need::Required));
    return list;
}

QString JsonReader::intern(const QString &s)
{
    if (s.size() > kMaxSharedLength)
        return s;
    auto it = m_strings.constFind(s);
    if (it != m_strings.cend())
        return *it;
    m_strings.insert(s);
    return s;
}

} // namespace revox::json
