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
    // A hash of every member the server sent for this row, nested ones and ones this
    // type does not model included (its JSON object, hashed as it arrived); 0 for a row
    // that was not parsed from JSON. Change detection compares it; operator== does not.
    size_t contentHash = 0;

    QString inputValue(const QString &key) const;
    // The structured output of the call (Call::outputAttempt()); empty when there is none.
    const QJsonObject &structuredOutput() const;
    bool operator==(const Row &o) const
    {
        return id == o.id && inputData == o.inputData && phoneNumber == o.phoneNumber &&
               rowIndex == o.rowIndex && call == o.call;
    }
};

// The seed of Row::contentHash: the same JSON gives the same hash in every process.
inline constexpr size_t kRowContentHashSeed = 0x5265766f78ULL;

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
