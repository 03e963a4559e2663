// The local cache as revox-cli uses it, real processes against the simulator over loopback:
// a first load killed with SIGKILL resumes where it stopped, a damaged file gives no partial
// copy, two processes create one cache together, a refused key leaves no file.
#include "CliRun.h"
#include "SimulatorServer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <csignal>

using namespace revox;
using namespace Qt::StringLiterals;

namespace {

// What a cache file holds of a campaign, read with a connection of the test's own.
struct SavedRows
{
    qint64 rows = 0;
    int complete = -1; // -1: no row set
    qint64 expected = 0;
};

SavedRows savedRows(const QString &file, const QString &campaignId)
{
    SavedRows saved;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(u"SELECT complete, expected, (SELECT COUNT(*) FROM rows WHERE "
                      "campaign_id = ?) FROM row_sets WHERE campaign_id = ?"_s);
            q.bindValue(0, campaignId);
            q.bindValue(1, campaignId);
            if (q.exec() && q.next()) {
                saved.complete = q.value(0).toInt();
                saved.expected = q.value(1).toLongLong();
                saved.rows = q.value(2).toLongLong();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return saved;
}

QStringList cacheFilesIn(const QString &dir)
{
    return QDir(dir).entryList({u"*.sqlite"_s}, QDir::Files);
}

} // namespace

class TestRevoxCliCache : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void killedFirstLoadResumes();
    void damagedCacheGivesNoPartialCopy();
    void twoProcessesCreateOneCache();
    void refusedKeyLeavesNoFile();

private:
    using Run = testing::CliRun;
    QProcessEnvironment environment(const QString &key = u"cache-test-key"_s) const;
    Run run(const QStringList &args, const QString &key = u"cache-test-key"_s);
    static qint64 added(const QByteArray &out);
    QString cacheFile() const;

    std::unique_ptr<sim::SimulatorServer> m_sim;
    std::unique_ptr<QTemporaryDir> m_cacheDir;
    QString m_campaignId;
    qint64 m_rows = 0;
};

void TestRevoxCliCache::init()
{
    m_sim = std::make_unique<sim::SimulatorServer>();
    sim::SimulatorOptions options;
    options.speed = 0;
    options.rowsScale = 0.1;
    options.apiKey = u"cache-test-key"_s;
    QVERIFY(m_sim->start(options));
    m_rows = 0;
    for (const sim::SimCampaignInfo &c : m_sim->campaigns()) {
        if (c.rowCount > m_rows) {
            m_campaignId = c.id;
            m_rows = c.rowCount;
        }
    }
    QVERIFY(m_rows >= 5000);
    m_cacheDir = std::make_unique<QTemporaryDir>();
}

void TestRevoxCliCache::cleanup()
{
    m_cacheDir.reset();
    m_sim.reset();
}

QProcessEnvironment TestRevoxCliCache::environment(const QString &key) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"REVOX_BASE_URL"_s, m_sim->baseUrl().toString());
    env.insert(u"REVOX_API_KEY"_s, key);
    env.insert(u"REVOX_CACHE_DIR"_s, m_cacheDir->path());
    return env;
}

TestRevoxCliCache::Run TestRevoxCliCache::run(const QStringList &args, const QString &key)
{
    return testing::runCli(
        {QStringLiteral(REVOX_CLI_PATH), m_sim->baseUrl(), key, m_cacheDir->path()}, args);
}

qint64 TestRevoxCliCache::added(const QByteArray &out)
{
    qint64 n = 0;
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value("event"_L1) == "row"_L1 && o.value("change"_L1) == "added"_L1)
            ++n;
    }
    return n;
}

QString TestRevoxCliCache::cacheFile() const
{
    const QStringList files = cacheFilesIn(m_cacheDir->path());
    return files.size() == 1 ? QDir(m_cacheDir->path()).filePath(files.first()) : QString();
}

void TestRevoxCliCache::killedFirstLoadResumes()
{
    // Slow pages, so that the first load is still going when it is killed.
    QVERIFY(m_sim->setFaults(u"latency=400,path=/campaigns/%1/rows"_s.arg(m_campaignId)));
    QProcess first;
    first.setProcessEnvironment(environment());
    first.start(QStringLiteral(REVOX_CLI_PATH),
                {u"watch"_s, m_campaignId, u"--interval"_s, u"60"_s});
    QVERIFY(first.waitForStarted());
    SavedRows atKill;
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (cacheFile().isEmpty())
                return false;
            atKill = savedRows(cacheFile(), m_campaignId);
            return atKill.rows >= 2000;
        },
        120000));
    ::kill(first.processId(), SIGKILL);
    QVERIFY(first.waitForFinished());
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    atKill = savedRows(cacheFile(), m_campaignId);
    QCOMPARE(atKill.complete, 0);
    QCOMPARE(atKill.expected, m_rows);
    QVERIFY(atKill.rows >= 2000 && atKill.rows < m_rows);

    // Nothing usable offline: a part of a first load is not a copy.
    Run offline = run({u"rows"_s, m_campaignId, u"--offline"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(offline.exitCode, 4);
    QVERIFY2(offline.err.contains("nothing usable is saved"), offline.err.constData());
    QVERIFY(offline.out.isEmpty());

    // The restart shows what was saved and reads on from there.
    QVERIFY(m_sim->setFaults({}));
    const quint64 requestsBefore = m_sim->requestCount();
    QProcess resumedRun;
    resumedRun.setProcessEnvironment(environment());
    resumedRun.start(QStringLiteral(REVOX_CLI_PATH),
                     {u"watch"_s, m_campaignId, u"--interval"_s, u"60"_s});
    QVERIFY(resumedRun.waitForStarted());
    QVERIFY(QTest::qWaitFor([&] { return savedRows(cacheFile(), m_campaignId).complete == 1; },
                            120000));
    resumedRun.terminate();
    QVERIFY(resumedRun.waitForFinished());
    Run second;
    second.out = resumedRun.readAllStandardOutput();
    second.err = resumedRun.readAllStandardError();
    const QByteArray resumed = QLocale().toString(atKill.rows).toUtf8() + " of " +
                               QLocale().toString(m_rows).toUtf8() +
                               " rows saved; loading the rest";
    QVERIFY2(second.err.contains(resumed), second.err.constData());
    // Rows the first run saved are not downloaded as new again (the pages in flight while
    // the saved rows were read back may be).
    const qint64 addedAgain = added(second.out);
    QVERIFY2(addedAgain <= m_rows - atKill.rows + 4 * 500, QByteArray::number(addedAgain));
    QVERIFY(addedAgain < m_rows);
    const quint64 pagesOfAFullLoad = quint64((m_rows + 499) / 500);
    QVERIFY2(m_sim->requestCount() - requestsBefore < pagesOfAFullLoad,
             QByteArray::number(m_sim->requestCount() - requestsBefore));
    const SavedRows after = savedRows(cacheFile(), m_campaignId);
    QCOMPARE(after.complete, 1);
    QCOMPARE(after.rows, m_rows);

    offline = run({u"rows"_s, m_campaignId, u"--offline"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(offline.exitCode, 0);
    QCOMPARE(offline.out.count('\n'), m_rows + 1); // the header, then each row on a line
}

void TestRevoxCliCache::damagedCacheGivesNoPartialCopy()
{
    // A watch until the whole campaign is saved (however long the machine takes).
    QProcess watch;
    watch.setProcessEnvironment(environment());
    watch.start(QStringLiteral(REVOX_CLI_PATH),
                {u"watch"_s, m_campaignId, u"--interval"_s, u"60"_s});
    QVERIFY(watch.waitForStarted());
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !cacheFile().isEmpty() && savedRows(cacheFile(), m_campaignId).complete == 1;
        },
        120000));
    watch.terminate();
    QVERIFY(watch.waitForFinished());
    const QString file = cacheFile();
    QVERIFY(!file.isEmpty());
    QCOMPARE(savedRows(file, m_campaignId).rows, m_rows);

    // 4 KB overwritten in the middle of the file.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 at = (f.size() / 2 / 16384) * 16384;
    QVERIFY(f.seek(at));
    QCOMPARE(f.write(QByteArray(4096, char(0xa5))), 4096);
    f.close();

    Run offline = run({u"rows"_s, m_campaignId, u"--offline"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(offline.exitCode, 4);
    QVERIFY(offline.out.isEmpty());
    QVERIFY2(offline.err.contains("nothing usable is saved"), offline.err.constData());
    QVERIFY2(offline.err.contains("It was moved to"), offline.err.constData());
    const QStringList aside =
        QDir(m_cacheDir->path()).entryList({u"*.sqlite.corrupt-*"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
}

void TestRevoxCliCache::twoProcessesCreateOneCache()
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_cacheDir = std::make_unique<QTemporaryDir>();
        QProcess a;
        QProcess b;
        for (QProcess *p : {&a, &b}) {
            p->setProcessEnvironment(environment());
            p->start(QStringLiteral(REVOX_CLI_PATH),
                     {u"watch"_s, m_campaignId, u"--for"_s, u"10"_s, u"--interval"_s, u"60"_s});
        }
        bool bothLoaded = true;
        for (QProcess *p : {&a, &b}) {
            QVERIFY(p->waitForFinished(120000));
            QCOMPARE(p->exitCode(), 0);
            const QByteArray err = p->readAllStandardError();
            QVERIFY2(!err.contains("cache"), err.constData());
            bothLoaded = bothLoaded && p->readAllStandardOutput().contains("\"event\":\"refresh\"");
        }
        QCOMPARE(cacheFilesIn(m_cacheDir->path()).size(), 1);
        const SavedRows saved = savedRows(cacheFile(), m_campaignId);
        QVERIFY(saved.rows > 0);
        if (bothLoaded) {
            // Both first loads ended (the machine was fast enough within --for): the copy
            // is whole.
            QCOMPARE(saved.complete, 1);
            QCOMPARE(saved.rows, m_rows);
        }
    }
}

void TestRevoxCliCache::refusedKeyLeavesNoFile()
{
    Run refused = run({u"watch"_s, m_campaignId, u"--for"_s, u"2"_s}, u"not-the-key"_s);
    QVERIFY(refused.err.contains("401") || refused.err.contains("refused") ||
            refused.err.contains("key"));
    QVERIFY(cacheFilesIn(m_cacheDir->path()).isEmpty());
    // The key the server takes gets its file.
    QCOMPARE(run({u"watch"_s, m_campaignId, u"--for"_s, u"2"_s, u"--interval"_s, u"60"_s}).exitCode,
             0);
    QCOMPARE(cacheFilesIn(m_cacheDir->path()).size(), 1);
}

QTEST_GUILESS_MAIN(TestRevoxCliCache)
#include "tst_revoxclicache.moc"
