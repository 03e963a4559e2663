#include "CacheCodec.h"

#include "JsonPath.h"
#include "JsonWriter.h"
#include "StoreLog.h"

#include <QJsonDocument>
#include <QtConcurrent>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace revox {
namespace {

// Fewer rows than this are not worth sending to other threads.
constexpr qsizetype kParallelRows = 256;
constexpr qsizetype kSliceRows = 250;

// Puts back what a row was stored without; a row the stored parts do not fit is dropped.
void restore(std::optional<Row> &row, const CacheCodec::StoredRow &in)
{
    row->contentHash = in.contentHash;
    if (!row->call) {
        if (in.assistant || in.lastAttemptIndex >= 0)
            row.reset();
        return;
    }
    Call &call = *row->call;
    call.assistant = in.assistant;
    if (in.lastAttemptIndex >= 0) {
        if (in.lastAttemptIndex >= call.callAttempts.size() || call.lastCallAttemptSeparate)
            row.reset();
        else
            call.lastCallAttemptIndex = in.lastAttemptIndex;
    }
}

} // namespace

CacheCodec::CacheCodec(AssistantCache &assistants)
    : m_reader(m_problems, assistants)
{
}

QByteArray CacheCodec::encodeRow(const Row &row)
{
    if (!row.call)
        return QJsonDocument(json::toJson(row)).toJson(QJsonDocument::Compact);
    // The assistant is stored apart, and so is the index of the attempt last_call_attempt
    // repeats: the writer then leaves both out.
    Row lean = row;
    lean.call->assistant.reset();
    lean.call->lastCallAttemptIndex = -1;
    return QJsonDocument(json::toJson(lean)).toJson(QJsonDocument::Compact);
}

int CacheCodec::repeatedLastAttempt(const Row &row)
{
    if (!row.call)
        return -1;
    const int index = row.call->lastCallAttemptIndex;
    return index >= 0 && index < row.call->callAttempts.size() ? index : -1;
}

QList<std::optional<Row>> CacheCodec::decodeRows(const QList<StoredRow> &stored,
                                                 AssistantCache &assistants, bool parallel)
{
    const qsizetype n = stored.size();
    QList<std::optional<Row>> decoded(n);
    // Many small slices rather than one per core: a thread that is slowed down (other
    // processes on the machine) then leaves its share to the others.
    const qsizetype slices = parallel && n >= kParallelRows ? (n + kSliceRows - 1) / kSliceRows : 1;
    auto decodeSlice = [&](qsizetype slice) {
        CacheCodec codec(assistants);
        for (qsizetype i = slice * n / slices, end = (slice + 1) * n / slices; i < end; ++i) {
            const StoredRow &in = stored.at(i);
            std::optional<Row> &row = decoded[i];
            row = codec.decodeRow(in.json);
            if (row)
                restore(row, in);
        }
    };
    if (slices == 1) {
        decodeSlice(0);
    } else {
        QList<qsizetype> sliceNumbers(slices);
        std::iota(sliceNumbers.begin(), sliceNumbers.end(), 0);
        QtConcurrent::blockingMap(sliceNumbers, decodeSlice);
    }
    return decoded;
}

QByteArray CacheCodec::encodeCampaign(const Campaign &campaign)
{
    return QJsonDocument(json::toJson(campaign)).toJson(QJsonDocument::Compact);
}

QByteArray CacheCodec::encodeAssistant(const Assistant &assistant)
{
    return QJsonDocument(json::toJson(assistant)).toJson(QJsonDocument::Compact);
}

QByteArray CacheCodec::compressed(const QByteArray &encoded)
{
    return qCompress(encoded, 1);
}

std::optional<QJsonObject> CacheCodec::object(const QByteArray &bytes)
{
    m_problems.clear();
    // JSON text starts with '{'; anything else is qCompress output (a 4-byte length first).
    const bool plain = !bytes.isEmpty() && bytes.front() == '{';
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(plain ? bytes : qUncompress(bytes), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qCWarning(lcStore) << "cached value is not a JSON object:" << error.errorString();
        return std::nullopt;
    }
    return doc.object();
}

std::optional<Row> CacheCodec::decodeRow(const QByteArray &bytes)
{
    const std::optional<QJsonObject> o = object(bytes);
    if (!o)
        return std::nullopt;
    Row row;
    if (!m_reader.row(*o, json::JsonPath{}, row))
        return std::nullopt;
    return row;
}

std::optional<Campaign> CacheCodec::decodeCampaign(const QByteArray &bytes)
{
    const std::optional<QJsonObject> o = object(bytes);
    if (!o)
        return std::nullopt;
    return m_reader.campaign(*o, json::JsonPath{});
}

AssistantPtr CacheCodec::decodeAssistant(const QByteArray &bytes)
{
    const std::optional<QJsonObject> o = object(bytes);
    if (!o)
        return nullptr;
    return m_reader.sharedAssistant(*o, json::JsonPath{});
}

} // namespace revox
