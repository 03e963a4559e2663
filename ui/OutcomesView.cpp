#include "OutcomesView.h"

#include "ChartCard.h"
#include "DisplayText.h"
#include "FlowLayout.h"
#include "HumanText.h"

#include <QEvent>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace revox {

namespace {

QString keyOf(const OutputCondition &c)
{
    return QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact));
}

QString typeText(OutputFieldType type)
{
    switch (type) {
    case OutputFieldType::Boolean:
        return OutcomesView::tr("yes / no");
    case OutputFieldType::Enum:
        return OutcomesView::tr("choice");
    case OutputFieldType::Number:
        return OutcomesView::tr("number");
    case OutputFieldType::Date:
        return OutcomesView::tr("date");
    case OutputFieldType::DateTime:
        return OutcomesView::tr("date and time");
    case OutputFieldType::String:
    case OutputFieldType::Unknown:
        break;
    }
    return OutcomesView::tr("text");
}

} // namespace

OutcomesView::OutcomesView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("outcomesView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(inner);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    innerLayout->addWidget(m_empty);
    m_fields = new QWidget(inner);
    new FlowLayout(m_fields, 8);
    innerLayout->addWidget(m_fields);
    innerLayout->addStretch(1);
    m_scroll->setWidget(inner);
    m_card = new ChartCard(tr("What the calls found"), m_scroll, this);
    m_card->setObjectName(QStringLiteral("outcomesCard"));
    layout->addWidget(m_card);
    setFacets({}, {});
}

void OutcomesView::setFacets(const QList<OutputFacet> &facets, const QList<OutputCondition> &active)
{
    m_facets = facets;
    m_active = active;
    QSet<QString> shown;
    for (const OutputFacet &facet : facets) {
        showFacet(facet, active);
        shown.insert(facet.field);
    }
    for (auto it = m_cards.begin(); it != m_cards.end();) {
        if (shown.contains(it.key())) {
            ++it;
            continue;
        }
        delete it->frame;
        it = m_cards.erase(it);
    }
    m_empty->setText(tr("No structured outputs yet: the assistant of this campaign extracts "
                        "none, or no call has ended with answers."));
    m_empty->setVisible(facets.isEmpty());
    describe();
}

OutcomesView::FieldCard &OutcomesView::cardFor(const OutputFacet &facet)
{
    FieldCard &card = m_cards[facet.field];
    QStringList keys;
    for (const FacetBucket &b : facet.buckets)
        keys << keyOf(b.condition);
    keys << keyOf(facet.missing.condition);
    if (card.frame && card.keys == keys)
        return card;
    // New, or its values changed (number ranges move as values arrive): built again.
    delete card.frame;
    card = FieldCard();
    card.keys = keys;
    auto *frame = new QFrame(m_fields);
    frame->setObjectName(QStringLiteral("facet-") + facet.field);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setFixedWidth(215);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(3);
    card.title = new QLabel(frame);
    card.title->setTextFormat(Qt::RichText);
    card.title->setWordWrap(true);
    layout->addWidget(card.title);
    QList<OutputCondition> conditions;
    for (const FacetBucket &b : facet.buckets)
        conditions << b.condition;
    conditions << facet.missing.condition;
    for (const OutputCondition &condition : std::as_const(conditions)) {
        auto *button = new QPushButton(frame);
        button->setCheckable(true);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, condition, button] {
            button->setChecked(!button->isChecked()); // the filter decides, then we show it
            emit conditionToggled(condition);
        });
        layout->addWidget(button);
        card.buttons << button;
    }
    card.note = new QLabel(frame);
    card.note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(card.note);
    layout->addStretch(1);
    m_fields->layout()->addWidget(frame);
    return card;
}

void OutcomesView::showFacet(const OutputFacet &facet, const QList<OutputCondition> &active)
{
    FieldCard &card = cardFor(facet);
    const QLocale locale;
    card.title->setText(
        QStringLiteral("<b>%1</b> <span style='font-weight:normal'>· %2</span>")
            .arg(facet.field.toHtmlEscaped(), typeText(facet.type).toHtmlEscaped()));
    card.title->setToolTip(facet.description.isEmpty()
                               ? (facet.inConfig ? QString()
                                                 : tr("Not in the assistant's configuration: "
                                                      "seen in the calls' answers"))
                               : facet.description);
    QList<FacetBucket> buckets = facet.buckets;
    buckets << facet.missing;
    for (qsizetype i = 0; i < buckets.size() && i < card.buttons.size(); ++i) {
        const FacetBucket &b = buckets.at(i);
        QPushButton *button = card.buttons.at(i);
        const double share = facet.rowsCounted > 0 ? double(b.count) / facet.rowsCounted : 0.0;
        const QString value = HumanText::outputValue(b.condition);
        button->setText(
            tr("%1   %2 · %3")
                .arg(value, locale.toString(b.count), DisplayText::percent(100 * share)));
        button->setAccessibleName(
            tr("%1: %2, %Ln row(s)", nullptr, b.count).arg(facet.field, value));
        button->setToolTip(
            tr("Show only the rows whose %1 is %2 (again to remove)").arg(facet.field, value));
        button->setChecked(active.contains(b.condition));
        styleButton(button, share);
    }
    card.note->setText(facet.otherValues > 0
                           ? tr("%Ln row(s) with other values", nullptr, facet.otherValues)
                           : QString());
    card.note->setVisible(facet.otherValues > 0);
}

void OutcomesView::styleButton(QPushButton *button, double share) const
{
    QColor bar = palette().color(QPalette::Highlight);
    bar.setAlphaF(0.28f);
    const double stop = std::clamp(share, 0.0, 1.0);
    const QString fill =
        stop <= 0.0 ? QStringLiteral("transparent")
                    : QStringLiteral("qlineargradient(x1:0, y1:0, x2:1, y2:0, stop:0 %1, "
                                     "stop:%2 %1, stop:%3 transparent, stop:1 transparent)")
                          .arg(bar.name(QColor::HexArgb))
                          .arg(stop)
                          .arg(std::min(1.0, stop + 0.0001));
    button->setStyleSheet(
        QStringLiteral("QPushButton { text-align: left; padding: 3px 6px; border-radius: 4px;"
                       " border: 1px solid palette(midlight); background: %1; }"
                       "QPushButton:hover { border-color: palette(highlight); }"
                       "QPushButton:checked { border: 2px solid palette(highlight);"
                       " font-weight: 600; }"
                       "QPushButton:focus { border: 2px solid palette(text); }")
            .arg(fill));
}

void OutcomesView::describe()
{
    QStringList parts;
    QList<QStringList> data;
    const QLocale locale;
    for (const OutputFacet &facet : std::as_const(m_facets)) {
        const FacetBucket *top = nullptr;
        for (const FacetBucket &b : facet.buckets) {
            if (!top || b.count > top->count)
                top = &b;
            data.append(
                {facet.field, HumanText::outputValue(b.condition), QString::number(b.count)});
        }
        data.append({facet.field, HumanText::outputValue(facet.missing.condition),
                     QString::number(facet.missing.count)});
        if (top && top->count > 0)
            parts << tr("%1 mostly %2 (%3)")
                         .arg(facet.field, HumanText::outputValue(top->condition),
                              locale.toString(top->count));
    }
    m_card->setData({tr("Field"), tr("Value"), tr("Rows")}, data);
    m_card->setSummary(
        m_facets.isEmpty()
            ? tr("No structured outputs yet.")
            : tr("%Ln field(s): %1.", nullptr, int(m_facets.size()))
                  .arg(parts.isEmpty() ? tr("no answers yet") : parts.join(QStringLiteral("; "))));
}

QPushButton *OutcomesView::valueButton(const OutputCondition &condition) const
{
    const auto it = m_cards.constFind(condition.field);
    if (it == m_cards.cend())
        return nullptr;
    const qsizetype at = it->keys.indexOf(keyOf(condition));
    return at >= 0 && at < it->buttons.size() ? it->buttons.at(at) : nullptr;
}

void OutcomesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        setFacets(m_facets, m_active); // the bars' colour comes from the palette
    QWidget::changeEvent(event);
}

} // namespace revox
