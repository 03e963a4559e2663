#include "CacheAccount.h"

#include <QCryptographicHash>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace revox {
namespace {

// Keeps letters, digits, '.' and '-' of a host name; anything else becomes '_'.
QString fileSafe(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'.' && c != u'-')
            c = u'_';
    }
    return out;
}

} // namespace

CacheAccount::CacheAccount(const QUrl &apiBase, const QString &apiKey)
{
    const QString scheme = apiBase.scheme().toLower();
    const QString host = apiBase.host().toLower();
    if (!scheme.isEmpty() && !host.isEmpty()) {
        const int port = apiBase.port(scheme == "https"_L1 ? 443 : scheme == "http"_L1 ? 80 : -1);
        m_origin = scheme + u"://"_s + host;
        if (port >= 0)
            m_origin += u':' + QString::number(port);
    }
    if (!apiKey.isEmpty())
        m_keyFingerprint = fingerprintOf(apiKey);
}

QString CacheAccount::fileName() const
{
    const QUrl origin(m_origin);
    QString name = fileSafe(origin.host());
    if (origin.port() >= 0)
        name += u'-' + QString::number(origin.port());
    return name + u'-' + m_keyFingerprint + u".sqlite"_s;
}

QString CacheAccount::defaultDirectory()
{
    QString overridden = qEnvironmentVariable("REVOX_CACHE_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/revox-desk"_s;
}

QString CacheAccount::fingerprintOf(const QString &apiKey)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("revox-desk cache key\n");
    hash.addData(apiKey.toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace revox
