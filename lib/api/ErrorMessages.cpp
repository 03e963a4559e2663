#include "ErrorMessages.h"

#include "ApiUrl.h"
#include "TransferDeadline.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace revox {

static QString oneLine(QString text, int maxChars = 300)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    text = text.simplified();
    if (text.size() > maxChars)
        text = text.left(maxChars - 1) + QChar(0x2026);
    return text;
}

static QString textOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"message", "error", "detail", "description"}) {
            QString t = textOf(o.value(QLatin1String(key)));
            if (!t.isEmpty())
                return t;
        }
    }
    return {};
}

QString ErrorMessages::serverMessage(const QByteArray &body)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    for (const char *key : {"message", "error", "detail", "error_description"}) {
        const QString t = textOf(o.value(QLatin1String(key)));
        if (!t.trimmed().isEmpty())
            return oneLine(t);
    }
    return {};
}

QString ErrorMessages::scrub(const QString &text, const QString &secret)
{
    if (secret.size() < 4)
        return text;
    QString out = text;
    out.replace(secret, QStringLiteral("***"));
    return out;
}

static QString statusText(int status, const QString &reason)
{
    return reason.isEmpty() ? QString::number(status)
                            : QStringLiteral("%1 %2").arg(status).arg(oneLine(reason, 80));
}

static QString attemptsText(int attempts)
{
    return attempts > 1 ? QStringLiteral(" after %1 attempts").arg(attempts) : QString();
}

ApiError ErrorMessages::forHttpStatus(int status, const QString &reasonPhrase,
                                      const QByteArray &body, const QUrl &url, bool keyWasSent,
                                      int attempts)
{
    ApiError e;
    e.httpStatus = status;
    e.attempts = attempts;
    const QString said = serverMessage(body);
    const QString detail = said.isEmpty()
                               ? QStringLiteral("HTTP %1.").arg(statusText(status, reasonPhrase))
                               : QStringLiteral("Server said: \"%1\".").arg(said);
    const QString where = url.path(QUrl::FullyDecoded);
    switch (status) {
    case 400:
    case 422:
        e.kind = ApiErrorKind::BadRequest;
        e.message = QStringLiteral("The server rejected the request for %1 (%2). %3 "
                                   "Check the filters and parameters.")
                        .arg(where)
                        .arg(status)
                        .arg(detail);
        break;
    case 401:
        e.kind = ApiErrorKind::Authentication;
        e.message = keyWasSent ? QStringLiteral("The API key was refused (401). Check "
                                                "REVOX_API_KEY or the key in Settings. %1")
                                     .arg(detail)
                               : QStringLiteral("No API key was sent (401). Set REVOX_API_KEY "
                                                "or enter the key in Settings. %1")
                                     .arg(detail);
        break;
    case 403:
        e.kind = ApiErrorKind::Permission;
        e.message = QStringLiteral("The API key may not access %1 (403). Check that the key "
                                   "belongs to the organization that owns it. %2")
                        .arg(where)
                        .arg(detail);
        break;
    case 404:
        e.kind = ApiErrorKind::NotFound;
        e.message = QStringLiteral("Not found (404): %1. Check the id, and that REVOX_BASE_URL "
                                   "points at the Revox API. %2")
                        .arg(where)
                        .arg(detail);
        break;
    case 408:
        e.kind = ApiErrorKind::Timeout;
        e.message = QStringLiteral("The server timed out on %1 (408)%2. %3 Try again later.")
                        .arg(where)
                        .arg(attemptsText(attempts))
                        .arg(detail);
        break;
    case 429:
        e.kind = ApiErrorKind::RateLimited;
        e.message = QStringLiteral("Rate limited by the server (429)%1. %2 Wait a minute and "
                                   "try again, or refresh less often.")
                        .arg(attemptsText(attempts))
                        .arg(detail);
        break;
    default:
        e.kind = ApiErrorKind::Server;
        if (status >= 500)
            e.message = QStringLiteral("The server failed on %1 (%2)%3. %4 Try again later.")
                            .arg(where)
                            .arg(statusText(status, reasonPhrase))
                            .arg(attemptsText(attempts))
                            .arg(detail);
        else
            e.message = QStringLiteral("Unexpected answer from the server for %1 (%2)%3. %4")
                            .arg(where)
                            .arg(statusText(status, reasonPhrase))
                            .arg(attemptsText(attempts))
                            .arg(detail);
        break;
    }
    e.message = e.message.trimmed();
    return e;
}

ApiError ErrorMessages::forNetwork(const QString &qtErrorText, const QUrl &url, int attempts)
{
    ApiError e;
    e.kind = ApiErrorKind::Network;
    e.attempts = attempts;
    e.message = QStringLiteral("Could not talk to %1%2: %3. Check the network connection and "
                               "REVOX_BASE_URL.")
                    .arg(ApiUrl::originText(url))
                    .arg(attemptsText(attempts))
                    .arg(oneLine(qtErrorText, 200));
    return e;
}

ApiError ErrorMessages::forTimeout(int timeoutMs, const QUrl &url, int attempts)
{
    ApiError e;
    e.kind = ApiErrorKind::Timeout;
    e.attempts = attempts;
    e.message = QStringLiteral("No answer from %1 within %2 s%3. Check the network, or try "
                               "again later.")
                    .arg(ApiUrl::originText(url))
                    .arg(QString::number(timeoutMs / 1000.0, 'g', 3))
                    .arg(attemptsText(attempts));
    return e;
}

ApiError ErrorMessages::forSlowTransfer(qint64 receivedBytes, qint64 elapsedMs, int timeoutMs,
                                        const QUrl &url, int attempts)
{
    ApiError e;
    e.kind = ApiErrorKind::Timeout;
    e.attempts = attempts;
    e.message = QStringLiteral("The answer from %1 for %2 came too slowly%3: %4 (at least 1 MB "
                               "per %5 s is needed). Check the network, or allow more time "
                               "(--timeout, or the network timeout in Settings).")
                    .arg(ApiUrl::originText(url))
                    .arg(url.path(QUrl::FullyDecoded))
                    .arg(attemptsText(attempts))
                    .arg(TransferDeadline::sentText(receivedBytes, elapsedMs))
                    .arg(QString::number(timeoutMs / 1000.0, 'g', 3));
    return e;
}

ApiError ErrorMessages::forInvalidBody(const QString &parserMessage, const QUrl &url, int status,
                                       int attempts)
{
    ApiError e;
    e.kind = ApiErrorKind::InvalidResponse;
    e.httpStatus = status;
    e.attempts = attempts;
    e.message = QStringLiteral("The answer from %1 for %2 was not understood: %3. Check that "
                               "REVOX_BASE_URL points at the Revox API.")
                    .arg(ApiUrl::originText(url))
                    .arg(url.path(QUrl::FullyDecoded))
                    .arg(oneLine(parserMessage, 400));
    return e;
}

ApiError ErrorMessages::forTooLarge(qint64 limitBytes, const QUrl &url, int status)
{
    ApiError e;
    e.kind = ApiErrorKind::InvalidResponse;
    e.httpStatus = status;
    e.attempts = 1;
    e.message = QStringLiteral("The answer from %1 for %2 is larger than %3 MB and was not "
                               "read. Ask for smaller pages.")
                    .arg(ApiUrl::originText(url))
                    .arg(url.path(QUrl::FullyDecoded))
                    .arg(limitBytes / (1024 * 1024));
    return e;
}

ApiError ErrorMessages::forInsecure(const QString &why)
{
    ApiError e;
    e.kind = ApiErrorKind::InsecureUrl;
    e.message = why;
    return e;
}

ApiError ErrorMessages::cancelled()
{
    ApiError e;
    e.kind = ApiErrorKind::Cancelled;
    e.message = QStringLiteral("The request was cancelled.");
    return e;
}

std::optional<ApiError> ErrorMessages::forUnsendableKey(const QString &key)
{
    for (const QChar c : key) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
            ApiError e;
            e.kind = ApiErrorKind::Authentication;
            e.message = QStringLiteral("The API key contains spaces, line breaks or other "
                                       "characters that cannot be sent. Check REVOX_API_KEY or "
                                       "the key in Settings.");
            return e;
        }
    }
    return std::nullopt;
}

std::optional<ApiError> ErrorMessages::forUnusableId(const QString &what, const QString &id)
{
    const QString trimmed = id.trimmed();
    if (!trimmed.isEmpty() && trimmed != QLatin1String(".") && trimmed != QLatin1String(".."))
        return std::nullopt;
    ApiError e;
    e.kind = ApiErrorKind::BadRequest;
    e.message = trimmed.isEmpty() ? QStringLiteral("The %1 id is empty.").arg(what)
                                  : QStringLiteral("\"%1\" is not a valid %2 id.").arg(id, what);
    return e;
}

} // namespace revox
