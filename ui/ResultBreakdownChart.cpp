#include "ResultBreakdownChart.h"
#include "ChartStyle.h"

#include "BadgeColors.h"
#include "HumanText.h"
#include "Theme.h"

#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>

namespace revox {

namespace {
const char *const kOrder[] = {"human", "voicemail", "IVR", "unknown", "ios-screening-filter",
                              "none"};
}

ResultBreakdownChart::ResultBreakdownChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("resultChart"));
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    m_series = new QPieSeries(chart);
    m_series->setHoleSize(0.55);
    m_series->setPieSize(0.9);
    chart->addSeries(m_series);
    setChart(chart);
    setMinimumSize(260, 170);
    setAccessibleName(tr("Results of answered calls"));
    ChartStyle::makeFocusable(this);
    applyPalette();
    rebuild();
}

void ResultBreakdownChart::setCounts(const QHash<QString, int> &counts)
{
    if (counts == m_counts) {
        return;
    }
    m_counts = counts;
    rebuild();
}

void ResultBreakdownChart::rebuild()
{
    m_series->clear();
    int total = 0;
    QStringList spoken;
    QStringList keys;
    for (const char *k : kOrder) {
        keys << QString::fromLatin1(k);
    }
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (!keys.contains(it.key(), Qt::CaseInsensitive) && it.key() != QLatin1String("all")) {
            keys << it.key();
        }
    }
    for (const QString &key : keys) {
        int value = 0;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
            if (it.key().compare(key, Qt::CaseInsensitive) == 0) {
                value += it.value();
            }
        }
        if (value <= 0) {
            continue;
        }
        total += value;
        const QString count = QLocale().toString(value);
        spoken << tr("%1: %2").arg(HumanText::resultName(key), count);
        QPieSlice *slice = m_series->append(
            QStringLiteral("%1  %2").arg(HumanText::resultName(key), count), value);
        slice->setColor(BadgeColors::forResult(key));
        slice->setBorderColor(palette().color(QPalette::Base));
    }
    if (total == 0) {
        spoken << tr("No calls yet");
        QPieSlice *slice = m_series->append(tr("No calls yet"), 1);
        slice->setColor(palette().color(QPalette::Midlight));
        slice->setBorderColor(palette().color(QPalette::Base));
    }
    setAccessibleDescription(spoken.join(QStringLiteral(", ")));
}

void ResultBreakdownChart::applyPalette()
{
    QChart *c = chart();
    const QPalette pal = palette();
    ChartStyle::applyPalette(c, pal, font());
    QFont legend = font();
    legend.setPointSizeF(legend.pointSizeF() * 0.9);
    c->legend()->setFont(legend);
    setBackgroundBrush(pal.color(QPalette::Base));
}

void ResultBreakdownChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && chart()) {
        applyPalette();
        rebuild();
    }
    QChartView::changeEvent(event);
}

} // namespace revox
