#include "JsonDomainReader.h"

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
    const QJsonObject &m_o;
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

bool JsonDomainReader::row(const QJsonObject &o, const JsonPath &path, Row &out)
{
    Fields f(m_reader, o, path);
    out.id = f.str("id"_L1);
    if (!o.value("id"_L1).isString())
        return false;
    if (auto input = f.object("input_data"_L1, Need::Required))
        out.inputData = m_reader.stringMap(*input, f.path("input_data"_L1));
    out.phoneNumber = f.str("phone_number"_L1);
    out.rowIndex = f.integer("row_index"_L1);
    if (auto call = f.object("call"_L1, Need::Optional))
        out.call = this->call(*call, f.path("call"_L1));
    return true;
}

Call JsonDomainReader::call(const QJsonObject &o, const JsonPath &path)
{
    Fields f(m_reader, o, path);
    Call c;
    c.id = f.str("id"_L1);
    c.assistant = sharedAssistant(f.value("assistant"_L1), f.path("assistant"_L1));
    const std::optional<QJsonArray> attempts = f.array("call_attempts"_L1, Need::Required);
    if (attempts) {
        c.callAttempts = objects<CallAttempt>(
            m_reader, *attempts, f.path("call_attempts"_L1),
            [this](const QJsonObject &a, const JsonPath &p) { return callAttempt(a, p); });
    }
    c.callRetryConfig =
        callRetryConfig(f.value("call_retry_config"_L1), f.path("call_retry_config"_L1));
    c.callsCount = f.integer("calls_count"_L1);
    if (auto ref = f.object("campaign"_L1, Need::Optional)) {
        Fields rf(m_reader, *ref, f.path("campaign"_L1));
        c.campaign = CampaignRef{rf.shared("id"_L1), rf.shared("name"_L1)};
    }
    c.createdAt = f.time("created_at"_L1);
    c.direction = f.enumOf<CallDirection>("direction"_L1);
    c.firstSentenceDelayMs = f.integer("first_sentence_delay_ms"_L1);
    c.fromPhoneNumber = f.shared("from_phone_number"_L1);
    c.isCancelled = f.flag("is_cancelled"_L1);
    c.isCompleted = f.flag("is_completed"_L1);

    if (auto last = f.object("last_call_attempt"_L1, Need::Optional)) {
        // Usually a repeat of one of call_attempts (same id): keep its index rather than
        // a second copy.
        const QJsonValue lastId = last->value("id"_L1);
        if (lastId.isString()) {
            const QString id = lastId.toString();
            for (qsizetype i = 0, n = c.callAttempts.size(); i < n; ++i) {
                if (c.callAttempts[i].id == id) {
                    c.lastCallAttemptIndex = int(i);
                    break;
                }
            }
        }
        if (c.lastCallAttemptIndex < 0)
            c.lastCallAttemptSeparate = callAttempt(*last, f.path("last_call_attempt"_L1));
    }

    c.llmModel = llmModel(f.value("llm_model"_L1), f.path("llm_model"_L1), Need::Required);
    if (auto metadata = f.object("metadata"_L1, Need::Optional))
        c.metadata = m_reader.stringMap(*metadata, f.path("metadata"_L1));
    c.organizationId = f.shared("organization_id"_L1);
    c.scheduledAt = f.time("scheduled_at"_L1);
    c.status = f.enumOf<CallStatus>("status"_L1);
    c.toPhoneNumber = f.str("to_phone_number"_L1);
    c.nextCallAt = f.time("next_call_at"_L1);
    c.outcome = f.shared("outcome"_L1, Need::Optional);
    return c;
}

CallAttempt JsonDomainReader::callAttempt(const QJsonObject &o, const JsonPath &path)
{
    Fields f(m_reader, o, path);
    CallAttempt a;
    a.id = f.str("id"_L1);
    a.answeredAt = f.time("answered_at"_L1);
    a.dialError = f.enumOf<DialError>("dial_error"_L1, Need::Optional);
    a.endedAt = f.time("ended_at"_L1);
    a.phoneNumber = f.str("phone_number"_L1);
    a.recordingUrl = f.str("recording_url"_L1, Need::Optional);
    a.result = f.enumOf<CallResult>("result"_L1, Need::Optional);
    a.startedAt = f.time("started_at"_L1);
    a.status = f.enumOf<AttemptStatus>("status"_L1);
    a.endReason = f.shared("end_reason"_L1, Need::Optional);
    a.endedBy = f.enumOf<EndedBy>("ended_by"_L1, Need::Optional);
    if (auto output = f.object("structured_output"_L1, Need::Optional))
        a.structuredOutput = *output;
    if (auto transcript = f.array("transcript"_L1, Need::Optional)) {
        a.transcript = objects<TranscriptEntry>(
            m_reader, *transcript, f.path("transcript"_L1),
            [this](const QJsonObject &e, const JsonPath &p) { return transcriptEntry(e, p); });
    }
    return a;
}

TranscriptEntry JsonDomainReader::transcriptEntry(const QJsonObject &o, const JsonPath &path)
{
    Fields f(m_reader, o, path);
    TranscriptEntry e;
    e.content = f.str("content"_L1);
    e.role = f.enumOf<TranscriptRole>("role"_L1);
    const QJsonValue args = f.value("tool_arguments"_L1);
    if (args.isObject() || args.isString()) {
        e.toolArguments = args;
    } else if (!args.isNull() && !args.isUndefined()) {
        m_reader.problem(f.path("tool_arguments"_L1),
                         QStringLiteral("expected object, string or null, got ") + typeName(args));
    }
    e.toolIsError = f.optionalFlag("tool_is_error"_L1);
    e.toolName = f.shared("tool_name"_L1, Need::Optional);
    e.toolOutput = f.value("tool_output"_L1);
    return e;
}

AssistantPtr JsonDomainReader::sharedAssistant(const QJsonValue &v, const JsonPath &path)
{
    if (!m_reader.check(v, QJsonValue::Object, path, Need::Optional))
        return nullptr;
    const QJsonObject o = v.toObject();
    // Rows of a page nearly always repeat one assistant: an identical object (compared
    // without decoding any text) is the assistant already read.
    if (m_lastAssistant && o == m_lastAssistantObject)
        return m_lastAssistant;
    const QJsonValue id = o.value("id"_L1);
    const QJsonValue updatedAt = o.value("updated_at"_L1);
    if (id.isString() && updatedAt.isString()) {
        const Timestamp t = Timestamp::parseIso8601(updatedAt.toString());
        if (t.isValid()) {
            if (AssistantPtr known = m_cache.find(id.toString(), t)) {
                m_lastAssistantObject = o;
                m_lastAssistant = known;
                return known;
            }
        }
    }
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
    return config;
}

LlmModel JsonDomainReader::llmModel(const QJsonValue &v, const JsonPath &path, Need need)
{
    LlmModel m;
    if (!m_reader.check(v, QJsonValue::Object, path, need))
        return m;
    const QJsonObject o = v.toObject();
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
    return m;
}

} // namespace revox::json
