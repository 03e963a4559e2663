#include "ApiEnums.h"

#include <QStringList>

#include <array>
#include <utility>

namespace revox {
namespace {

template <typename E, std::size_t N> using Table = std::array<std::pair<E, const char *>, N>;

constexpr Table<CampaignStatus, 4> kCampaignStatus{{{CampaignStatus::Draft, "draft"},
                                                    {CampaignStatus::Running, "running"},
                                                    {CampaignStatus::Paused, "paused"},
                                                    {CampaignStatus::Completed, "completed"}}};
constexpr Table<CallStatus, 10> kCallStatus{{{CallStatus::Initializing, "initializing"},
                                             {CallStatus::QueuedForCalling, "queued_for_calling"},
                                             {CallStatus::Calling, "calling"},
                                             {CallStatus::Scheduled, "scheduled"},
                                             {CallStatus::Completed, "completed"},
                                             {CallStatus::Cancelled, "cancelled"},
                                             {CallStatus::Errored, "errored"},
                                             {CallStatus::PostProcessing, "post_processing"},
                                             {CallStatus::NotLaunched, "not_launched"},
                                             {CallStatus::Paused, "paused"}}};
constexpr Table<AttemptStatus, 5> kAttemptStatus{{{AttemptStatus::Queued, "queued"},
                                                  {AttemptStatus::Ringing, "ringing"},
                                                  {AttemptStatus::Ongoing, "ongoing"},
                                                  {AttemptStatus::Completed, "completed"},
                                                  {AttemptStatus::Error, "error"}}};
constexpr Table<CallResult, 5> kCallResult{
    {{CallResult::IVR, "IVR"},
     {CallResult::Voicemail, "voicemail"},
     {CallResult::Human, "human"},
     {CallResult::UnknownResult, "unknown"},
     {CallResult::IosScreeningFilter, "ios-screening-filter"}}};
constexpr Table<DialError, 8> kDialError{
    {{DialError::NumberNonAttributed, "number_non_attributed"},
     {DialError::TooManyCalls, "too_many_calls"},
     {DialError::Busy, "busy"},
     {DialError::TemporarilyUnavailable, "temporarily_unavailable"},
     {DialError::NoAnswer, "no_answer"},
     {DialError::NoInternationalPermission, "no_international_permission"},
     {DialError::PreconditionFailed, "precondition_failed"},
     {DialError::NonClassifiedError, "non_classified_error"}}};
constexpr Table<EndedBy, 3> kEndedBy{
    {{EndedBy::Agent, "agent"}, {EndedBy::User, "user"}, {EndedBy::System, "system"}}};
constexpr Table<TranscriptRole, 3> kRole{{{TranscriptRole::User, "user"},
                                          {TranscriptRole::Assistant, "assistant"},
                                          {TranscriptRole::Tool, "tool"}}};
constexpr Table<CallDirection, 2> kDirection{
    {{CallDirection::Inbound, "inbound"}, {CallDirection::Outbound, "outbound"}}};
constexpr Table<FirstSentenceMode, 3> kFirstSentenceMode{
    {{FirstSentenceMode::Generated, "generated"},
     {FirstSentenceMode::Static, "static"},
     {FirstSentenceMode::None, "none"}}};
constexpr Table<VoiceProvider, 2> kVoiceProvider{
    {{VoiceProvider::Cartesia, "cartesia"}, {VoiceProvider::ElevenLabs, "elevenlabs"}}};
constexpr Table<OutputFieldType, 6> kOutputFieldType{{{OutputFieldType::String, "string"},
                                                      {OutputFieldType::Number, "number"},
                                                      {OutputFieldType::Boolean, "boolean"},
                                                      {OutputFieldType::Enum, "enum"},
                                                      {OutputFieldType::Date, "date"},
                                                      {OutputFieldType::DateTime, "datetime"}}};
constexpr Table<FaqSource, 2> kFaqSource{{{FaqSource::Human, "human"}, {FaqSource::Ai, "ai"}}};
constexpr Table<LlmModelType, 2> kLlmModelType{
    {{LlmModelType::DedicatedInstance, "dedicated-instance"},
     {LlmModelType::OpenRouter, "openrouter"}}};

constexpr Table<Speaker, 3> kSpeaker{
    {{Speaker::Agent, "agent"}, {Speaker::User, "user"}, {Speaker::Human, "human"}}};

template <typename E, std::size_t N> QString wireOf(const Table<E, N> &table, E v)
{
    for (const auto &[value, text] : table) {
        if (value == v)
            return QString::fromLatin1(text);
    }
    return {};
}

template <typename E, std::size_t N> E valueOf(const Table<E, N> &table, QStringView text)
{
    for (const auto &[value, wire] : table) {
        if (text == QLatin1String(wire))
            return value;
    }
    return E::Unknown;
}

} // namespace

#define REVOX_ENUM_TABLE(Type, table)                                                              \
    QString toWire(Type v)                                                                         \
    {                                                                                              \
        return wireOf(table, v);                                                                   \
    }                                                                                              \
    template <> Type fromWire<Type>(QStringView text)                                              \
    {                                                                                              \
        return valueOf(table, text);                                                               \
    }

REVOX_ENUM_TABLE(CampaignStatus, kCampaignStatus)
REVOX_ENUM_TABLE(CallStatus, kCallStatus)
REVOX_ENUM_TABLE(AttemptStatus, kAttemptStatus)
REVOX_ENUM_TABLE(CallResult, kCallResult)
REVOX_ENUM_TABLE(DialError, kDialError)
REVOX_ENUM_TABLE(EndedBy, kEndedBy)
REVOX_ENUM_TABLE(TranscriptRole, kRole)
REVOX_ENUM_TABLE(CallDirection, kDirection)
REVOX_ENUM_TABLE(FirstSentenceMode, kFirstSentenceMode)
REVOX_ENUM_TABLE(VoiceProvider, kVoiceProvider)
REVOX_ENUM_TABLE(OutputFieldType, kOutputFieldType)
REVOX_ENUM_TABLE(FaqSource, kFaqSource)
REVOX_ENUM_TABLE(LlmModelType, kLlmModelType)
REVOX_ENUM_TABLE(Speaker, kSpeaker)

#undef REVOX_ENUM_TABLE

QStringList resultFilterValues()
{
    QStringList values;
    for (const auto &[value, wire] : kCallResult)
        values << QString::fromLatin1(wire);
    values << QStringLiteral("all") << QStringLiteral("none");
    return values;
}

bool isActiveCallStatus(CallStatus s)
{
    switch (s) {
    case CallStatus::Initializing:
    case CallStatus::QueuedForCalling:
    case CallStatus::Calling:
    case CallStatus::Scheduled:
    case CallStatus::PostProcessing:
    case CallStatus::NotLaunched:
    case CallStatus::Paused:
    case CallStatus::Unknown: // a status we do not know yet may still move: keep watching it
        return true;
    case CallStatus::Completed:
    case CallStatus::Cancelled:
    case CallStatus::Errored:
        return false;
    }
    return true;
}

} // namespace revox
