#pragma once

#include <QTableView>

class QLabel;
class QPushButton;

namespace revox {

// The campaign's rows: sortable, columns shown/hidden/reordered from the header's menu,
// result and status as badges, Ctrl+C copies cells or rows, an empty state over the view.
class RowTableView : public QTableView
{
    Q_OBJECT
public:
    explicit RowTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    // Text of the selected cells: one cell as is, several as tab-separated lines.
    QString selectionText() const;
    // The whole rows of the current selection as tab-separated lines with a header line.
    QString selectedRowsText() const;
    // Shows a message over the view (empty text hides it); with a button when actionText
    // is set (actionTriggered).
    void setEmptyState(const QString &text, const QString &actionText = QString());
    QString emptyStateText() const;
    // The column chooser's menu (also the header's context menu).
    void showColumnMenu(const QPoint &globalPos);

    void selectNextRow();
    void selectPreviousRow();

signals:
    void emptyStateActionTriggered();
    void exportRequested();
    void currentRowChanged(const QModelIndex &current);

public slots:
    void copySelection();
    void copyRows();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    void applyDelegates();
    void extendSelectionToColumns(const QModelIndex &parent, int first, int last);
    void placeEmptyState();

    QWidget *m_empty;
    QLabel *m_emptyText;
    QPushButton *m_emptyAction;
};

} // namespace revox
