// Listings end whatever the server does, and say what it did: revox-cli processes and the
// watcher's first load against the simulator over loopback, with its rows endpoint
// repeating its pages or announcing rows it does not have.
#include "CampaignWatcher.h"
#include "CliRun.h"
#include "RevoxClient.h"
#include "RowStore.h"
#include "SimulatorServer.h"

#include <QNetworkAccessManager>
#include <QtTest>

using namespace revox;

class TestListingEnds : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void cliEndsARepeatingListingWithExit6_data();
    void cliEndsARepeatingListingWithExit6();
    void cliWarnsOfATotalThatNeverArrives();
    void watcherReportsRepeatedPagesAsADataProblem();
    void watcherReportsATotalThatNeverArrives();

private:
    using Run = testing::CliRun;
    Run cli(const QStringList &args);
    void setRowsFault(const QString &fault);
    ParseProblemLog firstLoadProblems(qint64 *loaded);

    std::unique_ptr<sim::SimulatorServer> m_sim;
    QTemporaryDir m_cacheDir;
    QString m_campaignId;
    qint64 m_rows = 0;
};

void TestListingEnds::init()
{
    m_sim = std::make_unique<sim::SimulatorServer>();
    sim::SimulatorOptions options;
    options.seed = 7;
    options.speed = 0;
    options.rowsScale = 0.1;
    QString error;
    QVERIFY2(m_sim->start(options, &error), qPrintable(error));
    // A campaign smaller than one page of a whole listing (500 rows).
    m_rows = 0;
    for (const sim::SimCampaignInfo &c : m_sim->campaigns()) {
        if (c.rowCount >= 10 && c.rowCount < 500 && c.rowCount > m_rows) {
            m_campaignId = c.id;
            m_rows = c.rowCount;
        }
    }
    QVERIFY(m_rows >= 10);
}

void TestListingEnds::cleanup()
{
    m_sim.reset();
}

void TestListingEnds::setRowsFault(const QString &fault)
{
    QString error;
    QVERIFY2(m_sim->setFaults(fault + QStringLiteral(",path=/campaigns/%1/rows").arg(m_campaignId),
                              &error),
             qPrintable(error));
}

TestListingEnds::Run TestListingEnds::cli(const QStringList &args)
{
    return testing::runCli({QStringLiteral(REVOX_CLI_PATH), m_sim->baseUrl(),
                            QStringLiteral("listing-test-key"), m_cacheDir.path()},
                           args);
}

void TestListingEnds::cliEndsARepeatingListingWithExit6_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("streamed csv") << "csv";
    QTest::newRow("table") << "table";
}

void TestListingEnds::cliEndsARepeatingListingWithExit6()
{
    QFETCH(QString, format);
    setRowsFault(QStringLiteral("repeat-pages"));
    const quint64 before = m_sim->requestCount();
    const Run r = cli({QStringLiteral("rows"), m_campaignId, QStringLiteral("--all"),
                       QStringLiteral("--format"), format});
    QCOMPARE(r.exitCode, 6);
    const QByteArray expected = "revox-cli: error: the server kept sending the same rows; " +
                                QByteArray::number(m_rows) +
                                " distinct rows of the 1,000,000 it announced\n";
    QVERIFY2(r.err.contains(expected), r.err.constData());
    // The rows that came are written, each once.
    if (format == QLatin1String("csv"))
        QCOMPARE(r.out.count('\n'), m_rows + 1); // header and rows (no line breaks in cells)
    else
        QVERIFY2(r.out.endsWith(QByteArray::number(m_rows) + " row(s)\n"),
                 r.out.right(200).constData());
    // The first page, the pages in flight beside it (4), and one retry of the repeated page:
    // not the 2,000 pages of 500 that the announced total would take.
    QVERIFY2(m_sim->requestCount() - before <= 6,
             qPrintable(QString::number(m_sim->requestCount() - before)));
}

void TestListingEnds::cliWarnsOfATotalThatNeverArrives()
{
    const qint64 announced = 3 * m_rows;
    setRowsFault(QStringLiteral("lying-total=%1").arg(announced));
    const quint64 before = m_sim->requestCount();
    const Run r = cli({QStringLiteral("rows"), m_campaignId, QStringLiteral("--all"),
                       QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    const QByteArray expected = "revox-cli: warning: the server announced " +
                                QLocale(QLocale::English).toString(announced).toUtf8() +
                                " rows and sent " + QByteArray::number(m_rows) + " distinct rows\n";
    QVERIFY2(r.err.contains(expected), r.err.constData());
    QCOMPARE(r.out.count('\n'), m_rows + 1);
    // The page the total allows, then the one after it that came back empty.
    QCOMPARE(m_sim->requestCount() - before, quint64(2));
}

ParseProblemLog TestListingEnds::firstLoadProblems(qint64 *loaded)
{
    QNetworkAccessManager nam;
    ClientConfig config;
    config.baseUrl = m_sim->baseUrl();
    config.apiKey = QStringLiteral("test-key");
    config.maxRetries = 0;
    RevoxClient client(&nam, config);
    RowStore rows;
    CampaignWatcher watcher(&client, &rows);
    watcher.setIntervalMs(60000);
    watcher.setCampaignId(m_campaignId);
    QSignalSpy refreshed(&watcher, &CampaignWatcher::refreshed);
    QSignalSpy problemsChanged(&watcher, &CampaignWatcher::problemsChanged);
    watcher.start();
    if (!refreshed.wait(20000))
        return {};
    *loaded = rows.size();
    const ParseProblemLog problems = watcher.problems();
    watcher.stop();
    return problems;
}

void TestListingEnds::watcherReportsRepeatedPagesAsADataProblem()
{
    setRowsFault(QStringLiteral("repeat-pages"));
    qint64 loaded = 0;
    const ParseProblemLog problems = firstLoadProblems(&loaded);
    QCOMPARE(loaded, m_rows);
    QCOMPARE(problems.distinctCount(), 1);
    QCOMPARE(problems.entries().first().kind,
             QStringLiteral("rows: the server kept sending the same rows; %1 distinct rows of the "
                            "1,000,000 it announced")
                 .arg(m_rows));
}

void TestListingEnds::watcherReportsATotalThatNeverArrives()
{
    setRowsFault(QStringLiteral("lying-total=%1").arg(m_rows + 10));
    qint64 loaded = 0;
    const ParseProblemLog problems = firstLoadProblems(&loaded);
    QCOMPARE(loaded, m_rows);
    QCOMPARE(problems.distinctCount(), 1);
    QCOMPARE(problems.entries().first().kind,
             QStringLiteral("rows: the server announced %1 rows and sent %2 distinct rows")
                 .arg(m_rows + 10)
                 .arg(m_rows));
}

QTEST_MAIN(TestListingEnds)
#include "tst_listingends.moc"
