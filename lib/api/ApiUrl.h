#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace revox {

// URL rules of the client: joining paths under the base URL, origins, loopback hosts.
class ApiUrl
{
public:
    // base + segments, keeping the base's own path ("http://h/api" + {"campaigns", id}
    // -> "http://h/api/campaigns/<id percent-encoded>").
    static QUrl join(const QUrl &base, const QStringList &segments);
    // base + a relative path such as "/campaigns/abc/rows" (each segment encoded).
    static QUrl joinPath(const QUrl &base, const QString &path);
    // Same scheme, host and port (default ports filled in).
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    // localhost, 127.0.0.0/8 or ::1.
    static bool isLoopbackHost(const QString &host);
    // Why the URL cannot be used as an API base URL, or nullopt.
    static std::optional<QString> problemWithBaseUrl(const QUrl &url);
    // "https://host:port" for messages (never user info, path or query).
    static QString originText(const QUrl &url);
};

} // namespace revox
