#include "CampaignListModel.h"
#include "CampaignStore.h"
#include "ModelSpies.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QtTest>

using namespace revox;

// The campaigns model: merge by id, exact signals, display and raw values.
class TestCampaignListModel : public QObject
{
    Q_OBJECT
private slots:
    void mergeById();
    void displayAndRaw();
};

static Campaign makeCampaign(const QString &id, const QString &status, qint64 completed)
{
    Campaign c;
    c.id = id;
    c.name = QStringLiteral("Campaign ") + id;
    c.status = ApiEnum<CampaignStatus>::fromText(status);
    RowStats stats;
    stats.completed = completed;
    stats.failed = 10;
    stats.total = 100;
    c.rowStats = stats;
    c.updatedAt = Timestamp::parseIso8601(u"2026-11-20T09:00:00Z");
    return c;
}

void TestCampaignListModel::mergeById()
{
    CampaignStore store;
    CampaignListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ModelSpies spies(&model);
    const QList<Campaign> first = {makeCampaign(QStringLiteral("a"), QStringLiteral("running"), 5),
                                   makeCampaign(QStringLiteral("b"), QStringLiteral("draft"), 0),
                                   makeCampaign(QStringLiteral("c"), QStringLiteral("paused"), 1)};
    store.setCampaigns(first);
    QCOMPARE(spies.inserted.count(), 1);
    spies.clear();
    store.setCampaigns(first);
    QCOMPARE(spies.total(), 0);

    QList<Campaign> next = first;
    next[0].rowStats->completed = 40;
    next.removeAt(1);
    next.append(makeCampaign(QStringLiteral("d"), QStringLiteral("completed"), 90));
    store.setCampaigns(next);
    QCOMPARE(spies.removed.count(), 1);
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOfId(QStringLiteral("d")), 2);
    QCOMPARE(model.campaignById(QStringLiteral("a"))->rowStats->completed, 40);

    spies.clear();
    store.updateCampaign(next[0]);
    QCOMPARE(spies.total(), 0);
    Campaign cancelled = next[0];
    cancelled.isCancelled = true;
    store.updateCampaign(cancelled);
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(model.index(0, CampaignListModel::Status).data().toString(),
             QStringLiteral("Cancelled"));
}

void TestCampaignListModel::displayAndRaw()
{
    CampaignStore store;
    CampaignListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.setCampaigns({makeCampaign(QStringLiteral("a"), QStringLiteral("running"), 40)});
    QCOMPARE(model.index(0, CampaignListModel::Progress).data().toString(), QStringLiteral("50%"));
    QCOMPARE(model.index(0, CampaignListModel::Progress).data(RawValueRole).toDouble(), 50.0);
    QCOMPARE(model.index(0, CampaignListModel::Status).data(RawValueRole).toString(),
             QStringLiteral("running"));
    QVERIFY(!model.index(0, CampaignListModel::MaxConcurrentCalls).data(RawValueRole).isValid());
    QVERIFY(!model.index(0, CampaignListModel::ScheduledAt).data(RawValueRole).isValid());
    QCOMPARE(model.index(0, CampaignListModel::UpdatedAt).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2026-11-20T09:00:00.000Z"));
    QVERIFY(model.index(0, CampaignListModel::Status)
                .data(Qt::ForegroundRole)
                .value<QColor>()
                .isValid());
    QCOMPARE(model.index(0, 0).data(RowIdRole).toString(), QStringLiteral("a"));
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestCampaignListModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_campaignlistmodel.moc"
