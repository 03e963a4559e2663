#include "CallTimingView.h"

#include "BadgeColors.h"
#include "CallTimingFindings.h"
#include "ChartCard.h"
#include "ChartStyle.h"
#include "CompactChartView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGridLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTime>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace revox {

namespace {

double rate(int part, int whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

// The step between hour labels for a plot this wide: every hour when there is room.
int hourLabelStep(qreal plotWidth)
{
    const qreal perHour = plotWidth / 24.0;
    return perHour >= 22 ? 1 : (perHour >= 11 ? 2 : 3);
}

} // namespace

CallTimingView::CallTimingView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("callTimingView"));
    setAccessibleName(tr("Call timing"));
    QScrollArea *scroll = ChartStyle::addScrollArea(this);
    auto *inner = new QWidget(scroll);
    m_grid = new QGridLayout(inner);
    m_grid->setContentsMargins(4, 4, 4, 4);
    m_grid->setSpacing(6);

    auto *hourAxis = new QValueAxis;
    hourAxis->setRange(-0.5, 23.5);
    hourAxis->setTickType(QValueAxis::TicksDynamic);
    hourAxis->setTickAnchor(0);
    hourAxis->setTickInterval(3);
    hourAxis->setLabelFormat(QStringLiteral("%.0f"));
    hourAxis->setGridLineVisible(false);
    m_hours =
        makeChart(new QStackedBarSeries, hourAxis, tr("By hour"), QStringLiteral("hourChart"));
    m_weekdays = makeChart(new QStackedBarSeries, new QBarCategoryAxis, tr("By weekday"),
                           QStringLiteral("weekdayChart"));
    for (Chart *c : {&m_hours, &m_weekdays}) {
        // A bar as tall as the answer rate, its lower part the share of attempts a person
        // answered. Hours or days with too few attempts to judge: one pale bar.
        auto *human = new QBarSet(tr("A person"));
        auto *answered = new QBarSet(tr("Answered, not a person"));
        auto *few = new QBarSet(tr("Under %1 attempts").arg(CallTiming::kMinAttemptsForBest));
        c->series->append(human);
        c->series->append(answered);
        c->series->append(few);
        c->sets = {human, answered, few};
        c->y->setRange(0, 100);
        c->y->setTickCount(3);
        c->y->setLabelFormat(tr("%1%", "an axis label, percent").arg(QStringLiteral("%.0f")));
    }
    m_attempts =
        makeChart(new QStackedBarSeries, new QBarCategoryAxis,
                  tr("Attempts needed to reach a person"), QStringLiteral("attemptsChart"));
    auto *reached = new QBarSet(tr("Reached"));
    auto *notReached = new QBarSet(tr("Not reached yet"));
    m_attempts.series->append(reached);
    m_attempts.series->append(notReached);
    m_attempts.sets = {reached, notReached};
    m_durations = makeChart(new QBarSeries, new QBarCategoryAxis, tr("Length of answered calls"),
                            QStringLiteral("durationChart"));
    auto *calls = new QBarSet(tr("Answered calls"));
    m_durations.series->append(calls);
    m_durations.sets = {calls};
    for (Chart *c : {&m_attempts, &m_durations}) {
        c->y->setLabelFormat(QStringLiteral("%.0f"));
        c->y->setTickCount(3);
    }
    static_cast<QBarCategoryAxis *>(m_attempts.x)
        ->append({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                  QStringLiteral("4+"), tr("Not yet")});
    // Axis labels are rich text: "<" escaped. Short forms, so that they fit under narrow bars.
    static_cast<QBarCategoryAxis *>(m_durations.x)
        ->append({tr("< 30 s", "short, under a bar").toHtmlEscaped(),
                  tr("30–60 s", "short, under a bar"), tr("1–2 min", "short, under a bar"),
                  tr("2–5 min", "short, under a bar"), tr("5 min +", "short, under a bar")});
    const QLocale locale;
    QStringList days;
    for (int d = 1; d <= 7; ++d)
        days << locale.dayName(d, QLocale::ShortFormat);
    static_cast<QBarCategoryAxis *>(m_weekdays.x)->append(days);

    arrange();
    scroll->setWidget(inner);
    connect(m_hours.view->chart(), &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        auto *hours = static_cast<QValueAxis *>(m_hours.x);
        const int step = hourLabelStep(plot.width());
        if (step != int(hours->tickInterval()))
            hours->setTickInterval(step);
    });

    for (Chart *c : {&m_hours, &m_weekdays, &m_attempts, &m_durations}) {
        for (QBarSet *set : std::as_const(c->sets)) {
            connect(set, &QBarSet::hovered, this,
                    [this, c](bool status, int index) { showToolTip(*c, status, index); });
        }
    }
    applyPalette();
    rebuild();
}

CallTimingView::Chart CallTimingView::makeChart(QAbstractBarSeries *series, QAbstractAxis *x,
                                                const QString &title, const QString &objectName)
{
    Chart c;
    c.view = new CompactChartView;
    c.view->setObjectName(objectName);
    c.view->setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->setLocalizeNumbers(true);
    c.series = series;
    c.series->setBarWidth(0.8);
    chart->addSeries(series);
    c.x = x;
    c.y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(c.y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(c.y);
    c.view->setChart(chart);
    c.view->setMinimumSize(220, 170);
    ChartStyle::makeFocusable(c.view);
    c.card = new ChartCard(title, c.view);
    c.card->setObjectName(objectName + QStringLiteral("Card"));
    return c;
}

void CallTimingView::setTiming(const CallTiming &timing, const QString &zoneName,
                               bool zoneFromConfig)
{
    m_timing = timing;
    m_zoneName = zoneName;
    m_zoneFromConfig = zoneFromConfig;
    rebuild();
}

QList<ChartCard *> CallTimingView::cards() const
{
    return {m_hours.card, m_weekdays.card, m_attempts.card, m_durations.card};
}

void CallTimingView::rebuild()
{
    const bool named = !m_zoneName.isEmpty();
    if (named && m_zoneFromConfig) {
        m_hours.card->setTitle(tr("By hour (%1)").arg(m_zoneName));
        m_weekdays.card->setTitle(tr("By weekday (%1)").arg(m_zoneName));
    } else if (named) {
        m_hours.card->setTitle(tr("By hour (your time: %1)").arg(m_zoneName));
        m_weekdays.card->setTitle(tr("By weekday (your time: %1)").arg(m_zoneName));
    } else {
        m_hours.card->setTitle(tr("By hour"));
        m_weekdays.card->setTitle(tr("By weekday"));
    }
    QStringList hours;
    for (int h = 0; h < 24; ++h)
        hours << CallTimingFindings::CallTimingFindings::hourRange(h);
    QStringList days;
    for (int d = 0; d < 7; ++d)
        days << CallTimingFindings::dayName(d);
    fillRates(m_hours, {m_timing.byHour.begin(), m_timing.byHour.end()}, hours, tr("Hour"),
              CallTimingFindings::byHour(m_timing), m_timing.hourRanking().dated);
    fillRates(m_weekdays, {m_timing.byWeekday.begin(), m_timing.byWeekday.end()}, days, tr("Day"),
              CallTimingFindings::byWeekday(m_timing), m_timing.weekdayRanking().dated);
    fillAttempts();
    fillDurations();
}

QStringList CallTimingView::durationNames() const
{
    return {tr("< 30 s"), tr("30 s – 1 min"), tr("1–2 min"), tr("2–5 min"), tr("5 min +")};
}

QString CallTimingView::bucketToolTip(const CallTiming::Bucket &bucket, const QString &when) const
{
    if (bucket.attempts == 0)
        return tr("%1: no calls").arg(when);
    return tr("%1: %2 answered, %3 a person (%Ln attempt(s))", nullptr, bucket.attempts)
        .arg(when, CallTimingFindings::share(bucket.answered, bucket.attempts),
             CallTimingFindings::share(bucket.human, bucket.attempts));
}

void CallTimingView::fillRateBars(const Chart &chart, const QList<CallTiming::Bucket> &buckets)
{
    QList<qreal> human;
    QList<qreal> answered;
    QList<qreal> few;
    bool anyFew = false;
    for (const CallTiming::Bucket &b : buckets) {
        const bool enough = b.attempts >= CallTiming::kMinAttemptsForBest;
        anyFew = anyFew || (b.attempts > 0 && !enough);
        human << (enough ? 100.0 * rate(b.human, b.attempts) : 0.0);
        answered << (enough ? 100.0 * rate(b.answered - b.human, b.attempts) : 0.0);
        few << (enough ? 0.0 : 100.0 * rate(b.answered, b.attempts));
    }
    const QList<QList<qreal>> values{human, answered, few};
    for (qsizetype i = 0; i < chart.sets.size(); ++i) {
        chart.sets.at(i)->remove(0, chart.sets.at(i)->count());
        chart.sets.at(i)->append(values.at(i));
    }
    const QList<QLegendMarker *> markers = chart.view->chart()->legend()->markers(chart.series);
    if (markers.size() == 3)
        markers.at(2)->setVisible(anyFew);
}

QStringList CallTimingView::rateRow(const QString &label, const CallTiming::Bucket &b)
{
    return {label,
            QString::number(b.attempts),
            QString::number(b.answered),
            QString::number(b.human),
            CallTimingFindings::share(b.answered, b.attempts),
            CallTimingFindings::share(b.human, b.attempts)};
}

void CallTimingView::fillRates(const Chart &chart, const QList<CallTiming::Bucket> &buckets,
                               const QStringList &labels, const QString &unit,
                               const QStringList &sentences, int dated)
{
    QList<QStringList> data;
    for (qsizetype i = 0; i < buckets.size(); ++i)
        data << rateRow(labels.at(i), buckets.at(i));
    fillRateBars(chart, buckets);
    chart.card->setSummary(sentences.join(QLatin1Char(' ')));
    chart.card->setData(
        {unit, tr("Attempts"), tr("Answered"), tr("A person"), tr("Answered %"), tr("A person %")},
        m_timing.attempts > 0 ? data : QList<QStringList>{});
    chart.view->chart()->setTitle(m_timing.attempts == 0 ? tr("No calls yet") : QString());
    chart.view->chart()->legend()->setVisible(dated > 0);
}

void CallTimingView::fillAttempts()
{
    const int reached = m_timing.rowsReached();
    const int called = reached + m_timing.calledNeverReached;
    QList<qreal> reachedValues;
    for (int n : m_timing.attemptsToReach)
        reachedValues << qreal(n);
    reachedValues << 0.0;
    m_attempts.sets.at(0)->remove(0, m_attempts.sets.at(0)->count());
    m_attempts.sets.at(0)->append(reachedValues);
    m_attempts.sets.at(1)->remove(0, m_attempts.sets.at(1)->count());
    m_attempts.sets.at(1)->append({0.0, 0.0, 0.0, 0.0, qreal(m_timing.calledNeverReached)});
    m_attempts.y->setRange(0,
                           std::max(1, std::max(*std::max_element(m_timing.attemptsToReach.begin(),
                                                                  m_timing.attemptsToReach.end()),
                                                m_timing.calledNeverReached)));
    m_attempts.y->applyNiceNumbers();

    const QStringList names{tr("1st attempt"), tr("2nd attempt"), tr("3rd attempt"),
                            tr("4th attempt or later"), tr("Not reached yet")};
    QList<QStringList> data;
    for (size_t i = 0; i < 4; ++i) {
        data << QStringList{names.at(qsizetype(i)), QString::number(m_timing.attemptsToReach[i]),
                            CallTimingFindings::share(m_timing.attemptsToReach[i], called)};
    }
    data << QStringList{names.at(4), QString::number(m_timing.calledNeverReached),
                        CallTimingFindings::share(m_timing.calledNeverReached, called)};

    m_attempts.card->setSummary(
        CallTimingFindings::attemptsToReach(m_timing).join(QLatin1Char(' ')));
    m_attempts.card->setData(
        {tr("Attempt that reached a person"), tr("Rows"), tr("Share of rows called")},
        called > 0 ? data : QList<QStringList>{});
    m_attempts.view->chart()->setTitle(called == 0 ? tr("No calls yet") : QString());
}

void CallTimingView::fillDurations()
{
    int total = 0;
    int most = 1;
    QList<qreal> values;
    for (int n : m_timing.durations) {
        total += n;
        most = std::max(most, n);
        values << qreal(n);
    }
    m_durations.sets.at(0)->remove(0, m_durations.sets.at(0)->count());
    m_durations.sets.at(0)->append(values);
    m_durations.y->setRange(0, most);
    m_durations.y->applyNiceNumbers();

    const QStringList names = durationNames();
    QList<QStringList> data;
    for (size_t i = 0; i < m_timing.durations.size(); ++i) {
        data << QStringList{names.value(qsizetype(i)), QString::number(m_timing.durations[i]),
                            CallTimingFindings::share(m_timing.durations[i], total)};
    }

    m_durations.card->setSummary(CallTimingFindings::durations(m_timing).join(QLatin1Char(' ')));
    m_durations.card->setData({tr("Length"), tr("Answered calls"), tr("Share")},
                              total > 0 ? data : QList<QStringList>{});
    m_durations.view->chart()->setTitle(
        m_timing.attempts == 0 ? tr("No calls yet")
                               : (total == 0 ? tr("No answered calls yet") : QString()));
}

void CallTimingView::showToolTip(const Chart &chart, bool status, int index)
{
    if (!status) {
        QToolTip::hideText();
        return;
    }
    QString text;
    if (&chart == &m_hours && index >= 0 && index < 24) {
        text = bucketToolTip(m_timing.byHour[size_t(index)], CallTimingFindings::hourRange(index));
    } else if (&chart == &m_weekdays && index >= 0 && index < 7) {
        text = bucketToolTip(m_timing.byWeekday[size_t(index)], CallTimingFindings::dayName(index));
    } else if (&chart == &m_attempts && index >= 0 && index < 5) {
        const int n =
            index < 4 ? m_timing.attemptsToReach[size_t(index)] : m_timing.calledNeverReached;
        const QStringList names{
            tr("Reached on the first attempt"), tr("Reached on the second attempt"),
            tr("Reached on the third attempt"), tr("Reached on the fourth attempt or later"),
            tr("Not reached yet")};
        text = tr("%1: %Ln row(s)", nullptr, n).arg(names.at(index));
    } else if (&chart == &m_durations && index >= 0 && index < 5) {
        const QStringList names = durationNames();
        text = tr("%1: %Ln answered call(s)", nullptr, m_timing.durations[size_t(index)])
                   .arg(names.value(index));
    }
    if (!text.isEmpty())
        QToolTip::showText(QCursor::pos(), text, chart.view);
}

void CallTimingView::applyPalette()
{
    for (const Chart *c : {&m_hours, &m_weekdays, &m_attempts, &m_durations})
        applyPalette(*c);
    const QColor answered = BadgeColors::calling();
    const QColor human = BadgeColors::forResult(QStringLiteral("human"));
    for (const Chart *c : {&m_hours, &m_weekdays}) {
        c->sets.at(0)->setColor(human);
        c->sets.at(0)->setBorderColor(human);
        c->sets.at(1)->setColor(answered);
        c->sets.at(1)->setBorderColor(answered);
        c->sets.at(2)->setColor(BadgeColors::pending());
        c->sets.at(2)->setBorderColor(BadgeColors::pending());
    }
    m_attempts.sets.at(0)->setColor(human);
    m_attempts.sets.at(0)->setBorderColor(human);
    m_attempts.sets.at(1)->setColor(BadgeColors::pending());
    m_attempts.sets.at(1)->setBorderColor(BadgeColors::pending());
    m_durations.sets.at(0)->setColor(answered);
    m_durations.sets.at(0)->setBorderColor(answered);
}

void CallTimingView::applyPalette(const Chart &c)
{
    const QPalette pal = palette();
    QChart *chart = c.view->chart();
    ChartStyle::applyPalette(chart, pal, font());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    chart->legend()->setFont(small);
    chart->setLocale(QLocale());
    for (QAbstractAxis *axis : {c.x, static_cast<QAbstractAxis *>(c.y)}) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setLabelsFont(small);
        axis->setGridLineColor(pal.color(QPalette::Midlight));
        axis->setLinePenColor(pal.color(QPalette::Mid));
    }
    c.view->setBackgroundBrush(pal.color(QPalette::Base));
}

void CallTimingView::arrange()
{
    const int columns = width() >= kTwoColumnWidth ? 2 : 1;
    if (columns != m_columns) {
        m_columns = columns;
        const QList<ChartCard *> all = cards();
        for (ChartCard *card : all)
            m_grid->removeWidget(card);
        for (qsizetype i = 0; i < all.size(); ++i)
            m_grid->addWidget(all.at(i), int(i) / columns, int(i) % columns);
        m_grid->setColumnStretch(0, 1);
        m_grid->setColumnStretch(1, columns == 2 ? 1 : 0);
    }
}

void CallTimingView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void CallTimingView::changeEvent(QEvent *event)
{
    if (!m_durations.sets.isEmpty() &&
        (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange))
        applyPalette(); // the bar colours follow the light or dark palette
    QWidget::changeEvent(event);
}

} // namespace revox
