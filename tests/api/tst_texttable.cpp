#include "TextTable.h"

#include <QTest>

using revox::cli::TextTable;

// revox-cli's terminal tables: alignment, wide characters, one line per cell.
class TestTextTable : public QObject
{
    Q_OBJECT
private slots:
    void displayWidth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::newRow("ascii") << "abc" << 3;
        QTest::newRow("accented") << QStringLiteral("Zoë") << 3;
        QTest::newRow("combining") << QStringLiteral("Zoe\u0308") << 3;
        QTest::newRow("cjk") << QStringLiteral("東京") << 4;
        QTest::newRow("emoji") << QStringLiteral("🚀") << 2;
        QTest::newRow("empty") << "" << 0;
    }
    void displayWidth()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QCOMPARE(TextTable::displayWidth(text), width);
    }

    void alignsColumns()
    {
        TextTable table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("ROWS")});
        table.setRightAligned(2);
        table.addRow({QStringLiteral("c1"), QStringLiteral("東京 campaign"), QStringLiteral("5")});
        table.addRow({QStringLiteral("c22"), QStringLiteral("Short"), QStringLiteral("12000")});
        const QString out = table.render();
        QCOMPARE(out, QStringLiteral("ID   NAME            ROWS\n"
                                     "c1   東京 campaign      5\n"
                                     "c22  Short          12000\n"));
    }

    void cellsStayOnOneLineAndAreShortened()
    {
        TextTable table({QStringLiteral("A"), QStringLiteral("B")}, 10);
        table.addRow({QStringLiteral("line1\nline2\tx"), QStringLiteral("0123456789abcdef")});
        const QStringList lines = table.render().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("line1 lin")));
        QVERIFY(lines.at(1).endsWith(QStringLiteral("012345678…")));
    }
};

QTEST_GUILESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
