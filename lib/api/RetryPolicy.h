#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace revox {

// The official SDKs' retry rules: which answers are worth another attempt, and how long
// to wait before it (exponential back-off with jitter, or what the server asks for).
class RetryPolicy
{
public:
    RetryPolicy(int initialBackoffMs, int maxBackoffMs, int maxRetryAfterMs);

    // 408, 409, 429 and every 5xx.
    static bool isRetryableStatus(int httpStatus);
    // The x-should-retry header ("true"/"false") overrides the status rule; nullopt
    // when absent or not understood.
    static std::optional<bool> shouldRetryHeader(const QByteArray &value);
    // Retry-After as delta-seconds or an HTTP-date, relative to now; never negative.
    // nullopt when the value is neither.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);
    // retry-after-ms (a number of milliseconds); nullopt when absent or not a number.
    static std::optional<qint64> parseRetryAfterMs(const QByteArray &value);

    // Wait before retry number retryIndex (0 for the first retry): initial * 2^index,
    // capped at the maximum, times a jitter factor in (0.75, 1]. random01 is in [0, 1).
    qint64 backoffMs(int retryIndex, double random01) const;
    // The wait the server asked for, capped at maxRetryAfterMs.
    qint64 cappedServerDelay(qint64 requestedMs) const;

private:
    int m_initialBackoffMs;
    int m_maxBackoffMs;
    int m_maxRetryAfterMs;
};

} // namespace revox
