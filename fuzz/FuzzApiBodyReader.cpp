// Feeds arbitrary bytes to every body parser, and what they parse back through the writer.
#include "ApiBodyReader.h"
#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace revox;

namespace {

// Every value must survive a write and a second read without problems appearing.
void checkRoundTrip(const Parsed<RowsPage> &page)
{
    if (!page.ok() || !page.problems.isEmpty())
        return;
    const QByteArray written = QJsonDocument(json::toJson(page.value)).toJson();
    const auto again = json::parseRowsPage(written);
    if (!again.ok() || again.value.rows.size() != page.value.rows.size())
        __builtin_trap();
    for (qsizetype i = 0; i < page.value.rows.size(); ++i) {
        if (!(again.value.rows.at(i) == page.value.rows.at(i)))
            __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    AssistantCache cache;
    const auto page = json::parseRowsPage(body, &cache);
    checkRoundTrip(page);
    const auto campaign = json::parseCampaignResponse(body, &cache);
    if (campaign.ok())
        (void)json::toJson(campaign.value);
    const auto list = json::parseCampaignList(body, &cache);
    for (const Campaign &c : list.value)
        (void)json::toJson(c);
    const auto call = json::parseCallResponse(body, &cache);
    if (call.ok()) {
        (void)json::toJson(call.value);
        (void)call.value.latestAnsweredAttempt();
    }
    (void)json::parseAuthStatus(body);
    (void)json::bodyExcerpt(body, int(size % 200));
    return 0;
}
