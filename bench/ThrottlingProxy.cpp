#include "ThrottlingProxy.h"

#include <QElapsedTimer>
#include <QPointer>
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

// One direction of one connection.
struct Pipe
{
    QPointer<QTcpSocket> from;
    QPointer<QTcpSocket> to;
    std::deque<Chunk> queue;
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
        for (Pipe &pipe : m_pipes) {
            if (pipe.from)
                pipe.from->abort();
            if (pipe.to)
                pipe.to->abort();
        }
        m_pipes.clear();
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            client->setParent(this);
            auto *upstream = new QTcpSocket(this);
            upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
            m_pipes.push_back(Pipe{client, upstream, {}});
            Pipe *up = &m_pipes.back();
            m_pipes.push_back(Pipe{upstream, client, {}});
            Pipe *down = &m_pipes.back();
            connect(client, &QTcpSocket::readyRead, this, [this, up] { read(*up); });
            connect(upstream, &QTcpSocket::readyRead, this, [this, down] { read(*down); });
            connect(client, &QTcpSocket::disconnected, this, [this] { m_closing = true; });
            connect(upstream, &QTcpSocket::disconnected, this, [this] { m_closing = true; });
        }
    }

    void read(Pipe &pipe)
    {
        const QByteArray bytes = pipe.from->readAll();
        if (!bytes.isEmpty())
            pipe.queue.push_back(Chunk{m_clock.nsecsElapsed() + m_delayNs, bytes});
    }

    // Writes what is due in each direction, as far as the line's rate allows, taking the
    // connections in turn; closes a side once its peer has closed and nothing is left for it.
    void flush()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_up.refill(now);
        m_down.refill(now);
        bool downward = false;
        for (Pipe &pipe : m_pipes) {
            Rate &rate = downward ? m_down : m_up;
            downward = !downward;
            while (!pipe.queue.empty() && pipe.queue.front().dueNs <= now && rate.budget >= 1 &&
                   pipe.to && pipe.to->state() == QAbstractSocket::ConnectedState) {
                Chunk &chunk = pipe.queue.front();
                const qsizetype n = std::min<qsizetype>(chunk.bytes.size(), qsizetype(rate.budget));
                pipe.to->write(chunk.bytes.constData(), n);
                rate.budget -= double(n);
                if (&rate == &m_down)
                    m_bytesDown->fetch_add(quint64(n));
                chunk.bytes.remove(0, n);
                if (chunk.bytes.isEmpty())
                    pipe.queue.pop_front();
            }
        }
        if (m_closing)
            closeFinished();
    }

    void closeFinished()
    {
        m_closing = false;
        for (auto it = m_pipes.begin(); it != m_pipes.end();) {
            Pipe &up = *it;
            Pipe &down = *std::next(it);
            const bool fromGone = !up.from || up.from->state() != QAbstractSocket::ConnectedState;
            const bool toGone = !down.from || down.from->state() != QAbstractSocket::ConnectedState;
            const bool upDrained = up.queue.empty();
            const bool downDrained = down.queue.empty();
            if (fromGone && upDrained && up.to)
                up.to->disconnectFromHost();
            if (toGone && downDrained && down.to)
                down.to->disconnectFromHost();
            if ((fromGone && upDrained) || (toGone && downDrained)) {
                if ((fromGone || !up.from) && (toGone || !down.from)) {
                    if (up.from)
                        up.from->deleteLater();
                    if (down.from)
                        down.from->deleteLater();
                    it = m_pipes.erase(it, std::next(it, 2));
                    continue;
                }
                m_closing = true; // look again once the other side has closed too
            }
            std::advance(it, 2);
        }
    }

    QTcpServer m_server{this};
    QTimer m_tick{this};
    QElapsedTimer m_clock;
    // Pipes come in pairs: client to server, then server to client.
    std::list<Pipe> m_pipes;
    quint16 m_targetPort;
    qint64 m_delayNs;
    Rate m_up;
    Rate m_down;
    bool m_closing = false;
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
