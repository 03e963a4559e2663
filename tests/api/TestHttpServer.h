#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

// A small HTTP/1.1 server on 127.0.0.1 for client tests: records every request and answers
// each with what the test's handler says (status, headers, body, a delay, a dropped
// connection, or no answer at all).
class TestHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;                    // as sent: "/api/campaigns/x/rows?page=0"
        QByteArray path;                      // encoded path part of target
        QByteArray rawQuery;                  // encoded query part of target
        QMap<QByteArray, QByteArray> headers; // names lower-cased
        qint64 receivedAtMs = 0;              // since the server started
        QUrlQuery query() const { return QUrlQuery(QString::fromLatin1(rawQuery)); }
        QString queryValue(const QString &key) const
        {
            return query().queryItemValue(key, QUrl::FullyDecoded);
        }
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
        bool hasHeader(const QByteArray &name) const { return headers.contains(name.toLower()); }
    };

    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int delayMs = 0;
        bool drop = false;  // close the connection without answering
        bool stall = false; // never answer (the client must time out)

        static Response json(int status, const QByteArray &body);
        Response &withHeader(const QByteArray &name, const QByteArray &value)
        {
            headers.emplaceBack(name, value);
            return *this;
        }
    };
    using Handler = std::function<Response(const Request &request)>;

    explicit TestHttpServer(QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    // http://127.0.0.1:<port><path>
    QUrl url(const QString &path = {}) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QList<Request> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    // Most requests answered at the same time so far.
    int maxConcurrent() const { return m_maxConcurrent; }
    void clear();

private:
    void onNewConnection();
    void onReadyRead(class QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Response &response);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QElapsedTimer m_clock;
    int m_open = 0;
    int m_maxConcurrent = 0;
};
