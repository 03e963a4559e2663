#pragma once

#include <QStyledItemDelegate>

namespace revox {

// Paints a campaign in the sidebar: name, status pill, a thin segmented progress bar and
// "62% · 1,234 rows".
class CampaignDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace revox
