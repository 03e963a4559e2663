#pragma once

#include <QByteArray>
#include <QThread>

#include <atomic>
#include <memory>

class ProxyWorker;

// A loopback TCP proxy that stands for a real line between a client and the server: each
// byte arrives half a round trip after it was sent, and all connections share one rate per
// direction. Runs on a thread of its own so the process that measures is not the one that
// delays.
class ThrottlingProxy
{
public:
    struct Line
    {
        double megabitsPerSecond = 100;
        int roundTripMs = 40;
    };

    ThrottlingProxy() = default;
    ~ThrottlingProxy();
    ThrottlingProxy(const ThrottlingProxy &) = delete;
    ThrottlingProxy &operator=(const ThrottlingProxy &) = delete;

    // Listens on 127.0.0.1 (an ephemeral port) and forwards to 127.0.0.1:targetPort.
    bool start(quint16 targetPort, Line line, QString *error);
    void stop();
    quint16 port() const { return m_port; }
    // Bytes that crossed the line towards the client so far (thread-safe).
    quint64 bytesDown() const { return m_bytesDown.load(); }

private:
    QThread m_thread;
    ProxyWorker *m_worker = nullptr;
    quint16 m_port = 0;
    std::atomic<quint64> m_bytesDown{0};
};
