#include "RetryPolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace revox {

RetryPolicy::RetryPolicy(int initialBackoffMs, int maxBackoffMs, int maxRetryAfterMs)
    : m_initialBackoffMs(std::max(0, initialBackoffMs))
    , m_maxBackoffMs(std::max(0, maxBackoffMs))
    , m_maxRetryAfterMs(std::max(0, maxRetryAfterMs))
{
}

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 408 || httpStatus == 409 || httpStatus == 429 || httpStatus >= 500;
}

std::optional<bool> RetryPolicy::shouldRetryHeader(const QByteArray &value)
{
    const QByteArray v = value.trimmed().toLower();
    if (v == "true")
        return true;
    if (v == "false")
        return false;
    return std::nullopt;
}

static QDateTime parseHttpDate(const QString &text)
{
    const QString simplified = text.simplified();
    // The weekday is redundant and, with two-digit years, would not match the date.
    const qsizetype firstSpace = simplified.indexOf(QLatin1Char(' '));
    if (firstSpace < 0)
        return {};
    const QString rest = simplified.mid(firstSpace + 1);
    const QLocale c = QLocale::c();
    // IMF-fixdate, then the obsolete RFC 850 and asctime forms (RFC 9110 section 5.6.7).
    static const char *const formats[] = {
        "d MMM yyyy HH:mm:ss 'GMT'",
        "d MMM yyyy HH:mm:ss 'UTC'",
        "d-MMM-yy HH:mm:ss 'GMT'",
        "MMM d HH:mm:ss yyyy",
    };
    for (const char *format : formats) {
        QDateTime dt = c.toDateTime(rest, QString::fromLatin1(format));
        if (dt.isValid()) {
            if (dt.date().year() < 1970)
                dt = dt.addYears(100);
            return QDateTime(dt.date(), dt.time(), QTimeZone::utc());
        }
    }
    return QDateTime::fromString(simplified, Qt::RFC2822Date);
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const double seconds = v.toDouble(&isNumber);
    if (isNumber) {
        if (!std::isfinite(seconds))
            return std::nullopt;
        return std::max<qint64>(0, qint64(std::min(seconds, 1e9) * 1000.0));
    }
    const QDateTime when = parseHttpDate(QString::fromLatin1(v));
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(when));
}

std::optional<qint64> RetryPolicy::parseRetryAfterMs(const QByteArray &value)
{
    bool ok = false;
    const double ms = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(ms))
        return std::nullopt;
    return std::max<qint64>(0, qint64(std::min(ms, 1e12)));
}

qint64 RetryPolicy::backoffMs(int retryIndex, double random01) const
{
    const double base = double(m_initialBackoffMs) * std::pow(2.0, std::clamp(retryIndex, 0, 30));
    const double capped = std::min(base, double(m_maxBackoffMs));
    const double jitter = 1.0 - 0.25 * std::clamp(random01, 0.0, 1.0);
    return qint64(capped * jitter);
}

qint64 RetryPolicy::cappedServerDelay(qint64 requestedMs) const
{
    return std::clamp<qint64>(requestedMs, 0, m_maxRetryAfterMs);
}

} // namespace revox
