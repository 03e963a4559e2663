#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace revox {

// Turns what went wrong on the wire into an ApiError whose message says what happened
// and what to do about it. Every message passes through scrub(), so the key never shows.
class ErrorMessages
{
public:
    // An HTTP answer with a status outside 2xx (after retries when it was retryable).
    static ApiError forHttpStatus(int status, const QString &reasonPhrase, const QByteArray &body,
                                  const QUrl &url, bool keyWasSent, int attempts);
    // No HTTP answer: connection refused, DNS, TLS, dropped connection.
    static ApiError forNetwork(const QString &qtErrorText, const QUrl &url, int attempts);
    // No data within the transfer timeout.
    static ApiError forTimeout(int timeoutMs, const QUrl &url, int attempts);
    // An answer that kept coming too slowly to end by its deadline (TransferDeadline).
    static ApiError forSlowTransfer(qint64 receivedBytes, qint64 elapsedMs, int timeoutMs,
                                    const QUrl &url, int attempts);
    // A 2xx body the parser could not use.
    static ApiError forInvalidBody(const QString &parserMessage, const QUrl &url, int status,
                                   int attempts);
    static ApiError forTooLarge(qint64 limitBytes, const QUrl &url, int status);
    static ApiError forInsecure(const QString &why);
    static ApiError cancelled();
    // A key that cannot go in a header (line breaks, control or non-ASCII characters, as
    // from a bad paste); nullopt when it can.
    static std::optional<ApiError> forUnsendableKey(const QString &key);
    // An id that cannot name a resource ("", ".", ".."); nullopt when id is usable.
    static std::optional<ApiError> forUnusableId(const QString &what, const QString &id);

    // The body's own explanation: "message", "error" (text or {message}) or "detail";
    // empty when there is none. Single line, at most 300 characters.
    static QString serverMessage(const QByteArray &body);
    // text with every occurrence of secret replaced by "***".
    static QString scrub(const QString &text, const QString &secret);
};

} // namespace revox
