#include "ChartStyle.h"

#include <QChart>
#include <QLegend>

namespace revox {

void ChartStyle::applyPalette(QChart *chart, const QPalette &palette, const QFont &font)
{
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(palette.color(QPalette::Text));
    QFont title = font;
    title.setWeight(QFont::DemiBold);
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
}

} // namespace revox
