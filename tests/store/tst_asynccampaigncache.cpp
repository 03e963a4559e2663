#include "AsyncCampaignCache.h"
#include "CacheAccount.h"
#include "CacheSchema.h"
#include "CacheTestData.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace revox;
using namespace Qt::StringLiterals;

// AsyncCampaignCache: calls return at once, run in call order on the cache's thread, and
// loads come back batch after batch on the caller's thread.
class TestAsyncCampaignCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void opensAndReportsOutcome();
    void loadSeesEarlierWrites();
    void batchesArriveInOrderOnCallerThread();
    void nothingArrivesAfterContextIsGone();
    void cancelledLoadStops();
    void campaignsProgressAndSize();
    void clearThisAndAllAccounts();
    void damagedFileIsRebuilt();
    void unusableCacheSaysSoOnce();

private:
    QString path() const { return m_dir->filePath(u"cache.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAsyncCampaignCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAsyncCampaignCache::cleanup()
{
    m_dir.reset();
}

void TestAsyncCampaignCache::opensAndReportsOutcome()
{
    QFile garbage(path());
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(5000, '\x7f'));
    garbage.close();

    AsyncCampaignCache cache;
    QSignalSpy opened(&cache, &AsyncCampaignCache::opened);
    QSignalSpy problems(&cache, &AsyncCampaignCache::problem);
    cache.open(path());
    QTRY_COMPARE(opened.size(), 1);
    const auto result = opened.first().first().value<CacheOpenResult>();
    QCOMPARE(result.outcome, CacheOpenResult::Outcome::Rebuilt);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(problems.size(), 0); // the message comes with opened()
}

void TestAsyncCampaignCache::loadSeesEarlierWrites()
{
    AsyncCampaignCache cache;
    QSignalSpy opened(&cache, &AsyncCampaignCache::opened);
    cache.open(path());
    const QList<Row> rows = cachetest::seedRows(30);
    cache.replaceRows(u"c1"_s, rows, cachetest::at(1));
    cache.applyRows(u"c1"_s, {}, {u"row-0"_s}, cachetest::at(2));
    QList<Row> loaded;
    bool done = false;
    QList<QDateTime> fetchedAt;
    cache.loadRows(u"c1"_s, this, [&](const CachedRowsBatch &batch) {
        loaded.append(batch.rows);
        fetchedAt << batch.fetchedAt;
        done = batch.last;
    });
    QTRY_VERIFY(done);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(loaded, rows.mid(1));
    QCOMPARE(fetchedAt, QList<QDateTime>{cachetest::at(2)});
}

void TestAsyncCampaignCache::batchesArriveInOrderOnCallerThread()
{
    AsyncCampaignCache cache;
    cache.open(path());
    const QList<Row> rows = cachetest::seedRows(2500);
    cache.replaceRows(u"c1"_s, rows, cachetest::at(1));

    QList<qsizetype> offsets;
    QList<qsizetype> sizes;
    QList<Row> loaded;
    int lastCount = 0;
    bool otherThread = false;
    CampaignCache::LoadOptions options;
    options.firstBatchRows = 200;
    options.batchRows = 1000;
    cache.loadRows(
        u"c1"_s, this,
        [&](const CachedRowsBatch &batch) {
            otherThread = otherThread || QThread::currentThread() != thread();
            offsets << batch.offset;
            sizes << batch.rows.size();
            loaded.append(batch.rows);
            lastCount += batch.last ? 1 : 0;
        },
        options);
    QTRY_COMPARE(lastCount, 1);
    cache.waitForIdle();
    QCoreApplication::processEvents();
    QVERIFY(!otherThread);
    QCOMPARE(offsets, (QList<qsizetype>{0, 200, 1200, 2200}));
    QCOMPARE(sizes, (QList<qsizetype>{200, 1000, 1000, 300}));
    QCOMPARE(lastCount, 1);
    QCOMPARE(loaded, rows);
}

void TestAsyncCampaignCache::nothingArrivesAfterContextIsGone()
{
    AsyncCampaignCache cache;
    cache.open(path());
    cache.replaceRows(u"c1"_s, cachetest::seedRows(500), cachetest::at(1));
    int calls = 0;
    auto *context = new QObject;
    cache.loadRows(u"c1"_s, context, [&](const CachedRowsBatch &) { ++calls; });
    cache.loadProgress(u"c1"_s, context, [&](const QList<ProgressSample> &) { ++calls; });
    delete context;
    cache.waitForIdle();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();

    // The same calls with a live context do arrive.
    int liveCalls = 0;
    cache.loadProgress(u"c1"_s, this, [&](const QList<ProgressSample> &) { ++liveCalls; });
    QTRY_COMPARE(liveCalls, 1);
    QCOMPARE(calls, 0);
}

void TestAsyncCampaignCache::cancelledLoadStops()
{
    AsyncCampaignCache cache;
    cache.open(path());
    cache.replaceRows(u"c1"_s, cachetest::seedRows(300), cachetest::at(1));
    int cancelledCalls = 0;
    cache.loadRows(u"c1"_s, this, [&](const CachedRowsBatch &) { ++cancelledCalls; });
    cache.cancelLoads();
    bool done = false;
    qsizetype rows = 0;
    cache.loadRows(u"c1"_s, this, [&](const CachedRowsBatch &batch) {
        rows += batch.rows.size();
        done = batch.last;
    });
    QTRY_VERIFY(done);
    QCOMPARE(rows, 300);
    QCOMPARE(cancelledCalls, 0);
}

void TestAsyncCampaignCache::campaignsProgressAndSize()
{
    AsyncCampaignCache cache;
    cache.open(path());
    const QList<Campaign> campaigns = cachetest::campaigns();
    cache.saveCampaignList(campaigns, cachetest::at(1));
    const ProgressSample sample{cachetest::at(2), RowStats{1, 2, 3, 4, 5, 15, 6, 7}};
    cache.appendProgress(u"c1"_s, sample);

    QList<CachedCampaign> loaded;
    QList<ProgressSample> samples;
    qint64 accountBytes = -1;
    qint64 allBytes = -1;
    cache.loadCampaigns(this, [&](const QList<CachedCampaign> &c) { loaded = c; });
    cache.loadProgress(u"c1"_s, this, [&](const QList<ProgressSample> &s) { samples = s; });
    cache.sizeBytes(this, [&](qint64 account, qint64 all) {
        accountBytes = account;
        allBytes = all;
    });
    QTRY_VERIFY(accountBytes >= 0);
    QCOMPARE(loaded.size(), campaigns.size());
    QCOMPARE(loaded.first().campaign, campaigns.first());
    QCOMPARE(loaded.first().fetchedAt, cachetest::at(1));
    QCOMPARE(samples, QList<ProgressSample>{sample});
    QVERIFY(accountBytes > 0);
    QCOMPARE(allBytes, accountBytes);
}

void TestAsyncCampaignCache::clearThisAndAllAccounts()
{
    const QUrl api(u"https://www.getrevox.com/api"_s);
    const CacheAccount a(api, u"key-a-0123456789"_s);
    const CacheAccount b(api, u"key-b-0123456789"_s);
    {
        AsyncCampaignCache other;
        other.open(b, m_dir->path());
        other.replaceRows(u"c1"_s, cachetest::seedRows(5), cachetest::at(1));
    }
    QVERIFY(QFileInfo::exists(m_dir->filePath(b.fileName())));

    AsyncCampaignCache cache;
    QSignalSpy cleared(&cache, &AsyncCampaignCache::cleared);
    cache.open(a, m_dir->path());
    cache.replaceRows(u"c1"_s, cachetest::seedRows(5), cachetest::at(1));
    cache.clear(AsyncCampaignCache::ClearScope::ThisAccount);
    QTRY_COMPARE(cleared.size(), 1);
    qsizetype count = -1;
    cache.loadRows(u"c1"_s, this, [&](const CachedRowsBatch &batch) { count = batch.total; });
    QTRY_COMPARE(count, 0);
    QVERIFY(QFileInfo::exists(m_dir->filePath(b.fileName())));

    cache.clear(AsyncCampaignCache::ClearScope::AllAccounts);
    QTRY_COMPARE(cleared.size(), 2);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(b.fileName())));
    QVERIFY(QFileInfo::exists(m_dir->filePath(a.fileName())));
}

void TestAsyncCampaignCache::damagedFileIsRebuilt()
{
    {
        AsyncCampaignCache cache;
        cache.open(path());
        cache.replaceRows(u"c1"_s, cachetest::seedRows(400), cachetest::at(1));
    }
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 16 * CacheSchema::kPageSize);
    // The second half (rows): the file opens, and the damage is found while reading.
    const qsizetype half = (bytes.size() / 2 / CacheSchema::kPageSize) * CacheSchema::kPageSize;
    for (qsizetype i = half; i < bytes.size(); ++i)
        bytes[i] = char(0xa5 ^ (i & 0x7f));
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    AsyncCampaignCache cache;
    QSignalSpy problems(&cache, &AsyncCampaignCache::problem);
    cache.open(path());
    bool done = false;
    cache.loadRows(u"c1"_s, this, [&](const CachedRowsBatch &batch) { done = batch.last; });
    QTRY_VERIFY(done);
    QTRY_COMPARE(problems.size(), 1);
    QVERIFY(problems.first().first().toString().contains(u"moved to"_s));

    // The new file takes writes again.
    cache.replaceRows(u"c1"_s, cachetest::seedRows(2), cachetest::at(2));
    QList<Row> loaded;
    done = false;
    cache.loadRows(u"c1"_s, this, [&](const CachedRowsBatch &batch) {
        loaded.append(batch.rows);
        done = batch.last;
    });
    QTRY_VERIFY(done);
    QCOMPARE(loaded, cachetest::seedRows(2));
}

void TestAsyncCampaignCache::unusableCacheSaysSoOnce()
{
    QFile blocker(m_dir->filePath(u"not-a-folder"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    AsyncCampaignCache cache;
    QSignalSpy opened(&cache, &AsyncCampaignCache::opened);
    QSignalSpy problems(&cache, &AsyncCampaignCache::problem);
    cache.open(blocker.fileName() + u"/cache.sqlite"_s);
    cache.replaceRows(u"c1"_s, cachetest::seedRows(3), cachetest::at(1));
    cache.appendProgress(u"c1"_s, ProgressSample{cachetest::at(1), RowStats{}});
    bool done = false;
    qsizetype rows = -1;
    cache.loadRows(u"c1"_s, this, [&](const CachedRowsBatch &batch) {
        rows = batch.rows.size();
        done = batch.last;
    });
    QTRY_VERIFY(done);
    QCOMPARE(rows, 0);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().value<CacheOpenResult>().outcome,
             CacheOpenResult::Outcome::Failed);
    cache.waitForIdle();
    QCoreApplication::processEvents();
    QCOMPARE(problems.size(), 0);
}

QTEST_GUILESS_MAIN(TestAsyncCampaignCache)
#include "tst_asynccampaigncache.moc"
