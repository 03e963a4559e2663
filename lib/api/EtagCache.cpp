#include "EtagCache.h"

namespace revox {

EtagCache::EtagCache(qint64 maxBodyBytes, qint64 maxTotalBytes)
    : m_maxBodyBytes(maxBodyBytes)
    , m_maxTotalBytes(maxTotalBytes)
{
}

std::optional<EtagCache::Entry> EtagCache::find(const QString &url) const
{
    const auto it = m_entries.constFind(url);
    if (it == m_entries.cend())
        return std::nullopt;
    return *it;
}

void EtagCache::store(const QString &url, const QByteArray &etag, const QByteArray &body, bool gzip)
{
    if (const auto it = m_entries.find(url); it != m_entries.end()) {
        m_totalBytes -= it->body.size();
        m_entries.erase(it);
        m_order.removeOne(url);
    }
    if (etag.isEmpty() || body.size() > m_maxBodyBytes)
        return;
    m_entries.insert(url, {etag, body, gzip});
    m_order.append(url);
    m_totalBytes += body.size();
    while (m_totalBytes > m_maxTotalBytes && !m_order.isEmpty()) {
        const QString oldest = m_order.takeFirst();
        m_totalBytes -= m_entries.take(oldest).body.size();
    }
}

void EtagCache::clear()
{
    m_entries.clear();
    m_order.clear();
    m_totalBytes = 0;
}

} // namespace revox
