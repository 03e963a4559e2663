#pragma once

#include <Qt>

namespace revox {

// Item data roles shared by every model of lib/models, beyond Qt's own.
//
// Qt::DisplayRole    text for people: local times, durations as m:ss, readable enum text.
// Qt::ToolTipRole    the raw wire value(s) (ISO time in UTC, enum wire text, ids).
// Qt::ForegroundRole a QColor for status / result cells, derived from the palette.
// Qt::DecorationRole a QColor swatch for status / result cells (delegates paint it).
// Qt::BackgroundRole a faint QColor tint on status / result cells (errors, humans, ...).
enum ModelRole {
    // What sorting compares: numbers, ms since epoch, enum wire text, plain strings.
    // An empty or unknown value is an invalid QVariant (the proxy sorts it last).
    RawValueRole = Qt::UserRole + 1,
    // The id of the API object that a model row stands for (a campaign row id in
    // RowsTableModel, a campaign id in CampaignListModel, an attempt id in
    // CallAttemptsModel). Views keep their selection by this id across refreshes.
    RowIdRole,
    // The call order id of a campaign row (RowsTableModel), empty when it has none.
    CallIdRole,
    // An attempt's recording URL as a QUrl (CallAttemptsModel), invalid when none.
    RecordingUrlRole,
    // The wire text of the row's result ("human", ..., "" when none) in RowsTableModel,
    // of the attempt's result in CallAttemptsModel.
    ResultWireRole,
    // The wire text of the call status (RowsTableModel) or attempt status
    // (CallAttemptsModel); "" when there is none.
    StatusWireRole,
};

} // namespace revox
