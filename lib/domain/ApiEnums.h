#pragma once

#include <QString>
#include <QStringView>

// The API's enums, each with one table that maps it to and from its wire text.
// An unknown wire value maps to the enum's Unknown entry; ApiEnum keeps the text.
namespace revox {

enum class CampaignStatus { Unknown, Draft, Running, Paused, Completed };
enum class CallStatus {
    Unknown,
    Initializing,
    QueuedForCalling,
    Calling,
    Scheduled,
    Completed,
    Cancelled,
    Errored,
    PostProcessing,
    NotLaunched,
    Paused
};
enum class AttemptStatus { Unknown, Queued, Ringing, Ongoing, Completed, Error };
enum class CallResult { Unknown, IVR, Voicemail, Human, UnknownResult, IosScreeningFilter };
enum class DialError {
    Unknown,
    NumberNonAttributed,
    TooManyCalls,
    Busy,
    TemporarilyUnavailable,
    NoAnswer,
    NoInternationalPermission,
    PreconditionFailed,
    NonClassifiedError
};
enum class EndedBy { Unknown, Agent, User, System };
enum class TranscriptRole { Unknown, User, Assistant, Tool };
enum class CallDirection { Unknown, Inbound, Outbound };
enum class FirstSentenceMode { Unknown, Generated, Static, None };
enum class VoiceProvider { Unknown, Cartesia, ElevenLabs };
enum class OutputFieldType { Unknown, String, Number, Boolean, Enum, Date, DateTime };
enum class FaqSource { Unknown, Human, Ai };
enum class LlmModelType { Unknown, DedicatedInstance, OpenRouter };
// Who spoke in a speech event: the agent, the caller, or a person who took the call over.
enum class Speaker { Unknown, Agent, User, Human };

// Wire text of a known value ("queued_for_calling"); empty for Unknown.
QString toWire(CampaignStatus v);
QString toWire(CallStatus v);
QString toWire(AttemptStatus v);
QString toWire(CallResult v);
QString toWire(DialError v);
QString toWire(EndedBy v);
QString toWire(TranscriptRole v);
QString toWire(CallDirection v);
QString toWire(FirstSentenceMode v);
QString toWire(VoiceProvider v);
QString toWire(OutputFieldType v);
QString toWire(FaqSource v);
QString toWire(LlmModelType v);
QString toWire(Speaker v);

// Parses wire text; returns E::Unknown for text the table does not know.
template <typename E> E fromWire(QStringView text);

// An enum value as received: the parsed value plus the exact wire text, so that
// values the API adds later are kept and shown rather than lost.
template <typename E> struct ApiEnum
{
    E value = E::Unknown;
    QString text; // empty when the field was absent or null

    ApiEnum() = default;
    ApiEnum(E v)
        : value(v)
        , text(toWire(v))
    {
    }
    static ApiEnum fromText(const QString &wire)
    {
        ApiEnum e;
        e.text = wire;
        e.value = fromWire<E>(wire);
        return e;
    }
    bool isSet() const { return !text.isEmpty(); }
    bool isKnown() const { return value != E::Unknown; }
    bool operator==(const ApiEnum &o) const { return text == o.text; }
    bool operator!=(const ApiEnum &o) const { return text != o.text; }
    bool operator==(E v) const { return value == v; }
    bool operator!=(E v) const { return value != v; }
};

// Every wire value of the result filter of GET /campaigns/{id}/rows, in the seed's order
// (IVR, voicemail, human, unknown, ios-screening-filter, all, none).
QStringList resultFilterValues();

// True for call statuses in which the call order may still change (not final).
bool isActiveCallStatus(CallStatus s);

} // namespace revox
