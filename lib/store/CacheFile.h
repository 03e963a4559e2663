#pragma once

#include <QString>
#include <QStringList>

namespace revox {

// One cache file on disk with its SQLite companions (-wal, -shm, -journal): a look at its
// header before SQLite opens it, owner-only permissions, its size, setting it aside.
class CacheFile
{
public:
    enum class State {
        Missing,   // no file (or an empty one): a new cache starts there
        Plausible, // an SQLite header whose page count the file's size can hold
        NotSqlite, // some other file, or garbage
        Truncated, // an SQLite header, but shorter than the pages it announces
    };

    static State inspect(const QString &path);
    // The file itself and the companions that exist.
    static QStringList withCompanions(const QString &path);
    // Creates the file empty when missing; the file and its companions become 0600.
    static bool restrictPermissions(const QString &path);
    // Bytes of the file and its companions.
    static qint64 sizeBytes(const QString &path);
    // Bytes of every file named (one missing counts 0).
    static qint64 totalBytes(const QStringList &files);
    // Renames the file and its companions to "<path>.<tag>-<yyyyMMdd-HHmmss>[-n]"; returns
    // the new name of the file, empty when it could not be moved.
    static QString setAside(const QString &path, const QString &tag);
    // Removes the file and its companions; true when none is left.
    static bool remove(const QString &path);
};

} // namespace revox
