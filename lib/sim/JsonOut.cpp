#include "JsonOut.h"

#include <cmath>
#include <cstdio>

namespace revox::sim {

void JsonOut::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.last())
            m_out.append(',');
        m_first.last() = false;
    }
}

JsonOut &JsonOut::beginObject()
{
    separate();
    m_out.append('{');
    m_first.append(true);
    return *this;
}

JsonOut &JsonOut::endObject()
{
    m_out.append('}');
    m_first.removeLast();
    return *this;
}

JsonOut &JsonOut::beginArray()
{
    separate();
    m_out.append('[');
    m_first.append(true);
    return *this;
}

JsonOut &JsonOut::endArray()
{
    m_out.append(']');
    m_first.removeLast();
    return *this;
}

JsonOut &JsonOut::key(const char *name)
{
    separate();
    m_out.append('"').append(name).append("\":");
    m_afterKey = true;
    return *this;
}

JsonOut &JsonOut::str(QStringView text)
{
    separate();
    m_out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        default:
            if (u < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", u);
                m_out.append(buf);
            } else {
                m_out.append(c);
            }
        }
    }
    m_out.append('"');
    return *this;
}

JsonOut &JsonOut::str(const char *latin1)
{
    return str(QString::fromLatin1(latin1));
}

JsonOut &JsonOut::num(qint64 value)
{
    separate();
    m_out.append(QByteArray::number(value));
    return *this;
}

JsonOut &JsonOut::num(double value)
{
    separate();
    if (!std::isfinite(value))
        m_out.append("null");
    else if (value == std::floor(value) && std::fabs(value) < 9.0e15)
        m_out.append(QByteArray::number(qint64(value)));
    else
        m_out.append(QByteArray::number(value, 'g', 12));
    return *this;
}

JsonOut &JsonOut::boolean(bool value)
{
    separate();
    m_out.append(value ? "true" : "false");
    return *this;
}

JsonOut &JsonOut::null()
{
    separate();
    m_out.append("null");
    return *this;
}

JsonOut &JsonOut::time(qint64 msSinceEpoch)
{
    separate();
    m_out.append('"').append(isoTime(msSinceEpoch)).append('"');
    return *this;
}

JsonOut &JsonOut::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
    return *this;
}

QByteArray JsonOut::isoTime(qint64 msSinceEpoch)
{
    // Civil date from days since the epoch (Howard Hinnant's algorithm).
    qint64 days = msSinceEpoch / 86400000;
    qint64 msOfDay = msSinceEpoch % 86400000;
    if (msOfDay < 0) {
        msOfDay += 86400000;
        --days;
    }
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 year = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    if (month <= 2)
        ++year;
    char buf[96];
    std::snprintf(
        buf, sizeof buf, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lldZ",
        static_cast<long long>(year), static_cast<long long>(month), static_cast<long long>(day),
        static_cast<long long>(msOfDay / 3600000), static_cast<long long>(msOfDay / 60000 % 60),
        static_cast<long long>(msOfDay / 1000 % 60), static_cast<long long>(msOfDay % 1000));
    return QByteArray(buf);
}

} // namespace revox::sim
