#include "HttpConnection.h"

#include "SimLogging.h"

#include <QTcpSocket>
#include <QUrl>

#include <algorithm>

namespace revox::sim {

namespace {
constexpr qsizetype kMaxHeadBytes = 32 * 1024;
constexpr qint64 kMaxBodyBytes = 1024 * 1024;
constexpr qint64 kChunkBytes = 64 * 1024;
constexpr qint64 kMaxQueuedBytes = 256 * 1024;
constexpr int kIdleTimeoutMs = 60 * 1000;
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::writeMoreBody);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::close);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(kIdleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (!m_busy || m_delivery == Delivery::Stall)
            close();
        else
            m_idleTimer.start();
    });
    m_idleTimer.start();
    connect(&m_trickleTimer, &QTimer::timeout, this, &HttpConnection::trickleBody);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    m_buffer.append(m_socket->readAll());
    m_idleTimer.start();
    processBuffer();
}

void HttpConnection::processBuffer()
{
    while (!m_busy && !m_closing) {
        if (m_pendingBodyLength < 0) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                if (m_buffer.size() > kMaxHeadBytes)
                    failAndClose(431, QStringLiteral("Request head too large"));
                return;
            }
            if (headEnd > kMaxHeadBytes) {
                failAndClose(431, QStringLiteral("Request head too large"));
                return;
            }
            if (!parseHead(headEnd))
                return;
            m_buffer.remove(0, headEnd + 4);
        }
        if (m_buffer.size() < m_pendingBodyLength)
            return;
        m_pending.body = m_buffer.left(m_pendingBodyLength);
        m_buffer.remove(0, m_pendingBodyLength);
        m_pendingBodyLength = -1;
        m_busy = true;
        const HttpRequest request = std::move(m_pending);
        m_pending = HttpRequest();
        m_requestKeepAlive = request.keepAlive;
        emit requestReceived(request);
    }
}

bool HttpConnection::parseHead(qsizetype headEnd)
{
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.") ||
        requestLine[1].isEmpty() || requestLine[0].isEmpty()) {
        failAndClose(400, QStringLiteral("Malformed request line"));
        return false;
    }
    HttpRequest request;
    request.method = requestLine[0];
    request.target = requestLine[1];
    const bool http10 = requestLine[2] == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            failAndClose(400, QStringLiteral("Malformed header line"));
            return false;
        }
        request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const QUrl url(QString::fromLatin1(request.target), QUrl::TolerantMode);
    if (!url.isValid() || !request.target.startsWith('/')) {
        failAndClose(400, QStringLiteral("Malformed request target"));
        return false;
    }
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    const QByteArray connection = request.header("connection").toLower();
    request.keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
    if (request.headers.contains("transfer-encoding")) {
        failAndClose(501, QStringLiteral("Chunked request bodies are not supported"));
        return false;
    }
    qint64 bodyLength = 0;
    if (request.headers.contains("content-length")) {
        bool ok = false;
        bodyLength = request.header("content-length").toLongLong(&ok);
        if (!ok || bodyLength < 0) {
            failAndClose(400, QStringLiteral("Bad Content-Length"));
            return false;
        }
        if (bodyLength > kMaxBodyBytes) {
            failAndClose(413, QStringLiteral("Request body too large"));
            return false;
        }
    }
    m_pending = std::move(request);
    m_pendingBodyLength = bodyLength;
    return true;
}

void HttpConnection::failAndClose(int status, const QString &message)
{
    qCDebug(lcSim) << "bad request:" << message;
    m_buffer.clear();
    m_busy = true;
    HttpResponse response = HttpResponse::error(status, "bad_request", message);
    response.setHeader("Connection", "close");
    m_keepAlive = false;
    m_response = std::move(response);
    m_delivery = Delivery::Normal;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(m_response.status) + ' ' +
                      HttpResponse::reasonPhrase(m_response.status) + "\r\n";
    head += "Content-Length: " + QByteArray::number(m_response.body.size()) + "\r\n";
    for (const auto &h : std::as_const(m_response.headers))
        head += h.first + ": " + h.second + "\r\n";
    head += "\r\n";
    m_socket->write(head + m_response.body);
    m_closing = true;
    m_socket->disconnectFromHost();
}

void HttpConnection::send(HttpResponse response, Delivery delivery, int trickleBytesPerSecond)
{
    if (m_closing || !m_busy)
        return;
    m_response = std::move(response);
    m_delivery = delivery;
    const qint64 length = m_response.bodyLength();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(m_response.status) + ' ' +
                      HttpResponse::reasonPhrase(m_response.status) + "\r\n";
    head += "Server: revox-sim\r\n";
    if (!m_response.untilClose)
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    bool keepAlive = m_requestKeepAlive && !m_response.untilClose;
    if (m_response.headerValue("Connection").toLower() == "close")
        keepAlive = false;
    m_keepAlive = keepAlive && delivery == Delivery::Normal;
    for (const auto &h : std::as_const(m_response.headers))
        head += h.first + ": " + h.second + "\r\n";
    if (m_response.headerValue("Connection").isEmpty())
        head += m_keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head);
    m_bodyOffset = 0;
    m_bodyEnd = m_response.omitBody ? 0 : length;
    if ((delivery == Delivery::Truncate || delivery == Delivery::Stall) && !m_response.omitBody)
        m_bodyEnd = length / 2;
    if (delivery == Delivery::Trickle && m_bodyEnd > 0) {
        const int rate = std::max(1, trickleBytesPerSecond);
        const int intervalMs = std::max(10, 1000 / rate);
        m_trickleBytesPerTick = std::max<qint64>(1, qint64(rate) * intervalMs / 1000);
        m_trickleTimer.start(intervalMs);
        return;
    }
    writeMoreBody();
}

void HttpConnection::trickleBody()
{
    if (!m_busy || m_closing || m_delivery != Delivery::Trickle) {
        m_trickleTimer.stop();
        return;
    }
    const qint64 n = qMin(m_trickleBytesPerTick, m_bodyEnd - m_bodyOffset);
    const QByteArray piece = m_response.bodySource ? m_response.bodySource(m_bodyOffset, n)
                                                   : m_response.body.mid(m_bodyOffset, n);
    m_socket->write(piece);
    m_socket->flush();
    m_bodyOffset += n;
    if (m_bodyOffset >= m_bodyEnd) {
        m_trickleTimer.stop();
        finishResponse();
    }
}

void HttpConnection::writeMoreBody()
{
    if (!m_busy || m_closing || m_delivery == Delivery::Trickle)
        return;
    while (m_bodyOffset < m_bodyEnd && m_socket->bytesToWrite() < kMaxQueuedBytes) {
        const qint64 n = qMin(kChunkBytes, m_bodyEnd - m_bodyOffset);
        QByteArray chunk = m_response.bodySource ? m_response.bodySource(m_bodyOffset, n)
                                                 : m_response.body.mid(m_bodyOffset, n);
        if (chunk.size() != n) {
            qCWarning(lcSim) << "body source gave" << chunk.size() << "bytes, expected" << n;
            drop();
            return;
        }
        m_socket->write(chunk);
        m_bodyOffset += n;
    }
    if (m_bodyOffset >= m_bodyEnd)
        finishResponse();
}

void HttpConnection::finishResponse()
{
    switch (m_delivery) {
    case Delivery::Stall:
        // Keep the connection open with the body incomplete until the client gives up
        // (or the idle timer closes it).
        m_idleTimer.start();
        return;
    case Delivery::Truncate:
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    case Delivery::Normal:
    case Delivery::Trickle: // the whole body went out, slowly
        break;
    }
    m_response = HttpResponse();
    m_busy = false;
    if (!m_keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    m_idleTimer.start();
    processBuffer();
}

void HttpConnection::drop()
{
    close();
}

void HttpConnection::close()
{
    if (m_finished)
        return;
    m_finished = true;
    m_closing = true;
    m_idleTimer.stop();
    m_trickleTimer.stop();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    emit closed();
    deleteLater();
}

} // namespace revox::sim
