// Change detection, leaf by leaf: each value of the seed's row, changed alone, changes
// exactly that row, and the row's diff names exactly that value's JSON path.

#include "ApiBodyReader.h"
#include "Fixtures.h"
#include "JsonWriter.h"
#include "RowDiff.h"
#include "RowStore.h"
#include "RowsTableModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace revox;

namespace {

QJsonObject seedPage()
{
    return QJsonDocument::fromJson(fixtures::read(QStringLiteral("seed-rows-page.json"))).object();
}

// A changed version of a leaf, of a kind the parser keeps (a time for a {} timestamp).
QJsonValue changed(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return !v.toBool();
    case QJsonValue::Double:
        return v.toDouble() + 1;
    case QJsonValue::String:
        return v.toString() + QStringLiteral("-changed");
    case QJsonValue::Object: // the seed's timestamps are {}
        return QStringLiteral("2026-11-20T09:15:03.123Z");
    case QJsonValue::Null:
    case QJsonValue::Array:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("changed");
}

struct Leaf
{
    QString path;
    QStringList keys; // object keys and array indexes as text, from the row down
};

void collectLeaves(const QJsonValue &v, const Leaf &at, QList<Leaf> &out)
{
    if (v.isObject() && !v.toObject().isEmpty()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            Leaf next = at;
            next.path = at.path.isEmpty() ? it.key() : at.path + u'.' + it.key();
            next.keys.append(it.key());
            collectLeaves(it.value(), next, out);
        }
        return;
    }
    if (v.isArray() && !v.toArray().isEmpty()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            Leaf next = at;
            next.path = at.path + QStringLiteral("[%1]").arg(i);
            next.keys.append(QStringLiteral("#%1").arg(i));
            collectLeaves(a.at(i), next, out);
        }
        return;
    }
    out.append(at);
}

QJsonValue withLeafChanged(const QJsonValue &v, const QStringList &keys, qsizetype depth)
{
    if (depth == keys.size())
        return changed(v);
    const QString &key = keys.at(depth);
    if (key.startsWith(u'#')) {
        QJsonArray a = v.toArray();
        const int i = key.mid(1).toInt();
        a[i] = withLeafChanged(a.at(i), keys, depth + 1);
        return a;
    }
    QJsonObject o = v.toObject();
    o[key] = withLeafChanged(o.value(key), keys, depth + 1);
    return o;
}

Row parseRow(const QJsonObject &row)
{
    QJsonObject page = seedPage();
    page[QStringLiteral("rows")] = QJsonArray{row};
    const Parsed<RowsPage> parsed =
        json::parseRowsPage(QJsonDocument(page).toJson(QJsonDocument::Compact));
    if (!parsed.ok() || parsed.value.rows.size() != 1)
        qFatal("seed row does not parse");
    return parsed.value.rows.first();
}

} // namespace

class TestRowDiff : public QObject
{
    Q_OBJECT
private slots:
    void eachLeafChangesItsRow_data();
    void eachLeafChangesItsRow();
    void sameJsonSameKey();
    void handBuiltRowsCompareByValue();
    void lastAttemptHeldEitherWayCompareByValue();
};

void TestRowDiff::eachLeafChangesItsRow_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("keys");
    const QJsonObject row = seedPage().value(QStringLiteral("rows")).toArray().first().toObject();
    QList<Leaf> leaves;
    collectLeaves(row, {}, leaves);
    QVERIFY(leaves.size() > 80); // every member of the seed's row, nested ones included
    for (const Leaf &leaf : std::as_const(leaves)) {
        if (leaf.path == QLatin1String("id"))
            continue; // another id is another row
        QTest::newRow(qPrintable(leaf.path)) << leaf.path << leaf.keys;
    }
}

void TestRowDiff::eachLeafChangesItsRow()
{
    QFETCH(QString, path);
    QFETCH(QStringList, keys);
    const QJsonObject seed = seedPage().value(QStringLiteral("rows")).toArray().first().toObject();
    const QJsonObject changedRow = withLeafChanged(seed, keys, 0).toObject();
    QVERIFY(changedRow != seed);

    const Row before = parseRow(seed);
    const Row after = parseRow(changedRow);
    QVERIFY(RowDiff::changeKey(before) != RowDiff::changeKey(after));
    QCOMPARE(RowDiff::changedPaths(before, after), QStringList{path});

    // A second, unchanged row beside it: exactly the changed row is reported.
    QJsonObject other = seed;
    other[QStringLiteral("id")] = QStringLiteral("other");
    other[QStringLiteral("row_index")] = 1;
    RowStore store;
    RowsTableModel model(&store);
    store.merge({before, parseRow(other)});
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    const RowStore::MergeStats stats = store.merge({after, parseRow(other)});
    QCOMPARE(stats.updated, 1);
    QCOMPARE(stats.inserted, 0);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changes.first().at(1).toModelIndex().row(), 0);
}

void TestRowDiff::sameJsonSameKey()
{
    const QJsonObject seed = seedPage().value(QStringLiteral("rows")).toArray().first().toObject();
    QCOMPARE(RowDiff::changeKey(parseRow(seed)), RowDiff::changeKey(parseRow(seed)));
    QVERIFY(RowDiff::changedPaths(parseRow(seed), parseRow(seed)).isEmpty());
}

void TestRowDiff::handBuiltRowsCompareByValue()
{
    Row a;
    a.id = QStringLiteral("r1");
    a.inputData = {{QStringLiteral("company"), QStringLiteral("Acme")}};
    Row b = a;
    QCOMPARE(RowDiff::changeKey(a), RowDiff::changeKey(b));
    b.inputData[0].second = QStringLiteral("Acne"); // same size, another value
    QVERIFY(RowDiff::changeKey(a) != RowDiff::changeKey(b));
    QCOMPARE(RowDiff::changedPaths(a, b), QStringList{QStringLiteral("input_data.company")});
}

void TestRowDiff::lastAttemptHeldEitherWayCompareByValue()
{
    // last_call_attempt repeats call_attempts[0] with a member this app does not model: it
    // is kept whole (its JSON differs), and written back it reads as a repeat (held by
    // index). Both are the same row.
    QJsonObject seed = seedPage().value(QStringLiteral("rows")).toArray().first().toObject();
    QJsonObject call = seed.value(QStringLiteral("call")).toObject();
    QJsonObject last = call.value(QStringLiteral("call_attempts")).toArray().first().toObject();
    last.insert(QStringLiteral("not_modelled"), 1);
    call.insert(QStringLiteral("last_call_attempt"), last);
    seed.insert(QStringLiteral("call"), call);
    const Row parsed = parseRow(seed);
    QVERIFY(parsed.call->lastCallAttemptIndex < 0); // kept whole
    const Row again = parseRow(json::toJson(parsed));
    QVERIFY(again.call->lastCallAttemptIndex >= 0); // now a repeat
    QVERIFY(again == parsed);
    QVERIFY(RowDiff::changedPaths(parsed, again).isEmpty());
}

QTEST_GUILESS_MAIN(TestRowDiff)
#include "tst_rowdiff.moc"
