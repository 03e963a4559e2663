#pragma once

#include "Campaign.h"
#include "Row.h"

#include <QJsonObject>

// Writes domain values back out as JSON with the API's field names (a round trip
// through the typed model, used by revox-cli --format json).
namespace revox::json {

QJsonObject toJson(const Assistant &a);
QJsonObject toJson(const Campaign &c);
QJsonObject toJson(const CallAttempt &a);
QJsonObject toJson(const Call &c);
QJsonObject toJson(const Row &r);
QJsonObject toJson(const RowsPage &p);

} // namespace revox::json
