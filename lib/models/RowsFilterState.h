#pragma once

#include "OutputCondition.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace revox {

// What the rows filter shows, as a small value the UI saves and restores (settings/JSON).
struct RowsFilterState
{
    // "all"; an outcome key (RowOutcome: "not_called", "in_progress", "answered",
    // "not_reached", "skipped"); a result wire text ("human": answered, with that result);
    // or "none" (no answered attempt).
    QString result = QStringLiteral("all");
    QStringList callStatuses;             // wire texts; empty: every status
    QString dialError;                    // wire text; empty: any
    QString text;                         // phone, input data values, ids
    bool textSearchesTranscripts = false; // text also matches transcript text
    QString transcriptText;               // transcript only
    QList<OutputCondition> outputs;       // structured-output conditions, all must hold
    int sortColumn = -1;                  // -1: row order
    bool sortDescending = false;

    QJsonObject toJson() const;
    // Missing or mistyped fields keep their defaults.
    static RowsFilterState fromJson(const QJsonObject &object);
    bool operator==(const RowsFilterState &o) const = default;
};

} // namespace revox
