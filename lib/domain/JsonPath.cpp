#include "JsonPath.h"

namespace revox::json {

QString JsonPath::toString() const
{
    QString text = parent ? parent->toString() : QString();
    if (index >= 0) {
        text += QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    } else if (dynamicKey || !key.isEmpty()) {
        if (!text.isEmpty())
            text += QLatin1Char('.');
        text += dynamicKey ? *dynamicKey : QString(key);
    }
    return text;
}

} // namespace revox::json
