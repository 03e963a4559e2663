#include "ApiBodyReader.h"
#include "Fixtures.h"
#include "ReaderComparison.h"
#include "SimdRowsPageReader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace revox;
using namespace Qt::StringLiterals;

namespace {

// Every member path of a JSON value ("rows[0].call.status"), nested ones included.
void memberPaths(const QJsonValue &v, const QString &path, QStringList &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString at = path.isEmpty() ? it.key() : path + u'.' + it.key();
            out << at;
            memberPaths(it.value(), at, out);
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size() && i < 2; ++i) {
            const QString at = path + u'[' + QString::number(i) + u']';
            out << at;
            memberPaths(a.at(i), at, out);
        }
    }
}

QStringList fixtureNames()
{
    return QDir(QStringLiteral(REVOX_SEEDS_DIR)).entryList(QDir::Files, QDir::Name);
}

} // namespace

// The simdjson rows-page reader against the QJsonDocument reader, body by body.
class TestSimdRowsReader : public QObject
{
    Q_OBJECT

private slots:
    void everyFixture()
    {
        const QStringList names = fixtureNames();
        QVERIFY(names.size() > 10);
        for (const QString &name : names)
            compareRowsPageReaders(fixtures::read(name), name);
    }

    void everyMemberReplaced()
    {
        const QJsonValue replacements[] = {QJsonValue(QJsonValue::Undefined),
                                           QJsonValue(QJsonValue::Null),
                                           QJsonValue(true),
                                           QJsonValue(qint64(42)),
                                           QJsonValue(2.5),
                                           QJsonValue(-1e300),
                                           QJsonValue(qint64(9007199254740993LL)),
                                           QJsonValue(u"not_a_known_value"_s),
                                           QJsonValue(u"2026-12-07T10:00:00Z"_s),
                                           QJsonValue(u"caf\u00e9 \U0001F600"_s),
                                           QJsonValue(QJsonArray{1, u"x"_s}),
                                           QJsonValue(QJsonObject{{u"k"_s, 1}})};
        int bodies = 0;
        for (const QString &name : {u"rows-page.json"_s, u"seed-rows-page.json"_s}) {
            const QByteArray body = fixtures::read(name);
            QStringList paths;
            memberPaths(QJsonDocument::fromJson(body).object(), QString(), paths);
            for (const QString &path : std::as_const(paths)) {
                for (const QJsonValue &value : replacements) {
                    compareRowsPageReaders(fixtures::withValue(body, path, value),
                                           name + u' ' + path);
                    if (QTest::currentTestFailed())
                        return;
                    ++bodies;
                }
            }
        }
        QVERIFY(bodies > 1000);
    }

    void numbersAsWritten()
    {
        const QByteArray body = fixtures::read(u"rows-page.json"_s);
        const QByteArray marker = "\"row_index\":";
        for (const QByteArray number :
             {"0", "-0", "1.0", "1e2", "1E-2", "9223372036854775807", "9223372036854775808",
              "-9223372036854775808", "-9223372036854775809", "123456789012345678901234567890",
              "1e400", "01", "1.", "-", "2.5e+3", "0.1"}) {
            QByteArray edited = QJsonDocument::fromJson(body).toJson(QJsonDocument::Compact);
            const qsizetype at = edited.indexOf(marker) + marker.size();
            qsizetype end = at;
            while (end < edited.size() && edited.at(end) != ',' && edited.at(end) != '}')
                ++end;
            edited.replace(at, end - at, number);
            compareRowsPageReaders(edited, QString::fromLatin1(number));
        }
    }

    void textsAsWritten()
    {
        const QByteArray body = fixtures::read(u"rows-page.json"_s);
        for (const QByteArray &text :
             {QByteArray("\"a\\u00e9\\ud83d\\ude00\""), QByteArray("\"\\ud800\""),
              QByteArray("\"tab\there\""), QByteArray("\"\\u0000\""), QByteArray("\"\xc3\""),
              QByteArray("\"\xed\xa0\x80\""), QByteArray("\"\\/\\b\\f\\n\\r\\t\"")}) {
            QByteArray edited = QJsonDocument::fromJson(body).toJson(QJsonDocument::Compact);
            const QByteArray marker = "\"phone_number\":";
            const qsizetype at = edited.indexOf(marker) + marker.size();
            const qsizetype end = edited.indexOf('"', at + 1) + 1;
            edited.replace(at, end - at, text);
            compareRowsPageReaders(edited, QString::fromLatin1(text.toHex()));
        }
    }

    void duplicateMembersAndOrder()
    {
        const QByteArray body = QJsonDocument::fromJson(fixtures::read(u"rows-page.json"_s))
                                    .toJson(QJsonDocument::Compact);
        QByteArray twice = body;
        twice.replace("\"row_index\":", "\"row_index\":7,\"row_index\":");
        compareRowsPageReaders(twice, u"duplicate row_index"_s);
        QByteArray topTwice = body;
        topTwice.replace("{\"page\":", "{\"page\":9,\"page\":");
        compareRowsPageReaders(topTwice, u"duplicate page"_s);
        compareRowsPageReaders("{\"rows\":[{\"row_index\":\"x\",\"id\":\"r\",\"phone_number\":1}]}",
                               u"members out of order"_s);
        compareRowsPageReaders("{\"rows\":[1,{\"id\":2},{\"id\":\"a\",\"call\":5}],\"page\":\"1\"}",
                               u"broken rows"_s);
        compareRowsPageReaders(QByteArray(2000, '[') + QByteArray(2000, ']'), u"deep"_s);
        compareRowsPageReaders("{\"rows\":[]} x", u"trailing"_s);
        compareRowsPageReaders("", u"empty"_s);
        compareRowsPageReaders("[]", u"array"_s);
        compareRowsPageReaders("{\"rows\":{}}", u"rows object"_s);
    }

    void truncatedBodies()
    {
        const QByteArray body = fixtures::read(u"rows-page.json"_s);
        for (qsizetype cut = 0; cut < body.size(); cut += qMax<qsizetype>(1, body.size() / 200))
            compareRowsPageReaders(body.left(cut), u"cut at "_s + QString::number(cut));
    }

    void manyProblemsCounted()
    {
        QByteArray body = "{\"page\":\"x\",\"rows\":[";
        for (int i = 0; i < 1500; ++i)
            body += (i ? "," : "") + QByteArray("{\"id\":\"r") + QByteArray::number(i) + "\"}";
        body += "]}";
        compareRowsPageReaders(body, u"1500 broken rows"_s);
    }

    void deepNesting()
    {
        // Values nested past what QJsonDocument reads, inside a row and beside the rows:
        // the same outcome as the reference reader (which refuses the body), and no stack
        // run out on the way.
        for (const int depth : {1000, 1100, 100000}) {
            const QByteArray deep = QByteArray(depth, '[') + QByteArray(depth, ']');
            compareRowsPageReaders("{\"campaign\":" + deep + ",\"rows\":[]}",
                                   u"beside the rows, depth "_s + QString::number(depth));
            compareRowsPageReaders("{\"rows\":[{\"id\":\"a\",\"row_index\":0,"
                                   "\"phone_number\":\"+1\",\"input_data\":{\"x\":" +
                                       deep + "}}]}",
                                   u"inside a row, depth "_s + QString::number(depth));
        }
        const auto parsed = json::parseRowsPageSimd("{\"campaign\":" + QByteArray(100000, '[') +
                                                    QByteArray(100000, ']') + "}");
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.fatal->contains(u"too deeply nested"_s), qPrintable(*parsed.fatal));
    }
};

QTEST_GUILESS_MAIN(TestSimdRowsReader)
#include "tst_simdrowsreader.moc"
