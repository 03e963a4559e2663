#include "Row.h"
#include "SharedOptional.h"

#include <QTest>

#include <functional>
#include <optional>

using namespace revox;

namespace {

using Box = SharedOptional<QString>;
using Write = std::function<void(Box &)>;
using OptionalText = std::optional<QString>;

} // namespace

Q_DECLARE_METATYPE(Write)
Q_DECLARE_METATYPE(OptionalText)

// The copy-on-write optional box that holds a row's call and a call's separate last attempt.
class TestSharedOptional : public QObject
{
    Q_OBJECT

private slots:
    void emptyByDefault();
    void writeDetachesOnlyTheWrittenCopy_data();
    void writeDetachesOnlyTheWrittenCopy();
    void readingKeepsTheValueShared();
    void writingAnUnsharedBoxKeepsItsValueObject();
    void equality_data();
    void equality();
    void valueOfAnEmptyBoxThrows();
    void fromStdOptional_data();
    void fromStdOptional();
    void rowCopiesShareTheCallUntilOneIsWritten();
};

void TestSharedOptional::emptyByDefault()
{
    const Box box;
    QVERIFY(!box.has_value());
    QVERIFY(!box);
    QVERIFY(box == std::nullopt);
    QVERIFY(box == Box(std::nullopt));
    QVERIFY(sizeof(Row) < 200);
    // A spoken transcript line carries a pointer for the tool fields, not the fields.
    QVERIFY(sizeof(TranscriptEntry) < sizeof(TranscriptTool));
}

void TestSharedOptional::writeDetachesOnlyTheWrittenCopy_data()
{
    QTest::addColumn<Write>("write");
    QTest::addColumn<OptionalText>("expected"); // the written copy afterwards

    QTest::newRow("operator->") << Write([](Box &b) { b->append(QStringLiteral("!")); })
                                << OptionalText(QStringLiteral("first!"));
    QTest::newRow("operator*") << Write([](Box &b) { *b = QStringLiteral("second"); })
                               << OptionalText(QStringLiteral("second"));
    QTest::newRow("value()") << Write([](Box &b) { b.value().chop(1); })
                             << OptionalText(QStringLiteral("firs"));
    QTest::newRow("assign a value") << Write([](Box &b) { b = QStringLiteral("third"); })
                                    << OptionalText(QStringLiteral("third"));
    QTest::newRow("emplace") << Write([](Box &b) { b.emplace(3, QLatin1Char('x')); })
                             << OptionalText(QStringLiteral("xxx"));
    QTest::newRow("reset") << Write([](Box &b) { b.reset(); }) << OptionalText();
    QTest::newRow("assign nullopt") << Write([](Box &b) { b = std::nullopt; }) << OptionalText();
}

void TestSharedOptional::writeDetachesOnlyTheWrittenCopy()
{
    QFETCH(Write, write);
    QFETCH(OptionalText, expected);

    const Box original(QStringLiteral("first"));
    Box copy = original;
    QVERIFY(copy.sharesValueWith(original));

    write(copy);

    QCOMPARE(*original, QStringLiteral("first"));
    QCOMPARE(copy.has_value(), expected.has_value());
    if (expected)
        QCOMPARE(*copy, *expected);
    QVERIFY(!copy.sharesValueWith(original));
    QCOMPARE(copy == original, expected == OptionalText(QStringLiteral("first")));
}

void TestSharedOptional::readingKeepsTheValueShared()
{
    Box original(QStringLiteral("shared"));
    const Box copy = original;
    QCOMPARE(copy->size(), 6);
    QCOMPARE(*copy, QStringLiteral("shared"));
    QCOMPARE(copy.value(), QStringLiteral("shared"));
    QCOMPARE(std::as_const(original)->size(), 6);
    QVERIFY(copy.sharesValueWith(original));
}

void TestSharedOptional::writingAnUnsharedBoxKeepsItsValueObject()
{
    Box box(QStringLiteral("alone"));
    const QString *before = &*std::as_const(box);
    box->append(QStringLiteral("!"));
    box = QStringLiteral("replaced");
    QCOMPARE(&*std::as_const(box), before);
    QCOMPARE(*box, QStringLiteral("replaced"));
}

void TestSharedOptional::equality_data()
{
    QTest::addColumn<OptionalText>("a");
    QTest::addColumn<OptionalText>("b");
    QTest::addColumn<bool>("equal");

    QTest::newRow("both empty") << OptionalText() << OptionalText() << true;
    QTest::newRow("empty, full") << OptionalText() << OptionalText(QStringLiteral("x")) << false;
    QTest::newRow("full, empty") << OptionalText(QStringLiteral("x")) << OptionalText() << false;
    QTest::newRow("same text") << OptionalText(QStringLiteral("x"))
                               << OptionalText(QStringLiteral("x")) << true;
    QTest::newRow("other text") << OptionalText(QStringLiteral("x"))
                                << OptionalText(QStringLiteral("y")) << false;
    QTest::newRow("empty text, empty box") << OptionalText(QString()) << OptionalText() << false;
}

void TestSharedOptional::equality()
{
    QFETCH(OptionalText, a);
    QFETCH(OptionalText, b);
    QFETCH(bool, equal);

    const Box boxA(a);
    const Box boxB(b);
    QCOMPARE(boxA == boxB, equal);
    QCOMPARE(boxB == boxA, equal);
    QCOMPARE(boxA != boxB, !equal);
    QCOMPARE(boxA == std::nullopt, !a.has_value());
    if (b)
        QCOMPARE(boxA == *b, equal);
    // NOLINTNEXTLINE(performance-unnecessary-copy-initialization): the copy is under test
    const Box copyA = boxA;
    QVERIFY(copyA == boxA);
}

void TestSharedOptional::valueOfAnEmptyBoxThrows()
{
    Box box;
    QVERIFY_THROWS_EXCEPTION(std::bad_optional_access, box.value());
    QVERIFY_THROWS_EXCEPTION(std::bad_optional_access, std::as_const(box).value());
    box.emplace(QStringLiteral("now"));
    QCOMPARE(box.value(), QStringLiteral("now"));
}

void TestSharedOptional::fromStdOptional_data()
{
    QTest::addColumn<OptionalText>("source");
    QTest::newRow("empty") << OptionalText();
    QTest::newRow("full") << OptionalText(QStringLiteral("text"));
}

void TestSharedOptional::fromStdOptional()
{
    QFETCH(OptionalText, source);
    const Box copied(source);
    OptionalText moved = source;
    const Box fromMoved(std::move(moved));
    for (const Box *box : {&copied, &fromMoved}) {
        QCOMPARE(box->has_value(), source.has_value());
        if (source)
            QCOMPARE(**box, *source);
    }
}

void TestSharedOptional::rowCopiesShareTheCallUntilOneIsWritten()
{
    Row row;
    row.id = QStringLiteral("r1");
    QVERIFY(row.call == std::nullopt);
    Call call;
    call.id = QStringLiteral("c1");
    call.callsCount = 1;
    row.call = call;

    Row copy = row;
    QVERIFY(copy.call.sharesValueWith(row.call));
    QCOMPARE(copy, row);

    copy.call->callsCount = 2;
    QCOMPARE(row.call->callsCount, 1);
    QCOMPARE(copy.call->callsCount, 2);
    QVERIFY(!(copy == row));

    copy.call->callsCount = 1;
    QCOMPARE(copy, row);
    QVERIFY(!copy.call.sharesValueWith(row.call));
}

QTEST_GUILESS_MAIN(TestSharedOptional)
#include "tst_sharedoptional.moc"
