#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <utility>

// Blocking HTTP helpers for simulator tests: one request, its status, headers and body.
class SimHttp
{
public:
    struct Reply
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        bool timedOut = false;
        QByteArray header(const QByteArray &name) const;
    };

    // The row_stats bucket a row's call belongs to (pending when the row has no call;
    // skipped when a cancelled campaign on a newer server never gave it one).
    static QString rowStatsBucket(const QJsonValue &call, bool skippedIfNone = false);
    // A GET (or HEAD) through QNetworkAccessManager.
    static Reply get(const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                     int timeoutMs = 10000, const QByteArray &verb = "GET");
    // Sends raw bytes over a fresh TCP connection and collects whatever comes back until
    // the server closes the connection or quietMs pass without data.
    struct Raw
    {
        QByteArray bytes;
        bool closedByServer = false;
    };
    static Raw raw(quint16 port, const QByteArray &request, int quietMs = 1500);
    // Splits a raw response into status, headers (lower-case names) and body.
    static Reply parseRaw(const QByteArray &bytes);
};
