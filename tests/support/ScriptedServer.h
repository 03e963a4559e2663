#pragma once

#include "HttpListener.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

// lib/sim's HttpListener on 127.0.0.1 answering as a test scripts it: records every request
// and answers each with what the test's handler says (status, headers, body, a delay, a
// dropped connection, or no answer at all).
class ScriptedServer : public QObject
{
    Q_OBJECT
public:
    // One request as received.
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

    // What to answer one request with.
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

    explicit ScriptedServer(QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_listener.port(); }
    // http://127.0.0.1:<port><path>
    QUrl url(const QString &path = {}) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QList<Request> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    // Most requests answered at the same time so far.
    int maxConcurrent() const { return m_maxConcurrent; }
    void clear();

private:
    void onRequest(const revox::sim::HttpRequest &request, revox::sim::HttpConnection *connection);
    void answer(revox::sim::HttpConnection *connection, const Response &response);

    revox::sim::HttpListener m_listener;
    Handler m_handler;
    QList<Request> m_requests;
    QElapsedTimer m_clock;
    int m_open = 0;
    int m_maxConcurrent = 0;
};
