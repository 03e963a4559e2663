#include "InsightRows.h"
#include "OutcomeFacets.h"

#include <QtTest>

using namespace revox;
using namespace revox::testing;

namespace {

StructuredOutputField field(const QString &name, const QString &type,
                            const QStringList &options = {})
{
    StructuredOutputField f;
    f.name = name;
    f.type = ApiEnum<OutputFieldType>::fromText(type);
    f.enumOptions = options;
    return f;
}

const OutputFacet &facetOf(const QList<OutputFacet> &facets, const QString &name)
{
    for (const OutputFacet &f : facets) {
        if (f.field == name)
            return f;
    }
    static const OutputFacet none;
    return none;
}

int countOf(const OutputFacet &facet, const QString &text)
{
    for (const FacetBucket &b : facet.buckets) {
        if (b.condition.kind != OutputCondition::Kind::Range && b.condition.text == text)
            return b.count;
    }
    return -1;
}

} // namespace

// Outcome facets: one per output field, with value counts per type, missing values, keys
// seen only in outputs, and counts that leave out each field's own condition.
class TestOutcomeFacets : public QObject
{
    Q_OBJECT

    QList<StructuredOutputField> m_config{
        field(QStringLiteral("interested"), QStringLiteral("boolean")),
        field(QStringLiteral("plan"), QStringLiteral("enum"),
              {QStringLiteral("Starter"), QStringLiteral("Pro"), QStringLiteral("Enterprise")}),
        field(QStringLiteral("seats"), QStringLiteral("number")),
        field(QStringLiteral("meeting_at"), QStringLiteral("datetime")),
        field(QStringLiteral("notes"), QStringLiteral("string"))};

    QList<Row> rows() const
    {
        const QString t = QStringLiteral("2026-11-20T09:00:00Z");
        QList<Row> out;
        const auto add = [&](const QJsonObject &output) {
            out.append(insightRow(int(out.size()), {{QStringLiteral("human"), t}}, output));
        };
        add({{"interested", true},
             {"plan", "Pro"},
             {"seats", 3},
             {"meeting_at", "2026-12-01T10:00:00Z"},
             {"notes", "call back"}});
        add({{"interested", true},
             {"plan", "Pro"},
             {"seats", 48},
             {"meeting_at", "2026-12-01T15:30:00Z"},
             {"notes", "call back"}});
        add({{"interested", false}, {"plan", "Starter"}, {"seats", 12}, {"notes", "no budget"}});
        add({{"interested", false}, {"plan", "Legacy"}, {"seats", 25}, {"extra", "x"}});
        add({{"interested", true}, {"seats", 7}, {"meeting_at", "2026-12-02T09:00:00Z"}});
        add({});
        out.append(insightRow(6, {}, {}, QStringLiteral("scheduled"))); // never called
        return out;
    }

private slots:
    void everyTypeGetsItsBuckets()
    {
        const QList<OutputFacet> facets = OutcomeFacets::compute(m_config, rows(), {}, {});
        QCOMPARE(facets.size(), 6); // the five configured, then "extra" seen in an output
        QCOMPARE(facets.last().field, QStringLiteral("extra"));
        QVERIFY(!facets.last().inConfig);
        QCOMPARE(facets.last().type, OutputFieldType::String);

        const OutputFacet &interested = facetOf(facets, QStringLiteral("interested"));
        QCOMPARE(countOf(interested, QStringLiteral("true")), 3);
        QCOMPARE(countOf(interested, QStringLiteral("false")), 2);
        QCOMPARE(interested.missing.count, 2);
        QCOMPARE(interested.rowsCounted, 7);

        // Enum: the options in config order (even at 0), then values seen outside them.
        const OutputFacet &plan = facetOf(facets, QStringLiteral("plan"));
        QStringList options;
        for (const FacetBucket &b : plan.buckets)
            options << b.condition.text;
        QCOMPARE(options, QStringList({"Starter", "Pro", "Enterprise", "Legacy"}));
        QCOMPARE(countOf(plan, QStringLiteral("Enterprise")), 0);
        QCOMPARE(countOf(plan, QStringLiteral("Pro")), 2);

        // Numbers: ranges of one nice step that cover every value, each value in one.
        const OutputFacet &seats = facetOf(facets, QStringLiteral("seats"));
        QVERIFY(seats.buckets.size() >= 2 && seats.buckets.size() <= OutcomeFacets::kMaxRanges);
        int inRanges = 0;
        for (const FacetBucket &b : seats.buckets) {
            QCOMPARE(b.condition.kind, OutputCondition::Kind::Range);
            inRanges += b.count;
        }
        QCOMPARE(inRanges, 5);
        QCOMPARE(seats.otherValues, 0);
        QVERIFY(seats.buckets.first().condition.low <= 3);
        QVERIFY(seats.buckets.last().condition.high >= 48);

        // Dates by day (a date-time's own date), in date order.
        const OutputFacet &meeting = facetOf(facets, QStringLiteral("meeting_at"));
        QCOMPARE(meeting.buckets.size(), 2);
        QCOMPARE(meeting.buckets.at(0).condition.text, QStringLiteral("2026-12-01"));
        QCOMPARE(meeting.buckets.at(0).count, 2);
        QCOMPARE(meeting.buckets.at(1).count, 1);

        // Strings by top values, most frequent first.
        const OutputFacet &notes = facetOf(facets, QStringLiteral("notes"));
        QCOMPARE(notes.buckets.first().condition.text, QStringLiteral("call back"));
        QCOMPARE(notes.buckets.first().count, 2);
        QCOMPARE(notes.missing.count, 4);
    }

    void countsLeaveOutTheFieldsOwnCondition()
    {
        OutputCondition pro;
        pro.field = QStringLiteral("plan");
        pro.text = QStringLiteral("Pro");
        const QList<OutputFacet> facets = OutcomeFacets::compute(m_config, rows(), {}, {pro});
        // Other fields count the Pro rows only...
        QCOMPARE(countOf(facetOf(facets, QStringLiteral("interested")), QStringLiteral("true")), 2);
        QCOMPARE(countOf(facetOf(facets, QStringLiteral("interested")), QStringLiteral("false")),
                 0);
        // ...while plan itself still counts every plan, so another value can be chosen.
        QCOMPARE(countOf(facetOf(facets, QStringLiteral("plan")), QStringLiteral("Starter")), 1);
        // The rows the other filters drop are not counted at all.
        const QList<OutputFacet> firstTwo =
            OutcomeFacets::compute(m_config, rows(), [](int row) { return row < 2; }, {});
        QCOMPARE(facetOf(firstTwo, QStringLiteral("interested")).rowsCounted, 2);
        QCOMPARE(countOf(facetOf(firstTwo, QStringLiteral("plan")), QStringLiteral("Pro")), 2);
    }

    void eachBucketConditionFindsItsRows()
    {
        // Clicking a bucket applies its condition: it must pick exactly the rows counted.
        const QList<Row> all = rows();
        for (const OutputFacet &facet : OutcomeFacets::compute(m_config, all, {}, {})) {
            for (const FacetBucket &b : facet.buckets + QList<FacetBucket>{facet.missing}) {
                int matching = 0;
                for (const Row &row : all)
                    matching += b.condition.matches(row.structuredOutput()) ? 1 : 0;
                QVERIFY2(matching == b.count, qPrintable(QStringLiteral("%1 %2: %3 != %4")
                                                             .arg(facet.field, b.condition.text)
                                                             .arg(matching)
                                                             .arg(b.count)));
            }
        }
    }

    void typesOfUnconfiguredKeysComeFromTheirValues()
    {
        const QString t = QStringLiteral("2026-11-20T09:00:00Z");
        QList<Row> rows;
        rows << insightRow(0, {{QStringLiteral("human"), t}},
                           {{"ok", true}, {"n", 2.5}, {"day", "2026-12-03"}, {"mixed", 1}});
        rows << insightRow(1, {{QStringLiteral("human"), t}},
                           {{"ok", false}, {"n", 7}, {"day", "2026-12-04"}, {"mixed", "a"}});
        const QList<OutputFacet> facets = OutcomeFacets::compute({}, rows, {}, {});
        QCOMPARE(facetOf(facets, QStringLiteral("ok")).type, OutputFieldType::Boolean);
        QCOMPARE(facetOf(facets, QStringLiteral("n")).type, OutputFieldType::Number);
        QCOMPARE(facetOf(facets, QStringLiteral("day")).type, OutputFieldType::Date);
        QCOMPARE(facetOf(facets, QStringLiteral("mixed")).type, OutputFieldType::String);
        // Fractional numbers: half-open ranges, the last one closed, each value counted once.
        int counted = 0;
        for (const FacetBucket &b : facetOf(facets, QStringLiteral("n")).buckets)
            counted += b.count;
        QCOMPARE(counted, 2);
    }

    void conditionsParseAndRoundTrip()
    {
        QString error;
        QVERIFY(!OutputCondition::parse(QStringLiteral("interested"), &error));
        QVERIFY(error.contains(QStringLiteral("FIELD=VALUE")));
        QVERIFY(!OutputCondition::parse(QStringLiteral("=true")));
        const auto c = OutputCondition::parse(QStringLiteral("note=a=b"));
        QVERIFY(c);
        QCOMPARE(c->field, QStringLiteral("note"));
        QCOMPARE(c->text, QStringLiteral("a=b"));
        OutputCondition range;
        range.field = QStringLiteral("n");
        range.kind = OutputCondition::Kind::Range;
        range.low = 1;
        range.high = 5;
        QCOMPARE(OutputCondition::fromJson(range.toJson()), std::optional<OutputCondition>(range));
        QVERIFY(!OutputCondition::fromJson(QJsonObject{{"field", "n"}, {"kind", "range"}}));
        QVERIFY(!OutputCondition::fromJson(QJsonObject{{"field", "n"}, {"kind", "like"}}));
        // A number reads as the CSV shows it; true as "true"; a missing value as "".
        QVERIFY(OutputCondition::parse(QStringLiteral("n=2.5"))->matches({{"n", 2.5}}));
        QVERIFY(OutputCondition::parse(QStringLiteral("ok=true"))->matches({{"ok", true}}));
        QVERIFY(OutputCondition::parse(QStringLiteral("ok="))->matches({{"ok", QJsonValue()}}));
        QVERIFY(OutputCondition::parse(QStringLiteral("ok="))->matches({}));
        QVERIFY(!OutputCondition::parse(QStringLiteral("ok=true"))->matches({{"ok", "yes"}}));
    }
};

QTEST_APPLESS_MAIN(TestOutcomeFacets)
#include "tst_outcomefacets.moc"
