#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace revox {

namespace {

// Integers up to 2^53 are exact in a double: written without a decimal point.
constexpr double kLargestExactInteger = 9007199254740992.0;

QString documentText(const QJsonValue &value, QJsonDocument::JsonFormat format)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(format)).trimmed();
}

} // namespace

QString JsonText::number(double value)
{
    if (std::isfinite(value) && value == std::floor(value) &&
        std::fabs(value) <= kLargestExactInteger)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString JsonText::compact(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return documentText(value, QJsonDocument::Compact);
    }
    return {};
}

QString JsonText::indented(const QJsonValue &value)
{
    if (value.isArray() || value.isObject())
        return documentText(value, QJsonDocument::Indented);
    if (value.isString()) {
        // A string that holds JSON is shown indented too; any other string as it is.
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && (document.isObject() || document.isArray()))
            return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
    }
    return compact(value);
}

} // namespace revox
