#include "SimHttp.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>

QByteArray SimHttp::Reply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SimHttp::Reply SimHttp::get(const QUrl &url,
                            const QList<std::pair<QByteArray, QByteArray>> &headers, int timeoutMs,
                            const QByteArray &verb)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = verb == "HEAD"  ? manager.head(request)
                           : verb == "GET" ? manager.get(request)
                                           : manager.sendCustomRequest(request, verb);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    Reply out;
    if (!reply->isFinished()) {
        out.timedOut = true;
        out.body = reply->readAll();
        reply->abort();
    } else {
        out.body = reply->readAll();
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.append({pair.first, pair.second});
    delete reply;
    return out;
}

SimHttp::Raw SimHttp::raw(quint16 port, const QByteArray &request, int quietMs)
{
    // Event-driven (no waitFor*), so that a server in this thread keeps running.
    Raw out;
    QTcpSocket socket;
    QEventLoop loop;
    QTimer quiet;
    quiet.setSingleShot(true);
    quiet.setInterval(quietMs);
    QObject::connect(&quiet, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        socket.write(request);
        quiet.start();
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        out.bytes += socket.readAll();
        quiet.start();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        out.bytes += socket.readAll();
        out.closedByServer = true;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop,
                     [&](QAbstractSocket::SocketError e) {
                         if (e == QAbstractSocket::RemoteHostClosedError)
                             out.closedByServer = true;
                         loop.quit();
                     });
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    quiet.start(5000);
    loop.exec();
    out.bytes += socket.readAll();
    return out;
}

SimHttp::Reply SimHttp::parseRaw(const QByteArray &bytes)
{
    Reply out;
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return out;
    const QList<QByteArray> lines = bytes.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    out.status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            out.headers.append(
                {lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed()});
    }
    out.body = bytes.mid(end + 4);
    return out;
}

QString SimHttp::rowStatsBucket(const QJsonValue &call, bool skippedIfNone)
{
    if (!call.isObject())
        return skippedIfNone ? QStringLiteral("skipped") : QStringLiteral("pending");
    const QString s = call[QStringLiteral("status")].toString();
    if (s == QLatin1String("initializing") || s == QLatin1String("queued_for_calling"))
        return QStringLiteral("pending");
    if (s == QLatin1String("calling"))
        return QStringLiteral("calling");
    if (s == QLatin1String("scheduled"))
        return QStringLiteral("retry");
    if (s == QLatin1String("completed"))
        return QStringLiteral("completed");
    if (s == QLatin1String("not_launched"))
        return QStringLiteral("not_launched");
    return QStringLiteral("failed"); // errored, cancelled
}
