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

bool outcomeFromKey(const QString &key, RowOutcome *outcome)
{
    for (int o = 0; o < kRowOutcomeCount; ++o) {
        if (outcomeKey(RowOutcome(o)) == key) {
            if (outcome)
                *outcome = RowOutcome(o);
            return true;
        }
    }
    return false;
}

QString outcomeDetailKey(const Row &row)
{
    return outcomeDetailKey(row, outcomeOf(row));
}

QString outcomeDetailKey(const Row &row, RowOutcome outcome)
{
    if (outcome == RowOutcome::Answered && row.call && row.call->latestAnsweredAttempt())
        return row.call->latestAnsweredAttempt()->result.text;
    return outcomeKey(outcome);
}

} // namespace revox
