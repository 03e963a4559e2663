#pragma once

#include <QLatin1StringView>
#include <QString>

namespace revox::json {

// One step of the way from a body's root to the value being read. Steps live on the
// stack of the reading functions; the text form ("rows[3].call.status") is built only
// when a problem is reported.
struct JsonPath
{
    const JsonPath *parent = nullptr;
    QLatin1StringView key;               // member name known in advance
    const QString *dynamicKey = nullptr; // member name taken from the body (input_data keys)
    qsizetype index = -1;                // array position, when this step enters an array

    JsonPath member(QLatin1StringView name) const { return JsonPath{this, name, nullptr, -1}; }
    JsonPath member(const QString &name) const { return JsonPath{this, {}, &name, -1}; }
    JsonPath at(qsizetype i) const { return JsonPath{this, {}, nullptr, i}; }

    // "rows[3].call.call_attempts[0].status"; empty for the root.
    QString toString() const;
};

} // namespace revox::json
