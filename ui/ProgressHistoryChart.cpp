#include "ProgressHistoryChart.h"
#include "ChartStyle.h"

#include "BadgeColors.h"
#include "DisplayText.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFontMetricsF>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace revox {

namespace {
constexpr int kMaxSamples = 2000;
}

ProgressHistoryChart::ProgressHistoryChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("progressChart"));
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    m_completed = new QLineSeries(chart);
    m_completed->setName(tr("Completed"));
    m_failed = new QLineSeries(chart);
    m_failed->setName(tr("Failed"));
    m_calling = new QLineSeries(chart);
    m_calling->setName(tr("In progress"));
    setToolTip(tr("Completed, failed and in-progress rows over time"));
    setAccessibleName(tr("Progress over time"));
    ChartStyle::makeFocusable(this);
    for (QLineSeries *s : {m_completed, m_failed, m_calling}) {
        s->setPointsVisible(true); // a lone first sample still shows
        chart->addSeries(s);
    }
    m_time = new QDateTimeAxis(chart);
    m_time->setFormat(DisplayText::minuteFormat());
    m_time->setTickCount(4);
    m_rows = new QValueAxis(chart);
    m_rows->setLabelFormat(QStringLiteral("%d"));
    m_rows->setTickCount(3);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_rows, Qt::AlignLeft);
    for (QLineSeries *s : {m_completed, m_failed, m_calling}) {
        s->attachAxis(m_time);
        s->attachAxis(m_rows);
    }
    setChart(chart);
    // The row axis gets as many labels as the plot's height holds.
    connect(chart, &QChart::plotAreaChanged, this, &ProgressHistoryChart::fitRowTicks);
    setMinimumSize(300, 170);
    applyPalette();
    rebuild();
}

void ProgressHistoryChart::setHistory(const QList<Sample> &samples)
{
    m_samples = samples;
    rebuild();
}

void ProgressHistoryChart::addSample(const Sample &sample)
{
    if (!m_samples.isEmpty() && m_samples.last().stats == sample.stats && m_samples.size() > 1 &&
        m_samples.at(m_samples.size() - 2).stats == sample.stats) {
        m_samples.last().at = sample.at; // a flat stretch: move its end instead of adding
    } else {
        m_samples.append(sample);
    }
    while (m_samples.size() > kMaxSamples) {
        m_samples.removeFirst();
    }
    rebuild();
}

void ProgressHistoryChart::rebuild()
{
    QList<QPointF> completed;
    QList<QPointF> failed;
    QList<QPointF> calling;
    qint64 maxValue = 1;
    for (const Sample &s : std::as_const(m_samples)) {
        const double x = double(s.at.toMSecsSinceEpoch());
        completed << QPointF(x, double(s.stats.completed));
        failed << QPointF(x, double(s.stats.failed));
        calling << QPointF(x, double(s.stats.calling));
        maxValue = std::max({maxValue, s.stats.completed, s.stats.failed, s.stats.calling});
    }
    m_completed->replace(completed);
    m_failed->replace(failed);
    m_calling->replace(calling);
    QDateTime start = m_samples.isEmpty() ? QDateTime::currentDateTime() : m_samples.first().at;
    QDateTime end = m_samples.isEmpty() ? start : m_samples.last().at;
    // Whole minutes at both ends, and no more time labels than minutes: the labels read to
    // the minute, so that each says another time.
    start = start.addSecs(-start.time().second()).addMSecs(-start.time().msec());
    if (end.time().second() != 0 || end.time().msec() != 0)
        end = end.addSecs(60 - end.time().second()).addMSecs(-end.time().msec());
    if (start.secsTo(end) < 60) {
        end = start.addSecs(60);
    }
    m_time->setTickCount(int(std::clamp<qint64>(start.secsTo(end) / 60 + 1, 2, 4)));
    m_time->setRange(start, end);
    m_maxValue = maxValue;
    fitRowTicks();
    describe();
}

void ProgressHistoryChart::fitRowTicks()
{
    // Qt Charts gives each label of a vertical axis an equal band of the plot's height, less
    // 4 px above and below, and cuts a label to "..." when the band is lower than its text:
    // no more labels than fit, at round steps (1, 2 or 5 times a power of ten).
    const qreal band = QFontMetricsF(m_rows->labelsFont()).height() + 1 + 2 * 4 + 2;
    const qreal height = chart()->plotArea().height();
    const int fit = height > 0 ? int(height / band) : 3;
    const int most = std::clamp(fit, 2, 6);
    const qint64 top = std::max<qint64>(m_maxValue, 1);
    qint64 step = 1;
    for (qint64 magnitude = 1; step * (most - 1) < top; magnitude *= 10) {
        for (const qint64 m : {1, 2, 5}) {
            step = m * magnitude;
            if (step * (most - 1) >= top)
                break;
        }
    }
    const int ticks = int((top + step - 1) / step) + 1;
    if (m_rows->tickCount() != ticks)
        m_rows->setTickCount(ticks);
    const double max = double(step) * (ticks - 1);
    if (m_rows->min() != 0 || m_rows->max() != max)
        m_rows->setRange(0, max);
}

void ProgressHistoryChart::describe()
{
    if (m_samples.isEmpty()) {
        m_summary = tr("No progress samples yet.");
    } else {
        const QLocale locale;
        const Sample &last = m_samples.last();
        m_summary =
            tr("%n sample(s) since %1; now %2 completed, %3 failed, %4 in progress.", nullptr,
               int(m_samples.size()))
                .arg(DisplayText::dateAndTime(m_samples.first().at.toLocalTime()),
                     locale.toString(last.stats.completed), locale.toString(last.stats.failed),
                     locale.toString(last.stats.calling));
    }
    setAccessibleDescription(m_summary);
    emit historyShown();
}

QStringList ProgressHistoryChart::dataHeader()
{
    return {tr("Time"),        tr("Completed"),        tr("Failed"),
            tr("In progress"), tr("Waiting to retry"), tr("Not called yet"),
            tr("Total")};
}

QList<QStringList> ProgressHistoryChart::data() const
{
    QList<QStringList> out;
    for (const Sample &s : m_samples) {
        out.append({s.at.toString(Qt::ISODate), QString::number(s.stats.completed),
                    QString::number(s.stats.failed), QString::number(s.stats.calling),
                    QString::number(s.stats.retry), QString::number(s.stats.pending),
                    QString::number(s.stats.total)});
    }
    return out;
}

void ProgressHistoryChart::applyPalette()
{
    QChart *c = chart();
    const QPalette pal = palette();
    ChartStyle::applyPalette(c, pal, font());
    const QColor grid = pal.color(QPalette::Midlight);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_time), static_cast<QAbstractAxis *>(m_rows)}) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setLabelsFont(font());
    }
    auto pen = [](const QColor &color) {
        QPen p(color);
        p.setWidthF(2.0);
        return p;
    };
    m_completed->setPen(pen(BadgeColors::completed()));
    m_failed->setPen(pen(BadgeColors::failed()));
    m_calling->setPen(pen(BadgeColors::calling()));
    setBackgroundBrush(pal.color(QPalette::Base));
}

void ProgressHistoryChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && chart()) {
        applyPalette();
    }
    QChartView::changeEvent(event);
}

} // namespace revox
