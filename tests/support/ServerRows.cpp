#include "ServerRows.h"

#include "RevoxClient.h"

#include <QTest>

namespace revox::testing {

std::optional<QList<Row>> allRowsOf(RevoxClient *client, const QString &campaignId, int timeoutMs)
{
    std::optional<QList<Row>> rows;
    bool done = false;
    QObject context;
    client->getAllRows(campaignId, RowsQuery(), &context, [&](ApiResult<QList<Row>> result) {
        if (result.ok())
            rows = std::move(*result.value);
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        return std::nullopt;
    return rows;
}

} // namespace revox::testing
