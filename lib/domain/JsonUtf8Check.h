#pragma once

#include "ApiBodyReader.h"

#include <QByteArray>
#include <QList>

namespace revox::json {

// Finds the strings (member names and values) of a JSON body that hold invalid UTF-8 and
// names each by its JSON path ("rows[0].call.call_attempts[0].transcript[0].content"), as
// problems "invalid UTF-8 at byte N, replaced with U+FFFD". At most maxListed strings are
// listed; the last one listed then says how many more there are. Reads the bytes once,
// without building a document; what is not a string is skipped.
QList<ParseProblem> invalidUtf8Problems(const QByteArray &body, qsizetype maxListed = 20);

// The offset of the first byte of data that does not start a valid UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(const char *data, qsizetype size);

} // namespace revox::json
