#include "CsvReader.h"

namespace revox::test {

QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool nextIsQuote = i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"');
        const bool nextIsLineFeed = i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n');
        if (quoted) {
            if (c == QLatin1Char('"') && nextIsQuote)
                cell += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                cell += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r') && nextIsLineFeed) {
            record << cell;
            records << record;
            record.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !record.isEmpty())
        records << (record << cell);
    return records;
}

} // namespace revox::test
