#pragma once

#include "ApiError.h"

#include <QList>
#include <QString>

namespace revox {

// One simulator fault the hardening tests inject, and what the app must make of it.
struct FaultCase
{
    QString name;       // short name for test rows and the summary
    QString spec;       // simulator fault spec (without path=)
    bool expectError;   // the refresh fails (else it succeeds with odd data)
    ApiErrorKind error; // the error class the watcher exposes when expectError

    // Every fault the simulator knows, in the order the tests inject them. timeoutMs is the
    // client's transfer timeout: the latency fault waits longer than that.
    static QList<FaultCase> all(int timeoutMs)
    {
        return {
            {QStringLiteral("latency"), QStringLiteral("latency=%1").arg(timeoutMs * 2), true,
             ApiErrorKind::Timeout},
            {QStringLiteral("stall"), QStringLiteral("stall"), true, ApiErrorKind::Timeout},
            {QStringLiteral("429"), QStringLiteral("status=429,retry-after=1"), true,
             ApiErrorKind::RateLimited},
            {QStringLiteral("500"), QStringLiteral("status=500"), true, ApiErrorKind::Server},
            {QStringLiteral("502"), QStringLiteral("status=502"), true, ApiErrorKind::Server},
            {QStringLiteral("503"), QStringLiteral("status=503"), true, ApiErrorKind::Server},
            {QStringLiteral("drop"), QStringLiteral("drop"), true, ApiErrorKind::Network},
            {QStringLiteral("truncate"), QStringLiteral("truncate"), true, ApiErrorKind::Network},
            {QStringLiteral("malformed"), QStringLiteral("malformed"), true,
             ApiErrorKind::InvalidResponse},
            {QStringLiteral("wrong-types"), QStringLiteral("wrong-types"), false,
             ApiErrorKind::None},
            {QStringLiteral("unknown-enums"), QStringLiteral("unknown-enums"), false,
             ApiErrorKind::None},
        };
    }
};

} // namespace revox
