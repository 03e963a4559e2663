#include "ModelSpies.h"
#include "RowFactory.h"
#include "RowStore.h"
#include "RowsTableModel.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QtTest>

using namespace revox;
using namespace revox::testing;

// The rows model over a store: the store's merges by id shown with exact signals, columns
// discovered, roles and lookups.
class TestRowsTableModel : public QObject
{
    Q_OBJECT
private slots:
    void firstLoadIsOneInsertBatchAndNoReset();
    void unchangedRefreshEmitsNothing();
    void oneChangedRowEmitsOneDataChanged();
    void mostRowsChangedEmitsOneRangedDataChanged();
    void newRowsArriveAsOneInsertBatch();
    void rowsInTheMiddleKeepRowIndexOrder();
    void replaceAllRemovesMissingRowsInBatches();
    void columnsAreDiscoveredAndAppended();
    void structuredOutputColumnsFromConfigAndData();
    void displayAndRawRoles();
    void lookupById();
    void searchTextAndFoldedTranscript();
};

void TestRowsTableModel::firstLoadIsOneInsertBatchAndNoReset()
{
    RowStore store;
    RowsTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ModelSpies spies(&model);
    const auto stats = store.merge(makeRows(0, 50));
    QCOMPARE(stats.inserted, 50);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 49);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.changed.count(), 0);
    QCOMPARE(model.rowCount(), 50);
}

void TestRowsTableModel::unchangedRefreshEmitsNothing()
{
    RowStore store;
    RowsTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.merge(makeRows(0, 100));
    ModelSpies spies(&model);
    QSignalSpy merged(&model, &RowsTableModel::merged);
    const auto stats = store.replaceAll(makeRows(0, 100)); // equal values, new copies
    QVERIFY(!stats.changedAnything());
    QCOMPARE(spies.total(), 0);
    QCOMPARE(merged.count(), 0);
    store.merge(makeRows(10, 20)); // a partial refresh, unchanged too
    QCOMPARE(spies.total(), 0);
}

void TestRowsTableModel::oneChangedRowEmitsOneDataChanged()
{
    RowStore store;
    RowsTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.merge(makeRows(0, 100, QStringLiteral("calling"), QString()));
    ModelSpies spies(&model);
    QList<Row> rows = makeRows(0, 100, QStringLiteral("calling"), QString());
    rows[42] = makeRow(42, QStringLiteral("completed"), QStringLiteral("voicemail"));
    const auto stats = store.replaceAll(rows);
    QCOMPARE(stats.updated, 1);
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(spies.total(), 1);
    const auto topLeft = spies.changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = spies.changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 42);
    QCOMPARE(bottomRight.row(), 42);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), model.columnCount() - 1);
    const auto roles = spies.changed.at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(RawValueRole));
    QCOMPARE(model.index(42, RowsTableModel::LastResult).data().toString(),
             QStringLiteral("Voicemail"));
}

void TestRowsTableModel::mostRowsChangedEmitsOneRangedDataChanged()
{
    RowStore store;
    RowsTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.merge(makeRows(0, 10, QStringLiteral("calling"), QString()));
    ModelSpies spies(&model);
    QList<Row> rows = makeRows(0, 10, QStringLiteral("calling"), QString());
    for (int i = 2; i < 9; ++i)
        rows[i] = makeRow(i, QStringLiteral("completed"), QStringLiteral("human"));
    QCOMPARE(store.merge(rows).updated, 7);
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(spies.changed.at(0).at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(spies.changed.at(0).at(1).value<QModelIndex>().row(), 8);
    QCOMPARE(spies.total(), 1);
}

void TestRowsTableModel::newRowsArriveAsOneInsertBatch()
{
    RowStore store;
    RowsTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.merge(makeRows(0, 30));
    ModelSpies spies(&model);
    // The next refresh lists the old rows and five new ones, in any order.
    QList<Row> rows = makeRows(30, 5) + makeRows(0, 30);
    std::reverse(rows.begin(), rows.begin() + 5);
    const auto stats = store.replaceAll(rows);
    QCOMPARE(stats.inserted, 5);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 30);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 34);
    QCOMPARE(spies.total(), 1);
    for (int i = 0; i < model.rowCount(); ++i)
        QCOMPARE(model.rowAt(i).rowIndex, i);
}

void TestRowsTableModel::rowsInTheMiddleKeepRowIndexOrder()
{
    RowStore store;
    RowsTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Row> rows;
    for (int i = 0; i < 20; ++i) {
        if (i < 5 || i > 9)
            rows.append(makeRow(i, QStringLiteral("completed"), QStringLiteral("human")));
    }
    store.merge(rows);
    ModelSpies spies(&model);
    store.merge(makeRows(5, 5));
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 5);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 9);
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(model.rowAt(i).rowIndex, i);
        QCOMPARE(model.rowOfId(model.rowAt(i).id), i);
    }
}

void TestRowsTableModel::replaceAllRemovesMissingRowsInBatches()
{
    RowStore store;
    RowsTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.merge(makeRows(0, 20));
    ModelSpies spies(&model);
    QList<Row> kept;
    for (const Row &r : makeRows(0, 20)) {
        const bool gone = (r.rowIndex >= 3 && r.rowIndex <= 6) || r.rowIndex == 15;
        if (!gone)
            kept.append(r);
    }
    const auto stats = store.replaceAll(kept);
    QCOMPARE(stats.removed, 5);
    QCOMPARE(spies.removed.count(), 2); // two contiguous blocks
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(model.rowCount(), 15);
    QCOMPARE(model.rowOfId(makeRow(4).id), -1);
    QCOMPARE(model.rowOfId(makeRow(16).id), 11);
}

void TestRowsTableModel::columnsAreDiscoveredAndAppended()
{
    RowStore store;
    RowsTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.merge(makeRows(0, 3));
    QCOMPARE(model.columnCount(), RowsTableModel::FixedColumnCount + 2);
    const int cityColumn = model.inputDataColumn(QStringLiteral("city"));
    QVERIFY(cityColumn >= RowsTableModel::FixedColumnCount);
    QCOMPARE(model.columnKind(cityColumn), RowsTableModel::ColumnKind::InputData);
    QCOMPARE(model.headerData(cityColumn, Qt::Horizontal).toString(), QStringLiteral("city"));
    QCOMPARE(model.index(1, cityColumn).data().toString(), QStringLiteral("Lyon"));

    ModelSpies spies(&model);
    Row withCompany = makeRow(3, QStringLiteral("completed"), QStringLiteral("human"));
    withCompany.inputData.append({QStringLiteral("company"), QStringLiteral("Acme")});
    std::sort(withCompany.inputData.begin(), withCompany.inputData.end());
    store.merge({withCompany});
    QCOMPARE(spies.columnsInserted.count(), 1);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.reset.count(), 0);
    const int companyColumn = model.inputDataColumn(QStringLiteral("company"));
    QCOMPARE(companyColumn, model.columnCount() - 1);
    QCOMPARE(model.index(3, companyColumn).data().toString(), QStringLiteral("Acme"));
    QCOMPARE(model.index(0, companyColumn).data().toString(), QString());
    QVERIFY(!model.index(0, companyColumn).data(RawValueRole).isValid());
}

void TestRowsTableModel::structuredOutputColumnsFromConfigAndData()
{
    RowStore store;
    RowsTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.setStructuredOutputFields({QStringLiteral("interested"), QStringLiteral("budget")});
    QCOMPARE(model.structuredOutputColumn(QStringLiteral("interested")),
             RowsTableModel::FixedColumnCount);
    ModelSpies spies(&model);
    store.setStructuredOutputFields({QStringLiteral("interested")});
    QCOMPARE(spies.total(), 0);

    Row row = makeRow(0, QStringLiteral("completed"), QStringLiteral("human"));
    row.call->callAttempts[0].structuredOutput =
        QJsonObject{{QStringLiteral("interested"), true},
                    {QStringLiteral("budget"), 1200},
                    {QStringLiteral("callback_day"), QStringLiteral("monday")}};
    store.merge({row});
    const int budget = model.structuredOutputColumn(QStringLiteral("budget"));
    const int day = model.structuredOutputColumn(QStringLiteral("callback_day"));
    QVERIFY(day > budget);
    QCOMPARE(model.columnKind(day), RowsTableModel::ColumnKind::StructuredOutput);
    QCOMPARE(model.index(0, budget).data().toString(), QStringLiteral("1200"));
    QCOMPARE(model.index(0, budget).data(RawValueRole).toDouble(), 1200.0);
    QCOMPARE(model.index(0, day).data().toString(), QStringLiteral("monday"));
}

void TestRowsTableModel::displayAndRawRoles()
{
    RowStore store;
    RowsTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Row row = makeRow(7, QStringLiteral("queued_for_calling"), QString());
    Row answered = makeRow(8, QStringLiteral("completed"), QStringLiteral("human"));
    Row bare = makeRow(9);
    store.merge({row, answered, bare});
    QCOMPARE(model.index(0, RowsTableModel::RowNumber).data().toString(), QStringLiteral("8"));
    QCOMPARE(model.index(0, RowsTableModel::RowNumber).data(RawValueRole).toLongLong(), 7);
    QCOMPARE(model.index(0, RowsTableModel::CallStatus).data().toString(),
             QStringLiteral("Queued for calling"));
    QCOMPARE(model.index(0, RowsTableModel::CallStatus).data(RawValueRole).toString(),
             QStringLiteral("queued_for_calling"));
    // A call order still queued, without attempts, has not been called (the outcome column).
    QCOMPARE(model.index(0, RowsTableModel::LastResult).data(RawValueRole).toString(),
             QStringLiteral("not_called"));
    QCOMPARE(model.index(0, RowsTableModel::LastResult).data().toString(),
             QStringLiteral("Not called yet"));
    QCOMPARE(model.index(1, RowsTableModel::Duration).data().toString(), QStringLiteral("1:15"));
    QCOMPARE(model.index(1, RowsTableModel::Duration).data(RawValueRole).toLongLong(), 75);
    QCOMPARE(model.index(1, RowsTableModel::LastCallTime).data(RawValueRole).toLongLong(),
             Timestamp::parseIso8601(u"2026-11-20T09:00:00Z").toMSecsSinceEpoch());
    QCOMPARE(model.index(1, RowsTableModel::LastCallTime).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2026-11-20T09:00:00.000Z"));
    QVERIFY(model.index(1, RowsTableModel::LastResult)
                .data(Qt::ForegroundRole)
                .value<QColor>()
                .isValid());
    QCOMPARE(model.index(1, RowsTableModel::LastResult).data(ResultWireRole).toString(),
             QStringLiteral("human"));
    QCOMPARE(model.index(2, RowsTableModel::CallStatus).data().toString(), QString());
    QVERIFY(!model.index(2, RowsTableModel::Attempts).data(RawValueRole).isValid());
    QCOMPARE(model.index(2, RowsTableModel::Phone).data(RowIdRole).toString(), bare.id);
}

void TestRowsTableModel::lookupById()
{
    RowStore store;
    RowsTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.merge(makeRows(0, 200));
    store.removeById({makeRow(10).id, makeRow(11).id, makeRow(150).id});
    QCOMPARE(model.rowCount(), 197);
    for (int i = 0; i < model.rowCount(); ++i)
        QCOMPARE(model.rowOfId(model.rowAt(i).id), i);
    QVERIFY(!model.rowById(makeRow(11).id));
    QCOMPARE(model.rowById(makeRow(12).id)->rowIndex, 12);
    QCOMPARE(model.indexOfId(makeRow(12).id, RowsTableModel::Phone).row(), 10);
}

void TestRowsTableModel::searchTextAndFoldedTranscript()
{
    RowStore store;
    RowsTableModel model(&store);
    Row row = makeRow(1, QStringLiteral("completed"), QStringLiteral("human"));
    addTranscript(row, {{QStringLiteral("assistant"), QStringLiteral("Bonjour Éloïse, ÇA VA ?")},
                        {QStringLiteral("user"), QStringLiteral("Très bien")}});
    store.merge({row});
    QVERIFY(model.searchText(0).contains(QByteArrayLiteral("contact 1")));
    QVERIFY(model.searchText(0).contains(QByteArrayLiteral("call-1")));
    QVERIFY(model.foldedTranscript(0).contains(QByteArrayLiteral("bonjour eloise, ca va")));
    QVERIFY(model.foldedTranscript(0).contains(QByteArrayLiteral("tres bien")));
    // A change of the row drops the cached texts.
    Row changed = row;
    changed.call->callsCount = 2;
    changed.call->callAttempts.first().transcript->first().setContent(QStringLiteral("Allô"));
    store.merge({changed});
    QVERIFY(model.foldedTranscript(0).contains(QByteArrayLiteral("allo")));
    QVERIFY(!model.foldedTranscript(0).contains(QByteArrayLiteral("eloise")));
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestRowsTableModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_rowstablemodel.moc"
