#pragma once

#include "Row.h"

#include <QStringList>

namespace revox {

// Which values differ between two versions of a row, as JSON paths in the API's names
// ("input_data.company", "call.status", "call.call_attempts[0].transcript[2].content").
namespace RowDiff {

// Paths of every leaf that was added, removed or changed, in document order. Arrays are
// compared by index; a value whose type changed is reported at its own path.
QStringList changedPaths(const Row &before, const Row &after);

// The hash change detection compares: the server's own hash when the row was parsed,
// otherwise one of the row as the JSON writer writes it.
size_t changeKey(const Row &row);

} // namespace RowDiff
} // namespace revox
