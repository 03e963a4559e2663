#include "RowOutcome.h"

namespace revox {

// A call being placed or talked now (what row_stats counts as calling). A call order that is
// initializing or queued has not dialled yet: row_stats counts it as pending.
static bool isDialling(CallStatus s)
{
    return s == CallStatus::Calling || s == CallStatus::PostProcessing;
}

static bool isLiveAttempt(AttemptStatus s)
{
    return s == AttemptStatus::Ringing || s == AttemptStatus::Ongoing;
}

static bool endedBeforeCalling(const Call &call)
{
    return call.isCancelled || call.status == CallStatus::Cancelled ||
           call.status == CallStatus::NotLaunched || call.status == CallStatus::Errored;
}

RowOutcome outcomeOf(const Row &row)
{
    if (!row.call)
        return RowOutcome::NotCalled;
    const Call &call = *row.call;
    const CallAttempt *latest = call.latestAttempt();
    if (isDialling(call.status.value) || (latest && isLiveAttempt(latest->status.value)))
        return RowOutcome::InProgress;
    if (call.latestAnsweredAttempt())
        return RowOutcome::Answered;
    if (latest)
        return RowOutcome::NotReached;
    return endedBeforeCalling(call) ? RowOutcome::Skipped : RowOutcome::NotCalled;
}

QString outcomeKey(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::NotCalled:
        return QStringLiteral("not_called");
    case RowOutcome::InProgress:
        return QStringLiteral("in_progress");
    case RowOutcome::Answered:
        return QStringLiteral("answered");
    case RowOutcome::NotReached:
        return QStringLiteral("not_reached");
    case RowOutcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QStringList outcomeKeys()
{
    return {outcomeKey(RowOutcome::NotCalled), outcomeKey(RowOutcome::InProgress),
            outcomeKey(RowOutcome::Answered), outcomeKey(RowOutcome::NotReached),
            outcomeKey(RowOutcome::Skipped)};
}

bool outcomeFromKey(const QString &key, RowOutcome *outcome)
{
    for (RowOutcome o : {RowOutcome::NotCalled, RowOutcome::InProgress, RowOutcome::Answered,
                         RowOutcome::NotReached, RowOutcome::Skipped}) {
        if (outcomeKey(o) == key) {
            if (outcome)
                *outcome = o;
            return true;
        }
    }
    return false;
}

QString outcomeDetailKey(const Row &row)
{
    const RowOutcome outcome = outcomeOf(row);
    if (outcome == RowOutcome::Answered)
        return row.call->latestAnsweredAttempt()->result.text;
    return outcomeKey(outcome);
}

} // namespace revox
