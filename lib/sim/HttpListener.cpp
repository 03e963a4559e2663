#include "HttpListener.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace revox::sim {

HttpListener::HttpListener(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpListener::acceptConnections);
}

HttpListener::~HttpListener() = default;

bool HttpListener::listen(quint16 port, QString *error)
{
    if (m_server->listen(QHostAddress::LocalHost, port))
        return true;
    if (error)
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2")
                     .arg(port)
                     .arg(m_server->errorString());
    return false;
}

void HttpListener::close()
{
    m_server->close();
    // Connections are children of this listener; end them with it.
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections)
        connection->drop();
}

quint16 HttpListener::port() const
{
    return m_server->serverPort();
}

void HttpListener::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, this);
        connect(connection, &HttpConnection::requestReceived, this,
                [this, connection](const HttpRequest &request) { m_handler(request, connection); });
    }
}

} // namespace revox::sim
