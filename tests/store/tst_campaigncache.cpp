#include "ApiBodyReader.h"
#include "CacheTestData.h"
#include "CampaignCache.h"
#include "Fixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace revox;
using namespace Qt::StringLiterals;

// CampaignCache on real SQLite files: what is saved comes back equal, in order, after a reopen.
class TestCampaignCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rowsRoundTrip_data();
    void rowsRoundTrip();
    void manyRowsShareOneAssistant();
    void lastCallAttemptKept_data();
    void lastCallAttemptKept();
    void campaignsRoundTrip();
    void campaignFixturesRoundTrip_data();
    void campaignFixturesRoundTrip();
    void saveCampaignKeepsPosition();
    void campaignListDropsUnlisted();
    void applyRowsUpsertsAndRemoves();
    void applyRowsIsOneTransaction();
    void replaceRowsKeepsOnlyTheListing();
    void rowsComeInRowIndexOrder();
    void loadDeliversBatches();
    void loadStopsWhenAsked();
    void loadOfUnknownCampaign();
    void progressAcrossReopen();
    void progressKeepsTheLatest();
    void sizeAndClear();
    void largeWriteLeavesNoLargeLog();

private:
    QString path() const { return m_dir->filePath(u"cache.sqlite"_s); }
    void reopen(CampaignCache &cache);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCampaignCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCampaignCache::cleanup()
{
    m_dir.reset();
}

void TestCampaignCache::reopen(CampaignCache &cache)
{
    cache.close();
    const CacheOpenResult result = cache.open(path());
    QCOMPARE(result.outcome, CacheOpenResult::Outcome::Opened);
    QVERIFY(result.message.isEmpty());
}

void TestCampaignCache::rowsRoundTrip_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("seed") << u"rows-page.json"_s;
    QTest::newRow("rows only") << u"rows-only.json"_s;
    QTest::newRow("minimal") << u"rows-page-minimal.json"_s;
    QTest::newRow("nulls") << u"rows-page-nulls.json"_s;
    QTest::newRow("unknown enums") << u"rows-page-unknown-enums.json"_s;
    QTest::newRow("bounds") << u"rows-page-bounds.json"_s;
    QTest::newRow("invalid utf-8") << u"rows-page-invalid-utf8.json"_s;
    QTest::newRow("conversation") << u"rows-page-conversation.json"_s;
}

void TestCampaignCache::rowsRoundTrip()
{
    QFETCH(QString, fixture);
    const QList<Row> rows = cachetest::rowsOf(fixture);
    QVERIFY(!rows.isEmpty());
    CampaignCache cache;
    QCOMPARE(cache.open(path()).outcome, CacheOpenResult::Outcome::Created);
    QVERIFY(cache.replaceRows(u"c1"_s, rows, cachetest::at(0)));
    reopen(cache);

    const QList<Row> loaded = cache.loadAllRows(u"c1"_s);
    QCOMPARE(loaded.size(), rows.size());
    QList<Row> expected = rows;
    std::stable_sort(expected.begin(), expected.end(),
                     [](const Row &a, const Row &b) { return a.rowIndex < b.rowIndex; });
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY2(loaded.at(i) == expected.at(i), qPrintable(u"row %1"_s.arg(i)));
        // The hash of the JSON as the server sent it, which change detection compares.
        QVERIFY(expected.at(i).contentHash != 0);
        QCOMPARE(loaded.at(i).contentHash, expected.at(i).contentHash);
        if (expected.at(i).call && expected.at(i).call->assistant)
            QVERIFY(loaded.at(i).call->assistant);
    }
    QCOMPARE(cache.rowsFetchedAt(u"c1"_s), cachetest::at(0));
    if (fixture == u"rows-page-conversation.json"_s) {
        const CallAttempt &attempt = loaded.at(0).call->callAttempts.at(0);
        QVERIFY(attempt.speechEvents.has_value());
        QCOMPARE(attempt.speechEvents->size(), 5);
        QCOMPARE(attempt.speechEvents->at(3).llmTtftMs, std::optional<double>(480));
        QCOMPARE(attempt.handledByHuman, std::optional<bool>(true));
    }
}

void TestCampaignCache::manyRowsShareOneAssistant()
{
    const QList<Row> rows = cachetest::seedRows(50);
    QVERIFY(rows.first().call->assistant);
    CampaignCache cache;
    QVERIFY(cache.open(path()).ok());
    QVERIFY(cache.replaceRows(u"c1"_s, rows, cachetest::at(0)));
    reopen(cache);
    const QList<Row> loaded = cache.loadAllRows(u"c1"_s);
    QCOMPARE(loaded, rows);
    // One assistant in memory for all the rows, as the parser gives it.
    for (const Row &row : loaded)
        QCOMPARE(row.call->assistant.get(), loaded.first().call->assistant.get());
}

void TestCampaignCache::lastCallAttemptKept_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("lastIndex");
    QTest::addColumn<bool>("separate");
    QTest::newRow("repeats the first") << 2 << 0 << false;
    QTest::newRow("repeats the second") << 3 << 1 << false;
    QTest::newRow("an attempt of its own") << 2 << -1 << true;
    QTest::newRow("none") << 2 << -1 << false;
}

void TestCampaignCache::lastCallAttemptKept()
{
    QFETCH(int, attempts);
    QFETCH(int, lastIndex);
    QFETCH(bool, separate);
    Row row = cachetest::seedRows(1).first();
    const CallAttempt seedAttempt = row.call->callAttempts.first();
    row.call->callAttempts.clear();
    for (int i = 0; i < attempts; ++i) {
        CallAttempt a = seedAttempt;
        a.id = u"att-%1"_s.arg(i);
        a.endReason = u"reason %1"_s.arg(i);
        row.call->callAttempts.append(a);
    }
    row.call->lastCallAttemptIndex = lastIndex;
    row.call->lastCallAttemptSeparate.reset();
    if (separate) {
        CallAttempt own = seedAttempt;
        own.id = u"att-own"_s;
        row.call->lastCallAttemptSeparate = own;
    }
    CampaignCache cache;
    QVERIFY(cache.open(path()).ok());
    QVERIFY(cache.replaceRows(u"c1"_s, {row}, cachetest::at(0)));
    reopen(cache);
    const QList<Row> loaded = cache.loadAllRows(u"c1"_s);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().call->lastCallAttemptIndex, lastIndex);
    QCOMPARE(bool(loaded.first().call->lastCallAttemptSeparate), separate);
    QVERIFY(loaded.first() == row);
}

void TestCampaignCache::campaignsRoundTrip()
{
    QList<Campaign> campaigns = cachetest::campaigns();
    QVERIFY(campaigns.size() >= 2);
    CampaignCache cache;
    QVERIFY(cache.open(path()).ok());
    QVERIFY(cache.saveCampaignList(campaigns, cachetest::at(1)));
    reopen(cache);

    const QList<CachedCampaign> loaded = cache.loadCampaigns();
    QCOMPARE(loaded.size(), campaigns.size());
    for (qsizetype i = 0; i < campaigns.size(); ++i) {
        QVERIFY2(loaded.at(i).campaign == campaigns.at(i), qPrintable(u"campaign %1"_s.arg(i)));
        QCOMPARE(loaded.at(i).fetchedAt, cachetest::at(1));
    }

    // A later listing in another order is kept in that order.
    std::reverse(campaigns.begin(), campaigns.end());
    QVERIFY(cache.saveCampaignList(campaigns, cachetest::at(2)));
    const QList<CachedCampaign> again = cache.loadCampaigns();
    QCOMPARE(again.size(), campaigns.size());
    for (qsizetype i = 0; i < campaigns.size(); ++i)
        QCOMPARE(again.at(i).campaign.id, campaigns.at(i).id);
}

void TestCampaignCache::campaignFixturesRoundTrip_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("seed") << u"campaign.json"_s;
    QTest::newRow("minimal") << u"campaign-minimal.json"_s;
    QTest::newRow("nulls") << u"campaign-nulls.json"_s;
    QTest::newRow("unknown status") << u"campaign-unknown-status.json"_s;
}

void TestCampaignCache::campaignFixturesRoundTrip()
{
    QFETCH(QString, fixture);
    const auto parsed = json::parseCampaignResponse(fixtures::read(fixture));
    QVERIFY(parsed.ok());
    CampaignCache cache;
    QVERIFY(cache.open(path()).ok());
    QVERIFY(cache.saveCampaign(parsed.value, cachetest::at(3)));
    reopen(cache);
    const QList<CachedCampaign> loaded = cache.loadCampaigns();
    QCOMPARE(loaded.size(), 1);
    QVERIFY(loaded.first().campaign == parsed.value);
    QCOMPARE(loaded.first().fetchedAt, cachetest::at(3));
}

void TestCampaignCache::saveCampaignKeepsPosition()
{
    const QList<Campaign> campaigns = cachetest::campaigns();
    CampaignCache cache;
    QVERIFY(cache.open(path()).ok());
    QVERIFY(cache.saveCampaignList(campaigns, cachetest::at(1)));

    Campaign changed = campaigns.first();
    changed.name = u"Renamed"_s;
    QVERIFY(cache.saveCampaign(changed, cachetest::at(5)));
    Campaign added = campaigns.first();
    added.id = u"new-campaign"_s;
    QVERIFY(cache.saveCampaign(added, cachetest::at(6)));

    const QList<CachedCampaign> loaded = cache.loadCampaigns();
    QCOMPARE(loaded.size(), campaigns.size() + 1);
    QCOMPARE(loaded.first().campaign, changed);
    QCOMPARE(loaded.first().fetchedAt, cachetest::at(5));
    QCOMPARE(loaded.at(1).fetchedAt, cachetest::at(1));
    QCOMPARE(loaded.last().campaign.id, u"new-campaign"_s);
    QCOMPARE(loaded.last().fetchedAt, cachetest::at(6));
}

void TestCampaignCache::campaignListDropsUnlisted()
{
    const QList<Campaign> campaigns = cachetest::campaigns();
    const QString goneId = campaigns.last().id;
    const QString keptId = campaigns.first().id;
    CampaignCache cache;
    QVERIFY(cache.open(path()).ok());
    QVERIFY(cache.saveCampaignList(campaigns, cachetest::at(1)));
    for (const QString &id : {goneId, keptId}) {
        QVERIFY(cache.replaceRows(id, cachetest::seedRows(3), cachetest::at(1)));
        QVERIFY(cache.appendProgress(id, ProgressSample{cachetest::at(1), RowStats{}}));
    }

    QVERIFY(cache.saveCampaignList(campaigns.mid(0, campaigns.size() - 1), cachetest::at(2)));
    QCOMPARE(cache.loadCampaigns().size(), campaigns.size() - 1);
    QCOMPARE(cache.rowCount(goneId), 0);
    QVERIFY(cache.loadProgress(goneId).isEmpty());
    QVERIFY(!cache.rowsFetchedAt(goneId).isValid());
    QCOMPARE(cache.rowCount(keptId), 3);
    QCOMPARE(cache.loadProgress(keptId).size(), 1);

    QVERIFY(cache.removeCampaign(keptId));
    QCOMPARE(cache.rowCount(keptId), 0);
    QCOMPARE(cache.loadCampaigns().size(), campaigns.size() - 2);
}

void TestCampaignCache::applyRowsUpsertsAndRemoves()
{
    QList<Row> rows = cachetest::seedRows(5);
    CampaignCache cache;
    QVERIFY(cache.open(path()).ok());
    QVERIFY(cache.applyRows(u"c1"_s, rows, {}, cachetest::at(1)));
    QCOMPARE(cache.rowsFetchedAt(u"c1"_s), cachetest::at(1));

    rows[2].phoneNumber = u"+15550000999"_s;
    rows[2].call->callAttempts.first().structuredOutput.insert(u"booked"_s, true);
    Row added = rows.first();
    added.id = u"row-new"_s;
    added.rowIndex = 10;
    added.call.reset();
    QVERIFY(cache.applyRows(u"c1"_s, {rows.at(2), added}, {u"row-1"_s, u"row-unknown"_s},
                            cachetest::at(2)));
    reopen(cache);

    const QList<Row> expected{rows.at(0), rows.at(2), rows.at(3), rows.at(4), added};
    QCOMPARE(cache.loadAllRows(u"c1"_s), expected);
    QCOMPARE(cache.rowCount(u"c1"_s), 5);
    QCOMPARE(cache.rowsFetchedAt(u"c1"_s), cachetest::at(2));
    QCOMPARE(cache.rowCount(u"c2"_s), 0);
}

void TestCampaignCache::applyRowsIsOneTransaction()
{
    CampaignCache cache;
    QVERIFY(cache.open(path()).ok());
    QVERIFY(cache.applyRows(u"c1"_s, cachetest::seedRows(3), {}, cachetest::at(1)));
    cache.close();

    // A second connection holding the write lock makes the whole refresh fail: nothing of
    // it may be half-written.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        other.setDatabaseName(path());
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));

        QVERIFY(cache.open(path()).ok());
        QList<Row> more = cachetest::seedRows(6);
        QVERIFY(!cache.applyRows(u"c1"_s, more.mid(3), {u"row-0"_s}, cachetest::at(2)));
        QVERIFY(!cache.lastError().isEmpty());
        QVERIFY(lock.exec(u"ROLLBACK"_s));
        lock.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"locker"_s);
    QCOMPARE(cache.loadAllRows(u"c1"_s), cachetest::seedRows(3));
    QCOMPARE(cache.rowsFetchedAt(u"c1"_s), cachetest::at(1));
    QVERIFY(cache.applyRows(u"c1"_s, {}, {u"row-0"_s}, cachetest::at(3)));
    QCOMPARE(cache.rowCount(u"c1"_s), 2);
}

void TestCampaignCache::replaceRowsKeepsOnlyTheListing()
{
    CampaignCache cache;
    QVERIFY(cache.open(path()).ok());
    QVERIFY(cache.replaceRows(u"c1"_s, cachetest::seedRows(10), cachetest::at(1)));
    QVERIFY(cache.replaceRows(u"c2"_s, cachetest::seedRows(2), cachetest::at(1)));
    const QList<Row> listing = cachetest::seedRows(10).mid(4, 3);
    QVERIFY(cache.replaceRows(u"c1"_s, listing, cachetest::at(2)));
    QCOMPARE(cache.loadAllRows(u"c1"_s), listing);
    QCOMPARE(cache.rowCount(u"c2"_s), 2);
}

void TestCampaignCache::rowsComeInRowIndexOrder()
{
    QList<Row> rows = cachetest::seedRows(40);
    std::reverse(rows.begin(), rows.end());
    std::swap(rows[3], rows[17]);
    CampaignCache cache;
    QVERIFY(cache.open(path()).ok());
    QVERIFY(cache.applyRows(u"c1"_s, rows.mid(0, 20), {}, cachetest::at(1)));
    QVERIFY(cache.applyRows(u"c1"_s, rows.mid(20), {}, cachetest::at(2)));
    QCOMPARE(cache.loadAllRows(u"c1"_s), cachetest::seedRows(40));
}

void TestCampaignCache::loadDeliversBatches()
{
    const QList<Row> rows = cachetest::seedRows(1000);
    CampaignCache cache;
    QVERIFY(cache.open(path()).ok());
    QVERIFY(cache.replaceRows(u"c1"_s, rows, cachetest::at(1)));
    reopen(cache);

    for (const bool parallel : {false, true}) {
        QList<qsizetype> sizes;
        QList<qsizetype> offsets;
        QList<bool> lasts;
        QList<qsizetype> totals;
        QStringList campaignIds;
        QList<QDateTime> fetchedAt;
        QList<Row> loaded;
        CampaignCache::LoadOptions options;
        options.firstBatchRows = 200;
        options.batchRows = 300;
        options.parallel = parallel;
        const RowsLoadResult result = cache.loadRows(
            u"c1"_s,
            [&](CachedRowsBatch &&batch) {
                sizes << batch.rows.size();
                offsets << batch.offset;
                lasts << batch.last;
                totals << batch.total;
                campaignIds << batch.campaignId;
                fetchedAt << batch.fetchedAt;
                loaded.append(batch.rows);
                return true;
            },
            options);
        QVERIFY(result.ok);
        QCOMPARE(result.rowCount, 1000);
        QCOMPARE(result.skipped, 0);
        QCOMPARE(result.fetchedAt, cachetest::at(1));
        QCOMPARE(sizes, (QList<qsizetype>{200, 300, 300, 200}));
        QCOMPARE(offsets, (QList<qsizetype>{0, 200, 500, 800}));
        QCOMPARE(lasts, (QList<bool>{false, false, false, true}));
        QCOMPARE(totals, QList<qsizetype>(4, 1000));
        QCOMPARE(campaignIds, QStringList(4, u"c1"_s));
        QCOMPARE(fetchedAt, QList<QDateTime>(4, cachetest::at(1)));
        QCOMPARE(loaded, rows);
    }
}

void TestCampaignCache::loadStopsWhenAsked()
{
    CampaignCache cache;
    QVERIFY(cache.open(path()).ok());
    QVERIFY(cache.replaceRows(u"c1"_s, cachetest::seedRows(500), cachetest::at(1)));
    int batches = 0;
    CampaignCache::LoadOptions options;
    options.firstBatchRows = 100;
    options.batchRows = 100;
    const RowsLoadResult result = cache.loadRows(
        u"c1"_s, [&](CachedRowsBatch &&) { return ++batches < 2; }, options);
    QVERIFY(result.ok);
    QCOMPARE(batches, 2);
    QCOMPARE(result.rowCount, 200);
}

void TestCampaignCache::loadOfUnknownCampaign()
{
    CampaignCache cache;
    QVERIFY(cache.open(path()).ok());
    QList<CachedRowsBatch> batches;
    const RowsLoadResult result = cache.loadRows(u"nothing"_s, [&](CachedRowsBatch &&batch) {
        batches << batch;
        return true;
    });
    QVERIFY(result.ok);
    QCOMPARE(result.rowCount, 0);
    QVERIFY(!result.fetchedAt.isValid());
    QCOMPARE(batches.size(), 1);
    QVERIFY(batches.first().last);
    QVERIFY(batches.first().rows.isEmpty());
}

void TestCampaignCache::progressAcrossReopen()
{
    const QList<ProgressSample> samples{
        {cachetest::at(0), RowStats{0, 0, 0, 100, 0, 100, std::nullopt, std::nullopt}},
        {cachetest::at(1), RowStats{5, 10, 2, 80, 3, 100, 70, std::nullopt}},
        {cachetest::at(2), RowStats{4, 30, 6, 55, 5, 100, 50, 1}},
    };
    CampaignCache cache;
    QVERIFY(cache.open(path()).ok());
    for (const ProgressSample &s : samples)
        QVERIFY(cache.appendProgress(u"c1"_s, s));
    QVERIFY(cache.appendProgress(u"c2"_s, samples.first()));
    reopen(cache);
    QCOMPARE(cache.loadProgress(u"c1"_s), samples);
    QCOMPARE(cache.loadProgress(u"c1"_s, 2), samples.mid(1));
    QCOMPARE(cache.loadProgress(u"c2"_s), samples.mid(0, 1));
    QVERIFY(cache.loadProgress(u"c3"_s).isEmpty());
}

void TestCampaignCache::progressKeepsTheLatest()
{
    CampaignCache cache;
    QVERIFY(cache.open(path()).ok());
    const qsizetype extra = 150;
    for (qsizetype i = 0; i < CampaignCache::kMaxProgressSamples + extra; ++i) {
        ProgressSample s{cachetest::at(0).addSecs(i), RowStats{}};
        s.stats.completed = i;
        if (!cache.appendProgress(u"c1"_s, s))
            QFAIL("append failed");
    }
    const QList<ProgressSample> kept = cache.loadProgress(u"c1"_s);
    QCOMPARE(kept.size(), CampaignCache::kMaxProgressSamples);
    QCOMPARE(kept.first().stats.completed, extra);
    QCOMPARE(kept.last().stats.completed, CampaignCache::kMaxProgressSamples + extra - 1);
}

void TestCampaignCache::sizeAndClear()
{
    CampaignCache cache;
    QVERIFY(cache.open(path()).ok());
    const qint64 emptySize = cache.sizeBytes();
    QVERIFY(emptySize > 0);
    QVERIFY(cache.saveCampaignList(cachetest::campaigns(), cachetest::at(1)));
    QVERIFY(cache.replaceRows(u"c1"_s, cachetest::seedRows(2000), cachetest::at(1)));
    QVERIFY(cache.appendProgress(u"c1"_s, ProgressSample{cachetest::at(1), RowStats{}}));
    const qint64 fullSize = cache.sizeBytes();
    QVERIFY2(fullSize > emptySize + 1000 * 1000, qPrintable(QString::number(fullSize)));

    // A copy set aside earlier belongs to this account too; another account's file stays.
    QFile aside(path() + u".corrupt-20260101-000000"_s);
    QVERIFY(aside.open(QIODevice::WriteOnly));
    aside.write("old");
    aside.close();
    QFile other(m_dir->filePath(u"other.sqlite"_s));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("other");
    other.close();

    QVERIFY(cache.clear());
    QVERIFY(cache.loadCampaigns().isEmpty());
    QCOMPARE(cache.rowCount(u"c1"_s), 0);
    QVERIFY(cache.loadProgress(u"c1"_s).isEmpty());
    QVERIFY(!cache.rowsFetchedAt(u"c1"_s).isValid());
    QVERIFY2(cache.sizeBytes() < fullSize / 10, qPrintable(QString::number(cache.sizeBytes())));
    QVERIFY(!aside.exists());
    QVERIFY(other.exists());

    // Still usable after clearing.
    QVERIFY(cache.replaceRows(u"c1"_s, cachetest::seedRows(3), cachetest::at(2)));
    reopen(cache);
    QCOMPARE(cache.loadAllRows(u"c1"_s), cachetest::seedRows(3));
}

void TestCampaignCache::largeWriteLeavesNoLargeLog()
{
    CampaignCache cache;
    QVERIFY(cache.open(path()).ok());
    QVERIFY(cache.replaceRows(u"c1"_s, cachetest::seedRows(3000), cachetest::at(1)));
    const qint64 file = QFileInfo(path()).size();
    const qint64 log = QFileInfo(path() + u"-wal"_s).size();
    QVERIFY2(file > 4 * 1000 * 1000, qPrintable(QString::number(file)));
    QVERIFY2(log < 1000 * 1000, qPrintable(QString::number(log)));
    QVERIFY(cache.sizeBytes() < file + 1000 * 1000);

    // Refreshes of a few rows leave the log alone; it stays bounded all the same.
    for (int i = 0; i < 20; ++i)
        QVERIFY(cache.applyRows(u"c1"_s, cachetest::seedRows(50), {}, cachetest::at(2)));
    QVERIFY(QFileInfo(path() + u"-wal"_s).size() < 20 * 1000 * 1000);
    QCOMPARE(cache.rowCount(u"c1"_s), 3000);
}

QTEST_GUILESS_MAIN(TestCampaignCache)
#include "tst_campaigncache.moc"
