// The figures of campaigns not opened on this computer, worked out in the background against
// the simulator over loopback: every campaign gets the summary its rows give, newest activity
// first; the byte budget and stop() end the work; the all-campaigns table takes the server's
// funnel_stats where they count the same thing and says where each figure comes from.
#include "BackgroundFigures.h"
#include "CampaignStore.h"
#include "CampaignsOverviewModel.h"
#include "RevoxClient.h"
#include "RowsRequestLog.h"
#include "ServerFunnelCounts.h"
#include "ServerRows.h"
#include "SimulatorServer.h"

#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace revox;
using namespace revox::testing;

class TestBackgroundFigures : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void figuresAppearForUnopenedCampaigns();
    void anOpenedCampaignKeepsItsOwnFigures();
    void theBudgetStopsTheWork();
    void stopEndsTheWorkAndStartGoesOn();
    void theTableSaysWhereEachFigureComesFrom();

private:
    QList<Campaign> listCampaigns();
    QList<Row> serverRows(const QString &campaignId);
    std::unique_ptr<BackgroundFigures> makeFigures(qint64 budget);

    sim::SimulatorServer *m_sim = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    RevoxClient *m_client = nullptr;
    CampaignStore *m_store = nullptr;
};

void TestBackgroundFigures::initTestCase()
{
    countRowsRequests();
}

void TestBackgroundFigures::init()
{
    m_sim = new sim::SimulatorServer(this);
    sim::SimulatorOptions options;
    options.seed = 11;
    options.speed = 0; // the rows stay as they are while the test reads them
    options.rowsScale = 0.02;
    QString error;
    QVERIFY2(m_sim->start(options, &error), qPrintable(error));
    m_nam = new QNetworkAccessManager(this);
    ClientConfig config;
    config.baseUrl = m_sim->baseUrl();
    config.apiKey = QStringLiteral("test-key");
    config.maxRetries = 0;
    config.timeoutMs = 10000;
    m_client = new RevoxClient(m_nam, config, this);
    m_store = new CampaignStore(this);
    const QList<Campaign> campaigns = listCampaigns();
    QVERIFY(campaigns.size() >= 4);
    m_store->setCampaigns(campaigns);
}

void TestBackgroundFigures::cleanup()
{
    delete m_store;
    delete m_client;
    delete m_nam;
    delete m_sim;
}

QList<Campaign> TestBackgroundFigures::listCampaigns()
{
    QList<Campaign> campaigns;
    bool done = false;
    m_client->listCampaigns(this, [&](ApiResult<QList<Campaign>> result) {
        if (result.ok())
            campaigns = *result.value;
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    }();
    return campaigns;
}

QList<Row> TestBackgroundFigures::serverRows(const QString &campaignId)
{
    const std::optional<QList<Row>> rows = allRowsOf(m_client, campaignId, 30000);
    [&] {
        QVERIFY(rows);
    }();
    return rows.value_or(QList<Row>());
}

std::unique_ptr<BackgroundFigures> TestBackgroundFigures::makeFigures(qint64 budget)
{
    auto figures = std::make_unique<BackgroundFigures>(m_client, m_store);
    figures->setStartDelayMs(0);
    figures->setPageSize(50); // several pages per campaign
    figures->setBudgetBytes(budget);
    return figures;
}

void TestBackgroundFigures::figuresAppearForUnopenedCampaigns()
{
    QStringList order;
    connect(m_store, &CampaignStore::summaryChanged, this,
            [&order](const QString &id) { order << id; });
    auto figures = makeFigures(1LL << 40);
    QCOMPARE(figures->campaignsWaiting(), m_store->size());
    figures->start();
    QTRY_COMPARE_WITH_TIMEOUT(figures->state(), BackgroundFigures::State::Done, 60000);
    QCOMPARE(figures->campaignsDone(), m_store->size());
    QCOMPARE(figures->campaignsWaiting(), 0);
    QVERIFY(figures->bytesUsed() > 0);
    QVERIFY(figures->currentCampaignId().isEmpty());

    // One campaign at a time, the newest activity first.
    QCOMPARE(order.size(), m_store->size());
    for (int i = 1; i < order.size(); ++i)
        QVERIFY(m_store->campaignById(order.at(i - 1))->updatedAt.toMSecsSinceEpoch() >=
                m_store->campaignById(order.at(i))->updatedAt.toMSecsSinceEpoch());

    // Each summary is the one the campaign's rows give, marked as downloaded in the background.
    for (const Campaign &c : m_store->campaigns()) {
        const CampaignSummary *s = m_store->summaryOf(c.id);
        QVERIFY2(s, qPrintable(c.id));
        QCOMPARE(s->source, CampaignSummary::Source::Background);
        std::optional<OutputCondition> success;
        if (c.assistant && c.assistant->structuredOutputConfig)
            success = defaultSuccessCondition(*c.assistant->structuredOutputConfig);
        const CampaignSummary expected =
            CampaignSummary::compute(c.id, serverRows(c.id), success, s->computedAt);
        QCOMPARE(s->funnel.rows, c.rowStats->total);
        QCOMPARE(s->funnel.rows, expected.funnel.rows);
        QCOMPARE(s->funnel.called, expected.funnel.called);
        QCOMPARE(s->funnel.answered, expected.funnel.answered);
        QCOMPARE(s->funnel.human, expected.funnel.human);
        QCOMPARE(s->funnel.success, expected.funnel.success);
        QCOMPARE(s->medianDurationSecs, expected.medianDurationSecs);
        QCOMPARE(s->lastActivity, expected.lastActivity);
        QCOMPARE(s->successCondition, expected.successCondition);
    }
    // Some campaign has calls, so that the figures above are not all zero.
    QVERIFY(std::any_of(m_store->summaries().cbegin(), m_store->summaries().cend(),
                        [](const CampaignSummary &s) { return s.funnel.human > 0; }));
    // The source survives the cache's round trip.
    const CampaignSummary &any = *m_store->summaryOf(order.first());
    QCOMPARE(CampaignSummary::fromJson(any.toJson()), std::optional<CampaignSummary>(any));
}

void TestBackgroundFigures::anOpenedCampaignKeepsItsOwnFigures()
{
    // Opened before the background reaches it: the figures of its own copy stay.
    const QString opened = m_store->at(0).id;
    CampaignSummary own;
    own.campaignId = opened;
    own.computedAt = QDateTime::currentDateTimeUtc();
    own.funnel = {7, 6, 5, 4, std::nullopt};
    m_store->setSummary(own);
    auto figures = makeFigures(1LL << 40);
    QCOMPARE(figures->campaignsWaiting(), m_store->size() - 1);
    const int before = rowsRequests();
    figures->start();
    QTRY_COMPARE_WITH_TIMEOUT(figures->state(), BackgroundFigures::State::Done, 60000);
    QCOMPARE(*m_store->summaryOf(opened), own);
    QCOMPARE(figures->campaignsDone(), m_store->size() - 1);
    QVERIFY(rowsRequests() - before >= m_store->size() - 1);
}

void TestBackgroundFigures::theBudgetStopsTheWork()
{
    // A budget smaller than one page: the first page is read, then nothing more.
    auto figures = makeFigures(1);
    const int before = rowsRequests();
    figures->start();
    QTRY_COMPARE_WITH_TIMEOUT(figures->state(), BackgroundFigures::State::BudgetSpent, 30000);
    QCOMPARE(rowsRequests() - before, 1);
    QVERIFY(figures->bytesUsed() > 1);
    QVERIFY(m_store->summaries().isEmpty()); // a campaign half read gives no figures
    QCOMPARE(figures->campaignsWaiting(), m_store->size());
    QCOMPARE(figures->campaignsDone(), 0);

    // A byte more: the work goes on for one more page, and stops again.
    const qint64 used = figures->bytesUsed();
    figures->setBudgetBytes(used + 1);
    QCOMPARE(figures->state(), BackgroundFigures::State::BudgetSpent);
    QTRY_VERIFY_WITH_TIMEOUT(figures->bytesUsed() > used, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(figures->state(), BackgroundFigures::State::BudgetSpent, 30000);
    QCOMPARE(rowsRequests() - before, 2);
    QVERIFY(m_store->summaries().isEmpty());

    // Enough for everything: every campaign gets its figures.
    figures->setBudgetBytes(1LL << 40);
    QTRY_COMPARE_WITH_TIMEOUT(figures->state(), BackgroundFigures::State::Done, 60000);
    QCOMPARE(m_store->summaries().size(), m_store->size());
}

void TestBackgroundFigures::stopEndsTheWorkAndStartGoesOn()
{
    auto figures = makeFigures(1LL << 40);
    QSignalSpy progress(figures.get(), &BackgroundFigures::progressChanged);
    figures->start();
    QTRY_VERIFY_WITH_TIMEOUT(figures->currentRows() > 0, 30000);
    const QString interrupted = figures->currentCampaignId();
    QVERIFY(!interrupted.isEmpty());
    figures->stop();
    QCOMPARE(figures->state(), BackgroundFigures::State::Stopped);
    QVERIFY(figures->currentCampaignId().isEmpty());
    QCOMPARE(figures->currentRows(), 0);
    const int requestsAtStop = rowsRequests();
    const qint64 bytesAtStop = figures->bytesUsed();
    QVERIFY(!m_store->summaryOf(interrupted));
    // The campaign list changes: still nothing is downloaded while stopped.
    m_store->setCampaigns(listCampaigns());
    QCoreApplication::processEvents();
    QCOMPARE(figures->state(), BackgroundFigures::State::Stopped);
    QCOMPARE(figures->bytesUsed(), bytesAtStop);
    QCOMPARE(rowsRequests(), requestsAtStop);

    figures->start();
    QTRY_COMPARE_WITH_TIMEOUT(figures->state(), BackgroundFigures::State::Done, 60000);
    QVERIFY(m_store->summaryOf(interrupted)); // started over from its first page
    QCOMPARE(m_store->summaries().size(), m_store->size());
}

void TestBackgroundFigures::theTableSaysWhereEachFigureComesFrom()
{
    CampaignsOverviewModel model(m_store);
    // A campaign opened here, and the rest worked out in the background.
    const QString opened = m_store->at(0).id;
    CampaignSummary own;
    own.campaignId = opened;
    own.computedAt = QDateTime::currentDateTimeUtc();
    own.funnel = {10, 8, 6, 4, std::nullopt};
    own.medianDurationSecs = 60;
    m_store->setSummary(own);
    auto figures = makeFigures(1LL << 40);
    figures->start();
    QTRY_COMPARE_WITH_TIMEOUT(figures->state(), BackgroundFigures::State::Done, 60000);

    int fromServer = 0;
    int fromBackground = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Campaign &c = m_store->at(row);
        const CampaignSummary &s = *m_store->summaryOf(c.id);
        const ServerFunnelCounts server = ServerFunnelCounts::read(c.funnelStats);
        const auto tip = [&](int column) {
            return model.index(row, column).data(Qt::ToolTipRole).toString();
        };
        const auto raw = [&](int column) {
            return model.index(row, column).data(RawValueRole);
        };
        const QString median = tip(CampaignsOverviewModel::MedianDuration);
        if (c.id == opened) {
            QVERIFY2(median.contains(QStringLiteral("From this computer's copy")),
                     qPrintable(median));
            if (!server.hasAnswerRate())
                QCOMPARE(raw(CampaignsOverviewModel::AnswerRate).toDouble(), 75.0); // 6 of 8
            continue;
        }
        // "Worked out from N row(s) downloaded in the background." (the plural is the
        // translation's: none is loaded here).
        const QString source = median.section(u'\n', -1); // after what the figure is
        QVERIFY2(source.startsWith(QStringLiteral("Worked out from %1 row").arg(s.funnel.rows)) &&
                     source.endsWith(QStringLiteral(" downloaded in the background.")),
                 qPrintable(median));
        if (server.hasAnswerRate() && server.hasHumanRate() && *server.called > 0) {
            // The simulator's funnel_stats: dialled, connected, reached_human.
            ++fromServer;
            QCOMPARE(raw(CampaignsOverviewModel::AnswerRate).toDouble(),
                     100.0 * double(c.funnelStats.value(QStringLiteral("connected")).toInteger()) /
                         double(c.funnelStats.value(QStringLiteral("dialled")).toInteger()));
            QCOMPARE(raw(CampaignsOverviewModel::HumanRate).toDouble(),
                     100.0 *
                         double(c.funnelStats.value(QStringLiteral("reached_human")).toInteger()) /
                         double(c.funnelStats.value(QStringLiteral("dialled")).toInteger()));
            QVERIFY(tip(CampaignsOverviewModel::AnswerRate)
                        .endsWith(QStringLiteral("From the server's funnel figures.")));
            QVERIFY(tip(CampaignsOverviewModel::HumanRate)
                        .endsWith(QStringLiteral("From the server's funnel figures.")));
        } else if (s.funnel.called > 0) {
            ++fromBackground;
            QCOMPARE(raw(CampaignsOverviewModel::AnswerRate).toDouble(),
                     100.0 * double(s.funnel.answered) / double(s.funnel.called));
            QCOMPARE(raw(CampaignsOverviewModel::HumanRate).toDouble(),
                     100.0 * double(s.funnel.human) / double(s.funnel.called));
            QVERIFY(tip(CampaignsOverviewModel::AnswerRate)
                        .contains(QStringLiteral("downloaded in the background")));
        }
        // The median call comes from the rows either way.
        QCOMPARE(raw(CampaignsOverviewModel::MedianDuration),
                 s.medianDurationSecs ? QVariant(*s.medianDurationSecs) : QVariant());
    }
    QVERIFY2(fromServer > 0, "a campaign of the simulator sends funnel_stats");
    QVERIFY2(fromBackground > 0, "a campaign without funnel_stats has calls");
}

QTEST_MAIN(TestBackgroundFigures)
#include "tst_backgroundfigures.moc"
