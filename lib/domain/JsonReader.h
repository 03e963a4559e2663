#pragma once

#include "ApiBodyReader.h"
#include "ApiEnums.h"
#include "JsonPath.h"
#include "Timestamp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <utility>

namespace revox::json {

// Whether the API documents a field as always present (Required) or Optional.
enum class Need { Required, Optional };

// Reads typed values out of a parsed JSON body: reports wrong types and missing required
// fields as ParseProblems with their path, and shares repeated short strings.
class JsonReader
{
public:
    // maxProblems: how many are listed before the rest are only counted.
    explicit JsonReader(QList<ParseProblem> &problems, qsizetype maxProblems = kMaxProblems)
        : m_problems(problems)
        , m_maxProblems(maxProblems)
    {
    }

    // A body with thousands of broken rows keeps this many problems and counts the rest.
    static constexpr qsizetype kMaxProblems = 1000;

    void problem(const JsonPath &path, const QString &message);
    qsizetype problemCount() const { return m_problems.size() + m_dropped; }
    // Appends a last problem counting those left out once the list reached its limit.
    void finish();
    // That last problem: how many were left out, at the path of the first of them.
    static ParseProblem moreProblems(const QString &firstPath, qsizetype count);
    // "expected string, got number" (or "missing, expected string") when needed; false
    // when the value is absent or null and that is allowed, or of the wrong type.
    bool check(const QJsonValue &v, QJsonValue::Type expected, const JsonPath &path, Need need);

    QString string(const QJsonValue &v, const JsonPath &path, Need need);
    // As string(), and the text is shared with every equal text of the body.
    QString sharedString(const QJsonValue &v, const JsonPath &path, Need need);
    bool boolean(const QJsonValue &v, const JsonPath &path, Need need);
    std::optional<bool> optionalBoolean(const QJsonValue &v, const JsonPath &path);
    // A whole number (1 and 1.0 alike), exact up to the full qint64 range.
    std::optional<qint64> integer(const QJsonValue &v, const JsonPath &path, Need need);
    std::optional<double> number(const QJsonValue &v, const JsonPath &path, Need need);
    // An ISO 8601 string; anything else (null, {}, a number) is an unknown time.
    Timestamp timestamp(const QJsonValue &v, const JsonPath &path);
    // {string: string}, sorted by key; values of other types are kept as their JSON text.
    QList<std::pair<QString, QString>> stringMap(const QJsonObject &o, const JsonPath &path);
    QStringList stringList(const QJsonArray &a, const JsonPath &path);

    template <typename E> ApiEnum<E> enumValue(const QJsonValue &v, const JsonPath &path, Need need)
    {
        ApiEnum<E> e;
        if (!check(v, QJsonValue::String, path, need))
            return e;
        const QString text = v.toString();
        e.value = fromWire<E>(text);
        e.text = e.value != E::Unknown ? knownText(e.value) : intern(text);
        return e;
    }

    QString intern(const QString &s);

private:
    // The wire text of a known enum value, one copy for the whole process.
    template <typename E> static QString knownText(E v)
    {
        static const QList<QString> texts = [] {
            QList<QString> all;
            for (int i = 0;; ++i) {
                const QString wire = toWire(E(i));
                if (i > 0 && wire.isEmpty())
                    break;
                all.append(wire);
            }
            return all;
        }();
        const int i = int(v);
        return i < texts.size() ? texts.at(i) : toWire(v);
    }

    QList<ParseProblem> &m_problems;
    qsizetype m_maxProblems;
    qsizetype m_dropped = 0;
    QString m_firstDroppedPath;
    QSet<QString> m_strings;
};

// The type of a JSON value as a message names it: "string", "number", "null", ...
QString typeName(const QJsonValue &v);

} // namespace revox::json
