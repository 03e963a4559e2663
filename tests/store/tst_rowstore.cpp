// The row store alone, no model: merge by id, change reports with their JSON paths, removal,
// the begin/end signal pairs a table model follows.
#include "RowFactory.h"
#include "RowStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace revox;
using revox::testing::makeRow;

class TestRowStore : public QObject
{
    Q_OBJECT
private slots:
    void rowsAClosedCampaignNeverCalledWereSkipped()
    {
        RowStore store;
        store.merge({makeRow(0), makeRow(1, QStringLiteral("completed"), QStringLiteral("human")),
                     makeRow(2)});
        QCOMPARE(store.facetsOf(0).outcome, qint8(RowOutcome::NotCalled));
        QSignalSpy changed(&store, &RowStore::rowsChanged);
        store.setCampaignClosed(true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<QList<int>>(), QList<int>({0, 2}));
        QCOMPARE(store.facetsOf(0).outcome, qint8(RowOutcome::Skipped));
        QCOMPARE(store.facetsOf(1).outcome, qint8(RowOutcome::Answered));
        QCOMPARE(store.outcomeOf(store.rowAt(2)), RowOutcome::Skipped);
        store.setCampaignClosed(true); // no change, no signal
        QCOMPARE(changed.count(), 1);
        store.clear(); // another campaign: open until told otherwise
        QVERIFY(!store.isCampaignClosed());
    }
    void mergeInsertsInRowOrderAndUpdatesById();
    void reserveTakesAnAnnouncedTotalAsAClaim();
    void changesNameTheirFields();
    void unchangedMergeEmitsNothing();
    void signalsComeInPairs();
};

static QList<Row> rows(int from, int to)
{
    QList<Row> out;
    for (int i = from; i < to; ++i)
        out.append(makeRow(i, QStringLiteral("calling")));
    return out;
}

void TestRowStore::mergeInsertsInRowOrderAndUpdatesById()
{
    RowStore store;
    store.merge(rows(5, 10));
    store.merge(rows(0, 5)); // earlier rows go before
    QCOMPARE(store.size(), 10);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(store.rowAt(i).rowIndex, qint64(i));
    QCOMPARE(store.rowOfId(makeRow(7).id), 7);
    QCOMPARE(store.facetsOf(3).status, qint8(CallStatus::Calling));
    Row done = makeRow(3, QStringLiteral("completed"), QStringLiteral("human"));
    const RowStore::MergeStats stats = store.merge({done});
    QCOMPARE(stats.updated, 1);
    QCOMPARE(stats.inserted, 0);
    QCOMPARE(store.facetsOf(3).status, qint8(CallStatus::Completed));
    QCOMPARE(store.facetsOf(3).result, qint8(CallResult::Human));
}

void TestRowStore::changesNameTheirFields()
{
    RowStore store;
    store.setTrackChanges(true);
    QSignalSpy changes(&store, &RowStore::rowChanges);
    store.merge(rows(0, 3));
    QCOMPARE(changes.size(), 1);
    auto list = changes.takeFirst().at(0).value<QList<RowStore::RowChange>>();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.first().kind, RowStore::RowChange::Kind::Added);

    Row changed = makeRow(1, QStringLiteral("calling"));
    changed.inputData[0].second = QStringLiteral("Lyan"); // same size, another value
    changed.call->status = ApiEnum<CallStatus>::fromText(QStringLiteral("scheduled"));
    store.merge({changed});
    QCOMPARE(changes.size(), 1);
    list = changes.takeFirst().at(0).value<QList<RowStore::RowChange>>();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().kind, RowStore::RowChange::Kind::Changed);
    QCOMPARE(list.first().id, changed.id);
    QCOMPARE(list.first().fields,
             (QStringList{QStringLiteral("call.status"), QStringLiteral("input_data.city")}));

    store.removeById({changed.id});
    list = changes.takeFirst().at(0).value<QList<RowStore::RowChange>>();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().kind, RowStore::RowChange::Kind::Removed);
    QCOMPARE(store.size(), 2);
}

void TestRowStore::unchangedMergeEmitsNothing()
{
    RowStore store;
    store.setTrackChanges(true);
    store.merge(rows(0, 50));
    QSignalSpy merged(&store, &RowStore::merged);
    QSignalSpy changed(&store, &RowStore::rowsChanged);
    QSignalSpy reported(&store, &RowStore::rowChanges);
    const RowStore::MergeStats stats = store.merge(rows(0, 50)); // equal values, new copies
    QVERIFY(!stats.changedAnything());
    QCOMPARE(merged.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(reported.size(), 0);
}

void TestRowStore::signalsComeInPairs()
{
    RowStore store;
    store.merge(rows(0, 10));
    QStringList order;
    connect(&store, &RowStore::rowsAboutToBeInserted, this,
            [&](int a, int b) { order << QStringLiteral("+[%1,%2]").arg(a).arg(b); });
    connect(&store, &RowStore::rowsInserted, this,
            [&](int a, int b) { order << QStringLiteral("+(%1,%2)").arg(a).arg(b); });
    connect(&store, &RowStore::rowsAboutToBeRemoved, this,
            [&](int a, int b) { order << QStringLiteral("-[%1,%2]").arg(a).arg(b); });
    connect(&store, &RowStore::rowsRemoved, this,
            [&](int a, int b) { order << QStringLiteral("-(%1,%2)").arg(a).arg(b); });
    // A complete listing without rows 2-3 and 7, with two new rows at the end.
    QList<Row> listing = rows(0, 12);
    listing.removeAt(7);
    listing.remove(2, 2);
    store.replaceAll(listing);
    QCOMPARE(order, (QStringList{"-[7,7]", "-(7,7)", "-[2,3]", "-(2,3)", "+[7,8]", "+(7,8)"}));
    QCOMPARE(store.size(), 9);
    QCOMPARE(store.rowOfId(makeRow(11).id), 8);
}

void TestRowStore::reserveTakesAnAnnouncedTotalAsAClaim()
{
    RowStore store;
    store.reserve(1000);
    QVERIFY(store.capacity() >= 1000);
    // A server announcing a trillion rows gets room for a bounded number ahead, not an
    // allocation that cannot succeed.
    store.reserve(qsizetype(1'000'000'000'000));
    QVERIFY(store.capacity() >= RowStore::kMaxReserveAhead);
    QVERIFY(store.capacity() <= 2 * RowStore::kMaxReserveAhead);
    store.merge({makeRow(0), makeRow(1)});
    QCOMPARE(store.size(), 2);
}

QTEST_GUILESS_MAIN(TestRowStore)
#include "tst_rowstore.moc"
