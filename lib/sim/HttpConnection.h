#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace revox::sim {

// One client connection: parses HTTP/1.1 requests (keep-alive, Content-Length), one at a
// time, and writes responses, optionally broken on purpose (truncated, stalled, trickled, dropped).
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    // How a response is to be delivered.
    enum class Delivery {
        Normal,
        Truncate, // announce the full Content-Length, send part of the body, close
        Stall,    // announce the full Content-Length, send part of the body, then hang
        Trickle,  // announce the full Content-Length, send the body a few bytes at a time
    };

    explicit HttpConnection(QTcpSocket *socket, QObject *parent = nullptr);
    ~HttpConnection() override;

    // trickleBytesPerSecond: the pace of a Trickle delivery.
    void send(HttpResponse response, Delivery delivery = Delivery::Normal,
              int trickleBytesPerSecond = 4);
    // Closes the connection at once without a response.
    void drop();

signals:
    void requestReceived(const revox::sim::HttpRequest &request);
    void closed();

private:
    void onReadyRead();
    void processBuffer();
    bool parseHead(qsizetype headEnd);
    void failAndClose(int status, const QString &message);
    void writeMoreBody();
    void trickleBody();
    void finishResponse();
    void close();

    QTcpSocket *m_socket;
    QByteArray m_buffer;
    bool m_busy = false; // a request is being answered
    bool m_closing = false;
    bool m_finished = false;
    bool m_requestKeepAlive = true;
    HttpRequest m_pending;
    qint64 m_pendingBodyLength = -1; // >= 0 while waiting for a request body

    // The response being written.
    HttpResponse m_response;
    qint64 m_bodyOffset = 0;
    qint64 m_bodyEnd = 0; // where writing stops (less than the length when truncating)
    Delivery m_delivery = Delivery::Normal;
    bool m_keepAlive = true;
    QTimer m_idleTimer;
    QTimer m_trickleTimer;
    qint64 m_trickleBytesPerTick = 1;
};

} // namespace revox::sim
