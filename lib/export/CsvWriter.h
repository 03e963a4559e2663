#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace revox {

// RFC 4180 records in UTF-8 with CRLF line ends, each cell guarded against spreadsheet
// formula injection (OWASP): a cell starting with = + - @ TAB or CR gets a leading '
// unless it is an E.164 phone number such as +33612345678, which is kept as it is.
class CsvWriter
{
public:
    // True when a spreadsheet would run the cell as a formula.
    static bool looksLikeFormula(const QString &cell);
    // "+" then 2 to 15 digits, the first not 0.
    static bool isE164PhoneNumber(const QString &cell);
    // The cell as written: neutralised, then quoted when it holds , " CR or LF.
    static QString escapeCell(const QString &cell);
    // One record, cells escaped and joined, ending in CRLF; appended to out as UTF-8.
    static void appendRecord(QByteArray &out, const QStringList &cells);
};

} // namespace revox
