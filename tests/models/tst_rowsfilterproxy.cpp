#include "ModelSpies.h"
#include "RowFactory.h"
#include "RowOutcome.h"
#include "RowStore.h"
#include "RowsFilterProxy.h"
#include "RowsTableModel.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QtTest>

using namespace revox;
using namespace revox::testing;

// The rows filter proxy: each filter, their combination, counts, no-op setters, sorting.
class TestRowsFilterProxy : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void resultFilterEveryValue();
    void statusFilterSeveralAtOnce();
    void dialErrorFilter();
    void textFilterMatchesPhoneInputAndIds();
    void transcriptFilterIgnoresCaseAndAccents();
    void filtersCombineAndCountsAreFacets();
    void settersThatChangeNothingDoNothing();
    void filterFollowsMergedRows();
    void sortsOnRawValuesWithEmptyLast();
    void filterStateRoundTrip();
    void unknownWireValuesFilterAndCount();
    void typingNarrowsAndWidensCorrectly();
    void manyScatteredChangesBecomeOneLayoutChange();
    void outcomeChipsAddUpToTheRows();
    void outcomeFilterShowsOneState();
    void outputConditionsCombineWithTheOtherFilters();

private:
    QStringList visibleIds() const;
    RowStore *m_store = nullptr;
    RowsTableModel *m_model = nullptr;
    RowsFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_modelTester = nullptr;
    QAbstractItemModelTester *m_proxyTester = nullptr;
};

// Rows: 0..3 human, 4..5 voicemail, 6 IVR, 7 calling (no result), 8 no call, 9 dial error.
static QList<Row> sampleRows()
{
    QList<Row> rows;
    for (int i = 0; i < 4; ++i)
        rows.append(makeRow(i, QStringLiteral("completed"), QStringLiteral("human")));
    for (int i = 4; i < 6; ++i)
        rows.append(makeRow(i, QStringLiteral("completed"), QStringLiteral("voicemail")));
    rows.append(makeRow(6, QStringLiteral("completed"), QStringLiteral("IVR")));
    rows.append(makeRow(7, QStringLiteral("calling"), QString()));
    rows.append(makeRow(8));
    Row failed = makeRow(9, QStringLiteral("errored"), QString());
    CallAttempt a;
    a.id = QStringLiteral("attempt-9-1");
    a.status = ApiEnum<AttemptStatus>::fromText(QStringLiteral("error"));
    a.dialError = ApiEnum<DialError>::fromText(QStringLiteral("busy"));
    failed.call->callAttempts = {a};
    rows.append(failed);
    addTranscript(rows[1],
                  {{QStringLiteral("user"), QStringLiteral("Je suis intéressée, ÉCRIVEZ-moi")}});
    addTranscript(rows[4], {{QStringLiteral("assistant"), QStringLiteral("Laissez un message")}});
    rows[2].inputData[1].second = QStringLiteral("Zoé Martin");
    return rows;
}

void TestRowsFilterProxy::init()
{
    m_store = new RowStore(this);
    m_model = new RowsTableModel(m_store, this);
    m_proxy = new RowsFilterProxy(this);
    m_modelTester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_proxyTester = new QAbstractItemModelTester(
        m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_proxy->setSourceModel(m_model);
    m_store->merge(sampleRows());
}

void TestRowsFilterProxy::cleanup()
{
    delete m_proxyTester;
    delete m_modelTester;
    delete m_proxy;
    delete m_model;
}

QStringList TestRowsFilterProxy::visibleIds() const
{
    QStringList ids;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        ids.append(m_proxy->index(r, 0).data(RowIdRole).toString().right(2));
    return ids;
}

void TestRowsFilterProxy::resultFilterEveryValue()
{
    const QHash<QString, int> expected = {{QStringLiteral("IVR"), 1},
                                          {QStringLiteral("voicemail"), 2},
                                          {QStringLiteral("human"), 4},
                                          {QStringLiteral("unknown"), 0},
                                          {QStringLiteral("ios-screening-filter"), 0},
                                          {QStringLiteral("all"), 10},
                                          {QStringLiteral("none"), 3}};
    QCOMPARE(resultFilterValues().size(), expected.size());
    for (const QString &value : resultFilterValues()) {
        m_proxy->setResultFilter(value);
        QCOMPARE(m_proxy->rowCount(), expected.value(value));
        QCOMPARE(m_proxy->resultCounts().value(value), expected.value(value));
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            const QString result = m_proxy->index(r, 0).data(ResultWireRole).toString();
            if (value == QLatin1String("none"))
                QVERIFY(result.isEmpty());
            else if (value != QLatin1String("all"))
                QCOMPARE(result, value);
        }
    }
}

void TestRowsFilterProxy::statusFilterSeveralAtOnce()
{
    m_proxy->setCallStatusFilter({QStringLiteral("calling"), QStringLiteral("errored")});
    QCOMPARE(visibleIds(), (QStringList{QStringLiteral("07"), QStringLiteral("09")}));
    m_proxy->setCallStatusFilter({QStringLiteral("none")});
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("08")});
    QCOMPARE(m_proxy->statusCounts().value(QStringLiteral("completed")), 7);
    QCOMPARE(m_proxy->statusCounts().value(QStringLiteral("none")), 1);
    m_proxy->setCallStatusFilter({});
    QCOMPARE(m_proxy->rowCount(), 10);
}

void TestRowsFilterProxy::dialErrorFilter()
{
    m_proxy->setDialErrorFilter(QStringLiteral("busy"));
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("09")});
    m_proxy->setDialErrorFilter(QStringLiteral("no_answer"));
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestRowsFilterProxy::textFilterMatchesPhoneInputAndIds()
{
    m_proxy->setTextFilter(QStringLiteral("ZOÉ"));
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("02")});
    m_proxy->setTextFilter(QStringLiteral("+33612340005"));
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("05")});
    m_proxy->setTextFilter(QStringLiteral("attempt-9-1"));
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("09")});
    m_proxy->setTextFilter(QStringLiteral("écrivez"));
    QCOMPARE(m_proxy->rowCount(), 0); // transcripts are not searched by default
    m_proxy->setTextSearchesTranscripts(true);
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("01")});
}

void TestRowsFilterProxy::transcriptFilterIgnoresCaseAndAccents()
{
    m_proxy->setTranscriptFilter(QStringLiteral("INTERESSEE"));
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("01")});
    m_proxy->setTranscriptFilter(QStringLiteral("écrivez-MOI"));
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("01")});
    m_proxy->setTranscriptFilter(QStringLiteral("message"));
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("04")});
}

void TestRowsFilterProxy::filtersCombineAndCountsAreFacets()
{
    QSignalSpy counts(m_proxy, &RowsFilterProxy::countsChanged);
    m_proxy->setResultFilter(QStringLiteral("human"));
    m_proxy->setTextFilter(QStringLiteral("contact"));
    QCOMPARE(m_proxy->rowCount(), 3); // row 2 is named Zoé Martin
    m_proxy->setTextFilter(QStringLiteral("zoé"));
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("02")});
    // Counts ignore their own dimension: the result chips count rows matching the text.
    QCOMPARE(m_proxy->resultCounts().value(QStringLiteral("human")), 1);
    QCOMPARE(m_proxy->resultCounts().value(QStringLiteral("voicemail")), 0);
    QCOMPARE(m_proxy->resultCounts().value(QStringLiteral("all")), 1);
    m_proxy->setTextFilter(QString());
    QCOMPARE(m_proxy->resultCounts().value(QStringLiteral("voicemail")), 2);
    QCOMPARE(m_proxy->statusCounts().value(QStringLiteral("completed")), 4);
    QCOMPARE(counts.count(), 4); // one per setter that changed the counts
}

void TestRowsFilterProxy::settersThatChangeNothingDoNothing()
{
    m_proxy->setResultFilter(QStringLiteral("human"));
    m_proxy->setCallStatusFilter({QStringLiteral("completed"), QStringLiteral("calling")});
    m_proxy->setTextFilter(QStringLiteral("contact"));
    ModelSpies spies(m_proxy);
    QSignalSpy counts(m_proxy, &RowsFilterProxy::countsChanged);
    QSignalSpy state(m_proxy, &RowsFilterProxy::filterStateChanged);
    m_proxy->setResultFilter(QStringLiteral("human"));
    m_proxy->setCallStatusFilter({QStringLiteral("calling"), QStringLiteral("completed")});
    m_proxy->setTextFilter(QStringLiteral("contact"));
    m_proxy->setDialErrorFilter(QString());
    m_proxy->setTranscriptFilter(QString());
    m_proxy->setFilterState(m_proxy->filterState());
    QCOMPARE(spies.total(), 0);
    QCOMPARE(counts.count(), 0);
    QCOMPARE(state.count(), 0);
}

void TestRowsFilterProxy::filterFollowsMergedRows()
{
    m_proxy->setResultFilter(QStringLiteral("human"));
    QCOMPARE(m_proxy->rowCount(), 4);
    QSignalSpy counts(m_proxy, &RowsFilterProxy::countsChanged);
    QList<Row> rows = sampleRows();
    rows[7] = makeRow(7, QStringLiteral("completed"), QStringLiteral("human"));
    m_store->replaceAll(rows);
    QCOMPARE(m_proxy->rowCount(), 5);
    QTRY_COMPARE(counts.count(), 1);
    QCOMPARE(m_proxy->resultCounts().value(QStringLiteral("human")), 5);
    QCOMPARE(m_proxy->resultCounts().value(QStringLiteral("none")), 2);
}

void TestRowsFilterProxy::sortsOnRawValuesWithEmptyLast()
{
    m_proxy->sort(RowsTableModel::LastResult, Qt::AscendingOrder);
    const auto column = [this] {
        QStringList values;
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            values.append(
                m_proxy->index(r, RowsTableModel::LastResult).data(RawValueRole).toString());
        return values;
    };
    // The outcome column: every row has one (answered rows show their result).
    QStringList asc = column();
    QCOMPARE(asc, (QStringList{"human", "human", "human", "human", "in_progress", "IVR",
                               "not_called", "not_reached", "voicemail", "voicemail"}));
    m_proxy->sort(RowsTableModel::LastResult, Qt::DescendingOrder);
    QCOMPARE(column().first(), QStringLiteral("voicemail"));
    // Empty values last in both orders (one row has a dial error).
    const auto dialErrors = [this] {
        QStringList values;
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            values.append(
                m_proxy->index(r, RowsTableModel::LastDialError).data(RawValueRole).toString());
        return values;
    };
    m_proxy->sort(RowsTableModel::LastDialError, Qt::AscendingOrder);
    QCOMPARE(dialErrors().first(), QStringLiteral("busy"));
    QCOMPARE(dialErrors().mid(1), QStringList(9, QString()));
    m_proxy->sort(RowsTableModel::LastDialError, Qt::DescendingOrder);
    QCOMPARE(dialErrors().first(), QStringLiteral("busy"));
    m_proxy->sort(RowsTableModel::RowNumber, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, 0).data(RawValueRole).toLongLong(), 9);
}

void TestRowsFilterProxy::filterStateRoundTrip()
{
    RowsFilterState s;
    s.result = QStringLiteral("voicemail");
    s.callStatuses = {QStringLiteral("completed")};
    s.text = QStringLiteral("contact");
    s.transcriptText = QStringLiteral("message");
    s.sortColumn = RowsTableModel::Phone;
    s.sortDescending = true;
    const RowsFilterState back = RowsFilterState::fromJson(s.toJson());
    QCOMPARE(back, s);
    m_proxy->setFilterState(s);
    QCOMPARE(m_proxy->filterState(), s);
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("04")});
    QCOMPARE(RowsFilterState::fromJson(QJsonObject{{QStringLiteral("result"), 3}}).result,
             QStringLiteral("all"));
}

void TestRowsFilterProxy::unknownWireValuesFilterAndCount()
{
    // Values a newer API may send: kept as text, filterable and counted by their text.
    Row row = makeRow(10, QStringLiteral("dialing"), QStringLiteral("fax-machine"));
    row.call->callAttempts[0].dialError =
        ApiEnum<DialError>::fromText(QStringLiteral("carrier_down"));
    m_store->merge({row});
    QTRY_COMPARE(m_proxy->resultCounts().value(QStringLiteral("fax-machine")), 1);
    QCOMPARE(m_proxy->statusCounts().value(QStringLiteral("dialing")), 1);
    m_proxy->setResultFilter(QStringLiteral("fax-machine"));
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("10")});
    m_proxy->setResultFilter(QStringLiteral("all"));
    m_proxy->setCallStatusFilter({QStringLiteral("dialing"), QStringLiteral("calling")});
    QCOMPARE(visibleIds(), (QStringList{QStringLiteral("07"), QStringLiteral("10")}));
    m_proxy->setCallStatusFilter({});
    m_proxy->setDialErrorFilter(QStringLiteral("carrier_down"));
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("10")});
    QCOMPARE(m_proxy->index(0, RowsTableModel::LastResult).data().toString(),
             QStringLiteral("Fax machine"));
}

void TestRowsFilterProxy::typingNarrowsAndWidensCorrectly()
{
    const QStringList typed = {QStringLiteral("c"),       QStringLiteral("co"),
                               QStringLiteral("con"),     QStringLiteral("contact 1"),
                               QStringLiteral("contact"), QStringLiteral("zo"),
                               QStringLiteral("zoé"),     QStringLiteral("ZOÉ M")};
    for (const QString &text : typed) {
        m_proxy->setTextFilter(text);
        int expected = 0;
        for (int r = 0; r < m_model->rowCount(); ++r)
            expected += m_model->searchText(r).contains(text.toLower().toUtf8());
        QCOMPARE(m_proxy->rowCount(), expected);
    }
    // A row changing while a search is set is evaluated afresh.
    QList<Row> rows = sampleRows();
    rows[5].inputData[1].second = QStringLiteral("Zoé Mercier");
    rows[5].call->callsCount = 2;
    m_store->replaceAll(rows);
    QCOMPARE(m_proxy->rowCount(), 2);
    m_proxy->setTextFilter(QStringLiteral("zoé me"));
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("05")});
    m_proxy->setTranscriptFilter(QStringLiteral("ecri"));
    m_proxy->setTextFilter(QString());
    m_proxy->setTranscriptFilter(QStringLiteral("écrivez"));
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("01")});
}

void TestRowsFilterProxy::manyScatteredChangesBecomeOneLayoutChange()
{
    QList<Row> rows;
    for (int i = 0; i < 6000; ++i)
        rows.append(makeRow(i, QStringLiteral("completed"),
                            i % 2 ? QStringLiteral("human") : QStringLiteral("voicemail")));
    m_store->replaceAll(rows);
    QCOMPARE(m_proxy->rowCount(), 6000);
    ModelSpies spies(m_proxy);
    m_proxy->setResultFilter(QStringLiteral("human")); // 3000 scattered rows leave
    QCOMPARE(m_proxy->rowCount(), 3000);
    QCOMPARE(spies.layoutChanged.count(), 1);
    QCOMPARE(spies.removed.count(), 0);
    for (int r = 0; r < m_proxy->rowCount(); r += 97)
        QCOMPARE(m_proxy->index(r, 0).data(ResultWireRole).toString(), QStringLiteral("human"));
    spies.clear();
    m_proxy->setTextFilter(QStringLiteral("contact 5999")); // a few rows: precise signals
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(spies.layoutChanged.count(), 1);
    m_proxy->setTextFilter(QStringLiteral("contact 599"));
    QCOMPARE(m_proxy->rowCount(), 6); // 599, 5991, 5993, ... (odd rows only)
    QCOMPARE(spies.layoutChanged.count(), 1);
    QVERIFY(spies.inserted.count() >= 1);
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestRowsFilterProxy test;
    return QTest::qExec(&test, argc, argv);
}

void TestRowsFilterProxy::outcomeChipsAddUpToTheRows()
{
    // A row answered earlier and now being called again counts as in progress, not as its
    // old result, so that every row is counted once.
    QList<Row> rows = sampleRows();
    Row again = makeRow(10, QStringLiteral("calling"), QStringLiteral("voicemail"));
    rows.append(again);
    Row cancelled = makeRow(11, QStringLiteral("cancelled"));
    rows.append(cancelled);
    m_store->replaceAll(rows);
    QTRY_COMPARE(m_proxy->resultCounts().value(QStringLiteral("all")), 12);
    const QHash<QString, int> counts = m_proxy->resultCounts();
    QCOMPARE(counts.value(QStringLiteral("not_called")), 1);
    QCOMPARE(counts.value(QStringLiteral("in_progress")), 2);
    QCOMPARE(counts.value(QStringLiteral("answered")), 7);
    QCOMPARE(counts.value(QStringLiteral("not_reached")), 1);
    QCOMPARE(counts.value(QStringLiteral("skipped")), 1);
    QCOMPARE(counts.value(QStringLiteral("voicemail")), 2); // row 10 is in progress
    int sum = 0;
    for (const char *key : {"not_called", "in_progress", "not_reached", "skipped", "human",
                            "voicemail", "IVR", "unknown", "ios-screening-filter"})
        sum += counts.value(QLatin1String(key));
    QCOMPARE(sum, counts.value(QStringLiteral("all")));
}

void TestRowsFilterProxy::outcomeFilterShowsOneState()
{
    m_proxy->setResultFilter(QStringLiteral("not_reached"));
    QCOMPARE(visibleIds(), QStringList({"09"}));
    m_proxy->setResultFilter(QStringLiteral("in_progress"));
    QCOMPARE(visibleIds(), QStringList({"07"}));
    m_proxy->setResultFilter(QStringLiteral("not_called"));
    QCOMPARE(visibleIds(), QStringList({"08"}));
    m_proxy->setResultFilter(QStringLiteral("answered"));
    QCOMPARE(m_proxy->rowCount(), 7);
    // The chips of the other facets follow: every status chip counts answered rows only.
    QCOMPARE(m_proxy->statusCounts().value(QStringLiteral("completed")), 7);
}

void TestRowsFilterProxy::outputConditionsCombineWithTheOtherFilters()
{
    QList<Row> rows = sampleRows();
    const auto setOutput = [&rows](int at, const QJsonObject &output) {
        rows[at].call->callAttempts[0].structuredOutput = output;
    };
    setOutput(0, {{QStringLiteral("interested"), true}, {QStringLiteral("size"), 12}});
    setOutput(1, {{QStringLiteral("interested"), false}, {QStringLiteral("size"), 250}});
    setOutput(2, {{QStringLiteral("interested"), true}, {QStringLiteral("size"), 40}});
    setOutput(4, {{QStringLiteral("interested"), true}});
    m_store->replaceAll(rows);

    OutputCondition interested;
    interested.field = QStringLiteral("interested");
    interested.text = QStringLiteral("true");
    m_proxy->setOutputFilter({interested});
    QCOMPARE(visibleIds(), QStringList({"00", "02", "04"}));
    // Combined with the result chip (AND).
    m_proxy->setResultFilter(QStringLiteral("human"));
    QCOMPARE(visibleIds(), QStringList({"00", "02"}));
    // And with a second condition: a number range.
    OutputCondition small;
    small.field = QStringLiteral("size");
    small.kind = OutputCondition::Kind::Range;
    small.low = 0;
    small.high = 20;
    m_proxy->setOutputFilter({interested, small});
    QCOMPARE(visibleIds(), QStringList({"00"}));
    // The result chips count rows passing the output conditions (their facet counts).
    QTRY_COMPARE(m_proxy->resultCounts().value(QStringLiteral("human")), 1);
    // acceptsSourceRowButOutputs: every filter but the outputs.
    QVERIFY(m_proxy->acceptsSourceRowButOutputs(3));
    QVERIFY(!m_proxy->acceptsSourceRowButOutputs(4));
    // "" matches a missing value, as the CSV shows it.
    OutputCondition missing;
    missing.field = QStringLiteral("interested");
    m_proxy->setResultFilter(QStringLiteral("all"));
    m_proxy->setOutputFilter({missing});
    QCOMPARE(visibleIds(), QStringList({"03", "05", "06", "07", "08", "09"}));
    // The state round-trips with its conditions.
    const RowsFilterState state = m_proxy->filterState();
    QCOMPARE(RowsFilterState::fromJson(state.toJson()).outputs, state.outputs);
}

#include "tst_rowsfilterproxy.moc"
