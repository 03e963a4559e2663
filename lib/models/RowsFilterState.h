#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace revox {

// What the rows filter shows, as a small value the UI saves and restores (settings/JSON).
struct RowsFilterState
{
    QString result = QStringLiteral("all"); // a resultFilterValues() entry
    QStringList callStatuses;               // wire texts; empty: every status
    QString dialError;                      // wire text; empty: any
    QString text;                           // phone, input data values, ids
    bool textSearchesTranscripts = false;   // text also matches transcript text
    QString transcriptText;                 // transcript only
    int sortColumn = -1;                    // -1: row order
    bool sortDescending = false;

    QJsonObject toJson() const;
    // Missing or mistyped fields keep their defaults.
    static RowsFilterState fromJson(const QJsonObject &object);
    bool operator==(const RowsFilterState &o) const = default;
};

} // namespace revox
