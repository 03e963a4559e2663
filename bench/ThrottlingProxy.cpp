#include "ThrottlingProxy.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <deque>
#include <list>

namespace {

// Bytes read from one socket, waiting to be written to the other once their delay is over.
struct Chunk
{
    qint64 dueNs = 0;
    QByteArray bytes;
};

// One client connection and the proxy's connection to the server for it.
struct Connection
{
    QTcpSocket *client = nullptr;
    QTcpSocket *upstream = nullptr;
    std::deque<Chunk> toServer;
    std::deque<Chunk> toClient;
    bool clientClosed = false;
    bool upstreamClosed = false;
};

// The rate one direction of the line allows: a byte budget refilled as time passes.
struct Rate
{
    double bytesPerNs = 0;
    double budget = 0;
    double burst = 0;
    qint64 lastNs = 0;

    void refill(qint64 nowNs)
    {
        budget = std::min(burst, budget + double(nowNs - lastNs) * bytesPerNs);
        lastNs = nowNs;
    }
};

} // namespace

// Lives on the proxy's thread: accepts connections, reads both sides, and writes what is due.
class ProxyWorker : public QObject
{
public:
    ProxyWorker(quint16 targetPort, ThrottlingProxy::Line line, std::atomic<quint64> *bytesDown)
        : m_targetPort(targetPort)
        , m_delayNs(qint64(line.roundTripMs) * 1'000'000 / 2)
        , m_bytesDown(bytesDown)
    {
        const double bytesPerNs = line.megabitsPerSecond * 1e6 / 8.0 / 1e9;
        for (Rate *rate : {&m_up, &m_down}) {
            rate->bytesPerNs = bytesPerNs;
            rate->burst = bytesPerNs * 2e6; // two milliseconds of the line
        }
    }

    quint16 listen(QString *error)
    {
        m_clock.start();
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(1);
        connect(&m_tick, &QTimer::timeout, this, [this] { flush(); });
        m_tick.start();
        connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        if (!m_server.listen(QHostAddress::LocalHost, 0)) {
            *error = m_server.errorString();
            return 0;
        }
        return m_server.serverPort();
    }

    void shutdown()
    {
        m_tick.stop();
        m_server.close();
        while (!m_connections.empty())
            drop(m_connections.begin());
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            client->setParent(this);
            auto *upstream = new QTcpSocket(this);
            m_connections.push_back(Connection{client, upstream, {}, {}, false, false});
            Connection *c = &m_connections.back();
            connect(client, &QTcpSocket::readyRead, this,
                    [this, c] { read(c->client, c->toServer); });
            connect(upstream, &QTcpSocket::readyRead, this,
                    [this, c] { read(c->upstream, c->toClient); });
            connect(client, &QTcpSocket::disconnected, this, [this, c] {
                read(c->client, c->toServer);
                c->clientClosed = true;
            });
            connect(upstream, &QTcpSocket::disconnected, this, [this, c] {
                read(c->upstream, c->toClient);
                c->upstreamClosed = true;
            });
            connect(upstream, &QTcpSocket::errorOccurred, this, [c](QAbstractSocket::SocketError) {
                if (c->upstream->state() == QAbstractSocket::UnconnectedState)
                    c->upstreamClosed = true;
            });
            upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
        }
    }

    void read(QTcpSocket *from, std::deque<Chunk> &queue)
    {
        const QByteArray bytes = from->readAll();
        if (!bytes.isEmpty())
            queue.push_back(Chunk{m_clock.nsecsElapsed() + m_delayNs, bytes});
    }

    // Writes what is due of one queue, as far as the direction's rate allows.
    void send(std::deque<Chunk> &queue, QTcpSocket *to, Rate &rate, qint64 now, bool downward)
    {
        while (!queue.empty() && queue.front().dueNs <= now && rate.budget >= 1 &&
               to->state() == QAbstractSocket::ConnectedState) {
            Chunk &chunk = queue.front();
            const qsizetype n = std::min<qsizetype>(chunk.bytes.size(), qsizetype(rate.budget));
            to->write(chunk.bytes.constData(), n);
            rate.budget -= double(n);
            if (downward)
                m_bytesDown->fetch_add(quint64(n));
            chunk.bytes.remove(0, n);
            if (chunk.bytes.isEmpty())
                queue.pop_front();
        }
    }

    // Writes what is due in each direction, taking the connections in turn; a side whose
    // peer has closed is closed once everything for it is written.
    void flush()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_up.refill(now);
        m_down.refill(now);
        for (auto it = m_connections.begin(); it != m_connections.end();) {
            Connection &c = *it;
            send(c.toServer, c.upstream, m_up, now, false);
            send(c.toClient, c.client, m_down, now, true);
            if (c.upstreamClosed && c.toClient.empty() && !c.clientClosed)
                c.client->disconnectFromHost();
            if (c.clientClosed && c.toServer.empty() && !c.upstreamClosed)
                c.upstream->disconnectFromHost();
            if (c.clientClosed && c.upstreamClosed && c.client->bytesToWrite() == 0 &&
                c.upstream->bytesToWrite() == 0) {
                it = drop(it);
                continue;
            }
            ++it;
        }
    }

    std::list<Connection>::iterator drop(std::list<Connection>::iterator it)
    {
        for (QTcpSocket *socket : {it->client, it->upstream}) {
            disconnect(socket, nullptr, this, nullptr);
            socket->abort();
            socket->deleteLater();
        }
        return m_connections.erase(it);
    }

    QTcpServer m_server{this};
    QTimer m_tick{this};
    QElapsedTimer m_clock;
    std::list<Connection> m_connections;
    quint16 m_targetPort;
    qint64 m_delayNs;
    Rate m_up;
    Rate m_down;
    std::atomic<quint64> *m_bytesDown;
};

ThrottlingProxy::~ThrottlingProxy()
{
    stop();
}

bool ThrottlingProxy::start(quint16 targetPort, Line line, QString *error)
{
    m_worker = new ProxyWorker(targetPort, line, &m_bytesDown);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QString why;
    QMetaObject::invokeMethod(
        m_worker, [this, &why] { m_port = m_worker->listen(&why); }, Qt::BlockingQueuedConnection);
    if (m_port == 0) {
        *error = why;
        stop();
        return false;
    }
    return true;
}

void ThrottlingProxy::stop()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            m_worker->shutdown();
            delete m_worker;
        },
        Qt::BlockingQueuedConnection);
    m_worker = nullptr;
    m_thread.quit();
    m_thread.wait();
}
