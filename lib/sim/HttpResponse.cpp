#include "HttpResponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace revox::sim {

HttpResponse HttpResponse::error(int status, const QByteArray &code, const QString &message)
{
    const QJsonObject body{{QStringLiteral("error"), QString::fromLatin1(code)},
                           {QStringLiteral("message"), message}};
    return json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 416:
        return "Range Not Satisfiable";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return status < 400 ? "OK" : "Error";
    }
}

} // namespace revox::sim
