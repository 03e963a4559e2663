#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

// Test bodies: the JSON files under tests/data and edited copies of them.
namespace revox::fixtures {

// The bytes of tests/data/<name>; fails the running test when the file is missing.
QByteArray read(const QString &name);

// body with the value at path ("rows[0].call.call_attempts[0].status") replaced by value;
// an undefined value removes the member.
QByteArray withValue(const QByteArray &body, const QString &path, const QJsonValue &value);

} // namespace revox::fixtures
