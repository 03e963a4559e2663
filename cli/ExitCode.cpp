#include "ExitCode.h"

namespace revox::cli {

ExitCode exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiErrorKind::None:
        return ExitCode::Ok;
    case ApiErrorKind::BadRequest:
    case ApiErrorKind::InsecureUrl:
        return ExitCode::Usage;
    case ApiErrorKind::Authentication:
    case ApiErrorKind::Permission:
        return ExitCode::Authentication;
    case ApiErrorKind::NotFound:
        return ExitCode::NotFound;
    case ApiErrorKind::RateLimited:
    case ApiErrorKind::Server:
    case ApiErrorKind::Network:
    case ApiErrorKind::Timeout:
    case ApiErrorKind::Cancelled:
        return ExitCode::Unavailable;
    case ApiErrorKind::InvalidResponse:
        return ExitCode::NotUnderstood;
    }
    return ExitCode::Unavailable;
}

QString errorEventKind(const ApiError &error)
{
    switch (error.kind) {
    case ApiErrorKind::Authentication:
    case ApiErrorKind::Permission:
        return QStringLiteral("auth");
    case ApiErrorKind::InvalidResponse:
        return QStringLiteral("parse");
    case ApiErrorKind::BadRequest:
    case ApiErrorKind::NotFound:
    case ApiErrorKind::RateLimited:
    case ApiErrorKind::Server:
        return QStringLiteral("server");
    case ApiErrorKind::None:
    case ApiErrorKind::Network:
    case ApiErrorKind::Timeout:
    case ApiErrorKind::InsecureUrl:
    case ApiErrorKind::Cancelled:
        break;
    }
    return QStringLiteral("network");
}

} // namespace revox::cli
