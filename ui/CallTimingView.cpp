#include "CallTimingView.h"

#include "BadgeColors.h"
#include "ChartCard.h"
#include "ChartStyle.h"
#include "DisplayText.h"

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
#include <tuple>

namespace revox {

namespace {

// part / whole as "62%"; empty when whole is 0.
QString share(qint64 part, qint64 whole)
{
    return whole > 0 ? DisplayText::percent(100.0 * double(part) / double(whole)) : QString();
}

double rate(int part, int whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

// The best bucket (most people reached per attempt, then most answers, then most attempts)
// and the one with the fewest answers per attempt, among those with enough attempts.
struct Ranking
{
    int best = -1;
    int fewest = -1;
    int dated = 0; // attempts over every bucket
};

template <size_t N> Ranking rank(const std::array<CallTiming::Bucket, N> &buckets, int minAttempts)
{
    Ranking r;
    for (size_t i = 0; i < N; ++i) {
        const CallTiming::Bucket &b = buckets[i];
        r.dated += b.attempts;
        if (b.attempts < minAttempts)
            continue;
        if (r.best < 0) {
            r.best = int(i);
            continue;
        }
        const CallTiming::Bucket &best = buckets[size_t(r.best)];
        const auto key = [](const CallTiming::Bucket &x) {
            return std::make_tuple(rate(x.human, x.attempts), rate(x.answered, x.attempts),
                                   x.attempts);
        };
        if (key(b) > key(best))
            r.best = int(i);
    }
    for (size_t i = 0; i < N; ++i) {
        const CallTiming::Bucket &b = buckets[i];
        if (b.attempts < minAttempts || int(i) == r.best)
            continue;
        if (r.fewest < 0 || rate(b.answered, b.attempts) < rate(buckets[size_t(r.fewest)].answered,
                                                                buckets[size_t(r.fewest)].attempts))
            r.fewest = int(i);
    }
    return r;
}

// A chart view that asks for no more room than its minimum: the scroll area sizes its
// content by height for width, from the size hints.
class CompactChartView : public QChartView
{
public:
    QSize sizeHint() const override { return minimumSize(); }
};

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
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    outer->addWidget(scroll);
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
        auto *few = new QBarSet(tr("Under %1 attempts").arg(kMinAttemptsForBest));
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
    fillHours();
    fillWeekdays();
    fillAttempts();
    fillDurations();
}

QStringList CallTimingView::durationNames() const
{
    return {tr("< 30 s"), tr("30 s – 1 min"), tr("1–2 min"), tr("2–5 min"), tr("5 min +")};
}

QString CallTimingView::hourRange(int hour) const
{
    const QString format = QStringLiteral("HH:mm");
    return QStringLiteral("%1–%2").arg(QTime(hour, 0).toString(format),
                                       QTime((hour + 1) % 24, 0).toString(format));
}

QString CallTimingView::bucketToolTip(const CallTiming::Bucket &bucket, const QString &when) const
{
    if (bucket.attempts == 0)
        return tr("%1: no calls").arg(when);
    return tr("%1: %2 answered, %3 a person (%Ln attempt(s))", nullptr, bucket.attempts)
        .arg(when, share(bucket.answered, bucket.attempts), share(bucket.human, bucket.attempts));
}

void CallTimingView::fillRateBars(const Chart &chart, const QList<CallTiming::Bucket> &buckets)
{
    QList<qreal> human;
    QList<qreal> answered;
    QList<qreal> few;
    bool anyFew = false;
    for (const CallTiming::Bucket &b : buckets) {
        const bool enough = b.attempts >= kMinAttemptsForBest;
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

void CallTimingView::fillHours()
{
    const QLocale locale;
    QList<QStringList> data;
    for (int h = 0; h < 24; ++h)
        data << rateRow(hourRange(h), m_timing.byHour[size_t(h)]);
    fillRateBars(m_hours, {m_timing.byHour.begin(), m_timing.byHour.end()});

    const Ranking r = rank(m_timing.byHour, kMinAttemptsForBest);
    QStringList sentences;
    if (m_timing.attempts == 0) {
        sentences << tr("No calls yet.");
    } else if (r.dated == 0) {
        sentences << tr("None of the %Ln attempt(s) has a start time yet.", nullptr,
                        m_timing.attempts);
    } else if (r.best < 0) {
        sentences << tr("The figures are still few: no hour has %1 attempts or more (%Ln "
                        "attempt(s) in all).",
                        nullptr, r.dated)
                         .arg(locale.toString(kMinAttemptsForBest));
    } else {
        const CallTiming::Bucket &best = m_timing.byHour[size_t(r.best)];
        sentences << tr("Best hour: %1, %2 answered, %3 a person (%Ln attempt(s)).", nullptr,
                        best.attempts)
                         .arg(hourRange(r.best), share(best.answered, best.attempts),
                              share(best.human, best.attempts));
        if (r.fewest >= 0) {
            const CallTiming::Bucket &few = m_timing.byHour[size_t(r.fewest)];
            sentences << tr("Fewest answers at %1 (%2 answered).")
                             .arg(QTime(r.fewest, 0).toString(QStringLiteral("HH:mm")),
                                  share(few.answered, few.attempts));
        }
    }
    if (m_timing.undated > 0 && r.dated > 0) {
        sentences << tr("%Ln attempt(s) without a start time are left out.", nullptr,
                        m_timing.undated);
    }
    showRates(m_hours, tr("Hour"), data, sentences, r.dated);
}

QStringList CallTimingView::rateRow(const QString &label, const CallTiming::Bucket &b)
{
    return {label,
            QString::number(b.attempts),
            QString::number(b.answered),
            QString::number(b.human),
            share(b.answered, b.attempts),
            share(b.human, b.attempts)};
}

void CallTimingView::showRates(const Chart &chart, const QString &unit,
                               const QList<QStringList> &data, const QStringList &sentences,
                               int dated)
{
    chart.card->setSummary(sentences.join(QLatin1Char(' ')));
    chart.card->setData(
        {unit, tr("Attempts"), tr("Answered"), tr("A person"), tr("Answered %"), tr("A person %")},
        m_timing.attempts > 0 ? data : QList<QStringList>{});
    chart.view->chart()->setTitle(m_timing.attempts == 0 ? tr("No calls yet") : QString());
    chart.view->chart()->legend()->setVisible(dated > 0);
}

void CallTimingView::fillWeekdays()
{
    const QLocale locale;
    QList<QStringList> data;
    for (int d = 0; d < 7; ++d)
        data << rateRow(locale.dayName(d + 1, QLocale::LongFormat), m_timing.byWeekday[size_t(d)]);
    fillRateBars(m_weekdays, {m_timing.byWeekday.begin(), m_timing.byWeekday.end()});

    const Ranking r = rank(m_timing.byWeekday, kMinAttemptsForBest);
    QStringList sentences;
    if (m_timing.attempts == 0) {
        sentences << tr("No calls yet.");
    } else if (r.dated == 0) {
        sentences << tr("None of the %Ln attempt(s) has a start time yet.", nullptr,
                        m_timing.attempts);
    } else if (r.best < 0) {
        sentences << tr("The figures are still few: no day has %1 attempts or more (%Ln "
                        "attempt(s) in all).",
                        nullptr, r.dated)
                         .arg(locale.toString(kMinAttemptsForBest));
    } else {
        const CallTiming::Bucket &best = m_timing.byWeekday[size_t(r.best)];
        sentences << tr("Best day: %1, %2 answered, %3 a person (%Ln attempt(s)).", nullptr,
                        best.attempts)
                         .arg(locale.dayName(r.best + 1, QLocale::LongFormat),
                              share(best.answered, best.attempts),
                              share(best.human, best.attempts));
        if (r.fewest >= 0) {
            const CallTiming::Bucket &few = m_timing.byWeekday[size_t(r.fewest)];
            sentences << tr("Fewest answers on %1 (%2 answered).")
                             .arg(locale.dayName(r.fewest + 1, QLocale::LongFormat),
                                  share(few.answered, few.attempts));
        }
    }
    showRates(m_weekdays, tr("Day"), data, sentences, r.dated);
}

void CallTimingView::fillAttempts()
{
    int reached = 0;
    for (int n : m_timing.attemptsToReach)
        reached += n;
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
                            share(m_timing.attemptsToReach[i], called)};
    }
    data << QStringList{names.at(4), QString::number(m_timing.calledNeverReached),
                        share(m_timing.calledNeverReached, called)};

    QStringList sentences;
    if (called == 0) {
        sentences << tr("No calls yet.");
    } else if (reached == 0) {
        sentences << tr("No one reached yet; %Ln row(s) called.", nullptr, called);
    } else {
        const auto most =
            std::max_element(m_timing.attemptsToReach.begin(), m_timing.attemptsToReach.end()) -
            m_timing.attemptsToReach.begin();
        const QStringList which{tr("the first attempt"), tr("the second attempt"),
                                tr("the third attempt"), tr("the fourth attempt or later")};
        const int count = m_timing.attemptsToReach[size_t(most)];
        if (2 * count > reached) {
            sentences << tr("Most people were reached on %1 (%2).")
                             .arg(which.at(most), share(count, reached));
        } else {
            sentences << tr("People were reached most often on %1 (%2).")
                             .arg(which.at(most), share(count, reached));
        }
        if (m_timing.calledNeverReached > 0) {
            sentences << tr("%Ln row(s) called without reaching a person yet.", nullptr,
                            m_timing.calledNeverReached);
        }
    }
    m_attempts.card->setSummary(sentences.join(QLatin1Char(' ')));
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
                            share(m_timing.durations[i], total)};
    }

    QStringList sentences;
    if (m_timing.attempts == 0) {
        sentences << tr("No calls yet.");
    } else if (total == 0) {
        sentences << tr("No answered call with a known length yet.");
    } else {
        // The bucket that holds the middle call: at least half the calls are shorter than
        // its upper bound.
        size_t middle = 0;
        int below = 0;
        for (; middle < m_timing.durations.size(); ++middle) {
            below += m_timing.durations[middle];
            if (2 * below >= total)
                break;
        }
        const QStringList bounds{tr("30 s"), tr("1 min"), tr("2 min"), tr("5 min")};
        if (middle + 1 < m_timing.durations.size()) {
            sentences << tr("Of %Ln answered call(s), half last under %1.", nullptr, total)
                             .arg(bounds.at(qsizetype(middle)));
        } else {
            sentences << tr("Of %Ln answered call(s), half last 5 min or more.", nullptr, total);
        }
        const int longest = m_timing.durations.back();
        if (longest > 0 && middle + 1 < m_timing.durations.size())
            sentences << tr("%1 last 5 min or more.").arg(share(longest, total));
    }
    m_durations.card->setSummary(sentences.join(QLatin1Char(' ')));
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
    const QLocale locale;
    QString text;
    if (&chart == &m_hours && index >= 0 && index < 24) {
        text = bucketToolTip(m_timing.byHour[size_t(index)], hourRange(index));
    } else if (&chart == &m_weekdays && index >= 0 && index < 7) {
        text = bucketToolTip(m_timing.byWeekday[size_t(index)],
                             locale.dayName(index + 1, QLocale::LongFormat));
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
