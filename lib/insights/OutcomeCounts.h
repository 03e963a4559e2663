#pragma once

#include "RowOutcome.h"

#include <QHash>
#include <QString>

#include <array>

namespace revox {

// How many rows stand at each outcome, answered rows by their result: the keys of
// outcomeDetailKey ("not_called", "human", "voicemail", ...), each row counted once, so the
// counts add up to the rows. Only the outcomes and results a row has are keys.
class OutcomeCounts
{
public:
    // outcomeOf(i) is row i's outcome (RowOutcome); resultOf(i) the wire text of its answered
    // result, asked only of answered rows. Rows are 0 to rows - 1.
    template <typename OutcomeOf, typename ResultOf>
    static QHash<QString, int> count(int rows, OutcomeOf outcomeOf, ResultOf resultOf)
    {
        std::array<int, kRowOutcomeCount> byOutcome{};
        QHash<QString, int> counts;
        for (int i = 0; i < rows; ++i) {
            const RowOutcome outcome = outcomeOf(i);
            if (outcome == RowOutcome::Answered)
                counts[resultOf(i)] += 1;
            else
                ++byOutcome[size_t(outcome) % byOutcome.size()];
        }
        for (int o = 0; o < kRowOutcomeCount; ++o) {
            if (RowOutcome(o) != RowOutcome::Answered && byOutcome[size_t(o)] > 0)
                counts.insert(outcomeKey(RowOutcome(o)), byOutcome[size_t(o)]);
        }
        return counts;
    }
};

} // namespace revox
