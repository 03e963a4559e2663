#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace revox {

// The last ETag and body of each small API answer, by URL: a request sends the tag as
// If-None-Match and a 304 answer reuses the body, so an unchanged answer costs a few
// hundred bytes on the wire. Bodies larger than maxBodyBytes are not kept (a 304 could not
// be answered from them: the pages of a whole-campaign listing, which change anyway); the
// oldest entries go first past maxTotalBytes.
class EtagCache
{
public:
    struct Entry
    {
        QByteArray etag;
        QByteArray body;
        bool gzip = false; // body is the gzip the server sent
    };

    explicit EtagCache(qint64 maxBodyBytes = 512 * 1024, qint64 maxTotalBytes = 8 * 1024 * 1024);

    std::optional<Entry> find(const QString &url) const;
    void store(const QString &url, const QByteArray &etag, const QByteArray &body,
               bool gzip = false);
    void clear();
    qint64 totalBytes() const { return m_totalBytes; }

private:
    qint64 m_maxBodyBytes;
    qint64 m_maxTotalBytes;
    qint64 m_totalBytes = 0;
    QHash<QString, Entry> m_entries;
    QList<QString> m_order; // oldest first
};

} // namespace revox
