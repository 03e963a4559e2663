#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <limits>

namespace revox {

// A point in time from the API, stored as UTC milliseconds; "unknown" when the API
// sent null, an object, or text that is not ISO 8601.
class Timestamp
{
public:
    Timestamp() = default;
    static Timestamp fromMSecsSinceEpoch(qint64 ms)
    {
        Timestamp t;
        t.m_ms = ms;
        return t;
    }
    static Timestamp fromDateTime(const QDateTime &dt)
    {
        return dt.isValid() ? fromMSecsSinceEpoch(dt.toMSecsSinceEpoch()) : Timestamp();
    }
    // Parses ISO 8601: "2026-11-20T09:15:03Z", with or without fractional seconds (any
    // number of digits), with "Z", "+02:00", "+0200" or no offset (taken as UTC), and a
    // plain date "2026-11-20". Anything else yields an unknown Timestamp.
    static Timestamp parseIso8601(QStringView text);

    bool isValid() const { return m_ms != kUnknown; }
    qint64 toMSecsSinceEpoch() const { return m_ms; }
    QDateTime toDateTime() const
    {
        return isValid() ? QDateTime::fromMSecsSinceEpoch(m_ms, Qt::UTC) : QDateTime();
    }
    // "2026-11-20T09:15:03.123Z" (UTC, milliseconds), or an empty string when unknown.
    QString toIsoString() const;

    bool operator==(const Timestamp &o) const { return m_ms == o.m_ms; }
    bool operator!=(const Timestamp &o) const { return m_ms != o.m_ms; }
    bool operator<(const Timestamp &o) const { return m_ms < o.m_ms; }

private:
    static constexpr qint64 kUnknown = std::numeric_limits<qint64>::min();
    qint64 m_ms = kUnknown;
};

} // namespace revox
