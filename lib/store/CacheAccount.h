#pragma once

#include <QString>
#include <QUrl>

namespace revox {

// Which account a cache file belongs to: the API origin and a fingerprint of the key.
// The key itself is never kept, written or logged; only its truncated SHA-256.
class CacheAccount
{
public:
    CacheAccount() = default;
    // apiBase: the API's base URL (any path is dropped); apiKey: hashed, then forgotten.
    CacheAccount(const QUrl &apiBase, const QString &apiKey);

    bool isValid() const { return !m_origin.isEmpty() && !m_keyFingerprint.isEmpty(); }
    // "https://www.getrevox.com:443": scheme, host and port (the default one spelled out).
    QString origin() const { return m_origin; }
    // The first 16 hex digits of SHA-256("revox-desk cache key\n" + key).
    QString keyFingerprint() const { return m_keyFingerprint; }
    // "www.getrevox.com-443-0123456789abcdef.sqlite": one file per account, no key text.
    QString fileName() const;

    // $REVOX_CACHE_DIR when set, else <XDG data home>/revox-desk (GenericDataLocation).
    static QString defaultDirectory();
    // The fingerprint of a key, as keyFingerprint() gives it.
    static QString fingerprintOf(const QString &apiKey);

    bool operator==(const CacheAccount &o) const = default;

private:
    QString m_origin;
    QString m_keyFingerprint;
};

} // namespace revox
