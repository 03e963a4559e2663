#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace revox::cli {

// A plain-text table for terminals: a header, aligned columns (numbers to the right),
// cells kept on one line and shortened with an ellipsis past a maximum width.
class TextTable
{
public:
    explicit TextTable(QStringList header, int maxCellWidth = 40);

    // Marks a column as numeric: right-aligned.
    void setRightAligned(int column);
    void addRow(QStringList cells);
    qsizetype rowCount() const { return m_rows.size(); }
    // The table, each line ending in '\n'; trailing spaces trimmed.
    QString render() const;

    // Terminal columns a text takes (wide East Asian characters count two).
    static int displayWidth(const QString &text);

private:
    QString fit(const QString &cell) const;

    QStringList m_header;
    QList<QStringList> m_rows;
    QList<bool> m_rightAligned;
    int m_maxCellWidth;
};

} // namespace revox::cli
