#include "JsonDomainReader.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <utility>

using namespace Qt::StringLiterals;

namespace revox::json {
namespace {

// The members of one JSON object, read by name with the object's path at hand.
class Fields
{
public:
    Fields(JsonReader &r, const QJsonObject &o, const JsonPath &path)
        : m_r(r)
        , m_o(o)
        , m_path(path)
    {
    }

    QJsonValue value(QLatin1StringView k) const { return m_o.value(k); }
    JsonPath path(QLatin1StringView k) const { return m_path.member(k); }

    QString str(QLatin1StringView k, Need n = Need::Required)
    {
        return m_r.string(m_o.value(k), m_path.member(k), n);
    }
    QString shared(QLatin1StringView k, Need n = Need::Required)
    {
        return m_r.sharedString(m_o.value(k), m_path.member(k), n);
    }
    bool flag(QLatin1StringView k, Need n = Need::Required)
    {
        return m_r.boolean(m_o.value(k), m_path.member(k), n);
    }
    std::optional<bool> optionalFlag(QLatin1StringView k)
    {
        return m_r.optionalBoolean(m_o.value(k), m_path.member(k));
    }
    qint64 integer(QLatin1StringView k, Need n = Need::Required)
    {
        return m_r.integer(m_o.value(k), m_path.member(k), n).value_or(0);
    }
    std::optional<qint64> optionalInteger(QLatin1StringView k)
    {
        return m_r.integer(m_o.value(k), m_path.member(k), Need::Optional);
    }
    double number(QLatin1StringView k, Need n = Need::Required)
    {
        return m_r.number(m_o.value(k), m_path.member(k), n).value_or(0.0);
    }
    std::optional<double> optionalNumber(QLatin1StringView k)
    {
        return m_r.number(m_o.value(k), m_path.member(k), Need::Optional);
    }
    Timestamp time(QLatin1StringView k) { return m_r.timestamp(m_o.value(k), m_path.member(k)); }
    template <typename E> ApiEnum<E> enumOf(QLatin1StringView k, Need n = Need::Required)
    {
        return m_r.enumValue<E>(m_o.value(k), m_path.member(k), n);
    }
    // The member as an object; nullopt (with a problem when due) otherwise.
    std::optional<QJsonObject> object(QLatin1StringView k, Need n)
    {
        const QJsonValue v = m_o.value(k);
        if (!m_r.check(v, QJsonValue::Object, m_path.member(k), n))
            return std::nullopt;
        return v.toObject();
    }
    std::optional<QJsonArray> array(QLatin1StringView k, Need n)
    {
        const QJsonValue v = m_o.value(k);
        if (!m_r.check(v, QJsonValue::Array, m_path.member(k), n))
            return std::nullopt;
        return v.toArray();
    }

private:
    JsonReader &m_r;
    const QJsonObject m_o; // shares the data; a copy keeps temporaries alive
    const JsonPath m_path; // a copy: callers may pass a temporary step
};

// Reads every object of an array with read(object, path); other elements are problems.
template <typename T, typename Read>
QList<T> objects(JsonReader &r, const QJsonArray &a, const JsonPath &path, Read read)
{
    QList<T> list;
    list.reserve(a.size());
    for (qsizetype i = 0, n = a.size(); i < n; ++i) {
        const QJsonValue v = a.at(i);
        const JsonPath at = path.at(i);
        if (!r.check(v, QJsonValue::Object, at, Need::Required))
            continue;
        list.append(read(v.toObject(), at));
    }
    return list;
}

} // namespace

std::span<const RequiredMembers::Member> JsonDomainReader::callRequired()
{
    static const RequiredMembers::Member kMembers[] = {
        {"id"_L1, QJsonValue::String},
        {"call_attempts"_L1, QJsonValue::Array},
        {"calls_count"_L1, QJsonValue::Double},
        {"direction"_L1, QJsonValue::String},
        {"first_sentence_delay_ms"_L1, QJsonValue::Double},
        {"from_phone_number"_L1, QJsonValue::String},
        {"is_cancelled"_L1, QJsonValue::Bool},
        {"is_completed"_L1, QJsonValue::Bool},
        {"llm_model"_L1, QJsonValue::Object},
        {"organization_id"_L1, QJsonValue::String},
        {"status"_L1, QJsonValue::String},
        {"to_phone_number"_L1, QJsonValue::String}};
    return kMembers;
}

std::span<const RequiredMembers::Member> JsonDomainReader::callAttemptRequired()
{
    static const RequiredMembers::Member kMembers[] = {{"id"_L1, QJsonValue::String},
                                                       {"phone_number"_L1, QJsonValue::String},
                                                       {"status"_L1, QJsonValue::String}};
    return kMembers;
}

std::span<const RequiredMembers::Member> JsonDomainReader::transcriptEntryRequired()
{
    static const RequiredMembers::Member kMembers[] = {{"content"_L1, QJsonValue::String},
                                                       {"role"_L1, QJsonValue::String}};
    return kMembers;
}

std::span<const RequiredMembers::Member> JsonDomainReader::rowRequired()
{
    static const RequiredMembers::Member kMembers[] = {{"input_data"_L1, QJsonValue::Object},
                                                       {"phone_number"_L1, QJsonValue::String},
                                                       {"row_index"_L1, QJsonValue::Double}};
    return kMembers;
}

Campaign JsonDomainReader::campaign(const QJsonObject &o, const JsonPath &path)
{
    Fields f(m_reader, o, path);
    Campaign c;
    c.id = f.str("id"_L1);
    c.assistantId = f.shared("assistant_id"_L1);
    c.createdAt = f.time("created_at"_L1);
    c.isCancelled = f.flag("is_cancelled"_L1);
    c.name = f.str("name"_L1);
    c.organizationId = f.shared("organization_id"_L1);
    c.status = f.enumOf<CampaignStatus>("status"_L1);
    c.updatedAt = f.time("updated_at"_L1);
    c.assistant = sharedAssistant(f.value("assistant"_L1), f.path("assistant"_L1));
    c.callRetryConfig =
        callRetryConfig(f.value("call_retry_config"_L1), f.path("call_retry_config"_L1));
    c.fromPhoneNumber = f.shared("from_phone_number"_L1, Need::Optional);
    c.maxConcurrentCalls = f.optionalInteger("max_concurrent_calls"_L1);
    if (auto stats = f.object("row_stats"_L1, Need::Optional))
        c.rowStats = rowStats(*stats, f.path("row_stats"_L1));
    c.scheduledAt = f.time("scheduled_at"_L1);
    if (auto funnel = f.object("funnel_stats"_L1, Need::Optional))
        c.funnelStats = *funnel;
    return c;
}

RowStats JsonDomainReader::rowStats(const QJsonObject &o, const JsonPath &path)
{
    Fields f(m_reader, o, path);
    RowStats s;
    s.calling = f.integer("calling"_L1);
    s.completed = f.integer("completed"_L1);
    s.failed = f.integer("failed"_L1);
    s.pending = f.integer("pending"_L1);
    s.retry = f.integer("retry"_L1);
    s.total = f.integer("total"_L1);
    s.notLaunched = f.optionalInteger("not_launched"_L1);
    s.skipped = f.optionalInteger("skipped"_L1);
    return s;
}

// Rows, call orders, attempts and transcript lines make up nearly all of a page: their
// members are visited once each, in one pass, rather than looked up by name one by one.

bool JsonDomainReader::row(const QJsonObject &o, const JsonPath &path, Row &out)
{
    // A row that cannot be told apart from the others is not worth reading further.
    const QJsonValue id = o.value("id"_L1);
    if (!m_reader.check(id, QJsonValue::String, path.member("id"_L1), Need::Required))
        return false;
    out.id = id.toString();
    out.contentHash = qHash(o, kRowContentHashSeed);

    RequiredMembers required(m_reader, path);
    QJsonValue call;
    for (auto it = o.constBegin(), end = o.constEnd(); it != end; ++it) {
        if (it.key() == "call"_L1)
            call = it.value();
        else
            rowMember(out, it.key(), it.value(), required);
    }
    required.report(rowRequired());
    const JsonPath callPath = path.member("call"_L1);
    if (m_reader.check(call, QJsonValue::Object, callPath, Need::Optional))
        out.call = this->call(call.toObject(), callPath);
    return true;
}

void JsonDomainReader::rowMember(Row &out, const QString &key, const QJsonValue &v,
                                 RequiredMembers &required)
{
    if (key == "input_data"_L1) {
        const JsonPath at = required.seen("input_data"_L1);
        if (m_reader.check(v, QJsonValue::Object, at, Need::Required))
            out.inputData = m_reader.stringMap(v.toObject(), at);
    } else if (key == "phone_number"_L1) {
        out.phoneNumber = m_reader.string(v, required.seen("phone_number"_L1), Need::Required);
    } else if (key == "row_index"_L1) {
        out.rowIndex =
            m_reader.integer(v, required.seen("row_index"_L1), Need::Required).value_or(0);
    }
}

Call JsonDomainReader::call(const QJsonObject &o, const JsonPath &path)
{
    RequiredMembers required(m_reader, path);
    Call c;
    QJsonValue last;
    QJsonArray attemptsJson;
    for (auto it = o.constBegin(), end = o.constEnd(); it != end; ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == "last_call_attempt"_L1) {
            last = v; // read once call_attempts is known, whatever the member order
            continue;
        }
        if (key == "call_attempts"_L1 && v.isArray())
            attemptsJson = v.toArray();
        callMember(c, key, v, required);
    }
    required.report(callRequired());

    const JsonPath lastPath = path.member("last_call_attempt"_L1);
    if (m_reader.check(last, QJsonValue::Object, lastPath, Need::Optional)) {
        // Usually a repeat of one of call_attempts (same id, same values): keep its index
        // rather than a second copy. One that differs in any value is kept whole.
        const QJsonObject lastObject = last.toObject();
        const QJsonValue lastId = lastObject.value("id"_L1);
        if (lastId.isString()) {
            const QString id = lastId.toString();
            for (qsizetype i = 0, n = c.callAttempts.size(); i < n; ++i) {
                if (c.callAttempts[i].id == id && i < attemptsJson.size() &&
                    attemptsJson.at(i).toObject() == lastObject) {
                    c.lastCallAttemptIndex = int(i);
                    break;
                }
            }
        }
        if (c.lastCallAttemptIndex < 0)
            c.lastCallAttemptSeparate = callAttempt(lastObject, lastPath);
    }
    return c;
}

void JsonDomainReader::callMember(Call &c, const QString &key, const QJsonValue &v,
                                  RequiredMembers &required)
{
    const JsonPath &path = required.path();
    if (key == "id"_L1) {
        c.id = m_reader.string(v, required.seen("id"_L1), Need::Required);
    } else if (key == "status"_L1) {
        c.status = m_reader.enumValue<CallStatus>(v, required.seen("status"_L1), Need::Required);
    } else if (key == "call_attempts"_L1) {
        const JsonPath at = required.seen("call_attempts"_L1);
        if (m_reader.check(v, QJsonValue::Array, at, Need::Required)) {
            c.callAttempts = objects<CallAttempt>(
                m_reader, v.toArray(), at,
                [this](const QJsonObject &a, const JsonPath &p) { return callAttempt(a, p); });
        }
    } else if (key == "assistant"_L1) {
        c.assistant = sharedAssistant(v, path.member("assistant"_L1));
    } else if (key == "call_retry_config"_L1) {
        c.callRetryConfig = callRetryConfig(v, path.member("call_retry_config"_L1));
    } else if (key == "calls_count"_L1) {
        c.callsCount =
            m_reader.integer(v, required.seen("calls_count"_L1), Need::Required).value_or(0);
    } else if (key == "campaign"_L1) {
        const JsonPath at = path.member("campaign"_L1);
        if (m_reader.check(v, QJsonValue::Object, at, Need::Optional)) {
            const QJsonObject ref = v.toObject();
            Fields rf(m_reader, ref, at);
            c.campaign = CampaignRef{rf.shared("id"_L1), rf.shared("name"_L1)};
        }
    } else if (key == "created_at"_L1) {
        c.createdAt = m_reader.timestamp(v, path.member("created_at"_L1));
    } else if (key == "direction"_L1) {
        c.direction =
            m_reader.enumValue<CallDirection>(v, required.seen("direction"_L1), Need::Required);
    } else if (key == "first_sentence_delay_ms"_L1) {
        c.firstSentenceDelayMs =
            m_reader.integer(v, required.seen("first_sentence_delay_ms"_L1), Need::Required)
                .value_or(0);
    } else if (key == "from_phone_number"_L1) {
        c.fromPhoneNumber =
            m_reader.sharedString(v, required.seen("from_phone_number"_L1), Need::Required);
    } else if (key == "is_cancelled"_L1) {
        c.isCancelled = m_reader.boolean(v, required.seen("is_cancelled"_L1), Need::Required);
    } else if (key == "is_completed"_L1) {
        c.isCompleted = m_reader.boolean(v, required.seen("is_completed"_L1), Need::Required);
    } else if (key == "llm_model"_L1) {
        c.llmModel = llmModel(v, required.seen("llm_model"_L1), Need::Required);
    } else if (key == "metadata"_L1) {
        const JsonPath at = path.member("metadata"_L1);
        if (m_reader.check(v, QJsonValue::Object, at, Need::Optional))
            c.metadata = m_reader.stringMap(v.toObject(), at);
    } else if (key == "organization_id"_L1) {
        c.organizationId =
            m_reader.sharedString(v, required.seen("organization_id"_L1), Need::Required);
    } else if (key == "scheduled_at"_L1) {
        c.scheduledAt = m_reader.timestamp(v, path.member("scheduled_at"_L1));
    } else if (key == "to_phone_number"_L1) {
        c.toPhoneNumber = m_reader.string(v, required.seen("to_phone_number"_L1), Need::Required);
    } else if (key == "next_call_at"_L1) {
        c.nextCallAt = m_reader.timestamp(v, path.member("next_call_at"_L1));
    } else if (key == "outcome"_L1) {
        c.outcome = m_reader.sharedString(v, path.member("outcome"_L1), Need::Optional);
    }
}

CallAttempt JsonDomainReader::callAttempt(const QJsonObject &o, const JsonPath &path)
{
    RequiredMembers required(m_reader, path);
    CallAttempt a;
    for (auto it = o.constBegin(), end = o.constEnd(); it != end; ++it)
        callAttemptMember(a, it.key(), it.value(), required);
    required.report(callAttemptRequired());
    return a;
}

void JsonDomainReader::callAttemptMember(CallAttempt &a, const QString &key, const QJsonValue &v,
                                         RequiredMembers &required)
{
    const JsonPath &path = required.path();
    if (key == "id"_L1) {
        a.id = m_reader.string(v, required.seen("id"_L1), Need::Required);
    } else if (key == "status"_L1) {
        a.status = m_reader.enumValue<AttemptStatus>(v, required.seen("status"_L1), Need::Required);
    } else if (key == "phone_number"_L1) {
        a.phoneNumber = m_reader.string(v, required.seen("phone_number"_L1), Need::Required);
    } else if (key == "transcript"_L1) {
        a.transcript = transcript(v, path.member("transcript"_L1));
    } else if (key == "started_at"_L1) {
        a.startedAt = m_reader.timestamp(v, path.member("started_at"_L1));
    } else if (key == "answered_at"_L1) {
        a.answeredAt = m_reader.timestamp(v, path.member("answered_at"_L1));
    } else if (key == "ended_at"_L1) {
        a.endedAt = m_reader.timestamp(v, path.member("ended_at"_L1));
    } else if (key == "result"_L1) {
        a.result = m_reader.enumValue<CallResult>(v, path.member("result"_L1), Need::Optional);
    } else if (key == "dial_error"_L1) {
        a.dialError =
            m_reader.enumValue<DialError>(v, path.member("dial_error"_L1), Need::Optional);
    } else if (key == "ended_by"_L1) {
        a.endedBy = m_reader.enumValue<EndedBy>(v, path.member("ended_by"_L1), Need::Optional);
    } else if (key == "end_reason"_L1) {
        a.endReason = m_reader.sharedString(v, path.member("end_reason"_L1), Need::Optional);
    } else if (key == "recording_url"_L1) {
        a.recordingUrl = m_reader.string(v, path.member("recording_url"_L1), Need::Optional);
    } else if (key == "structured_output"_L1) {
        if (m_reader.check(v, QJsonValue::Object, path.member("structured_output"_L1),
                           Need::Optional))
            a.structuredOutput = v.toObject();
    } else if (key == "speech_events"_L1) {
        const JsonPath at = path.member("speech_events"_L1);
        if (m_reader.check(v, QJsonValue::Array, at, Need::Optional)) {
            a.speechEvents = objects<SpeechEvent>(
                m_reader, v.toArray(), at,
                [this](const QJsonObject &e, const JsonPath &p) { return speechEvent(e, p); });
        }
    } else if (key == "post_call_transcript"_L1) {
        a.postCallTranscript = transcript(v, path.member("post_call_transcript"_L1));
    } else if (key == "handled_by_ai"_L1) {
        a.handledByAi = m_reader.optionalBoolean(v, path.member("handled_by_ai"_L1));
    } else if (key == "handled_by_human"_L1) {
        a.handledByHuman = m_reader.optionalBoolean(v, path.member("handled_by_human"_L1));
    } else if (key == "handled_by_user"_L1) {
        if (m_reader.check(v, QJsonValue::Object, path.member("handled_by_user"_L1),
                           Need::Optional))
            a.handledByUser = v.toObject();
    } else if (key == "sms_log"_L1) {
        a.smsLog = objectList(v, path.member("sms_log"_L1));
    } else if (key == "email_log"_L1) {
        a.emailLog = objectList(v, path.member("email_log"_L1));
    } else if (key == "assistants_used"_L1) {
        const JsonPath at = path.member("assistants_used"_L1);
        if (m_reader.check(v, QJsonValue::Array, at, Need::Optional))
            a.assistantsUsed = m_reader.stringList(v.toArray(), at);
    }
}

std::optional<QList<TranscriptEntry>> JsonDomainReader::transcript(const QJsonValue &v,
                                                                   const JsonPath &path)
{
    if (!m_reader.check(v, QJsonValue::Array, path, Need::Optional))
        return std::nullopt;
    return objects<TranscriptEntry>(
        m_reader, v.toArray(), path,
        [this](const QJsonObject &e, const JsonPath &p) { return transcriptEntry(e, p); });
}

std::optional<QList<QJsonObject>> JsonDomainReader::objectList(const QJsonValue &v,
                                                               const JsonPath &path)
{
    if (!m_reader.check(v, QJsonValue::Array, path, Need::Optional))
        return std::nullopt;
    return objects<QJsonObject>(m_reader, v.toArray(), path,
                                [](const QJsonObject &e, const JsonPath &) { return e; });
}

SpeechEvent JsonDomainReader::speechEvent(const QJsonObject &o, const JsonPath &path)
{
    RequiredMembers required(m_reader, path);
    SpeechEvent e;
    for (auto it = o.constBegin(), end = o.constEnd(); it != end; ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == "id"_L1) {
            e.id = m_reader.string(v, required.seen("id"_L1), Need::Required);
        } else if (key == "speaker"_L1) {
            e.speaker = m_reader.enumValue<Speaker>(v, required.seen("speaker"_L1), Need::Required);
        } else if (key == "started_speaking_at_ms"_L1) {
            e.startedSpeakingAtMs =
                m_reader.number(v, required.seen("started_speaking_at_ms"_L1), Need::Required)
                    .value_or(0.0);
        } else if (key == "stopped_speaking_at_ms"_L1) {
            e.stoppedSpeakingAtMs =
                m_reader.number(v, path.member("stopped_speaking_at_ms"_L1), Need::Optional);
        } else if (key == "transcript"_L1) {
            e.transcript = m_reader.string(v, path.member("transcript"_L1), Need::Optional);
        } else if (key == "is_real_turn"_L1) {
            e.isRealTurn = m_reader.optionalBoolean(v, path.member("is_real_turn"_L1));
        } else if (key == "was_cut"_L1) {
            e.wasCut = m_reader.optionalBoolean(v, path.member("was_cut"_L1));
        } else if (key == "llm_ttft_ms"_L1) {
            e.llmTtftMs = m_reader.number(v, path.member("llm_ttft_ms"_L1), Need::Optional);
        } else if (key == "tts_ttfb_ms"_L1) {
            e.ttsTtfbMs = m_reader.number(v, path.member("tts_ttfb_ms"_L1), Need::Optional);
        } else if (key == "llm_winner_model"_L1) {
            e.llmWinnerModel =
                m_reader.sharedString(v, path.member("llm_winner_model"_L1), Need::Optional);
        } else if (key == "stt_transcription_delay_ms"_L1) {
            e.sttTranscriptionDelayMs =
                m_reader.number(v, path.member("stt_transcription_delay_ms"_L1), Need::Optional);
        }
    }
    required.report({{"id"_L1, QJsonValue::String},
                     {"speaker"_L1, QJsonValue::String},
                     {"started_speaking_at_ms"_L1, QJsonValue::Double}});
    return e;
}

TranscriptEntry JsonDomainReader::transcriptEntry(const QJsonObject &o, const JsonPath &path)
{
    RequiredMembers required(m_reader, path);
    TranscriptEntry e;
    for (auto it = o.constBegin(), end = o.constEnd(); it != end; ++it)
        transcriptEntryMember(e, it.key(), it.value(), required);
    required.report(transcriptEntryRequired());
    return e;
}

void JsonDomainReader::transcriptEntryMember(TranscriptEntry &e, const QString &key,
                                             const QJsonValue &v, RequiredMembers &required)
{
    const JsonPath &path = required.path();
    if (key == "content"_L1) {
        e.setContent(m_reader.string(v, required.seen("content"_L1), Need::Required));
    } else if (key == "role"_L1) {
        e.role = m_reader.enumValue<TranscriptRole>(v, required.seen("role"_L1), Need::Required);
    } else if (key == "tool_arguments"_L1) {
        if (v.isObject() || v.isString()) {
            e.editTool().arguments = v;
        } else if (!v.isNull()) {
            m_reader.problem(path.member("tool_arguments"_L1),
                             QStringLiteral("expected object, string or null, got ") + typeName(v));
        }
    } else if (key == "tool_is_error"_L1) {
        if (const auto failed = m_reader.optionalBoolean(v, path.member("tool_is_error"_L1)))
            e.editTool().isError = failed;
    } else if (key == "tool_name"_L1) {
        const QString name = m_reader.sharedString(v, path.member("tool_name"_L1), Need::Optional);
        if (!name.isNull())
            e.editTool().name = name;
    } else if (key == "tool_output"_L1) {
        e.editTool().output = v; // null too: the server said it, and it is written back
    }
}

AssistantPtr JsonDomainReader::sharedAssistant(const QJsonValue &v, const JsonPath &path)
{
    if (!m_reader.check(v, QJsonValue::Object, path, Need::Optional))
        return nullptr;
    const QJsonObject o = v.toObject();
    const QJsonValue id = o.value("id"_L1);
    const QJsonValue updatedAt = o.value("updated_at"_L1);
    if (id.isString() && updatedAt.isString()) {
        // A known version (id and updated_at) is not read again.
        const Timestamp t = Timestamp::parseIso8601(updatedAt.toString());
        if (t.isValid()) {
            const QString idText = id.toString();
            if (m_lastAssistant && m_lastAssistant->updatedAt == t && m_lastAssistant->id == idText)
                return m_lastAssistant;
            AssistantPtr known = m_cache.find(idText, t);
            if (!known)
                known = m_cache.intern(assistant(o, path));
            m_lastAssistantObject = QJsonObject();
            m_lastAssistant = known;
            return known;
        }
    }
    // Without a usable updated_at: rows of a page nearly always repeat one assistant, and
    // an identical object (compared without decoding any text) is the one already read.
    if (m_lastAssistant && !m_lastAssistantObject.isEmpty() && o == m_lastAssistantObject)
        return m_lastAssistant;
    m_lastAssistantObject = o;
    m_lastAssistant = m_cache.intern(assistant(o, path));
    return m_lastAssistant;
}

Assistant JsonDomainReader::assistant(const QJsonObject &o, const JsonPath &path)
{
    Fields f(m_reader, o, path);
    Assistant a;
    a.id = f.shared("id"_L1);
    a.backgroundSound = f.shared("background_sound"_L1, Need::Optional);
    if (auto calendly = f.object("calendly"_L1, Need::Optional)) {
        Fields cf(m_reader, *calendly, f.path("calendly"_L1));
        a.calendly = Calendly{cf.str("connection_id"_L1), cf.str("event_type_id"_L1)};
    }
    a.callRetryConfig =
        callRetryConfig(f.value("call_retry_config"_L1), f.path("call_retry_config"_L1));
    a.createdAt = f.time("created_at"_L1);
    a.endOfCallSentence = f.str("end_of_call_sentence"_L1, Need::Optional);
    a.firstSentence = f.str("first_sentence"_L1, Need::Optional);
    a.firstSentenceDelayMs = f.integer("first_sentence_delay_ms"_L1);
    a.firstSentenceMode = f.enumOf<FirstSentenceMode>("first_sentence_mode"_L1);
    a.ivrNavigationEnabled = f.flag("ivr_navigation_enabled"_L1);
    a.llmModel = llmModel(f.value("llm_model"_L1), f.path("llm_model"_L1), Need::Required);
    a.maxCallDurationSecs = f.number("max_call_duration_secs"_L1);
    a.name = f.shared("name"_L1);
    a.organizationId = f.shared("organization_id"_L1);
    a.prompt = f.str("prompt"_L1);
    if (auto config = f.array("structured_output_config"_L1, Need::Optional)) {
        a.structuredOutputConfig =
            objects<StructuredOutputField>(m_reader, *config, f.path("structured_output_config"_L1),
                                           [this](const QJsonObject &e, const JsonPath &p) {
                                               return structuredOutputField(e, p);
                                           });
    }
    a.transferPhoneNumber = f.str("transfer_phone_number"_L1, Need::Optional);
    a.updatedAt = f.time("updated_at"_L1);
    if (auto voice = f.object("voice"_L1, Need::Optional)) {
        Fields vf(m_reader, *voice, f.path("voice"_L1));
        a.voice = Voice{vf.str("id"_L1), vf.enumOf<VoiceProvider>("provider"_L1),
                        vf.optionalNumber("speed"_L1)};
    }
    a.voicemailMessage = f.str("voicemail_message"_L1, Need::Optional);
    a.webhookUrl = f.str("webhook_url"_L1, Need::Optional);
    if (auto faq = f.array("faq_items"_L1, Need::Optional)) {
        a.faqItems = objects<FaqItem>(
            m_reader, *faq, f.path("faq_items"_L1),
            [this](const QJsonObject &e, const JsonPath &p) { return faqItem(e, p); });
    }
    a.pendingFaqCount = f.optionalNumber("pending_faq_count"_L1);
    return a;
}

StructuredOutputField JsonDomainReader::structuredOutputField(const QJsonObject &o,
                                                              const JsonPath &path)
{
    Fields f(m_reader, o, path);
    StructuredOutputField s;
    s.name = f.shared("name"_L1);
    s.required = f.flag("required"_L1);
    s.type = f.enumOf<OutputFieldType>("type"_L1);
    s.description = f.str("description"_L1, Need::Optional);
    if (auto options = f.array("enum_options"_L1, Need::Optional))
        s.enumOptions = m_reader.stringList(*options, f.path("enum_options"_L1));
    return s;
}

FaqItem JsonDomainReader::faqItem(const QJsonObject &o, const JsonPath &path)
{
    Fields f(m_reader, o, path);
    FaqItem q;
    q.answer = f.str("answer"_L1);
    q.question = f.str("question"_L1);
    q.id = f.str("id"_L1, Need::Optional);
    q.needsHumanAnswer = f.optionalFlag("needs_human_answer"_L1);
    q.source = f.enumOf<FaqSource>("source"_L1, Need::Optional);
    return q;
}

std::optional<CallRetryConfig> JsonDomainReader::callRetryConfig(const QJsonValue &v,
                                                                 const JsonPath &path)
{
    if (!m_reader.check(v, QJsonValue::Object, path, Need::Optional))
        return std::nullopt;
    const QJsonObject o = v.toObject();
    if (m_lastRetryConfig.matches(o))
        return m_lastRetryConfig.value;
    const qsizetype problemsBefore = m_reader.problemCount();
    Fields f(m_reader, o, path);
    CallRetryConfig config;
    if (auto windows = f.array("calling_windows"_L1, Need::Required)) {
        config.callingWindows =
            objects<CallingWindow>(m_reader, *windows, f.path("calling_windows"_L1),
                                   [this](const QJsonObject &w, const JsonPath &p) {
                                       Fields wf(m_reader, w, p);
                                       CallingWindow window;
                                       window.startTime = wf.shared("calling_window_start_time"_L1);
                                       window.endTime = wf.shared("calling_window_end_time"_L1);
                                       window.retryDelaySeconds =
                                           wf.integer("retry_delay_seconds"_L1);
                                       return window;
                                   });
    }
    config.maxRetryAttempts = f.integer("max_retry_attempts"_L1);
    config.timezone = f.shared("timezone"_L1, Need::Optional);
    if (m_reader.problemCount() == problemsBefore)
        m_lastRetryConfig.remember(o, config);
    return config;
}

LlmModel JsonDomainReader::llmModel(const QJsonValue &v, const JsonPath &path, Need need)
{
    LlmModel m;
    if (!m_reader.check(v, QJsonValue::Object, path, need))
        return m;
    const QJsonObject o = v.toObject();
    if (m_lastLlmModel.matches(o))
        return m_lastLlmModel.value;
    const qsizetype problemsBefore = m_reader.problemCount();
    Fields f(m_reader, o, path);
    m.type = f.enumOf<LlmModelType>("type"_L1);
    // Which members are required depends on the type; for a type this version does not
    // know, whatever is there is kept without complaint.
    const bool dedicated = m.type == LlmModelType::DedicatedInstance;
    const bool openRouter = m.type == LlmModelType::OpenRouter;
    m.name = f.shared("name"_L1, dedicated ? Need::Required : Need::Optional);
    m.openrouterModelId =
        f.shared("openrouter_model_id"_L1, openRouter ? Need::Required : Need::Optional);
    m.openrouterProvider =
        f.shared("openrouter_provider"_L1, openRouter ? Need::Required : Need::Optional);
    if (m_reader.problemCount() == problemsBefore)
        m_lastLlmModel.remember(o, m);
    return m;
}

void JsonDomainReader::rowsPaging(const QJsonObject &members, JsonReader &reader, RowsPage &page)
{
    page.hasPaging = members.contains("page"_L1) || members.contains("page_size"_L1) ||
                     members.contains("total"_L1);
    if (!page.hasPaging)
        return;
    const JsonPath top;
    page.page =
        reader.integer(members.value("page"_L1), top.member("page"_L1), Need::Required).value_or(0);
    page.pageSize =
        reader.integer(members.value("page_size"_L1), top.member("page_size"_L1), Need::Required)
            .value_or(0);
    const std::optional<qint64> total =
        reader.integer(members.value("total"_L1), top.member("total"_L1), Need::Optional);
    page.total = total.value_or(0);
    page.hasTotal = total.has_value();
}

} // namespace revox::json
