#include "ErrorMessages.h"

#include "ApiUrl.h"
#include "TransferDeadline.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

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

static ApiError error(ApiErrorKind kind, const QString &message, int httpStatus = 0,
                      int attempts = 0)
{
    ApiError e;
    e.kind = kind;
    e.httpStatus = httpStatus;
    e.message = message;
    e.attempts = attempts;
    return e;
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

// The message for an HTTP status: {where} the path, {code} the status, {status} the status
// with its reason, {attempts} " after N attempts" or nothing, {detail} what the server said.
struct StatusMessage
{
    int status; // 0: any other status
    ApiErrorKind kind;
    const char *text;
};

static const char badRequestText[] = "The server rejected the request for {where} ({code}). "
                                     "{detail} Check the filters and parameters.";

static const StatusMessage statusMessages[] = {
    {400, ApiErrorKind::BadRequest, badRequestText},
    {422, ApiErrorKind::BadRequest, badRequestText},
    {403, ApiErrorKind::Permission,
     "The API key may not access {where} (403). Check that the key belongs to the "
     "organization that owns it. {detail}"},
    {404, ApiErrorKind::NotFound,
     "Not found (404): {where}. Check the id, and that REVOX_BASE_URL points at the Revox "
     "API. {detail}"},
    {408, ApiErrorKind::Timeout,
     "The server timed out on {where} (408){attempts}. {detail} Try again later."},
    {429, ApiErrorKind::RateLimited,
     "Rate limited by the server (429){attempts}. {detail} Wait a minute and try again, or "
     "refresh less often."},
};

// text with each {name} replaced by its value, in one pass (a value is never read again).
static QString filled(QLatin1String text, const QList<std::pair<QLatin1String, QString>> &values)
{
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), i);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('}'), open);
        if (close < 0) {
            out += text.mid(i);
            break;
        }
        out += text.mid(i, open - i);
        const QLatin1String name = text.mid(open + 1, close - open - 1);
        for (const auto &[key, value] : values) {
            if (key == name)
                out += value;
        }
        i = close + 1;
    }
    return out;
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
    const char *text = nullptr;
    if (status == 401) {
        e.kind = ApiErrorKind::Authentication;
        text = keyWasSent ? "The API key was refused (401). Check REVOX_API_KEY or the key in "
                            "Settings. {detail}"
                          : "No API key was sent (401). Set REVOX_API_KEY or enter the key in "
                            "Settings. {detail}";
    } else {
        e.kind = ApiErrorKind::Server;
        text = status >= 500
                   ? "The server failed on {where} ({status}){attempts}. {detail} Try again later."
                   : "Unexpected answer from the server for {where} ({status}){attempts}. "
                     "{detail}";
        for (const StatusMessage &m : statusMessages) {
            if (m.status == status) {
                e.kind = m.kind;
                text = m.text;
            }
        }
    }
    e.message = filled(QLatin1String(text), {{"where"_L1, url.path(QUrl::FullyDecoded)},
                                             {"code"_L1, QString::number(status)},
                                             {"status"_L1, statusText(status, reasonPhrase)},
                                             {"attempts"_L1, attemptsText(attempts)},
                                             {"detail"_L1, detail}})
                    .trimmed();
    return e;
}

ApiError ErrorMessages::forNetwork(const QString &qtErrorText, const QUrl &url, int attempts)
{
    return error(ApiErrorKind::Network,
                 QStringLiteral("Could not talk to %1%2: %3. Check the network connection and "
                                "REVOX_BASE_URL.")
                     .arg(ApiUrl::originText(url))
                     .arg(attemptsText(attempts))
                     .arg(oneLine(qtErrorText, 200)),
                 0, attempts);
}

ApiError ErrorMessages::forTimeout(int timeoutMs, const QUrl &url, int attempts)
{
    return error(ApiErrorKind::Timeout,
                 QStringLiteral("No answer from %1 within %2 s%3. Check the network, or try "
                                "again later.")
                     .arg(ApiUrl::originText(url))
                     .arg(QString::number(timeoutMs / 1000.0, 'g', 3))
                     .arg(attemptsText(attempts)),
                 0, attempts);
}

ApiError ErrorMessages::forSlowTransfer(qint64 receivedBytes, qint64 elapsedMs, int timeoutMs,
                                        const QUrl &url, int attempts)
{
    return error(ApiErrorKind::Timeout,
                 QStringLiteral("The answer from %1 for %2 came too slowly%3: %4 (at least 1 MB "
                                "per %5 s is needed). Check the network, or allow more time "
                                "(--timeout, or the network timeout in Settings).")
                     .arg(ApiUrl::originText(url))
                     .arg(url.path(QUrl::FullyDecoded))
                     .arg(attemptsText(attempts))
                     .arg(TransferDeadline::sentText(receivedBytes, elapsedMs))
                     .arg(QString::number(timeoutMs / 1000.0, 'g', 3)),
                 0, attempts);
}

ApiError ErrorMessages::forInvalidBody(const QString &parserMessage, const QUrl &url, int status,
                                       int attempts)
{
    return error(ApiErrorKind::InvalidResponse,
                 QStringLiteral("The answer from %1 for %2 was not understood: %3. Check that "
                                "REVOX_BASE_URL points at the Revox API.")
                     .arg(ApiUrl::originText(url))
                     .arg(url.path(QUrl::FullyDecoded))
                     .arg(oneLine(parserMessage, 400)),
                 status, attempts);
}

ApiError ErrorMessages::forTooLarge(qint64 limitBytes, const QUrl &url, int status)
{
    return error(ApiErrorKind::InvalidResponse,
                 QStringLiteral("The answer from %1 for %2 is larger than %3 MB and was not "
                                "read. Ask for smaller pages.")
                     .arg(ApiUrl::originText(url))
                     .arg(url.path(QUrl::FullyDecoded))
                     .arg(limitBytes / (1024 * 1024)),
                 status, 1);
}

ApiError ErrorMessages::forInsecure(const QString &why)
{
    return error(ApiErrorKind::InsecureUrl, why);
}

ApiError ErrorMessages::cancelled()
{
    return error(ApiErrorKind::Cancelled, QStringLiteral("The request was cancelled."));
}

std::optional<ApiError> ErrorMessages::forUnsendableKey(const QString &key)
{
    for (const QChar c : key) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
            return error(ApiErrorKind::Authentication,
                         QStringLiteral("The API key contains spaces, line breaks or other "
                                        "characters that cannot be sent. Check REVOX_API_KEY or "
                                        "the key in Settings."));
        }
    }
    return std::nullopt;
}

std::optional<ApiError> ErrorMessages::forUnusableId(const QString &what, const QString &id)
{
    const QString trimmed = id.trimmed();
    if (!trimmed.isEmpty() && trimmed != QLatin1String(".") && trimmed != QLatin1String(".."))
        return std::nullopt;
    return error(ApiErrorKind::BadRequest,
                 trimmed.isEmpty() ? QStringLiteral("The %1 id is empty.").arg(what)
                                   : QStringLiteral("\"%1\" is not a valid %2 id.").arg(id, what));
}

} // namespace revox
