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

} // namespace revox::cli
