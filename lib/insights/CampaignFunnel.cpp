#include "CampaignFunnel.h"

namespace revox {

CampaignFunnel CampaignFunnel::compute(const QList<Row> &rows,
                                       const std::optional<OutputCondition> &success)
{
    CampaignFunnel f;
    f.rows = rows.size();
    if (success)
        f.success = 0;
    for (const Row &row : rows) {
        if (!row.call || row.call->callAttempts.isEmpty())
            continue;
        ++f.called;
        bool answered = false;
        bool human = false;
        for (const CallAttempt &a : row.call->callAttempts) {
            answered = answered || a.result.isSet();
            human = human || a.result == CallResult::Human;
        }
        if (!answered)
            continue;
        ++f.answered;
        if (!human)
            continue;
        ++f.human;
        if (success && success->matches(row.structuredOutput()))
            ++*f.success;
    }
    return f;
}

std::optional<double> CampaignFunnel::rate(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

} // namespace revox
