#include "CacheAccount.h"
#include "CacheDirectory.h"
#include "CacheFile.h"
#include "CacheSchema.h"
#include "CacheTestData.h"
#include "CampaignCache.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace revox;
using namespace Qt::StringLiterals;

namespace {

const QString kKeyA = u"rvx_live_4f1c2b9a7e6d5c3b2a1f0e9d8c7b6a5f"_s;
const QString kKeyB = u"rvx_live_0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d"_s;
const QUrl kApi(u"https://www.getrevox.com/api"_s);

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

QStringList filesIn(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Messages logged while the test runs, every category at every level.
QStringList g_messages;
void keepMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages << message;
}

} // namespace

// Cache files on disk: one per account, owner-only, without the key, and files that
// cannot be used set aside with a message instead of a crash.
class TestCacheFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void accountOriginAndFingerprint();
    void oneFilePerAccount();
    void keyNeverWrittenNorLogged();
    void filesAreOwnerOnly();
    void directoryFromEnvironment();
    void unusableFileSetAside_data();
    void unusableFileSetAside();
    void shortFileWithLogLeftToSqlite();
    void otherFormatSetAside_data();
    void otherFormatSetAside();
    void otherAccountsFileSetAside();
    void damageFoundWhileReading();
    void unwritableFolderFails();
    void directorySizeAndRemoveAll();

private:
    QString path() const { return m_dir->filePath(u"cache.sqlite"_s); }
    void writeValidCache(const QString &path, int rows);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCacheFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCacheFiles::cleanup()
{
    m_dir.reset();
}

void TestCacheFiles::writeValidCache(const QString &file, int rows)
{
    CampaignCache cache;
    QVERIFY(cache.open(file).ok());
    QVERIFY(cache.replaceRows(u"c1"_s, cachetest::seedRows(rows), cachetest::at(1)));
}

void TestCacheFiles::accountOriginAndFingerprint()
{
    const CacheAccount a(kApi, kKeyA);
    QVERIFY(a.isValid());
    QCOMPARE(a.origin(), u"https://www.getrevox.com:443"_s);
    QCOMPARE(a.keyFingerprint().size(), 16);
    QCOMPARE(a.keyFingerprint(), CacheAccount::fingerprintOf(kKeyA));
    QVERIFY(a.keyFingerprint() != CacheAccount::fingerprintOf(kKeyB));
    QCOMPARE(a.fileName(), u"www.getrevox.com-443-"_s + a.keyFingerprint() + u".sqlite"_s);
    QCOMPARE(CacheAccount(QUrl(u"http://127.0.0.1:8123/api"_s), kKeyA).origin(),
             u"http://127.0.0.1:8123"_s);
    QCOMPARE(CacheAccount(QUrl(u"HTTP://Example.COM/x"_s), kKeyA).origin(),
             u"http://example.com:80"_s);
    QVERIFY(!CacheAccount(kApi, QString()).isValid());
    QVERIFY(!CacheAccount(QUrl(), kKeyA).isValid());
}

void TestCacheFiles::oneFilePerAccount()
{
    const CacheAccount a(kApi, kKeyA);
    const CacheAccount b(kApi, kKeyB);
    const CacheAccount local(QUrl(u"http://127.0.0.1:8123/api"_s), kKeyA);
    QVERIFY(a.fileName() != b.fileName());
    QVERIFY(a.fileName() != local.fileName());
    {
        CampaignCache cacheA;
        CampaignCache cacheB;
        QCOMPARE(cacheA.open(a, m_dir->path()).outcome, CacheOpenResult::Outcome::Created);
        QCOMPARE(cacheB.open(b, m_dir->path()).outcome, CacheOpenResult::Outcome::Created);
        QVERIFY(cacheA.filePath() != cacheB.filePath());
        QVERIFY(cacheA.saveCampaignList(cachetest::campaigns(), cachetest::at(1)));
        QVERIFY(cacheA.replaceRows(u"c1"_s, cachetest::seedRows(4), cachetest::at(1)));
        QVERIFY(cacheB.loadCampaigns().isEmpty());
        QCOMPARE(cacheB.rowCount(u"c1"_s), 0);
    }
    CampaignCache again;
    QCOMPARE(again.open(a, m_dir->path()).outcome, CacheOpenResult::Outcome::Opened);
    QCOMPARE(again.rowCount(u"c1"_s), 4);
}

void TestCacheFiles::keyNeverWrittenNorLogged()
{
    QLoggingCategory::setFilterRules(u"revox.store.debug=true"_s);
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepMessage);
    {
        CampaignCache cache;
        QVERIFY(cache.open(CacheAccount(kApi, kKeyA), m_dir->path()).ok());
        QVERIFY(cache.saveCampaignList(cachetest::campaigns(), cachetest::at(1)));
        QVERIFY(cache.replaceRows(u"c1"_s, cachetest::seedRows(20), cachetest::at(1)));
        QVERIFY(cache.appendProgress(u"c1"_s, ProgressSample{cachetest::at(1), RowStats{}}));
        cache.close();
        // Opening the file with another key: set aside, and still no key anywhere.
        QVERIFY(cache
                    .open(m_dir->filePath(CacheAccount(kApi, kKeyA).fileName()),
                          CacheAccount(kApi, kKeyB))
                    .ok());
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!g_messages.isEmpty()); // the log was really captured

    const QStringList files = filesIn(m_dir->path());
    QVERIFY(files.size() >= 2);
    for (const QString &key : {kKeyA, kKeyB}) {
        const QByteArray fragment = key.mid(8, 16).toUtf8();
        for (const QString &file : files) {
            QVERIFY2(!file.contains(key.mid(8, 16)), qPrintable(file));
            const QByteArray bytes = bytesOf(file);
            QVERIFY2(!bytes.contains(key.toUtf8()), qPrintable(file));
            QVERIFY2(!bytes.contains(fragment), qPrintable(file));
            QVERIFY2(!bytes.contains(
                         QByteArray(reinterpret_cast<const char *>(key.utf16()), key.size() * 2)),
                     qPrintable(file));
        }
        for (const QString &message : std::as_const(g_messages))
            QVERIFY2(!message.contains(key.mid(8, 16)), qPrintable(message));
    }
}

void TestCacheFiles::filesAreOwnerOnly()
{
    const QString folder = m_dir->filePath(u"new/revox-desk"_s);
    CampaignCache cache;
    QVERIFY(cache.open(CacheAccount(kApi, kKeyA), folder).ok());
    QCOMPARE(modeOf(folder), 0700);
    QVERIFY(cache.replaceRows(u"c1"_s, cachetest::seedRows(50), cachetest::at(1)));
    QVERIFY(cache.appendProgress(u"c1"_s, ProgressSample{cachetest::at(1), RowStats{}}));
    // While the cache is open, the write-ahead log and shared memory files exist too.
    const QStringList files = filesIn(folder);
    QVERIFY2(files.size() >= 3, qPrintable(files.join(u", "_s)));
    QVERIFY(files.contains(cache.filePath() + u"-wal"_s));
    for (const QString &file : files)
        QVERIFY2(modeOf(file) == 0600, qPrintable(u"%1: %2"_s.arg(file).arg(modeOf(file), 0, 8)));

    // An existing file readable by others is made owner-only on open.
    cache.close();
    QVERIFY(QFile::setPermissions(cache.filePath(), QFileDevice::ReadOwner |
                                                        QFileDevice::WriteOwner |
                                                        QFileDevice::ReadOther));
    QCOMPARE(modeOf(cache.filePath()), 0604);
    QCOMPARE(cache.open(CacheAccount(kApi, kKeyA), folder).outcome,
             CacheOpenResult::Outcome::Opened);
    QCOMPARE(modeOf(cache.filePath()), 0600);
}

void TestCacheFiles::directoryFromEnvironment()
{
    qputenv("REVOX_CACHE_DIR", m_dir->path().toUtf8());
    QCOMPARE(CacheAccount::defaultDirectory(), m_dir->path());
    qunsetenv("REVOX_CACHE_DIR");
    QVERIFY(CacheAccount::defaultDirectory().endsWith(u"/revox-desk"_s));
}

void TestCacheFiles::unusableFileSetAside_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("truncate");
    QByteArray garbage;
    for (int i = 0; i < 10000; ++i)
        garbage.append(char((i * 7919) & 0xff));
    QTest::newRow("garbage bytes") << garbage << false;
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << false;
    QTest::newRow("header only") << QByteArray("SQLite format 3\0\x10\0\x01\x01\0@  ", 24) << false;
    QTest::newRow("truncated cache") << QByteArray() << true;
}

void TestCacheFiles::unusableFileSetAside()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, truncate);
    if (truncate) {
        writeValidCache(path(), 300);
        QFile f(path());
        const qint64 full = f.size();
        QVERIFY(full > 100000);
        QVERIFY(f.resize(full / 2));
        bytes = bytesOf(path());
    } else {
        writeFile(path(), bytes);
    }
    writeFile(path() + u"-wal"_s, QByteArray("stale log"));

    CampaignCache cache;
    const CacheOpenResult result = cache.open(path());
    QCOMPARE(result.outcome, CacheOpenResult::Outcome::Rebuilt);
    QVERIFY(result.ok());
    QVERIFY2(result.message.contains(u"moved to"_s), qPrintable(result.message));
    QVERIFY(result.message.contains(QDir::toNativeSeparators(result.setAsidePath)));
    QVERIFY2(QFileInfo(result.setAsidePath).fileName().startsWith(u"cache.sqlite.corrupt-"_s),
             qPrintable(result.setAsidePath));
    QCOMPARE(bytesOf(result.setAsidePath), bytes);
    QCOMPARE(bytesOf(result.setAsidePath + u"-wal"_s), QByteArray("stale log"));

    // The new file works, and stays after a reopen.
    QVERIFY(cache.replaceRows(u"c1"_s, cachetest::seedRows(3), cachetest::at(2)));
    cache.close();
    QCOMPARE(cache.open(path()).outcome, CacheOpenResult::Outcome::Opened);
    QCOMPARE(cache.loadAllRows(u"c1"_s), cachetest::seedRows(3));
}

void TestCacheFiles::shortFileWithLogLeftToSqlite()
{
    writeValidCache(path(), 300);
    QCOMPARE(CacheFile::inspect(path()), CacheFile::State::Plausible);
    QFile f(path());
    QVERIFY(f.resize(f.size() - CacheSchema::kPageSize));
    QCOMPARE(CacheFile::inspect(path()), CacheFile::State::Truncated);
    // With a write-ahead log beside it (a checkpoint cut short), SQLite decides.
    QByteArray log(32, '\0');
    log[0] = '\x37';
    log[1] = '\x7f';
    log[2] = '\x06';
    log[3] = '\x83';
    writeFile(path() + u"-wal"_s, log);
    QCOMPARE(CacheFile::inspect(path()), CacheFile::State::Plausible);
    writeFile(path() + u"-wal"_s, QByteArray(32, 'x'));
    QCOMPARE(CacheFile::inspect(path()), CacheFile::State::Truncated);
}

void TestCacheFiles::otherFormatSetAside_data()
{
    QTest::addColumn<int>("applicationId");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("why");
    QTest::newRow("older") << CacheSchema::kApplicationId << CacheSchema::kVersion - 1
                           << u"format%1"_s.arg(CacheSchema::kVersion - 1) << u"older version"_s;
    QTest::newRow("newer") << CacheSchema::kApplicationId << CacheSchema::kVersion + 1
                           << u"format%1"_s.arg(CacheSchema::kVersion + 1) << u"newer version"_s;
    QTest::newRow("not ours") << 0 << 3 << u"foreign"_s << u"not a Revox Desk cache"_s;
}

void TestCacheFiles::otherFormatSetAside()
{
    QFETCH(int, applicationId);
    QFETCH(int, version);
    QFETCH(QString, tag);
    QFETCH(QString, why);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE rows(id TEXT, data TEXT)"_s));
        QVERIFY(q.exec(u"INSERT INTO rows VALUES ('r1', 'kept')"_s));
        QVERIFY(q.exec(u"PRAGMA application_id = %1"_s.arg(applicationId)));
        QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(version)));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"writer"_s);
    const QByteArray before = bytesOf(path());

    CampaignCache cache;
    const CacheOpenResult result = cache.open(path());
    QCOMPARE(result.outcome, CacheOpenResult::Outcome::Rebuilt);
    QVERIFY2(result.message.contains(why), qPrintable(result.message));
    QVERIFY2(QFileInfo(result.setAsidePath).fileName().startsWith(u"cache.sqlite."_s + tag + u'-'),
             qPrintable(result.setAsidePath));
    QCOMPARE(bytesOf(result.setAsidePath), before);
    QVERIFY(cache.saveCampaignList(cachetest::campaigns(), cachetest::at(1)));
    QCOMPARE(cache.loadCampaigns().size(), cachetest::campaigns().size());
}

void TestCacheFiles::otherAccountsFileSetAside()
{
    const QString file = m_dir->filePath(u"shared.sqlite"_s);
    {
        CampaignCache cache;
        QVERIFY(cache.open(file, CacheAccount(kApi, kKeyA)).ok());
        QVERIFY(cache.replaceRows(u"c1"_s, cachetest::seedRows(2), cachetest::at(1)));
    }
    CampaignCache cache;
    const CacheOpenResult result = cache.open(file, CacheAccount(kApi, kKeyB));
    QCOMPARE(result.outcome, CacheOpenResult::Outcome::Rebuilt);
    QVERIFY2(result.message.contains(u"another account"_s), qPrintable(result.message));
    QCOMPARE(cache.rowCount(u"c1"_s), 0);
}

void TestCacheFiles::damageFoundWhileReading()
{
    writeValidCache(path(), 400);
    // Overwrite the second half of the file (rows; the schema and meta come first): SQLite
    // opens the file, closed cleanly, then finds the damage when it reads the rows.
    QByteArray bytes = bytesOf(path());
    QVERIFY(bytes.size() > 16 * CacheSchema::kPageSize);
    const qsizetype half = (bytes.size() / 2 / CacheSchema::kPageSize) * CacheSchema::kPageSize;
    for (qsizetype i = half; i < bytes.size(); ++i)
        bytes[i] = char(0x5a ^ (i & 0x3f));
    writeFile(path(), bytes);

    CampaignCache cache;
    QCOMPARE(cache.open(path()).outcome, CacheOpenResult::Outcome::Opened);
    qsizetype delivered = 0;
    const RowsLoadResult result = cache.loadRows(u"c1"_s, [&](CachedRowsBatch &&batch) {
        delivered += batch.rows.size();
        return true;
    });
    QVERIFY(!result.ok || result.skipped > 0);
    QVERIFY(cache.isDamaged());
    QVERIFY(!cache.lastError().isEmpty());
    QVERIFY(delivered < 400);

    const CacheOpenResult rebuilt = cache.rebuild();
    QCOMPARE(rebuilt.outcome, CacheOpenResult::Outcome::Rebuilt);
    QVERIFY(!rebuilt.message.isEmpty());
    QVERIFY(!cache.isDamaged());
    QVERIFY(QFileInfo::exists(rebuilt.setAsidePath));
    QVERIFY(cache.replaceRows(u"c1"_s, cachetest::seedRows(2), cachetest::at(2)));
    QCOMPARE(cache.loadAllRows(u"c1"_s), cachetest::seedRows(2));
}

void TestCacheFiles::unwritableFolderFails()
{
    const QString blocker = m_dir->filePath(u"not-a-folder"_s);
    writeFile(blocker, "x");
    CampaignCache cache;
    const CacheOpenResult result = cache.open(blocker + u"/cache.sqlite"_s);
    QCOMPARE(result.outcome, CacheOpenResult::Outcome::Failed);
    QVERIFY(!result.ok());
    QVERIFY2(result.message.contains(u"works without it"_s), qPrintable(result.message));
    QVERIFY(!cache.isOpen());
    QVERIFY(!cache.replaceRows(u"c1"_s, cachetest::seedRows(1), cachetest::at(1)));
    QVERIFY(cache.loadAllRows(u"c1"_s).isEmpty());
}

void TestCacheFiles::directorySizeAndRemoveAll()
{
    CampaignCache a;
    CampaignCache b;
    QVERIFY(a.open(CacheAccount(kApi, kKeyA), m_dir->path()).ok());
    QVERIFY(b.open(CacheAccount(kApi, kKeyB), m_dir->path()).ok());
    QVERIFY(a.replaceRows(u"c1"_s, cachetest::seedRows(100), cachetest::at(1)));
    QVERIFY(b.replaceRows(u"c1"_s, cachetest::seedRows(10), cachetest::at(1)));
    writeFile(m_dir->filePath(u"notes.txt"_s), "not a cache file");
    QCOMPARE(CacheDirectory::sizeBytes(m_dir->path()), a.sizeBytes() + b.sizeBytes());

    b.close();
    QVERIFY(CacheDirectory::removeAll(m_dir->path(), a.filePath()));
    QVERIFY(!QFileInfo::exists(b.filePath()));
    QVERIFY(QFileInfo::exists(a.filePath()));
    QVERIFY(QFileInfo::exists(m_dir->filePath(u"notes.txt"_s)));
    QCOMPARE(a.rowCount(u"c1"_s), 100);
    QCOMPARE(CacheDirectory::sizeBytes(m_dir->path()), a.sizeBytes());
}

QTEST_GUILESS_MAIN(TestCacheFiles)
#include "tst_cachefiles.moc"
