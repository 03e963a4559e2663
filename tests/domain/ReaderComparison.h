#pragma once

#include <QByteArray>
#include <QString>

namespace revox {

// Reads one rows-page body with both rows-page readers (QJsonDocument and simdjson) and fails
// the running test unless they give the same fatal message, problems, page fields, rows,
// content hashes and assistants; label names the body in the failure.
void compareRowsPageReaders(const QByteArray &body, const QString &label);

} // namespace revox
