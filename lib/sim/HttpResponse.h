#pragma once

#include <QByteArray>
#include <QList>

#include <functional>
#include <utility>

namespace revox::sim {

// One HTTP response: status, headers, and a body held in memory or produced on demand.
struct HttpResponse
{
    // Produces length bytes of the body starting at offset (for large bodies such as
    // recordings, written in chunks as the socket drains).
    using BodySource = std::function<QByteArray(qint64 offset, qint64 length)>;

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    BodySource bodySource; // when set, used instead of body
    qint64 bodySourceLength = 0;
    bool omitBody = false;   // HEAD: headers (with the real Content-Length) only
    bool untilClose = false; // no Content-Length: the body ends when the connection closes

    qint64 bodyLength() const { return bodySource ? bodySourceLength : body.size(); }
    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
    QByteArray headerValue(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }

    static HttpResponse json(int status, const QByteArray &body)
    {
        HttpResponse r;
        r.status = status;
        r.body = body;
        r.setHeader("Content-Type", "application/json; charset=utf-8");
        return r;
    }
    // {"error": code, "message": message}
    static HttpResponse error(int status, const QByteArray &code, const QString &message);
    static QByteArray reasonPhrase(int status);
};

} // namespace revox::sim
