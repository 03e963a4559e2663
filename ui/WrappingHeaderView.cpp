#include "WrappingHeaderView.h"

#include <QStyleOptionHeader>

namespace revox {

WrappingHeaderView::WrappingHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setTextElideMode(Qt::ElideNone); // the label is made to fit; never cut it
    setDefaultAlignment(Qt::AlignCenter);
    setSectionsClickable(true); // as a table's own header: a click sorts
}

QString WrappingHeaderView::twoLines(const QString &text, const QFontMetrics &metrics)
{
    if (text.contains(QLatin1Char('\n')))
        return text;
    QString best = text;
    int bestWidth = metrics.horizontalAdvance(text);
    for (qsizetype at = text.indexOf(QLatin1Char(' ')); at > 0;
         at = text.indexOf(QLatin1Char(' '), at + 1)) {
        const QString first = text.left(at);
        const QString second = text.mid(at + 1);
        const int width =
            std::max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second));
        if (width < bestWidth) {
            bestWidth = width;
            best = first + QLatin1Char('\n') + second;
        }
    }
    return best;
}

void WrappingHeaderView::initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    option->text = twoLines(option->text, option->fontMetrics);
}

QSize WrappingHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    // The base measures the label on one line; take that line out and put the two in.
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    if (!model())
        return size;
    const QString text =
        model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    QFont font = this->font();
    const QVariant headerFont = model()->headerData(logicalIndex, orientation(), Qt::FontRole);
    if (headerFont.canConvert<QFont>())
        font = qvariant_cast<QFont>(headerFont);
    font.setBold(true); // the base measures as if the section were highlighted
    const QFontMetrics metrics(font);
    const QSize one = metrics.size(0, text);
    const QSize two = metrics.size(0, twoLines(text, metrics));
    size.setWidth(size.width() - one.width() + two.width());
    size.setHeight(std::max(size.height(), size.height() - one.height() + two.height()));
    return size;
}

} // namespace revox
