#include "ScriptedServer.h"

#include <QPointer>
#include <QTimer>

using revox::sim::HttpConnection;
using revox::sim::HttpRequest;
using revox::sim::HttpResponse;

ScriptedServer::Response ScriptedServer::Response::json(int status, const QByteArray &body)
{
    Response r;
    r.status = status;
    r.body = body;
    r.headers.emplaceBack("Content-Type", "application/json");
    return r;
}

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
    , m_listener([this](const HttpRequest &request, HttpConnection *connection) {
        onRequest(request, connection);
    })
{
    m_handler = [](const Request &) {
        return Response::json(200, "{}");
    };
}

bool ScriptedServer::listen()
{
    m_clock.start();
    return m_listener.listen(0, nullptr);
}

QUrl ScriptedServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void ScriptedServer::clear()
{
    m_requests.clear();
    m_maxConcurrent = 0;
}

void ScriptedServer::onRequest(const HttpRequest &received, HttpConnection *connection)
{
    Request request;
    request.method = received.method;
    request.target = received.target;
    const qsizetype q = request.target.indexOf('?');
    request.path = q < 0 ? request.target : request.target.left(q);
    request.rawQuery = q < 0 ? QByteArray() : request.target.mid(q + 1);
    for (auto it = received.headers.constBegin(); it != received.headers.constEnd(); ++it)
        request.headers.insert(it.key(), it.value());
    request.receivedAtMs = m_clock.elapsed();
    m_requests.append(request);
    const Response response = m_handler(request);
    ++m_open;
    m_maxConcurrent = std::max(m_maxConcurrent, m_open);
    if (response.stall) {
        connect(connection, &QObject::destroyed, this, [this] { --m_open; });
        return;
    }
    if (response.delayMs > 0) {
        QPointer<HttpConnection> guarded(connection);
        QTimer::singleShot(response.delayMs, this, [this, guarded, response] {
            if (guarded)
                answer(guarded, response);
            else
                --m_open;
        });
        return;
    }
    answer(connection, response);
}

void ScriptedServer::answer(HttpConnection *connection, const Response &response)
{
    --m_open;
    if (response.drop) {
        connection->drop();
        return;
    }
    HttpResponse out;
    out.status = response.status;
    for (const auto &[name, value] : response.headers)
        out.headers.append({name, value});
    out.body = response.body;
    // One request per connection, as a client meeting a new server each time would see.
    out.setHeader("Connection", "close");
    connection->send(std::move(out));
}
