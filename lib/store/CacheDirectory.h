#pragma once

#include <QString>
#include <QStringList>

namespace revox {

// The folder that holds every account's cache file (and the copies set aside).
class CacheDirectory
{
public:
    // Creates the folder (owner-only) when missing.
    static bool ensure(const QString &directory);
    // Every file the caches made there: "*.sqlite", companions and set-aside copies.
    static QStringList cacheFiles(const QString &directory);
    static qint64 sizeBytes(const QString &directory);
    // Removes every cache file there except keptFile and its companions (an open cache,
    // cleared through its own connection instead); true when all went.
    static bool removeAll(const QString &directory, const QString &keptFile = {});
};

} // namespace revox
