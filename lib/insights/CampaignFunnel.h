#pragma once

#include "OutputCondition.h"
#include "Row.h"

#include <QList>

#include <optional>

namespace revox {

// How far the rows got: rows -> called (an attempt was made) -> answered (an attempt has a
// result) -> human (a person answered) -> success (a person answered and the structured
// output meets the success condition the user picked). Each step is a subset of the one
// before.
struct CampaignFunnel
{
    qint64 rows = 0;
    qint64 called = 0;
    qint64 answered = 0;
    qint64 human = 0;
    std::optional<qint64> success; // set when a success condition was given

    static CampaignFunnel compute(const QList<Row> &rows,
                                  const std::optional<OutputCondition> &success = std::nullopt);
    // part / whole as a share 0..1; nullopt when whole is 0.
    static std::optional<double> rate(qint64 part, qint64 whole);
};

} // namespace revox
