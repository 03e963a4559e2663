// Both rows-page readers over a few thousand pages the simulator serves: every campaign, the
// three paging forms, and every fault that changes a body.
#include "ReaderComparison.h"
#include "SimHttp.h"
#include "SimulatorServer.h"

#include <QTest>
#include <QUrlQuery>

using namespace revox;
using namespace Qt::StringLiterals;

class TestSimRowsReaders : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyPageReadsTheSame_data();
    void everyPageReadsTheSame();
    void cleanupTestCase();

private:
    sim::SimulatorServer *m_sim = nullptr;
    int m_pages = 0;
};

void TestSimRowsReaders::initTestCase()
{
    m_sim = new sim::SimulatorServer(this);
    sim::SimulatorOptions options;
    options.seed = 11;
    options.speed = 0;
    options.rowsScale = 0.045;
    options.startTime = QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
    QVERIFY(m_sim->start(options));
}

void TestSimRowsReaders::cleanupTestCase()
{
    // A few thousand pages in all, so the comparison covers the world and not a sample.
    qInfo("%d pages read by both readers", m_pages);
    QVERIFY2(m_pages >= 2000, qPrintable(QString::number(m_pages)));
    delete m_sim;
    m_sim = nullptr;
}

void TestSimRowsReaders::everyPageReadsTheSame_data()
{
    QTest::addColumn<QByteArray>("paging");
    QTest::addColumn<QByteArray>("fault");
    for (const QByteArray &paging : {"paged"_ba, "no-total"_ba, "unpaged"_ba}) {
        for (const QByteArray &fault :
             {"none"_ba, "wrong-types"_ba, "unknown-enums"_ba, "wrong-types,unknown-enums"_ba,
              "truncate"_ba, "malformed"_ba}) {
            QTest::newRow((paging + ' ' + fault).constData()) << paging << fault;
        }
    }
}

void TestSimRowsReaders::everyPageReadsTheSame()
{
    QFETCH(QByteArray, paging);
    QFETCH(QByteArray, fault);
    // Small pages for many bodies; a page that can only fail (truncated, malformed) is asked
    // for less often, since its rows are never read past the break.
    const bool readable = fault != "truncate" && fault != "malformed";
    const int pageSize = readable ? 20 : 60;
    for (const sim::SimCampaignInfo &campaign : m_sim->campaigns()) {
        const qint64 pages =
            paging == "unpaged" ? 1 : (campaign.rowCount + pageSize - 1) / pageSize;
        for (qint64 page = 0; page < pages; ++page) {
            QUrl url = m_sim->baseUrl();
            url.setPath(url.path() + u"/campaigns/"_s + campaign.id + u"/rows"_s);
            QUrlQuery query;
            query.addQueryItem(u"page"_s, QString::number(page));
            query.addQueryItem(u"page_size"_s, QString::number(pageSize));
            url.setQuery(query);
            const SimHttp::Reply reply = SimHttp::get(url, {{"Authorization", "Bearer test"},
                                                            {"X-Revox-Sim-Paging", paging},
                                                            {"X-Revox-Sim-Fault", fault}});
            QVERIFY2(!reply.timedOut, qPrintable(url.toString()));
            QVERIFY2(!reply.body.isEmpty() || fault == "truncate", qPrintable(url.toString()));
            compareRowsPageReaders(reply.body, campaign.id + u" page "_s + QString::number(page) +
                                                   u' ' + QString::fromLatin1(fault));
            if (QTest::currentTestFailed())
                return;
            ++m_pages;
        }
    }
}

QTEST_GUILESS_MAIN(TestSimRowsReaders)
#include "tst_simrowsreaders.moc"
