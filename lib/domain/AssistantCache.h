#pragma once

#include "Assistant.h"
#include "Timestamp.h"

#include <QHash>
#include <QMutex>
#include <QString>

namespace revox {

// Shares one Assistant per (id, updated_at) across rows, pages and threads, so that
// the copy the API repeats inside every row costs memory once. Thread-safe.
class AssistantCache
{
public:
    // Returns the cached assistant equal to a, or stores and returns a.
    AssistantPtr intern(Assistant &&a);
    // The cached instance for this id and updated_at, if any (lets the parser skip
    // re-reading an assistant object it has already seen).
    AssistantPtr find(const QString &id, Timestamp updatedAt) const;
    qsizetype size() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, AssistantPtr> m_byKey; // id + '\n' + updated_at in ms
};

} // namespace revox
