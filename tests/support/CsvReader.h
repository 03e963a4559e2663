#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace revox::test {

// RFC 4180 records back from CSV text: quoted cells, doubled quotes, CRLF inside quotes,
// records ended by CRLF (a last record without one is kept).
QList<QStringList> readCsv(const QString &text);

} // namespace revox::test
