#include "RowTableView.h"

#include "BadgeDelegate.h"
#include "PlainToolTips.h"
#include "RowsTableModel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace revox {

namespace {

const RowsTableModel *rowsModelOf(const QAbstractItemModel *model)
{
    while (model) {
        if (const auto *rows = qobject_cast<const RowsTableModel *>(model)) {
            return rows;
        }
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model);
        model = proxy ? proxy->sourceModel() : nullptr;
    }
    return nullptr;
}

QString cellText(const QModelIndex &index)
{
    QString text = index.data(Qt::DisplayRole).toString();
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

RowTableView::RowTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("rowTable"));
    setAccessibleName(tr("Rows"));
    setTabKeyNavigation(false); // arrows move between cells, Tab leaves the table
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setShowGrid(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setDefaultSectionSize(120);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) { showColumnMenu(horizontalHeader()->mapToGlobal(pos)); });

    auto *copyAction = new QAction(tr("Copy"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &RowTableView::copySelection);
    addAction(copyAction);

    PlainToolTips::install(this);
    m_empty = new QWidget(viewport());
    m_empty->setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(m_empty);
    m_emptyText = new QLabel(m_empty);
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    QFont big = m_emptyText->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_emptyText->setFont(big);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    m_emptyAction = new QPushButton(m_empty);
    m_emptyAction->setObjectName(QStringLiteral("emptyStateAction"));
    layout->addStretch(1);
    layout->addWidget(m_emptyText);
    layout->addWidget(m_emptyAction, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_emptyAction, &QPushButton::clicked, this, &RowTableView::emptyStateActionTriggered);
    m_empty->hide();
}

void RowTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    applyDelegates();
    if (model) {
        connect(model, &QAbstractItemModel::columnsInserted, this, &RowTableView::applyDelegates);
        connect(model, &QAbstractItemModel::columnsInserted, this,
                &RowTableView::extendSelectionToColumns);
    }
}

void RowTableView::extendSelectionToColumns(const QModelIndex &parent, int first, int last)
{
    // A selected row stays whole when a new output field adds a column (selectedRows()
    // only names rows whose every column is selected).
    if (parent.isValid() || !selectionModel())
        return;
    QSet<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedIndexes())
        rows.insert(index.row());
    QItemSelection added;
    for (int row : std::as_const(rows))
        added.select(model()->index(row, first), model()->index(row, last));
    if (!added.isEmpty())
        selectionModel()->select(added, QItemSelectionModel::Select);
}

void RowTableView::applyDelegates()
{
    auto *badges = findChild<BadgeDelegate *>();
    if (!badges) {
        badges = new BadgeDelegate(this);
    }
    setItemDelegateForColumn(RowsTableModel::CallStatus, badges);
    setItemDelegateForColumn(RowsTableModel::LastResult, badges);
}

QString RowTableView::selectionText() const
{
    QModelIndexList indexes =
        selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList{};
    if (indexes.isEmpty() && currentIndex().isValid()) {
        indexes << currentIndex();
    }
    if (indexes.size() == 1 || (selectionBehavior() == SelectRows && currentIndex().isValid() &&
                                selectionModel()->selectedRows().size() <= 1)) {
        return currentIndex().isValid()
                   ? currentIndex().data(Qt::DisplayRole).toString()
                   : (indexes.isEmpty() ? QString() : cellText(indexes.first()));
    }
    return selectedRowsText();
}

QString RowTableView::selectedRowsText() const
{
    if (!model() || !selectionModel()) {
        return QString();
    }
    QList<int> rows;
    for (const QModelIndex &i : selectionModel()->selectedRows()) {
        rows << i.row();
    }
    if (rows.isEmpty() && currentIndex().isValid()) {
        rows << currentIndex().row();
    }
    std::sort(rows.begin(), rows.end());
    QList<int> columns; // visual order, visible only
    for (int v = 0; v < horizontalHeader()->count(); ++v) {
        const int logical = horizontalHeader()->logicalIndex(v);
        if (!isColumnHidden(logical)) {
            columns << logical;
        }
    }
    QStringList lines;
    QStringList header;
    for (int c : std::as_const(columns)) {
        header << model()->headerData(c, Qt::Horizontal).toString();
    }
    lines << header.join(QLatin1Char('\t'));
    for (int r : std::as_const(rows)) {
        QStringList cells;
        for (int c : std::as_const(columns)) {
            cells << cellText(model()->index(r, c));
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void RowTableView::copySelection()
{
    QApplication::clipboard()->setText(selectionText());
}

void RowTableView::copyRows()
{
    QApplication::clipboard()->setText(selectedRowsText());
}

void RowTableView::setEmptyState(const QString &text, const QString &actionText)
{
    m_emptyText->setText(text);
    m_emptyAction->setText(actionText);
    m_emptyAction->setVisible(!actionText.isEmpty());
    m_empty->setVisible(!text.isEmpty());
    placeEmptyState();
}

QString RowTableView::emptyStateText() const
{
    return m_empty->isVisible() ? m_emptyText->text() : QString();
}

void RowTableView::placeEmptyState()
{
    m_empty->setGeometry(viewport()->rect());
    m_empty->raise();
}

void RowTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    placeEmptyState();
}

void RowTableView::showColumnMenu(const QPoint &globalPos)
{
    if (!model()) {
        return;
    }
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    QHeaderView *header = horizontalHeader();
    const auto *rows = rowsModelOf(model());
    QMenu *inputMenu = nullptr;
    QMenu *outputMenu = nullptr;
    for (int v = 0; v < header->count(); ++v) {
        const int logical = header->logicalIndex(v);
        QMenu *target = &menu;
        if (rows && logical >= RowsTableModel::FixedColumnCount) {
            if (rows->columnKind(logical) == RowsTableModel::ColumnKind::InputData) {
                if (!inputMenu) {
                    inputMenu = menu.addMenu(tr("Input data"));
                }
                target = inputMenu;
            } else {
                if (!outputMenu) {
                    outputMenu = menu.addMenu(tr("Structured output"));
                }
                target = outputMenu;
            }
        }
        QAction *a = target->addAction(model()->headerData(logical, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(logical));
        connect(a, &QAction::toggled, this,
                [this, logical](bool on) { setColumnHidden(logical, !on); });
    }
    menu.addSeparator();
    menu.addAction(tr("Show all columns"), this, [this] {
        for (int c = 0; c < horizontalHeader()->count(); ++c) {
            setColumnHidden(c, false);
        }
    });
    menu.addAction(tr("Reset order and widths"), this, [this] {
        QHeaderView *h = horizontalHeader();
        for (int c = 0; c < h->count(); ++c) {
            h->moveSection(h->visualIndex(c), c);
            setColumnHidden(c, false);
        }
        resizeColumnsToContents();
    });
    menu.exec(globalPos);
}

void RowTableView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Copy cell"), this, [this] {
        if (currentIndex().isValid()) {
            QApplication::clipboard()->setText(currentIndex().data().toString());
        }
    });
    menu.addAction(tr("Copy rows"), this, &RowTableView::copyRows);
    menu.addSeparator();
    menu.addAction(tr("Export filtered rows to CSV…"), this, &RowTableView::exportRequested);
    menu.addAction(tr("Choose columns…"), this,
                   [this, event] { showColumnMenu(event->globalPos()); });
    menu.exec(event->globalPos());
}

void RowTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void RowTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    if (current.row() != previous.row() || !previous.isValid()) {
        emit currentRowChanged(current);
    }
}

void RowTableView::selectNextRow()
{
    if (!model() || model()->rowCount() == 0) {
        return;
    }
    const int row =
        currentIndex().isValid() ? qMin(currentIndex().row() + 1, model()->rowCount() - 1) : 0;
    const int col = currentIndex().isValid() ? currentIndex().column() : 0;
    setCurrentIndex(model()->index(row, col));
    scrollTo(currentIndex());
}

void RowTableView::selectPreviousRow()
{
    if (!model() || model()->rowCount() == 0) {
        return;
    }
    const int row = currentIndex().isValid() ? qMax(currentIndex().row() - 1, 0) : 0;
    const int col = currentIndex().isValid() ? currentIndex().column() : 0;
    setCurrentIndex(model()->index(row, col));
    scrollTo(currentIndex());
}

} // namespace revox
