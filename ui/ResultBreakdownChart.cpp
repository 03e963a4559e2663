#include "ResultBreakdownChart.h"
#include "ChartStyle.h"

#include "BadgeColors.h"
#include "DisplayText.h"
#include "HumanText.h"
#include "Theme.h"

#include <QChart>
#include <QEvent>
#include <QFontMetrics>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>

namespace revox {

namespace {
constexpr int kMinimumHeight = 170;
const char *const kOrder[] = {
    "not_called", "in_progress",          "human",       "voicemail", "IVR",
    "unknown",    "ios-screening-filter", "not_reached", "skipped"};
} // namespace

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
    setMinimumSize(260, kMinimumHeight);
    setAccessibleName(tr("Where the rows stand"));
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
    m_data.clear();
    QStringList keys;
    for (const char *k : kOrder)
        keys << QString::fromLatin1(k);
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (!keys.contains(it.key()) && it.key() != QLatin1String("all"))
            keys << it.key(); // a result the API added later: shown as sent
    }
    int total = 0;
    for (const QString &key : std::as_const(keys))
        total += std::max(0, m_counts.value(key));
    const QLocale locale;
    QStringList spoken;
    for (const QString &key : std::as_const(keys)) {
        const int value = m_counts.value(key);
        if (value <= 0)
            continue;
        const QString name = HumanText::resultName(key);
        const QString count = locale.toString(value);
        spoken << tr("%1 %2").arg(name, count);
        m_data.append({key, name, count, DisplayText::percent(100.0 * value / total, 1)});
        QPieSlice *slice = m_series->append(QStringLiteral("%1  %2").arg(name, count), value);
        slice->setColor(BadgeColors::forOutcome(key));
        slice->setBorderColor(palette().color(QPalette::Base));
    }
    if (total == 0) {
        m_summary = tr("No rows yet.");
        QPieSlice *slice = m_series->append(tr("No rows yet"), 1);
        slice->setColor(palette().color(QPalette::Midlight));
        slice->setBorderColor(palette().color(QPalette::Base));
    } else {
        m_summary = tr("Of %Ln row(s): %1.", nullptr, total).arg(spoken.join(QStringLiteral(", ")));
    }
    // Every legend entry below the one before: as high as they need (Qt Charts cuts the
    // entries that do not fit off the bottom).
    const QFontMetrics legend(chart()->legend()->font());
    const int entries = std::max(1, int(m_series->count()));
    setMinimumHeight(std::max(kMinimumHeight, entries * (legend.height() + 8) + 50));
    setAccessibleDescription(m_summary);
    emit countsShown();
}

void ResultBreakdownChart::applyPalette()
{
    QChart *c = chart();
    const QPalette pal = palette();
    ChartStyle::applyPalette(c, pal, font());
    QFont legend = font();
    legend.setPointSizeF(legend.pointSizeF() * 0.78);
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
