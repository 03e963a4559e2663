#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace revox::sim {

// One parsed HTTP/1.1 request as the simulator's handlers see it.
struct HttpRequest
{
    QByteArray method;                     // "GET", "HEAD", ...
    QByteArray target;                     // as sent: "/api/campaigns?x=1"
    QString path;                          // decoded path without the query: "/api/campaigns"
    QUrlQuery query;                       // decoded query parameters
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    bool keepAlive = true;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    bool isHead() const { return method == "HEAD"; }
};

} // namespace revox::sim
