// JsonText: one text for a free-form JSON value, the same in the table, the CSV and the detail.
#include "JsonText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using revox::JsonText;

class TestJsonText : public QObject
{
    Q_OBJECT
private slots:
    void compact_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("string") << QJsonValue(QStringLiteral("yes")) << "yes";
        QTest::newRow("integer") << QJsonValue(42) << "42";
        QTest::newRow("negative integer") << QJsonValue(-7) << "-7";
        QTest::newRow("integral double") << QJsonValue(3.0) << "3";
        QTest::newRow("fraction") << QJsonValue(0.1) << "0.1";
        QTest::newRow("many digits") << QJsonValue(1234567.891) << "1234567.891";
        QTest::newRow("big") << QJsonValue(9007199254740991.0) << "9007199254740991";
        QTest::newRow("beyond exact") << QJsonValue(1e300) << "1e+300";
        QTest::newRow("true") << QJsonValue(true) << "true";
        QTest::newRow("false") << QJsonValue(false) << "false";
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << "";
        QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << "";
        QTest::newRow("array") << QJsonValue(QJsonArray{1, QStringLiteral("a")}) << "[1,\"a\"]";
        QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("k"), 1}}) << "{\"k\":1}";
    }
    void compact()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QCOMPARE(JsonText::compact(value), expected);
    }

    void indented()
    {
        // Tool arguments as people read them: an object, or a string holding one, indented.
        QCOMPARE(JsonText::indented(QJsonValue(QStringLiteral("press 1"))),
                 QStringLiteral("press 1"));
        QVERIFY(JsonText::indented(QJsonValue(QStringLiteral("{\"digit\":\"1\"}")))
                    .contains(QStringLiteral("\"digit\": \"1\"")));
        QVERIFY(JsonText::indented(QJsonObject{{QStringLiteral("reason"), QStringLiteral("done")}})
                    .contains(QStringLiteral("\"reason\": \"done\"")));
        QCOMPARE(JsonText::indented(QJsonValue::Null), QString());
        // Numbers as compact() writes them, not rounded to six digits.
        QCOMPARE(JsonText::indented(1234567.891), QStringLiteral("1234567.891"));
        QCOMPARE(JsonText::indented(QStringLiteral("[1")), QStringLiteral("[1"));
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
