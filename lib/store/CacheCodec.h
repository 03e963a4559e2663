#pragma once

#include "Campaign.h"
#include "JsonDomainReader.h"
#include "JsonParser.h"
#include "Row.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace revox {

// The bytes the cache keeps for rows, campaigns and assistants, and the values read back
// from them: the API's JSON as JsonWriter writes it, read again by JsonDomainReader, so a
// round trip is lossless. A row is stored without its call's assistant (the same one for
// thousands of rows; the cache stores each assistant once and puts it back on load), and
// a last_call_attempt that repeats one of the call's attempts is reduced to its id.
// Encoding is static and thread-safe; one decoder instance serves one thread.
class CacheCodec
{
public:
    // assistants: shares equal assistants between the values decoded (thread-safe).
    explicit CacheCodec(AssistantCache &assistants);
    CacheCodec(const CacheCodec &) = delete;
    CacheCodec &operator=(const CacheCodec &) = delete;

    // A row's stored bytes with the assistant to put back into its call (null: none).
    struct StoredRow
    {
        QByteArray json;
        AssistantPtr assistant;
    };

    // Compact JSON of the row, its call's assistant left out.
    static QByteArray encodeRow(const Row &row);
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
