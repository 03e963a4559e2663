#pragma once

#include "Campaign.h"
#include "Row.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Values for the cache tests, made from the fixtures under tests/data.
namespace revox::cachetest {

// The rows of tests/data/<fixture>, parsed; fails the running test when they do not parse.
QList<Row> rowsOf(const QString &fixture);
// count rows shaped like the seed row (tests/data/rows-page.json), with ids "row-<i>",
// row_index i and their own phone numbers.
QList<Row> seedRows(qsizetype count);
// The campaigns of tests/data/campaign-list.json.
QList<Campaign> campaigns();
// A fixed time, whole milliseconds, UTC.
QDateTime at(int minute);

} // namespace revox::cachetest
