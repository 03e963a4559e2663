#pragma once

#include <QString>

namespace revox {

// What went wrong with a request, in classes a person (and an exit code) can act on.
enum class ApiErrorKind {
    None,
    BadRequest,      // 400, 422
    Authentication,  // 401: key missing or refused
    Permission,      // 403
    NotFound,        // 404
    RateLimited,     // 429 after retries
    Server,          // >= 500 after retries, or another unexpected status
    Network,         // connection refused, DNS, TLS, dropped connection
    Timeout,         // transfer timeout
    InvalidResponse, // body not understood (not JSON, wrong shape)
    InsecureUrl,     // http:// to a host that is not loopback, or an unusable URL
    Cancelled        // cancelled by the caller
};

// A failed request: its class, HTTP status (0 when none), and a message that says
// what happened and what to do. Never contains the API key.
struct ApiError
{
    ApiErrorKind kind = ApiErrorKind::None;
    int httpStatus = 0;
    QString message;
    int attempts = 0;         // how many times the request was sent
    qint64 retryAfterMs = -1; // the wait the server asked for (Retry-After), -1 when none

    bool isError() const { return kind != ApiErrorKind::None; }
    // A stable short name: "authentication", "rate_limited", ...
    static QString kindName(ApiErrorKind kind);
};

} // namespace revox
