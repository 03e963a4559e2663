#include "CacheFile.h"
#include "CacheSchema.h"
#include "CacheTestData.h"
#include "CampaignCache.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>

using namespace revox;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Fills the file system of path until a write fails; returns the bytes written.
qint64 fillDisk(const QString &path)
{
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly))
        return 0;
    const QByteArray block(64 * 1024, 'x');
    qint64 written = 0;
    for (;;) {
        const qint64 n = filler.write(block);
        if (n <= 0 || !filler.flush())
            break;
        written += n;
    }
    // What the file system still has below a block.
    for (;;) {
        if (filler.write(block.left(512)) <= 0 || !filler.flush())
            break;
    }
    return written;
}

} // namespace

// A cache file never claims what it lost: row sets written whole or marked incomplete,
// damage found on every read, a full disk that keeps the last complete copy.
class TestCacheIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstLoadPagesStayIncomplete();
    void firstLoadNeverWritesOverACompleteCopy();
    void reopenedAfterAKillIsChecked();
    void damageInsideTheRowsIsFoundByTheCheck();
    void undecodableRowIsDamageNotASkip();
    void schemaCreationIsIdempotent();
    void fullDiskKeepsTheLastCompleteCopy();

private:
    QString path() const { return m_dir->filePath(u"cache.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCacheIntegrity::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCacheIntegrity::cleanup()
{
    m_dir.reset();
}

void TestCacheIntegrity::firstLoadPagesStayIncomplete()
{
    const QList<Row> rows = cachetest::seedRows(30);
    {
        CampaignCache cache;
        QVERIFY(cache.open(path()).ok());
        QVERIFY(cache.appendFirstLoadRows(u"c1"_s, rows.mid(0, 10), 30, cachetest::at(1)));
        QVERIFY(cache.appendFirstLoadRows(u"c1"_s, rows.mid(10, 10), 30, cachetest::at(2)));
        const RowSetInfo info = cache.rowSet(u"c1"_s);
        QVERIFY(info.saved);
        QVERIFY(!info.complete);
        QCOMPARE(info.rows, 20);
        QCOMPARE(info.expected, 30);
    }
    CampaignCache cache;
    QCOMPARE(cache.open(path()).outcome, CacheOpenResult::Outcome::Opened);
    QList<CachedRowsBatch> batches;
    const RowsLoadResult loaded = cache.loadRows(u"c1"_s, [&](CachedRowsBatch &&batch) {
        batches.append(std::move(batch));
        return true;
    });
    QVERIFY(loaded.ok);
    QVERIFY(!batches.isEmpty());
    QVERIFY(batches.last().last);
    QVERIFY(!batches.last().complete);
    QCOMPARE(batches.last().expected, 30);
    QCOMPARE(batches.last().total, 20);

    // The refresh that ends the load makes it whole.
    QVERIFY(cache.applyRows(u"c1"_s, rows.mid(20), {}, cachetest::at(3)));
    const RowSetInfo info = cache.rowSet(u"c1"_s);
    QVERIFY(info.complete);
    QCOMPARE(info.rows, 30);
    QCOMPARE(info.fetchedAt, cachetest::at(3));
    QCOMPARE(cache.loadAllRows(u"c1"_s), rows);
}

void TestCacheIntegrity::firstLoadNeverWritesOverACompleteCopy()
{
    CampaignCache cache;
    QVERIFY(cache.open(path()).ok());
    const QList<Row> rows = cachetest::seedRows(5);
    QVERIFY(cache.replaceRows(u"c1"_s, rows, cachetest::at(1)));
    QVERIFY(cache.appendFirstLoadRows(u"c1"_s, cachetest::seedRows(8).mid(5), 8, cachetest::at(2)));
    const RowSetInfo info = cache.rowSet(u"c1"_s);
    QVERIFY(info.complete);
    QCOMPARE(info.rows, 5);
    QCOMPARE(info.fetchedAt, cachetest::at(1));
}

void TestCacheIntegrity::reopenedAfterAKillIsChecked()
{
    // A process killed with the file open leaves it marked open; a page damaged meanwhile
    // is found by the check at the next open, before anything is read.
    const QString file = path();
    {
        CampaignCache cache;
        QVERIFY(cache.open(file).ok());
        QVERIFY(cache.replaceRows(u"c1"_s, cachetest::seedRows(400), cachetest::at(1)));
        cache.close();
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"mark"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE meta SET value = '0' WHERE key = 'closed_cleanly'"_s));
        QCOMPARE(q.numRowsAffected(), 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"mark"_s);
    // 4 KB of damage in the middle of the file (inside the rows' pages).
    QByteArray bytes = bytesOf(file);
    QVERIFY(bytes.size() > 20 * CacheSchema::kPageSize);
    const qsizetype at = (bytes.size() / 2 / CacheSchema::kPageSize) * CacheSchema::kPageSize;
    for (qsizetype i = at; i < at + 4096; ++i)
        bytes[i] = char(0xa5);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(out.write(bytes), bytes.size());
    out.close();

    CampaignCache cache;
    const CacheOpenResult opened = cache.open(file);
    QCOMPARE(opened.outcome, CacheOpenResult::Outcome::Rebuilt);
    QVERIFY2(opened.message.contains(u"damaged"_s), qPrintable(opened.message));
    QVERIFY(QFileInfo::exists(opened.setAsidePath));
    QVERIFY(!cache.rowSet(u"c1"_s).saved);
}

void TestCacheIntegrity::damageInsideTheRowsIsFoundByTheCheck()
{
    {
        CampaignCache cache;
        QVERIFY(cache.open(path()).ok());
        QVERIFY(cache.replaceRows(u"c1"_s, cachetest::seedRows(400), cachetest::at(1)));
    }
    QByteArray bytes = bytesOf(path());
    const qsizetype at = (bytes.size() / 2 / CacheSchema::kPageSize) * CacheSchema::kPageSize;
    for (qsizetype i = at; i < at + 4096; ++i)
        bytes[i] = char(0xa5);
    QFile out(path());
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(out.write(bytes), bytes.size());
    out.close();

    CampaignCache cache;
    // Closed cleanly: opened without a check, and the check finds the damage when asked.
    QCOMPARE(cache.open(path()).outcome, CacheOpenResult::Outcome::Opened);
    QVERIFY(!cache.verify());
    QVERIFY(cache.isDamaged());
}

void TestCacheIntegrity::undecodableRowIsDamageNotASkip()
{
    {
        CampaignCache cache;
        QVERIFY(cache.open(path()).ok());
        QVERIFY(cache.replaceRows(u"c1"_s, cachetest::seedRows(50), cachetest::at(1)));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"spoil"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE rows SET json = X'00FF00FF' WHERE row_id = 'row-30'"_s));
        QCOMPARE(q.numRowsAffected(), 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"spoil"_s);
    CampaignCache cache;
    QVERIFY(cache.open(path()).ok());
    const RowsLoadResult loaded = cache.loadRows(u"c1"_s, [](CachedRowsBatch &&) { return true; });
    QVERIFY(!loaded.ok);
    QVERIFY(loaded.damaged);
    QVERIFY(cache.isDamaged());
}

void TestCacheIntegrity::schemaCreationIsIdempotent()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"twice"_s);
    db.setDatabaseName(path());
    QVERIFY(db.open());
    QString error;
    QVERIFY2(CacheSchema::create(db, &error), qPrintable(error));
    QVERIFY2(CacheSchema::create(db, &error), qPrintable(error));
    int version = 0;
    QCOMPARE(CacheSchema::inspect(db, &version, &error), CacheSchema::State::Current);
    QCOMPARE(version, CacheSchema::kVersion);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"twice"_s);
}

void TestCacheIntegrity::fullDiskKeepsTheLastCompleteCopy()
{
    const QString mountPoint = m_dir->filePath(u"small"_s);
    QVERIFY(QDir().mkpath(mountPoint));
    if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=3m") != 0)
        QSKIP("a small tmpfs cannot be mounted here (not root)");
    const auto unmount = qScopeGuard([&] { ::umount(QFile::encodeName(mountPoint).constData()); });
    const QString file = QDir(mountPoint).filePath(u"cache.sqlite"_s);
    const QString filler = QDir(mountPoint).filePath(u"filler"_s);
    const QList<Row> rows = cachetest::seedRows(600);
    {
        CampaignCache cache;
        QVERIFY(cache.open(file).ok());
        QVERIFY(cache.replaceRows(u"c1"_s, rows.mid(0, 100), cachetest::at(1)));
        QVERIFY(fillDisk(filler) > 0);

        // The next refresh brings 500 more rows: they do not fit.
        QVERIFY(!cache.applyRows(u"c1"_s, rows.mid(100), {}, cachetest::at(2)));
        QVERIFY(cache.isDiskFull());
        QVERIFY2(cache.lastError().contains(u"disk is full"_s), qPrintable(cache.lastError()));
        QVERIFY(cache.needsCompleteWrite(u"c1"_s));
        // A later small change alone would claim a copy the file does not hold: refused.
        QVERIFY(!cache.applyRows(u"c1"_s, {}, {}, cachetest::at(3)));
        RowSetInfo info = cache.rowSet(u"c1"_s);
        QVERIFY(info.complete);
        QCOMPARE(info.rows, 100);
        QCOMPARE(info.fetchedAt, cachetest::at(1));

        // Space returns: the next write is the complete one.
        QVERIFY(QFile::remove(filler));
        QVERIFY(cache.replaceRows(u"c1"_s, rows, cachetest::at(4)));
        QVERIFY(!cache.needsCompleteWrite(u"c1"_s));
        QVERIFY(cache.applyRows(u"c1"_s, {}, {}, cachetest::at(5)));
    }
    CampaignCache cache;
    QCOMPARE(cache.open(file).outcome, CacheOpenResult::Outcome::Opened);
    const RowSetInfo info = cache.rowSet(u"c1"_s);
    QVERIFY(info.complete);
    QCOMPARE(info.rows, 600);
    QCOMPARE(cache.loadAllRows(u"c1"_s), rows);
}

QTEST_GUILESS_MAIN(TestCacheIntegrity)
#include "tst_cacheintegrity.moc"
