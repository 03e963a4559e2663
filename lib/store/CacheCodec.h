#pragma once

#include "ApiBodyReader.h"
#include "Campaign.h"
#include "JsonDomainReader.h"
#include "Row.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace revox {

// The bytes the cache keeps for rows, campaigns and assistants, and the values read back
// from them: the API's JSON as JsonWriter writes it, read again by JsonDomainReader, so a
// round trip is lossless. A row is stored without its call's assistant (the same one for
// thousands of rows; the cache stores each assistant once) and without a last_call_attempt
// that repeats one of the call's attempts (the cache keeps its index); both are put back on
// load, with the row's contentHash as the server's JSON gave it.
// Encoding is static and thread-safe; one decoder instance serves one thread.
class CacheCodec
{
public:
    // assistants: shares equal assistants between the values decoded (thread-safe).
    explicit CacheCodec(AssistantCache &assistants);
    CacheCodec(const CacheCodec &) = delete;
    CacheCodec &operator=(const CacheCodec &) = delete;

    // What the cache keeps of a row: its bytes and the parts stored beside them.
    struct StoredRow
    {
        QByteArray json;
        AssistantPtr assistant;    // of the call; null: none
        int lastAttemptIndex = -1; // the attempt last_call_attempt repeats; -1: none
        size_t contentHash = 0;    // Row::contentHash
    };

    // Compact JSON of the row without its call's assistant and without a last_call_attempt
    // that repeats one of the attempts.
    static QByteArray encodeRow(const Row &row);
    // The index of the attempt the row's last_call_attempt repeats; -1 when it has none or
    // one of its own (which then stays in the JSON).
    static int repeatedLastAttempt(const Row &row);
    // The rows back, in order, on the thread pool as well when parallel is set and there
    // are many; a row that cannot be read is nullopt. Each task has a decoder of its own.
    static QList<std::optional<Row>> decodeRows(const QList<StoredRow> &stored,
                                                AssistantCache &assistants, bool parallel);
    static QByteArray encodeCampaign(const Campaign &campaign);
    static QByteArray encodeAssistant(const Assistant &assistant);
    // encodeRow's output compressed (zlib), for comparing both forms.
    static QByteArray compressed(const QByteArray &encoded);

    // Accepts both plain and compressed bytes. nullopt when the bytes are not a row (or
    // campaign) the reader can use: a damaged cache.
    std::optional<Row> decodeRow(const QByteArray &bytes);
    std::optional<Campaign> decodeCampaign(const QByteArray &bytes);
    AssistantPtr decodeAssistant(const QByteArray &bytes);

private:
    std::optional<QJsonObject> object(const QByteArray &bytes);

    QList<ParseProblem> m_problems; // what the reader noticed; kept for one value at a time
    json::JsonDomainReader m_reader;
};

} // namespace revox
