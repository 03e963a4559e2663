#pragma once

#include "ApiBodyReader.h"
#include "AssistantCache.h"
#include "Row.h"

#include <QByteArray>

namespace revox::json {

// GET /campaigns/{id}/rows read with simdjson's On-Demand parser, straight from the bytes
// into rows: the same values, content hashes and problems (by JSON path) as
// parseRowsPage(), which reads any body this one does not take as it stands (not JSON,
// invalid UTF-8, duplicate members, a missing rows member).
Parsed<RowsPage> parseRowsPageSimd(const QByteArray &body, AssistantCache *cache = nullptr);

} // namespace revox::json
