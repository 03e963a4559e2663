#include "KeyValueTable.h"

#include "PlainToolTips.h"

#include <QHeaderView>

namespace revox {

KeyValueTable::KeyValueTable(const QString &emptyText, QWidget *parent)
    : QTableWidget(parent)
    , m_emptyText(emptyText)
{
    setColumnCount(2);
    setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setTabKeyNavigation(false); // arrows move between cells, Tab leaves the table
    setWordWrap(true);
    PlainToolTips::install(this);
    setPairs({});
}

void KeyValueTable::setPairs(const QList<std::pair<QString, QString>> &pairs)
{
    clearContents();
    if (pairs.isEmpty()) {
        setRowCount(1);
        auto *item = new QTableWidgetItem(m_emptyText);
        item->setForeground(palette().color(QPalette::PlaceholderText));
        item->setFlags(Qt::ItemIsEnabled);
        setItem(0, 0, item);
        setSpan(0, 0, 1, 2);
        return;
    }
    clearSpans();
    setRowCount(int(pairs.size()));
    for (int i = 0; i < pairs.size(); ++i) {
        // QTableWidgetItem text is always plain text.
        auto *key = new QTableWidgetItem(pairs.at(i).first);
        QFont bold = key->font();
        bold.setWeight(QFont::DemiBold);
        key->setFont(bold);
        auto *value = new QTableWidgetItem(pairs.at(i).second);
        value->setToolTip(pairs.at(i).second.left(2000));
        setItem(i, 0, key);
        setItem(i, 1, value);
    }
    resizeRowsToContents();
}

QString KeyValueTable::valueOf(const QString &key) const
{
    for (int r = 0; r < rowCount(); ++r) {
        if (item(r, 0) && item(r, 0)->text() == key && item(r, 1)) {
            return item(r, 1)->text();
        }
    }
    return QString();
}

} // namespace revox
