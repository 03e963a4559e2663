#pragma once

#include <QList>
#include <QTableWidget>

#include <utility>

namespace revox {

// A two-column, read-only table of names and plain-text values (structured output,
// input data, metadata) with a placeholder when there is nothing to show.
class KeyValueTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit KeyValueTable(const QString &emptyText, QWidget *parent = nullptr);
    void setPairs(const QList<std::pair<QString, QString>> &pairs);
    QString valueOf(const QString &key) const;

private:
    QString m_emptyText;
};

} // namespace revox
