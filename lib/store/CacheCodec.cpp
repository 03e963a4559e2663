#include "CacheCodec.h"

#include "JsonPath.h"
#include "JsonWriter.h"
#include "StoreLog.h"

#include <QJsonDocument>

namespace revox {

CacheCodec::CacheCodec(AssistantCache &assistants)
    : m_reader(m_problems, assistants)
{
}

QByteArray CacheCodec::encodeRow(const Row &row)
{
    if (!row.call || !row.call->assistant)
        return QJsonDocument(json::toJson(row)).toJson(QJsonDocument::Compact);
    Row withoutAssistant = row;
    withoutAssistant.call->assistant.reset();
    return QJsonDocument(json::toJson(withoutAssistant)).toJson(QJsonDocument::Compact);
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
