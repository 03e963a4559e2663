#pragma once

#include "ApiEnums.h"
#include "Row.h"

#include <QString>
#include <QStringList>

namespace revox {

// Where a row stands, in the one vocabulary every view and the CLI use: not called yet,
// call in progress, answered (then by result), not reached (then by dial error), or
// skipped / cancelled. Each row is in exactly one of them, so their counts add up to the
// campaign's rows.
enum class RowOutcome { NotCalled, InProgress, Answered, NotReached, Skipped };
inline constexpr int kRowOutcomeCount = 5;

// The row's outcome:
// - in progress while the call order is calling (or post-processing) or its latest attempt
//   rings or talks (row_stats' calling); an order still initializing or queued is not;
// - answered when an attempt has a result (the latest answered attempt names it);
// - not reached when attempts were made and none was answered;
// - skipped when the call order was cancelled, not launched or errored before any attempt;
// - not called yet otherwise (no call order, or one still waiting for its first attempt).
RowOutcome outcomeOf(const Row &row);

// Stable keys ("not_called", "in_progress", "answered", "not_reached", "skipped").
QString outcomeKey(RowOutcome outcome);
// The outcome a key names; false when the key is not one of them.
bool outcomeFromKey(const QString &key, RowOutcome *outcome);

// The finer key a row is counted under: the outcome key, except that answered rows use
// their result's wire text ("human", "voicemail", ... or an unknown text as sent).
QString outcomeDetailKey(const Row &row);
// The same for an outcome already known (one that takes the campaign's end into account).
QString outcomeDetailKey(const Row &row, RowOutcome outcome);

} // namespace revox
