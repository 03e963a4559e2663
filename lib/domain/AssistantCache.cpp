#include "AssistantCache.h"

#include <QMutexLocker>

namespace revox {

static QString cacheKey(const QString &id, Timestamp updatedAt)
{
    return id + QLatin1Char('\n') + QString::number(updatedAt.toMSecsSinceEpoch());
}

AssistantPtr AssistantCache::intern(Assistant &&a)
{
    const QString key = cacheKey(a.id, a.updatedAt);
    QMutexLocker lock(&m_mutex);
    auto it = m_byKey.constFind(key);
    if (it != m_byKey.cend() && **it == a)
        return *it;
    auto ptr = std::make_shared<const Assistant>(std::move(a));
    m_byKey.insert(key, ptr);
    return ptr;
}

AssistantPtr AssistantCache::find(const QString &id, Timestamp updatedAt) const
{
    QMutexLocker lock(&m_mutex);
    return m_byKey.value(cacheKey(id, updatedAt));
}

qsizetype AssistantCache::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_byKey.size();
}

} // namespace revox
