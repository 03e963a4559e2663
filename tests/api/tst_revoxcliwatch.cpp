// revox-cli watch and rows --offline, the real program against the simulator over loopback,
// with a local cache of their own: JSON Lines for each change and refresh, the cache read
// back without the network, and a second watch that reports changes against it.
#include "CliRun.h"
#include "SimulatorServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace revox;

class TestRevoxCliWatch : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void watchReportsChangesAndFillsTheCache();

private:
    using Run = testing::CliRun;
    Run run(const QStringList &args);
    static QList<QJsonObject> lines(const QByteArray &out);

    sim::SimulatorServer *m_sim = nullptr;
    QTemporaryDir *m_cacheDir = nullptr;
    QString m_campaignId;
    qint64 m_rows = 0;
};

void TestRevoxCliWatch::init()
{
    m_sim = new sim::SimulatorServer(this);
    sim::SimulatorOptions options;
    options.speed = 0;
    options.rowsScale = 0.1;
    QVERIFY(m_sim->start(options));
    for (const sim::SimCampaignInfo &c : m_sim->campaigns()) {
        if (c.status == QLatin1String("running") && c.rowCount > 50 && c.rowCount < 1000) {
            m_campaignId = c.id;
            m_rows = c.rowCount;
        }
    }
    QVERIFY(!m_campaignId.isEmpty());
    m_cacheDir = new QTemporaryDir;
}

void TestRevoxCliWatch::cleanup()
{
    delete m_cacheDir;
    delete m_sim;
}

TestRevoxCliWatch::Run TestRevoxCliWatch::run(const QStringList &args)
{
    return testing::runCli({QStringLiteral(REVOX_CLI_PATH), m_sim->baseUrl(),
                            QStringLiteral("watch-test-key"), m_cacheDir->path(), 60000},
                           args);
}

QList<QJsonObject> TestRevoxCliWatch::lines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    }
    return objects;
}

void TestRevoxCliWatch::watchReportsChangesAndFillsTheCache()
{
    // Nothing saved yet: --offline says so with exit code 4 and sends nothing.
    const quint64 requestsBefore = m_sim->requestCount();
    Run offline = run({QStringLiteral("rows"), m_campaignId, QStringLiteral("--offline")});
    QCOMPARE(offline.exitCode, 4);
    QVERIFY(offline.err.contains("nothing is saved"));
    QCOMPARE(m_sim->requestCount(), requestsBefore);

    // The first watch: every row added, then refreshes with their cost.
    Run first = run({QStringLiteral("watch"), m_campaignId, QStringLiteral("--for"),
                     QStringLiteral("2"), QStringLiteral("--interval"), QStringLiteral("0.5")});
    QCOMPARE(first.exitCode, 0);
    int added = 0;
    int refreshes = 0;
    for (const QJsonObject &o : lines(first.out)) {
        if (o.value("event") == QLatin1String("row") && o.value("change") == QLatin1String("added"))
            ++added;
        if (o.value("event") == QLatin1String("refresh")) {
            ++refreshes;
            QVERIFY(o.value("requests").toInt() > 0);
            QVERIFY(o.value("bytes").toDouble() > 0);
            QVERIFY(o.contains("rows_received") && o.contains("ms"));
        }
    }
    QCOMPARE(added, m_rows);
    QVERIFY(refreshes >= 2);

    // The rows are in the cache: --offline lists them without the network.
    const quint64 requestsAfterWatch = m_sim->requestCount();
    offline = run({QStringLiteral("rows"), m_campaignId, QStringLiteral("--offline"),
                   QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(offline.exitCode, 0);
    QCOMPARE(m_sim->requestCount(), requestsAfterWatch);
    const QJsonArray rows =
        QJsonDocument::fromJson(offline.out).object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), m_rows);
    QVERIFY(offline.err.contains("from the local cache"));

    // The campaign moves; a second watch reports what changed against the saved rows.
    m_sim->advanceSeconds(900);
    Run second = run({QStringLiteral("watch"), m_campaignId, QStringLiteral("--for"),
                      QStringLiteral("1.5"), QStringLiteral("--interval"), QStringLiteral("0.5")});
    QCOMPARE(second.exitCode, 0);
    int changed = 0;
    bool statusPath = false;
    for (const QJsonObject &o : lines(second.out)) {
        if (o.value("event") != QLatin1String("row"))
            continue;
        QVERIFY2(o.value("change") != QLatin1String("added"), qPrintable(o.value("id").toString()));
        if (o.value("change") == QLatin1String("changed")) {
            ++changed;
            const QJsonArray fields = o.value("fields").toArray();
            QVERIFY(!fields.isEmpty());
            statusPath = statusPath || fields.contains(QStringLiteral("call.status"));
        }
    }
    QVERIFY(changed > 0);
    QVERIFY(statusPath);

    // Bad arguments are usage errors.
    QCOMPARE(run({QStringLiteral("watch"), m_campaignId, QStringLiteral("--for"),
                  QStringLiteral("soon")})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("rows"), m_campaignId, QStringLiteral("--offline"),
                  QStringLiteral("--result"), QStringLiteral("human")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestRevoxCliWatch)
#include "tst_revoxcliwatch.moc"
