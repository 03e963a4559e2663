#include "ChartStyle.h"

#include <QChart>
#include <QLegend>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWidget>

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

void ChartStyle::makeFocusable(QWidget *view)
{
    view->setFocusPolicy(Qt::TabFocus);
    view->setStyleSheet(
        QStringLiteral("QGraphicsView { border: 2px solid transparent; }"
                       "QGraphicsView:focus { border-color: palette(highlight); }"));
}

QScrollArea *ChartStyle::addScrollArea(QWidget *view)
{
    auto *outer = new QVBoxLayout(view);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(view);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    outer->addWidget(scroll);
    return scroll;
}

} // namespace revox
