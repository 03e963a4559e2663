#pragma once

#include <QJsonValue>
#include <QString>

namespace revox {

// The one way a free-form JSON value (structured output, tool arguments) is written as text,
// so that a table cell, a CSV cell and the call detail show the same value the same way.
class JsonText
{
public:
    // On one line: a string as it is, true / false, a number exactly (an integer without a
    // decimal point, any other number in the shortest form that reads back the same), an
    // array or object as compact JSON; empty for null and undefined.
    static QString compact(const QJsonValue &value);
    // As compact(), but an array or object, or a string that holds one, as indented JSON.
    static QString indented(const QJsonValue &value);
    // A JSON number as compact() writes it: 42, -7, 0.1, 1e+300.
    static QString number(double value);
};

} // namespace revox
