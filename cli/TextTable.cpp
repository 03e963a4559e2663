#include "TextTable.h"

namespace revox::cli {

TextTable::TextTable(QStringList header, int maxCellWidth)
    : m_header(std::move(header))
    , m_rightAligned(m_header.size(), false)
    , m_maxCellWidth(std::max(4, maxCellWidth))
{
}

void TextTable::setRightAligned(int column)
{
    if (column >= 0 && column < m_rightAligned.size())
        m_rightAligned[column] = true;
}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_header.size())
        cells.append(QString());
    for (QString &cell : cells)
        cell = fit(cell);
    m_rows.append(std::move(cells));
}

static bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) ||
           (c >= 0x20000 && c <= 0x3FFFD);
}

int TextTable::displayWidth(const QString &text)
{
    int width = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        const QChar::Category cat = QChar::category(c);
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing ||
            cat == QChar::Other_Format)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString TextTable::fit(const QString &cell) const
{
    QString text = cell;
    for (QChar &c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t') ||
            c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    if (displayWidth(text) <= m_maxCellWidth)
        return text;
    QString out;
    int width = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        const int w = isWide(c) ? 2 : 1;
        if (width + w > m_maxCellWidth - 1)
            break;
        out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        width += w;
    }
    return out + QChar(0x2026);
}

QString TextTable::render() const
{
    QList<int> widths;
    for (const QString &h : m_header)
        widths.append(displayWidth(h));
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.value(i)));
    }
    auto line = [&](const QStringList &cells) {
        QString out;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            const QString pad(widths[i] - displayWidth(cell), QLatin1Char(' '));
            if (i > 0)
                out += QStringLiteral("  ");
            out += m_rightAligned.value(i) ? pad + cell : cell + pad;
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out + QLatin1Char('\n');
    };
    QString out = line(m_header);
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}

} // namespace revox::cli
