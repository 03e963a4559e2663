#include "FunnelView.h"

#include "BadgeColors.h"
#include "ChartCard.h"
#include "ChartStyle.h"
#include "CompactChartView.h"
#include "DisplayText.h"
#include "HumanText.h"
#include "JsonText.h"
#include "Theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace revox {

namespace {

constexpr int kLabelGap = 6;         // between a bar's end and its label
constexpr int kMaxServerValue = 160; // characters of one server value shown
constexpr int kMaxNameWidth = 220;   // pixels for the step names left of the bars
constexpr QChar kWrapHere(0x200B);   // zero-width space: a line may break there

// "63%", or empty when the whole is 0.
QString rateText(qint64 part, qint64 whole)
{
    const std::optional<double> rate = CampaignFunnel::rate(part, whole);
    return rate ? DisplayText::percent(*rate * 100.0) : QString();
}

} // namespace

FunnelView::FunnelView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("funnelView"));
    setAccessibleName(tr("Campaign funnel"));

    QScrollArea *scroll = ChartStyle::addScrollArea(this);
    auto *inner = new QWidget(scroll);
    auto *layout = new QVBoxLayout(inner);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto *choiceRow = new QHBoxLayout;
    choiceRow->setContentsMargins(4, 0, 4, 0);
    auto *choiceLabel = new QLabel(tr("Success means:"), inner);
    m_combo = new QComboBox(inner);
    m_combo->setObjectName(QStringLiteral("successCondition"));
    m_combo->setAccessibleName(tr("Success means"));
    m_combo->setToolTip(tr("Which structured-output value counts as a success"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->addItem(tr("Not set"));
    choiceLabel->setBuddy(m_combo);
    choiceRow->addWidget(choiceLabel);
    choiceRow->addWidget(m_combo);
    choiceRow->addStretch(1);
    layout->addLayout(choiceRow);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &FunnelView::comboChanged);

    m_view = new CompactChartView;
    m_view->setObjectName(QStringLiteral("funnelChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    m_series = new QHorizontalStackedBarSeries(chart);
    m_series->setBarWidth(0.7);
    chart->addSeries(m_series);
    m_stepAxis = new QBarCategoryAxis(chart);
    m_stepAxis->setVisible(false); // the step names are drawn in placeLabels(): an axis
                                   // shortens them to "..." when the chart is not tall
    m_countAxis = new QValueAxis(chart);
    m_countAxis->setVisible(false); // every bar carries its count
    chart->addAxis(m_stepAxis, Qt::AlignLeft);
    chart->addAxis(m_countAxis, Qt::AlignBottom);
    m_series->attachAxis(m_stepAxis);
    m_series->attachAxis(m_countAxis);
    m_view->setChart(chart);
    m_view->setMinimumSize(260, 150);
    ChartStyle::makeFocusable(m_view);
    connect(chart, &QChart::plotAreaChanged, this, [this] { placeLabels(); });

    m_card = new ChartCard(tr("Funnel"), m_view, inner);
    m_card->setObjectName(QStringLiteral("funnelCard"));
    layout->addWidget(m_card, 1);

    m_server = new QWidget(inner);
    m_server->setObjectName(QStringLiteral("serverFunnel"));
    auto *serverLayout = new QVBoxLayout(m_server);
    serverLayout->setContentsMargins(8, 0, 8, 4);
    serverLayout->setSpacing(1);
    auto *serverTitle = new QLabel(tr("Reported by the server"), m_server);
    Theme::setDemiBold(serverTitle);
    m_serverText = new QLabel(m_server);
    m_serverText->setObjectName(QStringLiteral("serverFunnelText"));
    m_serverText->setTextFormat(Qt::PlainText);
    m_serverText->setWordWrap(true);
    m_serverText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverText->setAccessibleName(tr("Funnel figures reported by the server"));
    serverLayout->addWidget(serverTitle);
    serverLayout->addWidget(m_serverText);
    m_server->hide();
    layout->addWidget(m_server);

    scroll->setWidget(inner);
    applyPalette();
    rebuild();
}

void FunnelView::setSuccessChoices(const QList<OutputCondition> &choices,
                                   const std::optional<OutputCondition> &current)
{
    m_choices = choices;
    if (current && !m_choices.contains(*current))
        m_choices << *current; // keep a choice the fields no longer offer visible
    m_current = current;
    m_updatingCombo = true;
    m_combo->clear();
    m_combo->addItem(tr("Not set"));
    for (const OutputCondition &c : std::as_const(m_choices))
        m_combo->addItem(HumanText::outputCondition(c));
    m_combo->setCurrentIndex(current ? int(m_choices.indexOf(*current)) + 1 : 0);
    m_updatingCombo = false;
    rebuild();
}

void FunnelView::setFunnel(const CampaignFunnel &funnel)
{
    m_funnel = funnel;
    rebuild();
}

void FunnelView::setServerFunnel(const QJsonObject &funnelStats)
{
    QStringList lines;
    QStringList whole; // unshortened, for the tooltip
    for (auto it = funnelStats.constBegin(); it != funnelStats.constEnd(); ++it) {
        QString value = JsonText::compact(it.value());
        if (it.value().isNull() || it.value().isUndefined())
            value = QStringLiteral("—");
        whole << tr("%1: %2").arg(it.key(), value);
        if (value.size() > kMaxServerValue)
            value = value.left(kMaxServerValue - 1) + QChar(0x2026);
        if (it.value().isObject() || it.value().isArray()) // may wrap after a comma
            value.replace(QLatin1Char(','), QStringLiteral(",") + kWrapHere);
        lines << tr("%1: %2").arg(it.key(), value);
    }
    m_serverText->setText(lines.join(QLatin1Char('\n')));
    m_serverText->setToolTip(whole.join(QLatin1Char('\n')));
    m_server->setVisible(!lines.isEmpty());
}

QString FunnelView::serverFunnelText() const
{
    return m_server->isHidden() ? QString() : m_serverText->text().remove(kWrapHere);
}

void FunnelView::comboChanged(int index)
{
    if (m_updatingCombo || index < 0)
        return;
    std::optional<OutputCondition> chosen;
    if (index > 0 && index <= m_choices.size())
        chosen = m_choices.at(index - 1);
    if (chosen == m_current)
        return;
    m_current = chosen;
    emit successConditionChanged(chosen);
}

QList<FunnelView::Step> FunnelView::steps() const
{
    const QLocale locale;
    const CampaignFunnel &f = m_funnel;
    const auto count = [&](qint64 n) {
        return locale.toString(n);
    };
    // "402 · 63% of called · 34% of rows", or the count alone when the step before is empty.
    const auto label = [&](qint64 n, qint64 previous, const QString &withRates) {
        if (previous <= 0)
            return count(n);
        return withRates.arg(count(n), rateText(n, previous), rateText(n, f.rows));
    };
    QList<Step> out;
    out << Step{tr("Rows"), f.rows, count(f.rows), BadgeColors::pending()};
    out << Step{tr("Called"), f.called,
                f.rows > 0 ? tr("%1 · %2 of rows").arg(count(f.called), rateText(f.called, f.rows))
                           : count(f.called),
                BadgeColors::calling()};
    out << Step{tr("Answered"), f.answered,
                label(f.answered, f.called, tr("%1 · %2 of called · %3 of rows")),
                BadgeColors::forResult(QStringLiteral("ios-screening-filter"))};
    out << Step{tr("Human"), f.human,
                label(f.human, f.answered, tr("%1 · %2 of answered · %3 of rows")),
                BadgeColors::forResult(QStringLiteral("human"))};
    if (f.success) {
        const QColor green = BadgeColors::completed();
        out << Step{m_current ? tr("Success (%1)").arg(HumanText::outputCondition(*m_current))
                              : tr("Success"),
                    *f.success,
                    label(*f.success, f.human, tr("%1 · %2 of people reached · %3 of rows")),
                    Theme::isDark() ? green.darker(130) : green.darker(140)};
    }
    return out;
}

void FunnelView::rebuild()
{
    const QLocale locale;
    const CampaignFunnel &f = m_funnel;
    QChart *chart = m_view->chart();
    m_series->clear();
    m_stepAxis->clear();
    qDeleteAll(m_labels);
    m_labels.clear();
    qDeleteAll(m_names);
    m_names.clear();
    m_shown.clear();
    applyPalette();

    if (f.rows <= 0) {
        chart->setMargins(QMargins(2, 2, 2, 2));
        chart->setTitle(tr("No rows yet"));
        m_card->setSummary(tr("This campaign has no rows yet, so there is no funnel to show."));
        m_card->setData({}, {});
        return;
    }
    chart->setTitle(QString());
    m_shown = steps();
    const auto n = m_shown.size();
    // The category axis runs bottom to top: the last step first, so that rows sit on top.
    QStringList categories;
    for (qsizetype i = n - 1; i >= 0; --i)
        categories << m_shown.at(i).name;
    m_stepAxis->append(categories);
    for (qsizetype i = 0; i < n; ++i) {
        const Step &step = m_shown.at(i);
        auto *set = new QBarSet(step.name);
        for (qsizetype c = 0; c < n; ++c)
            *set << (c == n - 1 - i ? double(step.count) : 0.0);
        set->setColor(step.color);
        set->setBorderColor(step.color);
        m_series->append(set);
        auto *text = new QGraphicsSimpleTextItem(step.label, chart);
        text->setZValue(100);
        m_labels << text;
        auto *name = new QGraphicsSimpleTextItem(step.name, chart);
        name->setZValue(100);
        m_names << name;
    }
    const QFontMetricsF metrics(font());
    qreal nameWidth = 0;
    for (const Step &step : std::as_const(m_shown))
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(step.name));
    chart->setMargins(
        QMargins(int(std::min<qreal>(nameWidth, kMaxNameWidth)) + 2 * kLabelGap, 2, 8, 2));
    m_countAxis->setRange(0, double(std::max<qint64>(f.rows, 1)));

    // Summary and data.
    QString summary;
    const QString called = locale.toString(f.called);
    const QString answered = locale.toString(f.answered);
    const QString human = locale.toString(f.human);
    const int rowCount = int(std::min<qint64>(f.rows, std::numeric_limits<int>::max()));
    if (f.success && m_current && f.human > 0) {
        summary = tr("Of %Ln row(s), %1 were called, %2 answered, %3 reached a person, %4 said "
                     "%5 (%6 of people reached).",
                     nullptr, rowCount)
                      .arg(called, answered, human, locale.toString(*f.success),
                           HumanText::outputCondition(*m_current), rateText(*f.success, f.human));
    } else if (f.success && m_current) {
        summary = tr("Of %Ln row(s), %1 were called, %2 answered, %3 reached a person, %4 said %5.",
                     nullptr, rowCount)
                      .arg(called, answered, human, locale.toString(*f.success),
                           HumanText::outputCondition(*m_current));
    } else {
        summary = tr("Of %Ln row(s), %1 were called, %2 answered, %3 reached a person.", nullptr,
                     rowCount)
                      .arg(called, answered, human);
    }
    m_card->setSummary(summary);
    QList<QStringList> data;
    for (qsizetype i = 0; i < n; ++i) {
        const Step &step = m_shown.at(i);
        const QString previous = i > 0 ? rateText(step.count, m_shown.at(i - 1).count) : QString();
        data << QStringList{step.name, QString::number(step.count), previous,
                            rateText(step.count, f.rows)};
    }
    m_card->setData({tr("Step"), tr("Count"), tr("% of previous step"), tr("% of rows")}, data);
    placeLabels();
}

void FunnelView::placeLabels()
{
    QChart *chart = m_view->chart();
    const QRectF plot = chart->plotArea();
    const auto n = m_shown.size();
    if (n != m_labels.size() || n != m_names.size() || plot.isEmpty())
        return;
    const QPalette pal = palette();
    QFont font = this->font();
    const QFontMetricsF metrics(font);
    for (qsizetype i = 0; i < n; ++i) {
        const Step &step = m_shown.at(i);
        QGraphicsSimpleTextItem *text = m_labels.at(i);
        const double category = double(n - 1 - i);
        const QPointF start = chart->mapToPosition(QPointF(0, category), m_series);
        const QPointF end = chart->mapToPosition(QPointF(double(step.count), category), m_series);
        const double y = end.y() - metrics.height() / 2.0;
        const double barWidth = end.x() - start.x();
        const double room = plot.right() - end.x() - kLabelGap;
        QString shown = step.label;
        double width = metrics.horizontalAdvance(shown);
        bool inside = false;
        if (width > room) {
            if (barWidth - 2 * kLabelGap >= width) {
                inside = true;
            } else if (barWidth > room) { // the wider side, the label shortened to fit
                inside = true;
                shown = metrics.elidedText(shown, Qt::ElideRight, barWidth - 2 * kLabelGap);
            } else {
                shown = metrics.elidedText(shown, Qt::ElideRight, std::max(0.0, room));
            }
            width = metrics.horizontalAdvance(shown);
        }
        text->setText(shown);
        text->setFont(font);
        text->setBrush(inside ? BadgeColors::textOn(step.color) : pal.color(QPalette::Text));
        text->setPos(inside ? end.x() - kLabelGap - width : end.x() + kLabelGap, y);
        text->setToolTip(step.label);
        QGraphicsSimpleTextItem *name = m_names.at(i);
        const QString nameShown =
            metrics.elidedText(step.name, Qt::ElideRight, plot.left() - 2 * kLabelGap);
        name->setText(nameShown);
        name->setFont(font);
        name->setBrush(pal.color(QPalette::Text));
        name->setPos(plot.left() - kLabelGap - metrics.horizontalAdvance(nameShown), y);
        name->setToolTip(step.name);
    }
}

void FunnelView::applyPalette()
{
    QChart *chart = m_view->chart();
    const QPalette pal = palette();
    ChartStyle::applyPalette(chart, pal, font());
    m_view->setBackgroundBrush(pal.color(QPalette::Base));
}

void FunnelView::changeEvent(QEvent *event)
{
    if (m_card && (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange))
        rebuild(); // the step colours follow the light or dark palette
    QWidget::changeEvent(event);
}

} // namespace revox
