#include "CacheDirectory.h"

#include "CacheFile.h"
#include "StoreLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace revox {

bool CacheDirectory::ensure(const QString &directory)
{
    QDir dir(directory);
    if (dir.exists())
        return true;
    if (!dir.mkpath(u"."_s)) {
        qCWarning(lcStore) << "cannot create the cache folder" << directory;
        return false;
    }
    QFile::setPermissions(directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

QStringList CacheDirectory::cacheFiles(const QString &directory)
{
    const QDir dir(directory);
    QStringList files;
    const QStringList names = dir.entryList({u"*.sqlite"_s, u"*.sqlite-*"_s, u"*.sqlite.*"_s},
                                            QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names)
        files << dir.filePath(name);
    return files;
}

qint64 CacheDirectory::sizeBytes(const QString &directory)
{
    return CacheFile::totalBytes(cacheFiles(directory));
}

bool CacheDirectory::removeAll(const QString &directory, const QString &keptFile)
{
    QStringList kept;
    if (!keptFile.isEmpty()) {
        for (const QString &file : CacheFile::withCompanions(keptFile))
            kept << QFileInfo(file).absoluteFilePath();
    }
    bool ok = true;
    for (const QString &file : cacheFiles(directory)) {
        if (kept.contains(QFileInfo(file).absoluteFilePath()))
            continue;
        if (!QFile::remove(file)) {
            qCWarning(lcStore) << "cannot remove" << file;
            ok = false;
        }
    }
    return ok;
}

} // namespace revox
