#include "CsvWriter.h"

namespace revox {

bool CsvWriter::isE164PhoneNumber(const QString &cell)
{
    if (cell.size() < 3 || cell.size() > 16 || cell.front() != QLatin1Char('+'))
        return false;
    if (cell.at(1) < QLatin1Char('1') || cell.at(1) > QLatin1Char('9'))
        return false;
    for (qsizetype i = 2; i < cell.size(); ++i) {
        if (cell.at(i) < QLatin1Char('0') || cell.at(i) > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool CsvWriter::looksLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return !isE164PhoneNumber(cell);
    default:
        return false;
    }
}

QString CsvWriter::escapeCell(const QString &cell)
{
    QString out = looksLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
    bool needsQuotes = false;
    for (const QChar c : std::as_const(out)) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r')) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return out;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

void CsvWriter::appendRecord(QByteArray &out, const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        out += escapeCell(cells.at(i)).toUtf8();
    }
    out += "\r\n";
}

} // namespace revox
