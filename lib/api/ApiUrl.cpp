#include "ApiUrl.h"

#include <QHostAddress>

namespace revox {

static int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https")  ? 443
                    : scheme == QLatin1String("http") ? 80
                                                      : -1);
}

QUrl ApiUrl::join(const QUrl &base, const QStringList &segments)
{
    QString path = base.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    for (const QString &segment : segments)
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    QUrl url = base;
    url.setPath(path, QUrl::StrictMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl ApiUrl::joinPath(const QUrl &base, const QString &path)
{
    QStringList segments;
    for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment != QLatin1String(".") && segment != QLatin1String(".."))
            segments.append(segment); // stays under the base path
    }
    return join(base, segments);
}

bool ApiUrl::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           effectivePort(a) == effectivePort(b) && effectivePort(a) != -1;
}

bool ApiUrl::isLoopbackHost(const QString &host)
{
    QString h = host.toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (h == QLatin1String("localhost"))
        return true;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    QHostAddress address;
    if (!address.setAddress(h))
        return false;
    return address.isLoopback();
}

std::optional<QString> ApiUrl::problemWithBaseUrl(const QUrl &url)
{
    if (url.isEmpty())
        return QStringLiteral("The API base URL is empty.");
    if (!url.isValid())
        return QStringLiteral("The API base URL is not a valid URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return QStringLiteral("The API base URL must start with https:// (got \"%1:\").")
            .arg(url.scheme());
    if (url.host().isEmpty())
        return QStringLiteral("The API base URL has no host name.");
    if (!url.userInfo().isEmpty())
        return QStringLiteral("The API base URL must not contain a user name or password; "
                              "the API key is sent in a header.");
    if (url.hasQuery() || url.hasFragment())
        return QStringLiteral("The API base URL must not have a query (?...) or fragment (#...).");
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return QStringLiteral("Refusing http://%1: the API key would travel unencrypted. "
                              "Use https://, or http:// only to localhost / 127.0.0.1 / ::1.")
            .arg(url.host());
    return std::nullopt;
}

QString ApiUrl::originText(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                  QUrl::RemoveFragment)
        .toString();
}

} // namespace revox
