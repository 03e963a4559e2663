#pragma once

#include <QSortFilterProxyModel>

namespace revox {

// Sorts a model of lib/models on RawValueRole: numbers and times as numbers, text without
// regard to case, equal values in source order, and empty values last in both orders.
class RawValueSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RawValueSortProxy(QObject *parent = nullptr);

    // The comparison itself, for proxies that filter as well (order: the sort order in use;
    // QSortFilterProxyModel swaps the arguments when descending).
    static bool rawValueLess(const QModelIndex &left, const QModelIndex &right,
                             Qt::SortOrder order);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace revox
