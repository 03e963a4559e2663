#include "HugeBodyServer.h"

#include <QTcpSocket>

namespace {
constexpr qint64 ChunkBytes = 256 * 1024;
}

HugeBodyServer::HugeBodyServer(qint64 bodyBytes, bool announceLength, QObject *parent)
    : QObject(parent)
    , m_bodyBytes(bodyBytes)
    , m_announceLength(announceLength)
{
    // Rows that keep going: a parser would accept every byte of it until the end.
    const QByteArray row =
        R"({"id":"r","phone_number":"+15550100","row_index":1,"input_data":{}},)";
    while (m_chunk.size() + row.size() <= ChunkBytes)
        m_chunk += row;
    connect(&m_server, &QTcpServer::newConnection, this, &HugeBodyServer::onNewConnection);
}

bool HugeBodyServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl HugeBodyServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

void HugeBodyServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (socket->property("answering").toBool() ||
                !socket->peek(socket->bytesAvailable()).contains("\r\n\r\n"))
                return;
            socket->readAll();
            socket->setProperty("answering", true);
            socket->setProperty("left", m_bodyBytes);
            ++m_requests;
            QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
            if (m_announceLength)
                head += "Content-Length: " + QByteArray::number(m_bodyBytes) + "\r\n";
            head += "Connection: close\r\n\r\n";
            socket->write(head);
            connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { sendMore(socket); });
            sendMore(socket);
        });
    }
}

void HugeBodyServer::sendMore(QTcpSocket *socket)
{
    // Keep about one chunk queued: memory stays flat however large the body is.
    if (socket->bytesToWrite() > ChunkBytes || socket->state() != QAbstractSocket::ConnectedState)
        return;
    qint64 left = socket->property("left").toLongLong();
    if (left <= 0) {
        socket->disconnectFromHost();
        return;
    }
    const QByteArray piece = left >= m_chunk.size() ? m_chunk : m_chunk.left(left);
    socket->write(piece);
    m_sent += piece.size();
    left -= piece.size();
    socket->setProperty("left", left);
}
