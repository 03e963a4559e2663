#include "CampaignDelegate.h"

#include "BadgeColors.h"
#include "CampaignListModel.h"
#include "DisplayText.h"
#include "HumanText.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace revox {

namespace {
constexpr int kPad = 10;
}

QSize CampaignDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {220, kPad + fm.height() + 6 + 6 + 4 + fm.height() + kPad};
}

void CampaignDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const auto *model = qobject_cast<const CampaignListModel *>(index.model());
    if (!model || index.row() >= model->rowCount()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const Campaign &c = model->campaignAt(index.row());
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.7f);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = opt.rect.adjusted(kPad, kPad, -kPad, -kPad);
    QFont nameFont = opt.font;
    nameFont.setWeight(QFont::DemiBold);
    const QFontMetrics nameFm(nameFont);
    const QFontMetrics fm(opt.font);

    // Status pill on the right of the first line.
    const QString status = HumanText::statusName(c.effectiveStatusText());
    QFont badgeFont = opt.font;
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.88);
    badgeFont.setWeight(QFont::DemiBold);
    const int badgeWidth = QFontMetrics(badgeFont).horizontalAdvance(status) + 14;
    const QRect line1(r.left(), r.top(), r.width(), nameFm.height());
    painter->setFont(opt.font);
    BadgeColors::paintBadge(painter, line1, status, BadgeColors::forStatus(c.effectiveStatusText()),
                            Qt::AlignRight);
    painter->setFont(nameFont);
    painter->setPen(text);
    const QString name = c.name.isEmpty() ? c.id : c.name;
    painter->drawText(line1.adjusted(0, 0, -(badgeWidth + 8), 0), Qt::AlignLeft | Qt::AlignVCenter,
                      nameFm.elidedText(name, Qt::ElideRight, line1.width() - badgeWidth - 8));

    // Progress bar.
    const RowStats stats = c.rowStats.value_or(RowStats{});
    const QRectF bar(r.left(), line1.bottom() + 7, r.width(), 6);
    QPainterPath clip;
    clip.addRoundedRect(bar, 3, 3);
    painter->setClipPath(clip);
    painter->fillRect(bar,
                      selected ? QColor(255, 255, 255, 60) : opt.palette.color(QPalette::Midlight));
    const qint64 sum = stats.completed + stats.failed + stats.calling + stats.retry + stats.pending;
    const qint64 denominator = qMax(sum, stats.total);
    if (denominator > 0) {
        double x = bar.left();
        const std::pair<qint64, QColor> parts[] = {{stats.completed, BadgeColors::completed()},
                                                   {stats.failed, BadgeColors::failed()},
                                                   {stats.calling, BadgeColors::calling()},
                                                   {stats.retry, BadgeColors::retry()}};
        for (const auto &[count, color] : parts) {
            const double w = bar.width() * double(qMax<qint64>(0, count)) / double(denominator);
            painter->fillRect(QRectF(x, bar.top(), w, bar.height()), color);
            x += w;
        }
    }
    painter->setClipping(false);

    // Figures line.
    painter->setFont(opt.font);
    painter->setPen(muted);
    const QRect line3(r.left(), int(bar.bottom()) + 4, r.width(), fm.height());
    const QString figures = c.rowStats ? tr("%1 · %Ln row(s)", nullptr, int(stats.total))
                                             .arg(DisplayText::percent(stats.progressPercent()))
                                       : tr("No statistics yet");
    painter->drawText(line3, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(figures, Qt::ElideRight, line3.width()));
    if (opt.state & QStyle::State_HasFocus) {
        // The keyboard focus: a ring inside the current campaign.
        painter->setPen(QPen(selected ? text : opt.palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(opt.rect).adjusted(2, 2, -2, -2), 4, 4);
    }
    painter->restore();
}

} // namespace revox
