#pragma once

#include "Row.h"

#include <QList>
#include <QString>

#include <optional>

namespace revox {
class RevoxClient;
} // namespace revox

namespace revox::testing {

// Every row of the campaign as client reads it now (the server's truth a test compares
// with); nullopt when the listing failed or had not ended within timeoutMs.
std::optional<QList<Row>> allRowsOf(RevoxClient *client, const QString &campaignId, int timeoutMs);

} // namespace revox::testing
