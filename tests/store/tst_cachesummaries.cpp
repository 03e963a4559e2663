#include "AsyncCampaignCache.h"
#include "CacheAccount.h"
#include "CacheTestData.h"
#include "CampaignCache.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace revox;
using namespace Qt::StringLiterals;

// Campaign summaries in the cache file (real SQLite): they come back after a reopen, a
// damaged entry is skipped, and they go with their campaign and with a cleared cache.
class TestCacheSummaries : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTripAcrossReopen();
    void saveReplaces();
    void damagedEntriesAreSkipped();
    void goWithTheirCampaign();
    void clearForgetsThemButNotTheAccount();
    void asyncSaveAndLoad();

private:
    QString path() const { return m_dir->filePath(u"cache.sqlite"_s); }
    // Writes a meta entry as another program (or an older version) could have left it.
    void writeMeta(const QString &key, const QString &value);

    std::unique_ptr<QTemporaryDir> m_dir;
};

static CampaignSummary summary(const QString &id, qint64 human, int minute = 0)
{
    CampaignSummary s;
    s.campaignId = id;
    s.computedAt = cachetest::at(minute);
    s.funnel.rows = 100;
    s.funnel.called = 80;
    s.funnel.answered = 60;
    s.funnel.human = human;
    s.funnel.success = 3;
    OutputCondition c;
    c.field = u"interested"_s;
    c.text = u"true"_s;
    s.successCondition = c;
    s.medianDurationSecs = 93;
    s.lastActivity = cachetest::at(minute + 1);
    return s;
}

void TestCacheSummaries::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCacheSummaries::cleanup()
{
    m_dir.reset();
}

void TestCacheSummaries::writeMeta(const QString &key, const QString &value)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        q.prepare(u"INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"_s);
        q.bindValue(0, key);
        q.bindValue(1, value);
        QVERIFY(q.exec());
    }
    QSqlDatabase::removeDatabase(u"writer"_s);
}

void TestCacheSummaries::roundTripAcrossReopen()
{
    CampaignCache cache;
    QCOMPARE(cache.open(path()).outcome, CacheOpenResult::Outcome::Created);
    QVERIFY(cache.loadSummaries().isEmpty()); // a file without any, as older versions left it
    CampaignSummary minimal;
    minimal.campaignId = u"b"_s;
    minimal.computedAt = cachetest::at(3);
    QVERIFY(cache.saveSummary(summary(u"c"_s, 40)));
    QVERIFY(cache.saveSummary(minimal));
    QVERIFY(!cache.saveSummary(CampaignSummary{})); // no campaign: not saved
    cache.close();
    QVERIFY(cache.open(path()).ok());
    const QList<CampaignSummary> loaded = cache.loadSummaries();
    QCOMPARE(loaded.size(), 2);
    QVERIFY(loaded.at(0) == minimal);
    QVERIFY(loaded.at(1) == summary(u"c"_s, 40));
}

void TestCacheSummaries::saveReplaces()
{
    CampaignCache cache;
    QVERIFY(cache.open(path()).ok());
    QVERIFY(cache.saveSummary(summary(u"c"_s, 40, 1)));
    QVERIFY(cache.saveSummary(summary(u"c"_s, 45, 2)));
    const QList<CampaignSummary> loaded = cache.loadSummaries();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().funnel.human, 45);
}

void TestCacheSummaries::damagedEntriesAreSkipped()
{
    {
        CampaignCache cache;
        QVERIFY(cache.open(path()).ok());
        QVERIFY(cache.saveSummary(summary(u"good"_s, 40)));
    }
    writeMeta(u"summary:garbage"_s, u"{not json"_s);
    writeMeta(u"summary:array"_s, u"[1, 2]"_s);
    writeMeta(u"summary:nocounts"_s, u"{\"campaign_id\":\"nocounts\",\"computed_at\":1}"_s);
    writeMeta(u"summary:negative"_s, u"{\"campaign_id\":\"negative\",\"computed_at\":1,"
                                     "\"rows\":-1,\"called\":0,\"answered\":0,\"human\":0}"_s);
    // An entry whose key and content disagree is not trusted either.
    writeMeta(u"summary:other"_s, u"{\"campaign_id\":\"good\",\"computed_at\":1,\"rows\":1,"
                                  "\"called\":0,\"answered\":0,\"human\":0}"_s);
    writeMeta(u"summary:"_s, u""_s);
    CampaignCache cache;
    QCOMPARE(cache.open(path()).outcome, CacheOpenResult::Outcome::Opened);
    const QList<CampaignSummary> loaded = cache.loadSummaries();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().campaignId, u"good"_s);
    QVERIFY(cache.lastError().isEmpty());
}

void TestCacheSummaries::goWithTheirCampaign()
{
    const QList<Campaign> campaigns = cachetest::campaigns();
    QVERIFY(campaigns.size() >= 2);
    const QString first = campaigns.at(0).id;
    const QString second = campaigns.at(1).id;
    CampaignCache cache;
    QVERIFY(cache.open(path()).ok());
    QVERIFY(cache.saveCampaignList(campaigns, cachetest::at(0)));
    QVERIFY(cache.saveSummary(summary(first, 40)));
    QVERIFY(cache.saveSummary(summary(second, 40)));
    QVERIFY(cache.saveSummary(summary(u"not-listed-yet"_s, 40)));
    QCOMPARE(cache.loadSummaries().size(), 3);

    QVERIFY(cache.removeCampaign(first));
    QList<CampaignSummary> loaded = cache.loadSummaries();
    QCOMPARE(loaded.size(), 2);
    for (const CampaignSummary &s : loaded)
        QVERIFY(s.campaignId != first);

    // A new list drops the campaigns it no longer has, and summaries of unlisted ones.
    QVERIFY(cache.saveCampaignList(campaigns.mid(2), cachetest::at(1)));
    QVERIFY(cache.loadSummaries().isEmpty());
}

void TestCacheSummaries::clearForgetsThemButNotTheAccount()
{
    const CacheAccount account(QUrl(u"https://api.example.test/api"_s), u"key-1"_s);
    const QString file = m_dir->filePath(account.fileName());
    CampaignCache cache;
    QCOMPARE(cache.open(file, account).outcome, CacheOpenResult::Outcome::Created);
    QVERIFY(cache.saveCampaignList(cachetest::campaigns(), cachetest::at(0)));
    QVERIFY(cache.saveSummary(summary(cachetest::campaigns().at(0).id, 40)));
    QVERIFY(cache.clear());
    QVERIFY(cache.loadSummaries().isEmpty());
    cache.close();
    // The file still names its account: reopening it for the same one uses it as it is.
    QCOMPARE(cache.open(file, account).outcome, CacheOpenResult::Outcome::Opened);
    QVERIFY(cache.loadSummaries().isEmpty());
    QVERIFY(cache.saveSummary(summary(u"x"_s, 1)));
    QCOMPARE(cache.loadSummaries().size(), 1);
}

void TestCacheSummaries::asyncSaveAndLoad()
{
    AsyncCampaignCache cache;
    QSignalSpy opened(&cache, &AsyncCampaignCache::opened);
    cache.open(path());
    cache.saveSummary(summary(u"a"_s, 10));
    cache.saveSummary(summary(u"b"_s, 20));
    QList<CampaignSummary> loaded;
    bool done = false;
    QObject context;
    cache.loadSummaries(&context, [&](const QList<CampaignSummary> &summaries) {
        QCOMPARE(QThread::currentThread(), qApp->thread());
        loaded = summaries;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(loaded.size(), 2);
    QVERIFY(loaded.at(1) == summary(u"b"_s, 20));

    // Cleared: nothing comes back.
    QSignalSpy cleared(&cache, &AsyncCampaignCache::cleared);
    cache.clear(AsyncCampaignCache::ClearScope::ThisAccount);
    QTRY_COMPARE(cleared.count(), 1);
    done = false;
    cache.loadSummaries(&context, [&](const QList<CampaignSummary> &summaries) {
        loaded = summaries;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(loaded.isEmpty());
}

QTEST_GUILESS_MAIN(TestCacheSummaries)

#include "tst_cachesummaries.moc"
