#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// An HTTP server on 127.0.0.1 that answers every request with a very large JSON-looking
// body, generated and written a chunk at a time (never held whole), with or without a
// Content-Length header.
class HugeBodyServer : public QObject
{
    Q_OBJECT
public:
    explicit HugeBodyServer(qint64 bodyBytes, bool announceLength, QObject *parent = nullptr);

    bool listen();
    QUrl url(const QString &path = {}) const;
    // Bytes written to sockets so far (all connections).
    qint64 bytesSent() const { return m_sent; }
    int requestCount() const { return m_requests; }

private:
    void onNewConnection();
    void sendMore(QTcpSocket *socket);

    QTcpServer m_server;
    qint64 m_bodyBytes;
    bool m_announceLength;
    QByteArray m_chunk; // one repeated piece of the body
    qint64 m_sent = 0;
    int m_requests = 0;
};
