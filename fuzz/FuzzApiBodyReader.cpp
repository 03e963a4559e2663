// Feeds arbitrary bytes to every body parser, and what they parse back through the writer;
// the two rows-page readers are compared on every body both take.
#include "ApiBodyReader.h"
#include "JsonWriter.h"
#include "SimdRowsPageReader.h"

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

// The simdjson rows-page reader must read what the QJsonDocument reader reads: where both
// take the body, the same problems, page fields, rows and content hashes.
void checkSimdReader(const QByteArray &body, const Parsed<RowsPage> &reference)
{
    AssistantCache cache;
    const Parsed<RowsPage> simd = json::parseRowsPageSimd(body, &cache);
    if (!simd.ok() || !reference.ok())
        return;
    if (simd.problems.size() != reference.problems.size())
        __builtin_trap();
    for (qsizetype i = 0; i < simd.problems.size(); ++i) {
        if (simd.problems.at(i).toString() != reference.problems.at(i).toString())
            __builtin_trap();
    }
    const RowsPage &a = simd.value;
    const RowsPage &b = reference.value;
    if (a.hasPaging != b.hasPaging || a.page != b.page || a.pageSize != b.pageSize ||
        a.total != b.total || a.hasTotal != b.hasTotal || a.rows.size() != b.rows.size())
        __builtin_trap();
    for (qsizetype i = 0; i < a.rows.size(); ++i) {
        if (!(a.rows.at(i) == b.rows.at(i)) || a.rows.at(i).contentHash != b.rows.at(i).contentHash)
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
    checkSimdReader(body, page);
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
