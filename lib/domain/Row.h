#pragma once

#include "Call.h"
#include "SharedOptional.h"

#include <QList>
#include <QString>

#include <utility>

namespace revox {

// One contact of a campaign and, once it exists, its call order.
struct Row
{
    QString id;
    QList<std::pair<QString, QString>> inputData; // sorted by key (as QJsonObject keeps it)
    QString phoneNumber;
    qint64 rowIndex = 0;
    SharedOptional<Call> call; // empty until the row is called; shared by copies of the row

    QString inputValue(const QString &key) const;
    bool operator==(const Row &o) const = default;
};

// One page of GET /campaigns/{id}/rows. The newer SDK shape has rows only: then
// hasPaging is false and page, pageSize and total are 0.
struct RowsPage
{
    bool hasPaging = true;
    qint64 page = 0;
    qint64 pageSize = 0;
    qint64 total = 0;
    bool hasTotal = true; // false when a paged answer left total out (or sent it unusable)
    QList<Row> rows;
};

} // namespace revox
