#include "RawValueSortProxy.h"

#include "ModelRoles.h"

namespace revox {

RawValueSortProxy::RawValueSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

bool RawValueSortProxy::rawValueLess(const QModelIndex &left, const QModelIndex &right,
                                     Qt::SortOrder order)
{
    const QVariant l = left.data(RawValueRole);
    const QVariant r = right.data(RawValueRole);
    const bool lEmpty = !l.isValid();
    const bool rEmpty = !r.isValid();
    const bool descending = order == Qt::DescendingOrder;
    if (lEmpty || rEmpty) {
        if (lEmpty && rEmpty)
            return descending ? right.row() < left.row() : left.row() < right.row();
        // Empty values last in both orders (the proxy swaps the arguments when descending).
        return descending ? lEmpty : rEmpty;
    }
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        const int c = QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
        return left.row() < right.row();
    }
    const QPartialOrdering ordering = QVariant::compare(l, r);
    if (ordering == QPartialOrdering::Less)
        return true;
    if (ordering == QPartialOrdering::Greater)
        return false;
    return left.row() < right.row();
}

bool RawValueSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return rawValueLess(left, right, sortOrder());
}

} // namespace revox
