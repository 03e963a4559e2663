#pragma once

#include <QAbstractItemModel>
#include <QSignalSpy>

// Every structural and data signal of a model, counted: a test asserts exact numbers.
struct ModelSpies
{
    explicit ModelSpies(QAbstractItemModel *model)
        : reset(model, &QAbstractItemModel::modelReset)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , columnsInserted(model, &QAbstractItemModel::columnsInserted)
        , layoutChanged(model, &QAbstractItemModel::layoutChanged)
    {
    }
    qsizetype total() const
    {
        return reset.count() + inserted.count() + removed.count() + changed.count() +
               columnsInserted.count() + layoutChanged.count();
    }
    void clear()
    {
        reset.clear();
        inserted.clear();
        removed.clear();
        changed.clear();
        columnsInserted.clear();
        layoutChanged.clear();
    }
    QSignalSpy reset;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy changed;
    QSignalSpy columnsInserted;
    QSignalSpy layoutChanged;
};
