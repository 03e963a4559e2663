#include "ApiError.h"

namespace revox {

QString ApiError::kindName(ApiErrorKind kind)
{
    switch (kind) {
    case ApiErrorKind::None:
        return QStringLiteral("none");
    case ApiErrorKind::BadRequest:
        return QStringLiteral("bad_request");
    case ApiErrorKind::Authentication:
        return QStringLiteral("authentication");
    case ApiErrorKind::Permission:
        return QStringLiteral("permission");
    case ApiErrorKind::NotFound:
        return QStringLiteral("not_found");
    case ApiErrorKind::RateLimited:
        return QStringLiteral("rate_limited");
    case ApiErrorKind::Server:
        return QStringLiteral("server");
    case ApiErrorKind::Network:
        return QStringLiteral("network");
    case ApiErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ApiErrorKind::InvalidResponse:
        return QStringLiteral("invalid_response");
    case ApiErrorKind::InsecureUrl:
        return QStringLiteral("insecure_url");
    case ApiErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace revox
