#pragma once

#include "Assistant.h"
#include "OutputCondition.h"
#include "Row.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace revox {

// One value of a facet: the condition that picks it and how many rows have it.
struct FacetBucket
{
    OutputCondition condition;
    int count = 0;
};

// What one structured-output field says across the rows: a count per value (booleans yes /
// no; enum options; numbers as ranges; dates by day; strings by their most frequent
// values), the rows without a value, and the rows with values no bucket shows.
struct OutputFacet
{
    QString field;
    OutputFieldType type = OutputFieldType::String;
    bool inConfig = false; // described by structured_output_config (else only seen in outputs)
    QString description;
    QList<FacetBucket> buckets;
    FacetBucket missing; // rows without a value (Equals "")
    int otherValues = 0; // rows whose value is in no bucket (rare strings, far days)
    int rowsCounted = 0; // rows the counts are over
};

// Computes the outcome facets of a campaign's rows. Counts are facet counts: a field's
// counts are over the rows that pass `accepts` (every filter but the output conditions)
// and every active condition on OTHER fields, so a value shows how many rows clicking it
// gives. Buckets (ranges, days, top values) are chosen from every row, so that they stay
// put while filters change.
class OutcomeFacets
{
public:
    static constexpr int kMaxStringValues = 8;
    static constexpr int kMaxDays = 14;
    static constexpr int kMaxRanges = 6;

    // The fields (config: the assistant's structured_output_config, may be empty; fields
    // seen only in outputs follow, with a type read from their values), their buckets, and
    // each row's bucket. Work it out when the rows change; count() as the filters change.
    static OutcomeFacets index(const QList<StructuredOutputField> &config, const QList<Row> &rows);
    // The facets with their counts over the rows accepts() lets through; rows: the ones
    // indexed (read only for a condition that is none of the facets' values).
    QList<OutputFacet> count(const QList<Row> &rows, const std::function<bool(int row)> &accepts,
                             const QList<OutputCondition> &active) const;
    // index(), then count().
    static QList<OutputFacet> compute(const QList<StructuredOutputField> &config,
                                      const QList<Row> &rows,
                                      const std::function<bool(int row)> &accepts,
                                      const QList<OutputCondition> &active);
    int rowCount() const { return m_rowCount; }

private:
    static constexpr qint16 kMissing = -1;
    static constexpr qint16 kOther = -2;

    int m_rowCount = 0;
    QList<OutputFacet> m_facets;
    QHash<QString, int> m_indexOf;
    std::vector<std::vector<qint16>> m_bucketOf; // per facet, per row
};

} // namespace revox
