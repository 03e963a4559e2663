#include "SimRenderer.h"

#include "JsonOut.h"
#include "SimRandom.h"
#include "SimRecording.h"
#include "TranscriptBuilder.h"

namespace revox::sim {

SimRenderer::SimRenderer(const SimWorld &world, const QUrl &recordingsBase, qint64 nowMs,
                         SimQuirks quirks)
    : m_world(world)
    , m_recordingsBase(recordingsBase)
    , m_now(nowMs)
    , m_quirks(quirks)
{
}

const char *SimRenderer::callStatusText(SimCallStatus s)
{
    switch (s) {
    case SimCallStatus::None:
    case SimCallStatus::Skipped:
    case SimCallStatus::QueuedForCalling:
        return "queued_for_calling";
    case SimCallStatus::NotLaunched:
        return "not_launched";
    case SimCallStatus::Initializing:
        return "initializing";
    case SimCallStatus::Calling:
        return "calling";
    case SimCallStatus::Scheduled:
        return "scheduled";
    case SimCallStatus::Completed:
        return "completed";
    case SimCallStatus::Cancelled:
        return "cancelled";
    case SimCallStatus::Errored:
        return "errored";
    }
    return "queued_for_calling";
}

QString SimRenderer::recordingUrl(const SimCampaign &c, qint64 row, int attempt) const
{
    QUrl url = m_recordingsBase;
    url.setPath(QStringLiteral("/recordings/%1.wav")
                    .arg(m_world.ids().make(SimIds::Kind::Attempt, c.index, row, attempt)));
    return url.toString();
}

void SimRenderer::writeEnum(JsonOut &out, const char *name, const char *value,
                            const char *unknownValue)
{
    out.key(name);
    if (!value)
        out.null();
    else
        out.str(m_quirks.unknownEnums ? unknownValue : value);
}

void SimRenderer::writeNullableTime(JsonOut &out, const char *name, qint64 ms, bool present)
{
    out.key(name);
    if (!present)
        out.null();
    else if (m_quirks.wrongTypes)
        out.num(ms); // epoch milliseconds instead of an ISO string
    else
        out.time(ms);
}

void SimRenderer::writeNullableText(JsonOut &out, const char *name, const QString &text)
{
    out.key(name);
    if (text.isEmpty())
        out.null();
    else
        out.str(text);
}

QByteArray SimRenderer::campaignList()
{
    JsonOut out;
    out.beginObject().key("campaigns").beginArray();
    for (const SimCampaign &c : m_world.campaigns())
        writeCampaign(out, c);
    out.endArray().endObject();
    return out.take();
}

QByteArray SimRenderer::campaignResponse(const SimCampaign &c)
{
    JsonOut out;
    out.beginObject().key("campaign");
    writeCampaign(out, c);
    out.endObject();
    return out.take();
}

QByteArray SimRenderer::rowsPage(const SimCampaign &c, const QList<qint64> &rows, qint64 page,
                                 qint64 pageSize, qint64 total)
{
    JsonOut out;
    out.beginObject();
    if (m_quirks.wrongTypes)
        out.key("page").str(QString::number(page));
    else
        out.field("page", page);
    out.field("page_size", pageSize);
    out.key("rows").beginArray();
    for (qint64 row : rows)
        writeRow(out, c, row);
    out.endArray();
    if (total >= 0)
        out.field("total", total);
    out.endObject();
    return out.take();
}

QByteArray SimRenderer::rowsOnly(const SimCampaign &c, const QList<qint64> &rows)
{
    JsonOut out;
    out.beginObject();
    out.key("rows").beginArray();
    for (qint64 row : rows)
        writeRow(out, c, row);
    out.endArray();
    out.endObject();
    return out.take();
}

QByteArray SimRenderer::callResponse(const SimCampaign &c, qint64 row)
{
    const SimRowPlan plan = m_world.plan(c, row);
    const SimRowState state = m_world.state(c, plan, m_now);
    JsonOut out;
    out.beginObject().key("call");
    writeCall(out, c, row, plan, state);
    out.endObject();
    return out.take();
}

QByteArray SimRenderer::authStatus()
{
    JsonOut out;
    out.beginObject()
        .fieldBool("authenticated", true)
        .field("organization_id", m_world.ids().make(SimIds::Kind::Organization, 0))
        .field("message", "API key is valid")
        .endObject();
    return out.take();
}

// Writes each count as a member of the open object, in the order given.
static void writeCounts(JsonOut &out, std::initializer_list<std::pair<const char *, qint64>> counts)
{
    for (const auto &[name, count] : counts)
        out.field(name, count);
}

void SimRenderer::writeCampaign(JsonOut &out, const SimCampaign &c)
{
    const SimAssistant &a = m_world.assistantOf(c);
    const QString org = m_world.ids().make(SimIds::Kind::Organization, 0);
    out.beginObject();
    out.field("id", c.id);
    out.field("assistant_id", a.id);
    out.fieldTime("created_at", c.createdAtMs);
    if (m_quirks.wrongTypes)
        out.key("is_cancelled").str(c.isCancelled ? "true" : "false");
    else
        out.fieldBool("is_cancelled", c.isCancelled);
    out.field("name", c.name);
    out.field("organization_id", org);
    const SimRowStats stats = m_world.rowStats(c, m_now);
    // A running campaign whose rows have all reached a final state has completed.
    const bool finished = stats.pending + stats.calling + stats.retry == 0;
    const QByteArray status = c.status == QLatin1String("running") && finished
                                  ? QByteArray("completed")
                                  : c.status.toLatin1();
    writeEnum(out, "status", status.constData(), "archived");
    out.fieldTime("updated_at", m_world.updatedAtMs(c, m_now));
    out.key("assistant");
    writeAssistant(out, a);
    out.key("call_retry_config");
    writeRetryConfig(out, c.retry);
    out.field("from_phone_number", c.fromPhoneNumber);
    if (m_quirks.wrongTypes)
        out.key("max_concurrent_calls").str(QString::number(c.maxConcurrentCalls));
    else
        out.field("max_concurrent_calls", c.maxConcurrentCalls);
    out.key("row_stats").beginObject();
    writeCounts(out, {{"calling", stats.calling},
                      {"completed", stats.completed},
                      {"failed", stats.failed},
                      {"pending", stats.pending},
                      {"retry", stats.retry},
                      {"total", stats.total}});
    if (c.newerRowStats)
        writeCounts(out, {{"not_launched", stats.notLaunched}, {"skipped", stats.skipped}});
    out.endObject();
    writeNullableTime(out, "scheduled_at", c.scheduledAtMs, c.scheduledAtMs >= 0);
    if (c.funnelStats) {
        // Newer servers; the members are not documented, these are the simulator's.
        out.key("funnel_stats").beginObject();
        writeCounts(out, {{"contacts", stats.total},
                          {"dialled", stats.dialled},
                          {"connected", stats.connected},
                          {"reached_human", stats.human},
                          {"interested", stats.interested},
                          {"converted", stats.converted}});
        out.endObject();
    }
    out.endObject();
}

void SimRenderer::writeRetryConfig(JsonOut &out, const std::optional<SimRetryConfig> &config)
{
    if (!config) {
        out.null();
        return;
    }
    out.beginObject().key("calling_windows").beginArray();
    for (const SimCallingWindow &w : config->windows) {
        out.beginObject()
            .field("calling_window_end_time", w.end)
            .field("calling_window_start_time", w.start)
            .field("retry_delay_seconds", w.retryDelaySeconds)
            .endObject();
    }
    out.endArray();
    out.field("max_retry_attempts", config->maxRetryAttempts);
    writeNullableText(out, "timezone", config->timezone);
    out.endObject();
}

void SimRenderer::writeLlmModel(JsonOut &out, const SimAssistant &a)
{
    out.beginObject();
    if (a.dedicatedModel) {
        out.field("name", a.modelName);
        writeEnum(out, "type", "dedicated-instance", "self-hosted");
    } else {
        out.field("openrouter_model_id", a.openrouterModelId);
        out.field("openrouter_provider", a.openrouterProvider);
        writeEnum(out, "type", "openrouter", "self-hosted");
    }
    out.endObject();
}

void SimRenderer::writeAssistant(JsonOut &out, const SimAssistant &a)
{
    const int index = int(&a - m_world.assistants().constData());
    auto cached = m_assistantJson.constFind(index);
    if (cached != m_assistantJson.constEnd()) {
        out.raw(*cached);
        return;
    }
    JsonOut json;
    json.beginObject();
    json.field("id", a.id);
    json.key("background_sound");
    if (a.backgroundSound)
        json.str("audio/office.ogg");
    else
        json.null();
    json.key("calendly");
    if (a.calendly) {
        json.beginObject()
            .field("connection_id", "cal_conn_7f3a91")
            .field("event_type_id",
                   "https://api.calendly.com/event_types/b2330295-2a91-4a1d-bb73-99e7707663d5")
            .endObject();
    } else {
        json.null();
    }
    json.key("call_retry_config");
    writeRetryConfig(json, a.retry);
    json.fieldTime("created_at", a.createdAtMs);
    writeNullableText(json, "end_of_call_sentence", a.endOfCallSentence);
    writeNullableText(json, "first_sentence", a.firstSentence);
    json.field("first_sentence_delay_ms", a.firstSentenceDelayMs);
    writeEnum(json, "first_sentence_mode", a.firstSentenceMode.toLatin1().constData(), "adaptive");
    json.fieldBool("ivr_navigation_enabled", a.ivrNavigationEnabled);
    json.key("llm_model");
    writeLlmModel(json, a);
    json.field("max_call_duration_secs", a.maxCallDurationSecs);
    json.field("name", a.name);
    json.field("organization_id", m_world.ids().make(SimIds::Kind::Organization, 0));
    json.field("prompt", a.prompt);
    json.key("structured_output_config");
    if (a.outputs.isEmpty()) {
        json.null();
    } else {
        json.beginArray();
        for (const SimOutputField &f : a.outputs) {
            json.beginObject();
            json.field("name", f.name);
            json.fieldBool("required", f.required);
            json.field("type", f.type);
            writeNullableText(json, "description", f.description);
            json.key("enum_options");
            if (f.enumOptions.isEmpty()) {
                json.null();
            } else {
                json.beginArray();
                for (const QString &o : f.enumOptions)
                    json.str(o);
                json.endArray();
            }
            json.endObject();
        }
        json.endArray();
    }
    writeNullableText(json, "transfer_phone_number", a.transferPhoneNumber);
    json.fieldTime("updated_at", a.updatedAtMs);
    json.key("voice").beginObject();
    json.field("id", a.voiceId);
    writeEnum(json, "provider", a.voiceProvider.toLatin1().constData(), "playht");
    json.key("speed");
    if (a.voiceSpeed < 0)
        json.null();
    else
        json.num(a.voiceSpeed);
    json.endObject();
    writeNullableText(json, "voicemail_message", a.voicemailMessage);
    writeNullableText(json, "webhook_url", a.webhookUrl);
    json.key("faq_items");
    if (a.faq.isEmpty()) {
        json.null();
    } else {
        json.beginArray();
        int i = 0;
        for (const auto &qa : a.faq) {
            ++i;
            json.beginObject()
                .field("answer", qa.second)
                .field("question", qa.first)
                .field("id", QStringLiteral("faq_%1_%2").arg(index).arg(i))
                .fieldBool("needs_human_answer", i == 2)
                .field("source", i == 2 ? "ai" : "human")
                .endObject();
        }
        json.endArray();
    }
    json.key("pending_faq_count");
    if (a.pendingFaqCount < 0)
        json.null();
    else
        json.num(qint64(a.pendingFaqCount));
    json.endObject();
    const QByteArray bytes = json.take();
    m_assistantJson.insert(index, bytes);
    out.raw(bytes);
}

void SimRenderer::writeRow(JsonOut &out, const SimCampaign &c, qint64 row)
{
    out.beginObject();
    out.field("id", m_world.ids().make(SimIds::Kind::Row, c.index, row));
    out.key("input_data").beginObject();
    bool first = true;
    for (const auto &kv : m_world.inputData(c, row)) {
        const QByteArray key = kv.first.toUtf8();
        out.key(key.constData());
        if (m_quirks.wrongTypes && first)
            out.num(qint64(kv.second.size()));
        else
            out.str(kv.second);
        first = false;
    }
    out.endObject();
    out.field("phone_number", m_world.phoneNumber(c, row));
    if (m_quirks.wrongTypes)
        out.key("row_index").str(QString::number(row));
    else
        out.field("row_index", row);
    out.key("call");
    const SimRowPlan plan = m_world.plan(c, row);
    const SimRowState state = m_world.state(c, plan, m_now);
    if (state.status == SimCallStatus::None || state.status == SimCallStatus::Skipped)
        out.null();
    else
        writeCall(out, c, row, plan, state);
    out.endObject();
}

void SimRenderer::writeCall(JsonOut &out, const SimCampaign &c, qint64 row, const SimRowPlan &plan,
                            const SimRowState &state)
{
    const SimAssistant &a = m_world.assistantOf(c);
    out.beginObject();
    out.field("id", m_world.ids().make(SimIds::Kind::Call, c.index, row));
    out.key("assistant");
    writeAssistant(out, a);
    out.key("call_attempts").beginArray();
    for (int k = state.startedAttempts - 1; k >= 0; --k)
        writeAttempt(out, c, row, plan, k);
    out.endArray();
    out.key("call_retry_config");
    writeRetryConfig(out, c.retry ? c.retry : a.retry);
    if (m_quirks.wrongTypes)
        out.key("calls_count").str(QString::number(state.startedAttempts));
    else
        out.field("calls_count", state.startedAttempts);
    out.key("campaign").beginObject().field("id", c.id).field("name", c.name).endObject();
    out.fieldTime("created_at", plan.callCreatedMs);
    writeEnum(out, "direction", "outbound", "internal");
    out.field("first_sentence_delay_ms", a.firstSentenceDelayMs);
    out.field("from_phone_number", c.fromPhoneNumber);
    out.fieldBool("is_cancelled", state.status == SimCallStatus::Cancelled);
    out.fieldBool("is_completed", state.status == SimCallStatus::Completed);
    out.key("last_call_attempt");
    if (state.startedAttempts > 0)
        writeAttempt(out, c, row, plan, state.startedAttempts - 1);
    else
        out.null();
    out.key("llm_model");
    writeLlmModel(out, a);
    out.key("metadata");
    if (c.hasMetadata) {
        out.beginObject();
        for (const auto &kv : m_world.metadata(c, row)) {
            const QByteArray key = kv.first.toUtf8();
            out.field(key.constData(), kv.second);
        }
        out.endObject();
    } else {
        out.null();
    }
    out.field("organization_id", m_world.ids().make(SimIds::Kind::Organization, 0));
    out.key("next_call_at");
    // Newer API versions say when a call waiting for its next attempt will be tried.
    if (state.status == SimCallStatus::Scheduled &&
        state.startedAttempts < int(plan.attempts.size()))
        out.time(plan.attempts[size_t(state.startedAttempts)].startMs);
    else
        out.null();
    out.fieldTime("scheduled_at", plan.firstDialMs);
    writeEnum(out, "status", callStatusText(state.status), "awaiting_review");
    out.field("to_phone_number", m_world.phoneNumber(c, row));
    out.endObject();
}

void SimRenderer::writeAttempt(JsonOut &out, const SimCampaign &c, qint64 row,
                               const SimRowPlan &plan, int k)
{
    const SimAttemptPlan &a = plan.attempts[size_t(k)];
    const bool reached = m_now >= a.answerMs; // answered or failed by now
    const bool answered = a.answered() && reached;
    const bool ended = m_now >= a.endMs;
    const char *status = "queued";
    if (m_now >= a.ringStartMs)
        status = "ringing";
    if (reached)
        status = a.answered() ? (ended ? "completed" : "ongoing") : "error";

    out.beginObject();
    out.field("id", m_world.ids().make(SimIds::Kind::Attempt, c.index, row, k));
    writeNullableTime(out, "answered_at", a.answerMs, answered);
    writeEnum(out, "dial_error",
              reached && a.dialError >= 0 ? SimWorld::kDialErrors[size_t(a.dialError)] : nullptr,
              "carrier_blocked");
    writeNullableTime(out, "ended_at", a.endMs, ended);
    out.field("phone_number", m_world.phoneNumber(c, row));
    out.key("recording_url");
    if (answered && ended)
        out.str(recordingUrl(c, row, k));
    else
        out.null();
    writeEnum(out, "result", answered ? SimWorld::kResults[size_t(a.result)] : nullptr,
              "fax_machine");
    writeNullableTime(out, "started_at", a.startMs, true);
    writeEnum(out, "status", status, "transferring");
    const TranscriptBuilder transcript(m_world, c, row);
    out.key("end_reason");
    const char *reason = ended ? TranscriptBuilder::endReason(a.scenario) : nullptr;
    if (reason)
        out.str(reason);
    else
        out.null();
    writeEnum(out, "ended_by", ended ? TranscriptBuilder::endedBy(a.scenario) : nullptr,
              "supervisor");
    out.key("structured_output");
    if (ended)
        transcript.writeStructuredOutput(out, a, k);
    else
        out.null();
    out.key("transcript");
    if (!answered) {
        out.null();
    } else {
        out.beginArray();
        const qint64 elapsed = m_now - a.answerMs;
        for (const SimTranscriptLine &line : transcript.lines(a, k)) {
            if (!ended && line.offsetMs > elapsed)
                break;
            out.beginObject();
            out.field("content", line.content);
            writeEnum(out, "role", line.role, "system");
            out.key("tool_arguments");
            switch (line.argumentsKind) {
            case SimTranscriptLine::Arguments::Null:
                out.null();
                break;
            case SimTranscriptLine::Arguments::Object:
                out.raw(line.argumentsJson);
                break;
            case SimTranscriptLine::Arguments::String:
                out.str(QString::fromUtf8(line.argumentsJson));
                break;
            }
            out.key("tool_is_error");
            if (line.toolIsError < 0)
                out.null();
            else
                out.boolean(line.toolIsError == 1);
            writeNullableText(out, "tool_name", line.toolName);
            out.endObject();
        }
        out.endArray();
    }
    if (m_conversationDetail)
        writeConversationDetail(out, c, row, a, k);
    out.endObject();
}

void SimRenderer::writeConversationDetail(JsonOut &out, const SimCampaign &c, qint64 row,
                                          const SimAttemptPlan &a, int k)
{
    const bool answered = a.answered() && m_now >= a.answerMs;
    const bool ended = m_now >= a.endMs;
    // A transferred call is taken over by a person from its middle turn on.
    const bool takenOver = a.scenario == SimScenario::Transfer;
    out.fieldBool("handled_by_ai", answered);
    out.fieldBool("handled_by_human", answered && takenOver && ended);
    out.key("speech_events");
    if (!answered) {
        out.null();
        return;
    }
    const QList<WavComposer::Turn> turns = simRecording(m_world, c, row, k, a).turns();
    const qint64 elapsed = m_now - a.answerMs;
    const qsizetype takeoverAt = takenOver ? turns.size() / 2 : turns.size();
    const QString attemptId = m_world.ids().make(SimIds::Kind::Attempt, c.index, row, k);
    qint64 lastCallerEndMs = -1;
    out.beginArray();
    for (qsizetype i = 0; i < turns.size(); ++i) {
        const WavComposer::Turn &t = turns[i];
        if (!ended && t.startMs > elapsed)
            break;
        const bool human = t.agent && i >= takeoverAt;
        out.beginObject();
        out.field("id", QStringLiteral("%1-%2").arg(attemptId).arg(i));
        out.field("speaker", !t.agent ? "user" : (human ? "human" : "agent"));
        out.field("started_speaking_at_ms", t.startMs);
        if (!ended && t.endMs > elapsed)
            out.fieldNull("stopped_speaking_at_ms");
        else
            out.field("stopped_speaking_at_ms", t.endMs);
        writeNullableText(out, "transcript", WavComposer::clipText(t.clip));
        out.fieldBool("is_real_turn", t.real);
        out.fieldBool("was_cut", t.cut);
        const quint64 h = random::hash(
            {m_world.seed(), quint64(c.index), quint64(row), quint64(k), quint64(i), 7});
        if (t.agent && !human) {
            // The server's share of the wait: both parts stay inside the pause heard.
            const qint64 wait = lastCallerEndMs >= 0 ? t.startMs - lastCallerEndMs : 900;
            const qint64 ttft = std::max<qint64>(1, wait * random::range(h, 30, 55) / 100);
            const qint64 ttfb = std::max<qint64>(1, wait * random::range(h >> 16, 10, 30) / 100);
            out.field("llm_ttft_ms", ttft);
            out.field("tts_ttfb_ms", ttfb);
            out.field("llm_winner_model", "gpt-4.1-mini");
        } else if (!t.agent && t.real) {
            out.field("stt_transcription_delay_ms", random::range(h, 120, 480));
        }
        out.endObject();
        if (!t.agent && t.real)
            lastCallerEndMs = t.endMs;
    }
    out.endArray();
}

} // namespace revox::sim
