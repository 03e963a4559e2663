#include "CacheFile.h"

#include "StoreLog.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace revox {
namespace {

constexpr qint64 kHeaderSize = 100;
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

const QStringList &companionSuffixes()
{
    static const QStringList suffixes{u"-wal"_s, u"-shm"_s, u"-journal"_s};
    return suffixes;
}

quint32 bigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

// True when <path>-wal starts with a write-ahead log header (either byte order).
bool hasWriteAheadLog(const QString &path)
{
    QFile wal(path + u"-wal"_s);
    if (!wal.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = wal.read(32);
    return header.size() == 32 && (bigEndian32(header, 0) & 0xfffffffeu) == 0x377f0682u;
}

} // namespace

CacheFile::State CacheFile::inspect(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return State::Missing;
    if (!file.open(QIODevice::ReadOnly))
        return State::Plausible; // SQLite will say what is wrong with it
    const QByteArray header = file.read(kHeaderSize);
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return State::NotSqlite;
    if (header.size() < kHeaderSize)
        return State::Truncated;
    const quint32 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return State::NotSqlite;
    // The page count in the header is meaningful when the change counter matches the
    // "version valid for" number (SQLite 3.7.0 and later keep them in step).
    // A checkpoint cut short leaves the file short of its pages, with all of them still in
    // the write-ahead log: SQLite completes it on open.
    if (hasWriteAheadLog(path))
        return State::Plausible;
    const quint32 pageCount = bigEndian32(header, 28);
    const bool countValid = pageCount != 0 && bigEndian32(header, 24) == bigEndian32(header, 92);
    if (countValid && file.size() < qint64(pageCount) * pageSize)
        return State::Truncated;
    if (file.size() % pageSize != 0)
        return State::Truncated;
    return State::Plausible;
}

QStringList CacheFile::withCompanions(const QString &path)
{
    QStringList files;
    if (QFileInfo::exists(path))
        files << path;
    for (const QString &suffix : companionSuffixes()) {
        if (QFileInfo::exists(path + suffix))
            files << path + suffix;
    }
    return files;
}

bool CacheFile::restrictPermissions(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        QFile created(path);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            qCWarning(lcStore) << "cannot create" << path << created.errorString();
            return false;
        }
    }
    bool ok = true;
    for (const QString &file : withCompanions(path)) {
        if (QFile::permissions(file) != kOwnerOnly && !QFile::setPermissions(file, kOwnerOnly)) {
            qCWarning(lcStore) << "cannot make" << file << "owner-only";
            ok = false;
        }
    }
    return ok;
}

qint64 CacheFile::totalBytes(const QStringList &files)
{
    qint64 bytes = 0;
    for (const QString &file : files)
        bytes += QFileInfo(file).size();
    return bytes;
}

qint64 CacheFile::sizeBytes(const QString &path)
{
    return totalBytes(withCompanions(path));
}

QString CacheFile::setAside(const QString &path, const QString &tag)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = path + u'.' + tag + u'-' + stamp;
    for (int n = 2; !withCompanions(target).isEmpty(); ++n)
        target = path + u'.' + tag + u'-' + stamp + u'-' + QString::number(n);
    if (QFileInfo::exists(path) && !QFile::rename(path, target)) {
        qCWarning(lcStore) << "cannot set aside" << path;
        return {};
    }
    for (const QString &suffix : companionSuffixes()) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix))
            QFile::remove(path + suffix); // a companion without its file is of no use
    }
    qCDebug(lcStore) << "set aside" << path << "as" << target;
    return target;
}

bool CacheFile::remove(const QString &path)
{
    for (const QString &file : withCompanions(path))
        QFile::remove(file);
    return withCompanions(path).isEmpty();
}

} // namespace revox
