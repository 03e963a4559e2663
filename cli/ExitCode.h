#pragma once

#include "ApiError.h"

namespace revox::cli {

// The process exit codes revox-cli promises to scripts.
enum class ExitCode {
    Ok = 0,
    Usage = 2,          // bad command line, unusable base URL
    Authentication = 3, // key missing or refused, or not allowed
    NotFound = 4,       // no such campaign or call
    Unavailable = 5,    // network, server or rate limit, after retries
    NotUnderstood = 6,  // the answer was not the API's JSON, or a listing of rows the server
                        // never let end (the same rows again and again)
};

// The exit code for a failed request.
ExitCode exitCodeFor(const ApiError &error);

// The class of a failed request in watch's error events: "network" (no answer, too slow,
// an unusable address), "server" (an error status), "auth" (key refused or not allowed) or
// "parse" (the answer was not understood).
QString errorEventKind(const ApiError &error);

} // namespace revox::cli
