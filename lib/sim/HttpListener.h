#pragma once

#include "HttpConnection.h"

#include <QHostAddress>
#include <QObject>

#include <functional>

class QTcpServer;

namespace revox::sim {

// Listens on a loopback port and hands each parsed request, with its connection, to a handler.
class HttpListener : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &, HttpConnection *)>;

    explicit HttpListener(Handler handler, QObject *parent = nullptr);
    ~HttpListener() override;

    bool listen(quint16 port, QString *error);
    void close();
    quint16 port() const;

private:
    void acceptConnections();

    Handler m_handler;
    QTcpServer *m_server;
};

} // namespace revox::sim
