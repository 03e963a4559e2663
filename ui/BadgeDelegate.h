#pragma once

#include <QStyledItemDelegate>

namespace revox {

// Paints a status or result cell as a coloured pill (colour from the model's
// DecorationRole, text from DisplayRole).
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace revox
