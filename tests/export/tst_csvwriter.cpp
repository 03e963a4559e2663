#include "CsvWriter.h"

#include <QTest>

using namespace revox;

// One CSV cell at a time: RFC 4180 quoting and OWASP formula neutralisation.
class TestCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void escapeCell_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Jean"
                               << "Jean";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "Dupont, Jean"
                               << "\"Dupont, Jean\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("only quote") << "\""
                                    << "\"\"\"\"";
        QTest::newRow("newline") << "line1\nline2"
                                 << "\"line1\nline2\"";
        QTest::newRow("crlf inside") << "a\r\nb"
                                     << "\"a\r\nb\"";
        QTest::newRow("formula =") << "=1+1"
                                   << "'=1+1";
        QTest::newRow("formula = with comma") << "=SUM(A1,A2)"
                                              << "\"'=SUM(A1,A2)\"";
        QTest::newRow("hyperlink") << "=HYPERLINK(\"http://x\",\"y\")"
                                   << "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"";
        QTest::newRow("plus formula") << "+1+cmd"
                                      << "'+1+cmd";
        QTest::newRow("minus") << "-2+3"
                               << "'-2+3";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\tx"
                             << "'\tx";
        QTest::newRow("carriage return") << "\rx"
                                         << "\"'\rx\"";
        QTest::newRow("e164 kept") << "+33612345678"
                                   << "+33612345678";
        QTest::newRow("e164 us kept") << "+14155552671"
                                      << "+14155552671";
        QTest::newRow("e164 shortest kept") << "+12"
                                            << "+12";
        QTest::newRow("e164 15 digits kept") << "+123456789012345"
                                             << "+123456789012345";
        QTest::newRow("16 digits not e164") << "+1234567890123456"
                                            << "'+1234567890123456";
        QTest::newRow("plus zero not e164") << "+0612345678"
                                            << "'+0612345678";
        QTest::newRow("phone with spaces") << "+33 6 12 34 56 78"
                                           << "'+33 6 12 34 56 78";
        QTest::newRow("e164 then formula") << "+33612345678+cmd"
                                           << "'+33612345678+cmd";
        QTest::newRow("equals later is fine") << "a=b"
                                              << "a=b";
        QTest::newRow("unicode") << QStringLiteral("Zoë 東京 🚀") << QStringLiteral("Zoë 東京 🚀");
        QTest::newRow("unicode formula") << QStringLiteral("=ç") << QStringLiteral("'=ç");
        QTest::newRow("leading space kept") << " =1"
                                            << " =1";
    }
    void escapeCell()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::escapeCell(cell), expected);
    }

    void recordIsUtf8WithCrlf()
    {
        QByteArray out;
        CsvWriter::appendRecord(out, {QStringLiteral("a"), QStringLiteral("é,"), QString()});
        CsvWriter::appendRecord(out, {QStringLiteral("=x")});
        QCOMPARE(out, QByteArray("a,\"\xC3\xA9,\",\r\n'=x\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
