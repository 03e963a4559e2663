#include "JsonWriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace revox::json {
namespace {

// A time as the API writes it: ISO 8601 UTC with milliseconds, or null when unknown.
QJsonValue timeValue(Timestamp t)
{
    return t.isValid() ? QJsonValue(t.toIsoString()) : QJsonValue(QJsonValue::Null);
}

// A required enum: its wire text (known or not), or null when the API sent none.
template <typename E> QJsonValue enumValue(const ApiEnum<E> &e)
{
    return e.isSet() ? QJsonValue(e.text) : QJsonValue(QJsonValue::Null);
}

void putOptional(QJsonObject &o, QLatin1StringView key, const QString &text)
{
    if (!text.isEmpty())
        o.insert(key, text);
}

template <typename E> void putOptional(QJsonObject &o, QLatin1StringView key, const ApiEnum<E> &e)
{
    if (e.isSet())
        o.insert(key, e.text);
}

template <typename T>
void putOptional(QJsonObject &o, QLatin1StringView key, const std::optional<T> &v)
{
    if (v)
        o.insert(key, *v);
}

QJsonObject stringMap(const QList<std::pair<QString, QString>> &pairs)
{
    QJsonObject o;
    for (const auto &[key, value] : pairs)
        o.insert(key, value);
    return o;
}

QJsonObject toJson(const CallRetryConfig &c)
{
    QJsonArray windows;
    for (const CallingWindow &w : c.callingWindows) {
        windows.append(QJsonObject{{"calling_window_start_time"_L1, w.startTime},
                                   {"calling_window_end_time"_L1, w.endTime},
                                   {"retry_delay_seconds"_L1, w.retryDelaySeconds}});
    }
    QJsonObject o{{"calling_windows"_L1, windows}, {"max_retry_attempts"_L1, c.maxRetryAttempts}};
    putOptional(o, "timezone"_L1, c.timezone);
    return o;
}

QJsonObject toJson(const LlmModel &m)
{
    QJsonObject o{{"type"_L1, enumValue(m.type)}};
    putOptional(o, "name"_L1, m.name);
    putOptional(o, "openrouter_model_id"_L1, m.openrouterModelId);
    putOptional(o, "openrouter_provider"_L1, m.openrouterProvider);
    return o;
}

QJsonObject toJson(const RowStats &s)
{
    QJsonObject o{{"calling"_L1, s.calling}, {"completed"_L1, s.completed}, {"failed"_L1, s.failed},
                  {"pending"_L1, s.pending}, {"retry"_L1, s.retry},         {"total"_L1, s.total}};
    putOptional(o, "not_launched"_L1, s.notLaunched);
    putOptional(o, "skipped"_L1, s.skipped);
    return o;
}

QJsonObject toJson(const TranscriptEntry &e)
{
    QJsonObject o{{"content"_L1, e.content()}, {"role"_L1, enumValue(e.role)}};
    if (!e.toolArguments().isNull() && !e.toolArguments().isUndefined())
        o.insert("tool_arguments"_L1, e.toolArguments());
    putOptional(o, "tool_is_error"_L1, e.toolIsError());
    putOptional(o, "tool_name"_L1, e.toolName());
    if (!e.toolOutput().isUndefined())
        o.insert("tool_output"_L1, e.toolOutput());
    return o;
}

QJsonObject toJson(const SpeechEvent &e)
{
    QJsonObject o{{"id"_L1, e.id},
                  {"speaker"_L1, enumValue(e.speaker)},
                  {"started_speaking_at_ms"_L1, e.startedSpeakingAtMs}};
    putOptional(o, "stopped_speaking_at_ms"_L1, e.stoppedSpeakingAtMs);
    putOptional(o, "transcript"_L1, e.transcript);
    putOptional(o, "is_real_turn"_L1, e.isRealTurn);
    putOptional(o, "was_cut"_L1, e.wasCut);
    putOptional(o, "llm_ttft_ms"_L1, e.llmTtftMs);
    putOptional(o, "tts_ttfb_ms"_L1, e.ttsTtfbMs);
    putOptional(o, "llm_winner_model"_L1, e.llmWinnerModel);
    putOptional(o, "stt_transcription_delay_ms"_L1, e.sttTranscriptionDelayMs);
    return o;
}

QJsonArray toJson(const QList<TranscriptEntry> &entries)
{
    QJsonArray a;
    for (const TranscriptEntry &e : entries)
        a.append(toJson(e));
    return a;
}

void putOptional(QJsonObject &o, QLatin1StringView key, const std::optional<QList<QJsonObject>> &v)
{
    if (!v)
        return;
    QJsonArray a;
    for (const QJsonObject &e : *v)
        a.append(e);
    o.insert(key, a);
}

} // namespace

QJsonObject toJson(const Assistant &a)
{
    QJsonObject o{
        {"id"_L1, a.id},
        {"created_at"_L1, timeValue(a.createdAt)},
        {"first_sentence_delay_ms"_L1, a.firstSentenceDelayMs},
        {"first_sentence_mode"_L1, enumValue(a.firstSentenceMode)},
        {"ivr_navigation_enabled"_L1, a.ivrNavigationEnabled},
        {"llm_model"_L1, toJson(a.llmModel)},
        {"max_call_duration_secs"_L1, a.maxCallDurationSecs},
        {"name"_L1, a.name},
        {"organization_id"_L1, a.organizationId},
        {"prompt"_L1, a.prompt},
        {"updated_at"_L1, timeValue(a.updatedAt)},
    };
    putOptional(o, "background_sound"_L1, a.backgroundSound);
    if (a.calendly) {
        o.insert("calendly"_L1, QJsonObject{{"connection_id"_L1, a.calendly->connectionId},
                                            {"event_type_id"_L1, a.calendly->eventTypeId}});
    }
    if (a.callRetryConfig)
        o.insert("call_retry_config"_L1, toJson(*a.callRetryConfig));
    putOptional(o, "end_of_call_sentence"_L1, a.endOfCallSentence);
    putOptional(o, "first_sentence"_L1, a.firstSentence);
    if (a.structuredOutputConfig) {
        QJsonArray fields;
        for (const StructuredOutputField &f : *a.structuredOutputConfig) {
            QJsonObject field{
                {"name"_L1, f.name}, {"required"_L1, f.required}, {"type"_L1, enumValue(f.type)}};
            putOptional(field, "description"_L1, f.description);
            if (!f.enumOptions.isEmpty())
                field.insert("enum_options"_L1, QJsonArray::fromStringList(f.enumOptions));
            fields.append(field);
        }
        o.insert("structured_output_config"_L1, fields);
    }
    putOptional(o, "transfer_phone_number"_L1, a.transferPhoneNumber);
    if (a.voice) {
        QJsonObject voice{{"id"_L1, a.voice->id}, {"provider"_L1, enumValue(a.voice->provider)}};
        putOptional(voice, "speed"_L1, a.voice->speed);
        o.insert("voice"_L1, voice);
    }
    putOptional(o, "voicemail_message"_L1, a.voicemailMessage);
    putOptional(o, "webhook_url"_L1, a.webhookUrl);
    if (a.faqItems) {
        QJsonArray items;
        for (const FaqItem &q : *a.faqItems) {
            QJsonObject item{{"answer"_L1, q.answer}, {"question"_L1, q.question}};
            putOptional(item, "id"_L1, q.id);
            putOptional(item, "needs_human_answer"_L1, q.needsHumanAnswer);
            putOptional(item, "source"_L1, q.source);
            items.append(item);
        }
        o.insert("faq_items"_L1, items);
    }
    putOptional(o, "pending_faq_count"_L1, a.pendingFaqCount);
    return o;
}

QJsonObject toJson(const Campaign &c)
{
    QJsonObject o{
        {"id"_L1, c.id},
        {"assistant_id"_L1, c.assistantId},
        {"created_at"_L1, timeValue(c.createdAt)},
        {"is_cancelled"_L1, c.isCancelled},
        {"name"_L1, c.name},
        {"organization_id"_L1, c.organizationId},
        {"status"_L1, enumValue(c.status)},
        {"updated_at"_L1, timeValue(c.updatedAt)},
    };
    if (c.assistant)
        o.insert("assistant"_L1, toJson(*c.assistant));
    if (c.callRetryConfig)
        o.insert("call_retry_config"_L1, toJson(*c.callRetryConfig));
    putOptional(o, "from_phone_number"_L1, c.fromPhoneNumber);
    putOptional(o, "max_concurrent_calls"_L1, c.maxConcurrentCalls);
    if (c.rowStats)
        o.insert("row_stats"_L1, toJson(*c.rowStats));
    if (c.scheduledAt.isValid())
        o.insert("scheduled_at"_L1, timeValue(c.scheduledAt));
    if (!c.funnelStats.isEmpty())
        o.insert("funnel_stats"_L1, c.funnelStats);
    return o;
}

QJsonObject toJson(const CallAttempt &a)
{
    QJsonObject o{
        {"id"_L1, a.id},
        {"answered_at"_L1, timeValue(a.answeredAt)},
        {"ended_at"_L1, timeValue(a.endedAt)},
        {"phone_number"_L1, a.phoneNumber},
        {"started_at"_L1, timeValue(a.startedAt)},
        {"status"_L1, enumValue(a.status)},
    };
    putOptional(o, "dial_error"_L1, a.dialError);
    putOptional(o, "recording_url"_L1, a.recordingUrl);
    putOptional(o, "result"_L1, a.result);
    putOptional(o, "end_reason"_L1, a.endReason);
    putOptional(o, "ended_by"_L1, a.endedBy);
    if (!a.structuredOutput.isEmpty())
        o.insert("structured_output"_L1, a.structuredOutput);
    if (a.transcript)
        o.insert("transcript"_L1, toJson(*a.transcript));
    if (a.speechEvents) {
        QJsonArray events;
        for (const SpeechEvent &e : *a.speechEvents)
            events.append(toJson(e));
        o.insert("speech_events"_L1, events);
    }
    if (a.postCallTranscript)
        o.insert("post_call_transcript"_L1, toJson(*a.postCallTranscript));
    putOptional(o, "handled_by_ai"_L1, a.handledByAi);
    putOptional(o, "handled_by_human"_L1, a.handledByHuman);
    putOptional(o, "handled_by_user"_L1, a.handledByUser);
    putOptional(o, "sms_log"_L1, a.smsLog);
    putOptional(o, "email_log"_L1, a.emailLog);
    if (a.assistantsUsed)
        o.insert("assistants_used"_L1, QJsonArray::fromStringList(*a.assistantsUsed));
    return o;
}

QJsonObject toJson(const Call &c)
{
    QJsonArray attempts;
    for (const CallAttempt &a : c.callAttempts)
        attempts.append(toJson(a));
    QJsonObject o{
        {"id"_L1, c.id},
        {"call_attempts"_L1, attempts},
        {"calls_count"_L1, c.callsCount},
        {"created_at"_L1, timeValue(c.createdAt)},
        {"direction"_L1, enumValue(c.direction)},
        {"first_sentence_delay_ms"_L1, c.firstSentenceDelayMs},
        {"from_phone_number"_L1, c.fromPhoneNumber},
        {"is_cancelled"_L1, c.isCancelled},
        {"is_completed"_L1, c.isCompleted},
        {"llm_model"_L1, toJson(c.llmModel)},
        {"organization_id"_L1, c.organizationId},
        {"scheduled_at"_L1, timeValue(c.scheduledAt)},
        {"status"_L1, enumValue(c.status)},
        {"to_phone_number"_L1, c.toPhoneNumber},
    };
    if (c.assistant)
        o.insert("assistant"_L1, toJson(*c.assistant));
    if (c.callRetryConfig)
        o.insert("call_retry_config"_L1, toJson(*c.callRetryConfig));
    if (c.campaign)
        o.insert("campaign"_L1,
                 QJsonObject{{"id"_L1, c.campaign->id}, {"name"_L1, c.campaign->name}});
    if (const CallAttempt *last = c.lastCallAttempt())
        o.insert("last_call_attempt"_L1, toJson(*last));
    if (c.metadata)
        o.insert("metadata"_L1, stringMap(*c.metadata));
    if (c.nextCallAt.isValid())
        o.insert("next_call_at"_L1, timeValue(c.nextCallAt));
    putOptional(o, "outcome"_L1, c.outcome);
    return o;
}

QJsonObject toJson(const Row &r)
{
    QJsonObject o{{"id"_L1, r.id},
                  {"input_data"_L1, stringMap(r.inputData)},
                  {"phone_number"_L1, r.phoneNumber},
                  {"row_index"_L1, r.rowIndex}};
    if (r.call)
        o.insert("call"_L1, toJson(*r.call));
    return o;
}

QJsonObject toJson(const RowsPage &p)
{
    QJsonArray rows;
    for (const Row &r : p.rows)
        rows.append(toJson(r));
    QJsonObject o{{"rows"_L1, rows}};
    if (p.hasPaging) {
        o.insert("page"_L1, p.page);
        o.insert("page_size"_L1, p.pageSize);
        if (p.hasTotal)
            o.insert("total"_L1, p.total);
    }
    return o;
}

} // namespace revox::json
