#include "ApiBodyReader.h"
#include "Fixtures.h"
#include "JsonUtf8Check.h"
#include "SimdRowsPageReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <set>
#include <thread>
#include <vector>

using namespace revox;
using namespace Qt::StringLiterals;

namespace {

QStringList problemTexts(const QList<ParseProblem> &problems)
{
    QStringList texts;
    for (const ParseProblem &p : problems)
        texts << p.toString();
    return texts;
}

QJsonValue removed()
{
    return QJsonValue(QJsonValue::Undefined);
}

// The seed's row repeated count times, each with its own id and row index.
QByteArray seedPageWithRows(int count, const QJsonValue &updatedAt = QJsonObject())
{
    const QJsonObject seed = QJsonDocument::fromJson(fixtures::read(u"rows-page.json"_s)).object();
    const QJsonObject row = seed.value("rows"_L1).toArray().at(0).toObject();
    QJsonArray rows;
    for (int i = 0; i < count; ++i) {
        QJsonObject r = row;
        r.insert("id"_L1, u"row_%1"_s.arg(i));
        r.insert("row_index"_L1, i);
        QJsonObject call = r.value("call"_L1).toObject();
        QJsonObject assistant = call.value("assistant"_L1).toObject();
        assistant.insert("updated_at"_L1, updatedAt);
        call.insert("assistant"_L1, assistant);
        r.insert("call"_L1, call);
        rows.append(r);
    }
    QJsonObject page = seed;
    page.insert("rows"_L1, rows);
    page.insert("total"_L1, count);
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

} // namespace

// Parsing of every API body: the seeds' examples field by field, and hostile variants.
class TestApiBodyReader : public QObject
{
    Q_OBJECT

private slots:
    void seedRowsPage();
    void seedCampaign();
    void conversationFields();
    void conversationFieldProblems();
    void campaignList();
    void funnelStatsKeptAsItCame();
    void callResponse();
    void rowsOnlyShape();
    void minimalBodies();
    void nullOptionals();
    void unknownEnumsKept();
    void numberBounds();

    void optionalFieldAbsentOrNull_data();
    void optionalFieldAbsentOrNull();
    void requiredFieldProblem_data();
    void requiredFieldProblem();
    void rowWithoutIdIsLeftOut_data();
    void rowWithoutIdIsLeftOut();
    void oneBadRowKeepsThePage();
    void repeatedObjectsStillReportTheirProblems();
    void problemListIsBounded();

    void toolArguments_data();
    void toolArguments();
    void timestamps_data();
    void timestamps();

    void fatalBodies_data();
    void fatalBodies();
    void bodyExcerpt_data();
    void bodyExcerpt();
    void invalidUtf8InsideStrings();
    void invalidUtf8PathsOfEveryString();
    void hugeTranscript();

    void assistantSharedAcrossRows();
    void assistantSharedAcrossPagesByUpdatedAt();
    void differentAssistantsStayApart();
    void sharedCacheAcrossThreads();
    void lastCallAttemptDedupe();
    void inputDataSortedAndShared();
    void authStatus_data();
    void authStatus();
};

void TestApiBodyReader::seedRowsPage()
{
    const auto parsed = json::parseRowsPage(fixtures::read(u"rows-page.json"_s));
    QVERIFY(parsed.ok());
    QCOMPARE(problemTexts(parsed.problems), QStringList());
    const RowsPage &page = parsed.value;
    QVERIFY(page.hasPaging);
    QCOMPARE(page.page, 0);
    QCOMPARE(page.pageSize, 0);
    QCOMPARE(page.total, 0);
    QCOMPARE(page.rows.size(), 1);

    const Row &row = page.rows.at(0);
    QCOMPARE(row.id, u"id"_s);
    QCOMPARE(row.inputData.size(), 1);
    QCOMPARE(row.inputValue(u"foo"_s), u"string"_s);
    QCOMPARE(row.phoneNumber, u"phone_number"_s);
    QCOMPARE(row.rowIndex, 0);
    QVERIFY(row.call.has_value());

    const Call &call = *row.call;
    QCOMPARE(call.id, u"id"_s);
    QCOMPARE(call.callsCount, 0);
    QCOMPARE(call.campaign, (CampaignRef{u"id"_s, u"name"_s}));
    QVERIFY(!call.createdAt.isValid());
    QVERIFY(call.direction == CallDirection::Inbound);
    QCOMPARE(call.firstSentenceDelayMs, -9007199254740991LL);
    QCOMPARE(call.fromPhoneNumber, u"from_phone_number"_s);
    QVERIFY(call.isCancelled);
    QVERIFY(call.isCompleted);
    QVERIFY(call.llmModel.type == LlmModelType::DedicatedInstance);
    QCOMPARE(call.llmModel.name, u"gpt-4.1"_s);
    QCOMPARE(call.llmModel.displayName(), u"gpt-4.1"_s);
    QVERIFY(call.metadata.has_value());
    QCOMPARE(*call.metadata, (QList<std::pair<QString, QString>>{{u"foo"_s, u"string"_s}}));
    QCOMPARE(call.organizationId, u"organization_id"_s);
    QVERIFY(!call.scheduledAt.isValid());
    QVERIFY(call.status == CallStatus::Initializing);
    QCOMPARE(call.status.text, u"initializing"_s);
    QCOMPARE(call.toPhoneNumber, u"to_phone_number"_s);
    QVERIFY(call.callRetryConfig.has_value());
    QCOMPARE(call.callRetryConfig->maxRetryAttempts, 1);
    QCOMPARE(call.callRetryConfig->timezone, u"timezone"_s);
    QCOMPARE(
        call.callRetryConfig->callingWindows,
        (QList<CallingWindow>{{u"calling_window_start_time"_s, u"calling_window_end_time"_s, 1}}));

    QCOMPARE(call.callAttempts.size(), 1);
    const CallAttempt &attempt = call.callAttempts.at(0);
    QCOMPARE(attempt.id, u"id"_s);
    QVERIFY(attempt.dialError == DialError::NumberNonAttributed);
    QCOMPARE(attempt.phoneNumber, u"phone_number"_s);
    QCOMPARE(attempt.recordingUrl, u"recording_url"_s);
    QVERIFY(attempt.result == CallResult::IVR);
    QVERIFY(attempt.status == AttemptStatus::Queued);
    QCOMPARE(attempt.endReason, u"end_reason"_s);
    QVERIFY(attempt.endedBy == EndedBy::Agent);
    QCOMPARE(attempt.structuredOutput, (QJsonObject{{"foo"_L1, "bar"_L1}}));
    QVERIFY(!attempt.startedAt.isValid());
    QCOMPARE(attempt.durationSeconds(), -1);
    QVERIFY(attempt.transcript.has_value());
    QCOMPARE(attempt.transcript->size(), 1);
    const TranscriptEntry &entry = attempt.transcript->at(0);
    QCOMPARE(entry.content(), u"content"_s);
    QVERIFY(entry.role == TranscriptRole::User);
    QCOMPARE(entry.toolArguments(), QJsonValue(QJsonObject{{"foo"_L1, "bar"_L1}}));
    QCOMPARE(entry.toolIsError(), std::optional<bool>(true));
    QCOMPARE(entry.toolName(), u"tool_name"_s);
    QVERIFY(entry.toolOutput().isUndefined());

    QCOMPARE(call.lastCallAttemptIndex, 0);
    QVERIFY(!call.lastCallAttemptSeparate.has_value());
    QCOMPARE(call.lastCallAttempt(), &call.callAttempts.at(0));

    QVERIFY(call.assistant);
    const Assistant &a = *call.assistant;
    QCOMPARE(a.id, u"id"_s);
    QCOMPARE(a.backgroundSound, u"audio/office.ogg"_s);
    QCOMPARE(a.calendly, (Calendly{u"connection_id"_s, u"event_type_id"_s}));
    QVERIFY(a.callRetryConfig.has_value());
    QCOMPARE(a.endOfCallSentence, u"end_of_call_sentence"_s);
    QCOMPARE(a.firstSentence, u"first_sentence"_s);
    QCOMPARE(a.firstSentenceDelayMs, -9007199254740991LL);
    QVERIFY(a.firstSentenceMode == FirstSentenceMode::Generated);
    QVERIFY(a.ivrNavigationEnabled);
    QCOMPARE(a.maxCallDurationSecs, 0.0);
    QCOMPARE(a.name, u"name"_s);
    QCOMPARE(a.organizationId, u"organization_id"_s);
    QCOMPARE(a.prompt, u"prompt"_s);
    QVERIFY(a.structuredOutputConfig.has_value());
    QCOMPARE(a.structuredOutputConfig->size(), 1);
    const StructuredOutputField &field = a.structuredOutputConfig->at(0);
    QCOMPARE(field.name, u"x"_s);
    QVERIFY(field.required);
    QVERIFY(field.type == OutputFieldType::String);
    QCOMPARE(field.description, u"description"_s);
    QCOMPARE(field.enumOptions, QStringList{u"string"_s});
    QCOMPARE(a.transferPhoneNumber, u"transfer_phone_number"_s);
    QVERIFY(a.voice.has_value());
    QCOMPARE(a.voice->id, u"x"_s);
    QVERIFY(a.voice->provider == VoiceProvider::Cartesia);
    QCOMPARE(a.voice->speed, std::optional<double>(0.6));
    QCOMPARE(a.voicemailMessage, u"voicemail_message"_s);
    QCOMPARE(a.webhookUrl, u"webhook_url"_s);
    QVERIFY(a.faqItems.has_value());
    QCOMPARE(a.faqItems->size(), 1);
    const FaqItem &faq = a.faqItems->at(0);
    QCOMPARE(faq.answer, u"answer"_s);
    QCOMPARE(faq.question, u"question"_s);
    QCOMPARE(faq.id, u"id"_s);
    QCOMPARE(faq.needsHumanAnswer, std::optional<bool>(true));
    QVERIFY(faq.source == FaqSource::Human);
    QCOMPARE(a.pendingFaqCount, std::optional<double>(0));
    QVERIFY(!a.createdAt.isValid());
    QVERIFY(!a.updatedAt.isValid());
}

void TestApiBodyReader::conversationFields()
{
    const auto parsed = json::parseRowsPage(fixtures::read(u"rows-page-conversation.json"_s));
    QVERIFY(parsed.ok());
    QCOMPARE(problemTexts(parsed.problems), QStringList());
    const Call &call = *parsed.value.rows.at(0).call;
    QCOMPARE(call.lastCallAttemptIndex, 0);
    const CallAttempt &a = call.callAttempts.at(0);
    QVERIFY(a.speechEvents.has_value());
    const QList<SpeechEvent> &events = *a.speechEvents;
    QCOMPARE(events.size(), 5);

    const SpeechEvent &greeting = events.at(0);
    QCOMPARE(greeting.id, u"se1"_s);
    QVERIFY(greeting.speaker == Speaker::Agent);
    QCOMPARE(greeting.startedSpeakingAtMs, 400.0);
    QCOMPARE(greeting.stoppedSpeakingAtMs, std::optional<double>(2600.5));
    QCOMPARE(greeting.transcript, u"Hello, this is Revox calling."_s);
    QVERIFY(!greeting.llmTtftMs.has_value()); // null
    QCOMPARE(greeting.ttsTtfbMs, std::optional<double>(120.5));
    QVERIFY(greeting.llmWinnerModel.isEmpty());
    QVERIFY(greeting.realTurn());
    QVERIFY(!greeting.cut());

    const SpeechEvent &caller = events.at(1);
    QVERIFY(caller.speaker == Speaker::User);
    QCOMPARE(caller.sttTranscriptionDelayMs, std::optional<double>(210));
    QVERIFY(!caller.llmTtftMs.has_value());

    const SpeechEvent &noise = events.at(2);
    QCOMPARE(noise.isRealTurn, std::optional<bool>(false));
    QVERIFY(!noise.realTurn());
    QVERIFY(noise.transcript.isEmpty());

    const SpeechEvent &reply = events.at(3);
    QCOMPARE(reply.llmTtftMs, std::optional<double>(480));
    QCOMPARE(reply.ttsTtfbMs, std::optional<double>(95));
    QCOMPARE(reply.llmWinnerModel, u"gpt-4.1"_s);
    QVERIFY(reply.cut());
    QCOMPARE(reply.endMs(), 7000.0);

    const SpeechEvent &human = events.at(4);
    QVERIFY(human.speaker == Speaker::Human);
    QVERIFY(!human.stoppedSpeakingAtMs.has_value());
    QCOMPARE(human.endMs(), 9000.0);

    QVERIFY(a.postCallTranscript.has_value());
    QCOMPARE(a.postCallTranscript->size(), 2);
    QCOMPARE(a.postCallTranscript->at(1).content(), u"Hi, who is this?"_s);
    QVERIFY(a.postCallTranscript->at(1).toolOutput().isNull());
    QCOMPARE(a.handledByAi, std::optional<bool>(true));
    QCOMPARE(a.handledByHuman, std::optional<bool>(true));
    QCOMPARE(a.handledByUser->value("id"_L1).toString(), u"u1"_s);
    QCOMPARE(a.smsLog->size(), 1);
    QCOMPARE(a.smsLog->at(0).value("to_phone_number"_L1).toString(), u"+33600000000"_s);
    QCOMPARE(a.emailLog->size(), 1);
    QCOMPARE(a.emailLog->at(0).value("from_address"_L1).toString(), u"desk@example.com"_s);
    QCOMPARE(a.assistantsUsed, std::optional<QStringList>({u"node-greeting"_s, u"node-order"_s}));

    // An older server sends none of it: nothing is made up.
    const auto old = json::parseRowsPage(fixtures::read(u"rows-page.json"_s));
    const CallAttempt &plain = old.value.rows.at(0).call->callAttempts.at(0);
    QVERIFY(!plain.speechEvents.has_value());
    QVERIFY(!plain.postCallTranscript.has_value());
    QVERIFY(!plain.handledByAi.has_value());
    QVERIFY(!plain.handledByHuman.has_value());
    QVERIFY(!plain.handledByUser.has_value());
    QVERIFY(!plain.smsLog.has_value());
    QVERIFY(!plain.emailLog.has_value());
    QVERIFY(!plain.assistantsUsed.has_value());
}

void TestApiBodyReader::conversationFieldProblems()
{
    const QByteArray body = fixtures::read(u"rows-page-conversation.json"_s);
    const QString at = u"rows[0].call.call_attempts[0]."_s;
    // A speech event without its start is kept, with a problem naming the field.
    auto parsed = json::parseRowsPage(
        fixtures::withValue(body, at + u"speech_events[1].started_speaking_at_ms"_s,
                            QJsonValue(QJsonValue::Undefined)));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value.rows.at(0).call->callAttempts.at(0).speechEvents->size(), 5);
    QCOMPARE(problemTexts(parsed.problems).size(), 1);
    QVERIFY2(parsed.problems.at(0).toString().contains(u"started_speaking_at_ms"_s),
             qPrintable(parsed.problems.at(0).toString()));
    // speech_events that is not a list: the attempt stays, without events, with a problem.
    parsed = json::parseRowsPage(
        fixtures::withValue(body, at + u"speech_events"_s, QJsonValue(u"soon"_s)));
    QVERIFY(parsed.ok());
    QVERIFY(!parsed.value.rows.at(0).call->callAttempts.at(0).speechEvents.has_value());
    QVERIFY(problemTexts(parsed.problems).join(u' ').contains(u"speech_events"_s));
    // Null means absent.
    parsed = json::parseRowsPage(
        fixtures::withValue(body, at + u"sms_log"_s, QJsonValue(QJsonValue::Null)));
    QCOMPARE(problemTexts(parsed.problems), QStringList());
    QVERIFY(!parsed.value.rows.at(0).call->callAttempts.at(0).smsLog.has_value());
}

void TestApiBodyReader::seedCampaign()
{
    const auto parsed = json::parseCampaignResponse(fixtures::read(u"campaign.json"_s));
    QVERIFY(parsed.ok());
    QCOMPARE(problemTexts(parsed.problems), QStringList());
    const Campaign &c = parsed.value;
    QCOMPARE(c.id, u"id"_s);
    QCOMPARE(c.assistantId, u"assistant_id"_s);
    QVERIFY(!c.createdAt.isValid());
    QVERIFY(c.isCancelled);
    QCOMPARE(c.name, u"name"_s);
    QCOMPARE(c.organizationId, u"organization_id"_s);
    QVERIFY(c.status == CampaignStatus::Draft);
    QCOMPARE(c.effectiveStatusText(), u"cancelled"_s);
    QVERIFY(!c.updatedAt.isValid());
    QVERIFY(c.assistant);
    QCOMPARE(c.assistant->name, u"name"_s);
    QVERIFY(c.callRetryConfig.has_value());
    QCOMPARE(c.callRetryConfig->callingWindows.size(), 1);
    QCOMPARE(c.fromPhoneNumber, u"from_phone_number"_s);
    QCOMPARE(c.maxConcurrentCalls, std::optional<qint64>(0));
    QVERIFY(c.rowStats.has_value());
    QCOMPARE(*c.rowStats, RowStats{});
    QVERIFY(!c.scheduledAt.isValid());
}

void TestApiBodyReader::funnelStatsKeptAsItCame()
{
    QJsonObject campaign = QJsonDocument::fromJson(fixtures::read(u"campaign.json"_s))
                               .object()
                               .value("campaign"_L1)
                               .toObject();
    // Absent: empty.
    campaign.remove("funnel_stats"_L1);
    auto parsed = json::parseCampaignResponse(
        QJsonDocument(QJsonObject{{"campaign"_L1, campaign}}).toJson(QJsonDocument::Compact));
    QCOMPARE(problemTexts(parsed.problems), QStringList());
    QVERIFY(parsed.value.funnelStats.isEmpty());
    // Present: every member kept as it came, nested objects and unknown names included, next
    // to other objects newer servers send.
    const QJsonObject funnel{{"contacts"_L1, 120},
                             {"dialled"_L1, 80},
                             {"reached_human"_L1, 31.0},
                             {"by_step"_L1, QJsonObject{{"qualified"_L1, 9}}},
                             {"label"_L1, u"week 48"_s}};
    campaign.insert("funnel_stats"_L1, funnel);
    campaign.insert("created_by"_L1, QJsonObject{{"id"_L1, u"usr_1"_s}});
    campaign.insert("structured_output_extraction"_L1, QJsonObject{{"enabled"_L1, true}});
    parsed = json::parseCampaignResponse(
        QJsonDocument(QJsonObject{{"campaign"_L1, campaign}}).toJson(QJsonDocument::Compact));
    QCOMPARE(problemTexts(parsed.problems), QStringList());
    QCOMPARE(parsed.value.funnelStats, funnel);
    // Null: empty, no problem.
    campaign.insert("funnel_stats"_L1, QJsonValue::Null);
    parsed = json::parseCampaignResponse(
        QJsonDocument(QJsonObject{{"campaign"_L1, campaign}}).toJson(QJsonDocument::Compact));
    QCOMPARE(problemTexts(parsed.problems), QStringList());
    QVERIFY(parsed.value.funnelStats.isEmpty());
    // Not an object: a problem at its path, the campaign kept.
    campaign.insert("funnel_stats"_L1, 12);
    parsed = json::parseCampaignResponse(
        QJsonDocument(QJsonObject{{"campaign"_L1, campaign}}).toJson(QJsonDocument::Compact));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.problems.size(), 1);
    QVERIFY(parsed.problems.first().toString().contains("funnel_stats"_L1));
    QVERIFY(parsed.value.funnelStats.isEmpty());
    QCOMPARE(parsed.value.name, u"name"_s);
}

void TestApiBodyReader::campaignList()
{
    const auto parsed = json::parseCampaignList(fixtures::read(u"campaign-list.json"_s));
    QVERIFY(parsed.ok());
    QCOMPARE(problemTexts(parsed.problems), QStringList());
    QCOMPARE(parsed.value.size(), 2);
    const Campaign &second = parsed.value.at(1);
    QCOMPARE(second.id, u"cmp_2"_s);
    QCOMPARE(second.name, u"Relance clients Q4"_s);
    QVERIFY(second.status == CampaignStatus::Running);
    QVERIFY(second.isLive());
    QCOMPARE(second.createdAt.toIsoString(), u"2026-11-19T08:00:00.000Z"_s);
    QCOMPARE(second.updatedAt.toIsoString(), u"2026-11-20T09:15:03.123Z"_s);
    QVERIFY(!second.scheduledAt.isValid());
    QVERIFY(!second.assistant);
    QCOMPARE(second.maxConcurrentCalls, std::optional<qint64>(5));
    QVERIFY(second.rowStats.has_value());
    QCOMPARE(second.rowStats->total, 101);
    QCOMPARE(second.rowStats->completed, 40);
    QCOMPARE(second.rowStats->notLaunched, std::optional<qint64>(0));
    QCOMPARE(second.rowStats->skipped, std::optional<qint64>(4));
    QVERIFY(!parsed.value.at(0).rowStats->skipped.has_value());

    // One broken campaign does not lose the others.
    QByteArray body = fixtures::withValue(fixtures::read(u"campaign-list.json"_s),
                                          u"campaigns[1].status"_s, QJsonValue(3));
    body = fixtures::withValue(body, u"campaigns[0]"_s, QJsonValue(u"cmp_1"_s));
    const auto broken = json::parseCampaignList(body);
    QVERIFY(broken.ok());
    QCOMPARE(problemTexts(broken.problems),
             (QStringList{u"campaigns[0]: expected object, got string"_s,
                          u"campaigns[1].status: expected string, got number"_s}));
    QCOMPARE(broken.value.size(), 1);
    QCOMPARE(broken.value.at(0).id, u"cmp_2"_s);
    QVERIFY(!broken.value.at(0).status.isSet());
}

void TestApiBodyReader::callResponse()
{
    const auto parsed = json::parseCallResponse(fixtures::read(u"call.json"_s));
    QVERIFY(parsed.ok());
    QCOMPARE(problemTexts(parsed.problems), QStringList());
    const Call &call = parsed.value;
    QCOMPARE(call.id, u"call_42"_s);
    QVERIFY(call.llmModel.type == LlmModelType::OpenRouter);
    QCOMPARE(call.llmModel.openrouterModelId, u"openai/gpt-4.1"_s);
    QCOMPARE(call.llmModel.openrouterProvider, u"nebius"_s);
    QCOMPARE(call.llmModel.displayName(), u"openai/gpt-4.1 via nebius"_s);
    QCOMPARE(call.createdAt.toIsoString(), u"2026-11-20T09:00:00.000Z"_s);
    QVERIFY(call.status == CallStatus::Completed);
    QCOMPARE(call.callAttempts.size(), 2);

    const CallAttempt &latest = call.callAttempts.at(0);
    QCOMPARE(latest.id, u"att_2"_s);
    QVERIFY(latest.result == CallResult::Human);
    QVERIFY(!latest.dialError.isSet());
    QCOMPARE(latest.durationSeconds(), 120);
    QCOMPARE(latest.transcript->size(), 3);
    QCOMPARE(latest.transcript->at(0).content(), u"Bonjour, ici Claire de Revox."_s);
    QVERIFY(latest.transcript->at(2).role == TranscriptRole::Tool);
    QCOMPARE(latest.transcript->at(2).toolArguments(), QJsonValue(u"{\"reason\":\"done\"}"_s));
    QCOMPARE(latest.transcript->at(2).toolIsError(), std::optional<bool>(false));

    const CallAttempt &first = call.callAttempts.at(1);
    QCOMPARE(first.startedAt.toIsoString(), u"2026-11-20T07:15:00.000Z"_s);
    QCOMPARE(first.endedAt.toIsoString(), u"2026-11-20T07:15:30.000Z"_s);
    QVERIFY(!first.answeredAt.isValid());
    QCOMPARE(first.durationSeconds(), 30);
    QVERIFY(!first.transcript.has_value());

    // last_call_attempt names an attempt that is not in call_attempts: kept on its own.
    QCOMPARE(call.lastCallAttemptIndex, -1);
    QVERIFY(call.lastCallAttemptSeparate.has_value());
    QCOMPARE(call.lastCallAttempt()->id, u"att_3"_s);
    QVERIFY(call.lastCallAttempt()->status == AttemptStatus::Ringing);
    QCOMPARE(call.latestAttempt()->id, u"att_3"_s);
    QCOMPARE(call.latestAnsweredAttempt()->id, u"att_3"_s);
}

void TestApiBodyReader::rowsOnlyShape()
{
    const auto parsed = json::parseRowsPage(fixtures::read(u"rows-only.json"_s));
    QVERIFY(parsed.ok());
    QCOMPARE(problemTexts(parsed.problems), QStringList());
    QVERIFY(!parsed.value.hasPaging);
    QCOMPARE(parsed.value.page, 0);
    QCOMPARE(parsed.value.pageSize, 0);
    QCOMPARE(parsed.value.total, 0);
    QCOMPARE(parsed.value.rows.size(), 1);
    QCOMPARE(parsed.value.rows.at(0).id, u"id"_s);
}

void TestApiBodyReader::minimalBodies()
{
    const auto page = json::parseRowsPage(fixtures::read(u"rows-page-minimal.json"_s));
    QVERIFY(page.ok());
    QCOMPARE(problemTexts(page.problems), QStringList());
    QCOMPARE(page.value.rows.size(), 2);
    QVERIFY(!page.value.rows.at(0).call.has_value());
    const Call &call = *page.value.rows.at(1).call;
    QVERIFY(!call.assistant);
    QVERIFY(!call.callRetryConfig.has_value());
    QVERIFY(!call.campaign.has_value());
    QVERIFY(!call.metadata.has_value());
    QCOMPARE(call.lastCallAttempt(), nullptr);
    QCOMPARE(call.latestAttempt(), &call.callAttempts.at(0));
    const CallAttempt &attempt = call.callAttempts.at(0);
    QVERIFY(!attempt.result.isSet());
    QVERIFY(!attempt.dialError.isSet());
    QVERIFY(!attempt.endedBy.isSet());
    QVERIFY(attempt.recordingUrl.isEmpty());
    QVERIFY(attempt.endReason.isEmpty());
    QVERIFY(attempt.structuredOutput.isEmpty());
    QVERIFY(!attempt.transcript.has_value());
    QCOMPARE(call.latestAnsweredAttempt(), nullptr);

    const auto campaign = json::parseCampaignResponse(fixtures::read(u"campaign-minimal.json"_s));
    QVERIFY(campaign.ok());
    QCOMPARE(problemTexts(campaign.problems), QStringList());
    const Campaign &c = campaign.value;
    QVERIFY(!c.callRetryConfig.has_value());
    QVERIFY(c.fromPhoneNumber.isEmpty());
    QVERIFY(!c.maxConcurrentCalls.has_value());
    QVERIFY(!c.rowStats.has_value());
    QVERIFY(c.assistant);
    const Assistant &a = *c.assistant;
    QVERIFY(a.backgroundSound.isEmpty());
    QVERIFY(!a.calendly.has_value());
    QVERIFY(!a.callRetryConfig.has_value());
    QVERIFY(a.endOfCallSentence.isEmpty());
    QVERIFY(a.firstSentence.isEmpty());
    QVERIFY(!a.structuredOutputConfig.has_value());
    QVERIFY(!a.voice.has_value());
    QVERIFY(!a.faqItems.has_value());
    QVERIFY(!a.pendingFaqCount.has_value());
}

void TestApiBodyReader::nullOptionals()
{
    const auto page = json::parseRowsPage(fixtures::read(u"rows-page-nulls.json"_s));
    QVERIFY(page.ok());
    QCOMPARE(problemTexts(page.problems), QStringList());
    QCOMPARE(page.value.rows.size(), 2);
    const Call &call = *page.value.rows.at(0).call;
    QVERIFY(!call.assistant);
    QVERIFY(!call.metadata.has_value());
    QVERIFY(!call.campaign.has_value());
    QCOMPARE(call.lastCallAttempt(), nullptr);
    QVERIFY(!call.createdAt.isValid());
    const CallAttempt &attempt = call.callAttempts.at(0);
    QVERIFY(!attempt.result.isSet());
    QVERIFY(!attempt.transcript.has_value());
    QVERIFY(attempt.structuredOutput.isEmpty());
    QVERIFY(!page.value.rows.at(1).call.has_value());

    const auto campaign = json::parseCampaignResponse(fixtures::read(u"campaign-nulls.json"_s));
    QVERIFY(campaign.ok());
    QCOMPARE(problemTexts(campaign.problems), QStringList());
    QVERIFY(!campaign.value.rowStats.has_value());
    QVERIFY(!campaign.value.maxConcurrentCalls.has_value());
    const Assistant &a = *campaign.value.assistant;
    QVERIFY(!a.voice.has_value());
    QVERIFY(!a.faqItems.has_value());
    QVERIFY(a.callRetryConfig.has_value());
    QVERIFY(a.callRetryConfig->callingWindows.isEmpty());
    QVERIFY(a.callRetryConfig->timezone.isEmpty());
}

void TestApiBodyReader::unknownEnumsKept()
{
    const auto parsed = json::parseRowsPage(fixtures::read(u"rows-page-unknown-enums.json"_s));
    QVERIFY(parsed.ok());
    QCOMPARE(problemTexts(parsed.problems), QStringList());
    QCOMPARE(parsed.value.page, 1);
    QCOMPARE(parsed.value.total, 51);
    const Call &call = *parsed.value.rows.at(0).call;
    QVERIFY(call.status == CallStatus::Unknown);
    QCOMPARE(call.status.text, u"voicemail_left"_s);
    QVERIFY(isActiveCallStatus(call.status.value));
    QCOMPARE(call.direction.text, u"sideways"_s);
    const CallAttempt &attempt = call.callAttempts.at(0);
    QCOMPARE(attempt.status.text, u"transferring"_s);
    QVERIFY(attempt.status == AttemptStatus::Unknown);
    QCOMPARE(attempt.result.text, u"fax"_s);
    QVERIFY(attempt.result.isSet());
    QVERIFY(!attempt.result.isKnown());
    QCOMPARE(attempt.dialError.text, u"carrier_blocked"_s);
    QCOMPARE(attempt.endedBy.text, u"operator"_s);
    QCOMPARE(attempt.transcript->at(0).role.text, u"system"_s);
    const Assistant &a = *call.assistant;
    QCOMPARE(a.firstSentenceMode.text, u"whispered"_s);
    QCOMPARE(a.voice->provider.text, u"playht"_s);
    QCOMPARE(a.llmModel.type.text, u"self-hosted"_s);
    QCOMPARE(a.llmModel.name, u"llama-4"_s);
    QCOMPARE(a.llmModel.displayName(), u"llama-4"_s);
    QCOMPARE(a.structuredOutputConfig->at(0).type.text, u"phone"_s);
    QCOMPARE(a.faqItems->at(0).source.text, u"import"_s);
    QCOMPARE(call.nextCallAt.toIsoString(), u"2026-11-21T10:00:00.000Z"_s);
    QCOMPARE(call.outcome, u"interested"_s);

    const auto campaign =
        json::parseCampaignResponse(fixtures::read(u"campaign-unknown-status.json"_s));
    QCOMPARE(problemTexts(campaign.problems), QStringList());
    QCOMPARE(campaign.value.status.text, u"archived"_s);
    QVERIFY(campaign.value.status == CampaignStatus::Unknown);
}

void TestApiBodyReader::numberBounds()
{
    const auto parsed = json::parseRowsPage(fixtures::read(u"rows-page-bounds.json"_s));
    QVERIFY(parsed.ok());
    QCOMPARE(problemTexts(parsed.problems), QStringList());
    QCOMPARE(parsed.value.page, 1);
    QCOMPARE(parsed.value.pageSize, 100);
    QCOMPARE(parsed.value.total, 9007199254740991LL);
    const Row &row = parsed.value.rows.at(0);
    QCOMPARE(row.rowIndex, -9007199254740991LL);
    QCOMPARE(parsed.value.rows.at(1).rowIndex, 1);
    const Call &call = *row.call;
    QCOMPARE(call.firstSentenceDelayMs, 9007199254740991LL);
    QCOMPARE(call.assistant->firstSentenceDelayMs, -9007199254740991LL);
    QCOMPARE(call.callsCount, 9007199254740991LL);
    QCOMPARE(call.callRetryConfig->maxRetryAttempts, 9007199254740991LL);
    QCOMPARE(call.callRetryConfig->callingWindows.at(0).retryDelaySeconds, 9007199254740991LL);

    // Beyond the documented bounds whole numbers stay exact as long as they fit 64 bits.
    QByteArray text = fixtures::read(u"rows-page.json"_s);
    text.replace("-9007199254740991", "9223372036854775807");
    const auto wide = json::parseRowsPage(text);
    QCOMPARE(problemTexts(wide.problems), QStringList());
    QCOMPARE(wide.value.rows.at(0).call->firstSentenceDelayMs, 9223372036854775807LL);
    QCOMPARE(wide.value.rows.at(0).call->assistant->firstSentenceDelayMs, 9223372036854775807LL);

    // A count that does not fit is a problem, not a wrapped value.
    const auto huge = json::parseRowsPage(fixtures::withValue(
        fixtures::read(u"rows-page.json"_s), u"rows[0].row_index"_s, QJsonValue(1e300)));
    QCOMPARE(problemTexts(huge.problems),
             QStringList{u"rows[0].row_index: number out of range: 1.0000000000000001e+300"_s});
    QCOMPARE(huge.value.rows.at(0).rowIndex, 0);
}

void TestApiBodyReader::optionalFieldAbsentOrNull_data()
{
    QTest::addColumn<QString>("path");
    const QStringList optional = {
        u"rows[0].call"_s,
        u"rows[0].call.assistant"_s,
        u"rows[0].call.assistant.background_sound"_s,
        u"rows[0].call.assistant.calendly"_s,
        u"rows[0].call.assistant.call_retry_config"_s,
        u"rows[0].call.assistant.call_retry_config.timezone"_s,
        u"rows[0].call.assistant.end_of_call_sentence"_s,
        u"rows[0].call.assistant.first_sentence"_s,
        u"rows[0].call.assistant.structured_output_config"_s,
        u"rows[0].call.assistant.structured_output_config[0].description"_s,
        u"rows[0].call.assistant.structured_output_config[0].enum_options"_s,
        u"rows[0].call.assistant.transfer_phone_number"_s,
        u"rows[0].call.assistant.voice"_s,
        u"rows[0].call.assistant.voice.speed"_s,
        u"rows[0].call.assistant.voicemail_message"_s,
        u"rows[0].call.assistant.webhook_url"_s,
        u"rows[0].call.assistant.faq_items"_s,
        u"rows[0].call.assistant.faq_items[0].id"_s,
        u"rows[0].call.assistant.faq_items[0].needs_human_answer"_s,
        u"rows[0].call.assistant.faq_items[0].source"_s,
        u"rows[0].call.assistant.pending_faq_count"_s,
        u"rows[0].call.call_attempts[0].dial_error"_s,
        u"rows[0].call.call_attempts[0].recording_url"_s,
        u"rows[0].call.call_attempts[0].result"_s,
        u"rows[0].call.call_attempts[0].end_reason"_s,
        u"rows[0].call.call_attempts[0].ended_by"_s,
        u"rows[0].call.call_attempts[0].structured_output"_s,
        u"rows[0].call.call_attempts[0].transcript"_s,
        u"rows[0].call.call_attempts[0].transcript[0].tool_arguments"_s,
        u"rows[0].call.call_attempts[0].transcript[0].tool_is_error"_s,
        u"rows[0].call.call_attempts[0].transcript[0].tool_name"_s,
        u"rows[0].call.call_attempts[0].answered_at"_s,
        u"rows[0].call.call_attempts[0].started_at"_s,
        u"rows[0].call.call_attempts[0].ended_at"_s,
        u"rows[0].call.call_retry_config"_s,
        u"rows[0].call.campaign"_s,
        u"rows[0].call.created_at"_s,
        u"rows[0].call.scheduled_at"_s,
        u"rows[0].call.last_call_attempt"_s,
        u"rows[0].call.metadata"_s,
        u"total"_s, // a server that pages without counting (a documented form)
    };
    for (const QString &path : optional) {
        QTest::addRow("absent %s", qPrintable(path)) << path;
        QTest::addRow("null %s", qPrintable(path)) << path;
    }
}

void TestApiBodyReader::optionalFieldAbsentOrNull()
{
    QFETCH(QString, path);
    const bool asNull = QByteArray(QTest::currentDataTag()).startsWith("null");
    const QByteArray body = fixtures::withValue(fixtures::read(u"rows-page.json"_s), path,
                                                asNull ? QJsonValue(QJsonValue::Null) : removed());
    const auto parsed = json::parseRowsPage(body);
    QVERIFY(parsed.ok());
    QCOMPARE(problemTexts(parsed.problems), QStringList());
    QCOMPARE(parsed.value.rows.size(), 1);
    QCOMPARE(parsed.value.rows.at(0).id, u"id"_s);
    if (path == u"total"_s) {
        QVERIFY(parsed.value.hasPaging);
        QVERIFY(!parsed.value.hasTotal);
    }
}

void TestApiBodyReader::requiredFieldProblem_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("problem");

    const auto add = [](const char *tag, const QString &path, const QJsonValue &value,
                        const QString &message) {
        QTest::newRow(tag) << path << value << path + u": "_s + message;
    };
    add("attempt status number", u"rows[0].call.call_attempts[0].status"_s, 3,
        u"expected string, got number"_s);
    add("attempt status missing", u"rows[0].call.call_attempts[0].status"_s, removed(),
        u"missing, expected string"_s);
    add("attempt phone null", u"rows[0].call.call_attempts[0].phone_number"_s,
        QJsonValue(QJsonValue::Null), u"expected string, got null"_s);
    add("attempt not an object", u"rows[0].call.call_attempts[0]"_s, u"x"_s,
        u"expected object, got string"_s);
    add("call_attempts missing", u"rows[0].call.call_attempts"_s, removed(),
        u"missing, expected array"_s);
    add("call_attempts object", u"rows[0].call.call_attempts"_s, QJsonObject(),
        u"expected array, got object"_s);
    add("phone number missing", u"rows[0].phone_number"_s, removed(),
        u"missing, expected string"_s);
    add("row index text", u"rows[0].row_index"_s, u"7"_s, u"expected number, got string"_s);
    add("input_data array", u"rows[0].input_data"_s, QJsonArray(), u"expected object, got array"_s);
    add("input_data value number", u"rows[0].input_data.foo"_s, 5,
        u"expected string, got number"_s);
    add("call id missing", u"rows[0].call.id"_s, removed(), u"missing, expected string"_s);
    add("call status number", u"rows[0].call.status"_s, 5, u"expected string, got number"_s);
    add("call direction bool", u"rows[0].call.direction"_s, true,
        u"expected string, got boolean"_s);
    add("calls_count fraction", u"rows[0].call.calls_count"_s, 1.5, u"expected integer, got 1.5"_s);
    add("is_cancelled text", u"rows[0].call.is_cancelled"_s, u"true"_s,
        u"expected boolean, got string"_s);
    add("is_completed missing", u"rows[0].call.is_completed"_s, removed(),
        u"missing, expected boolean"_s);
    add("llm_model missing", u"rows[0].call.llm_model"_s, removed(), u"missing, expected object"_s);
    add("llm_model name missing", u"rows[0].call.llm_model.name"_s, removed(),
        u"missing, expected string"_s);
    add("campaign name missing", u"rows[0].call.campaign.name"_s, removed(),
        u"missing, expected string"_s);
    add("metadata value null", u"rows[0].call.metadata.foo"_s, QJsonValue(QJsonValue::Null),
        u"expected string, got null"_s);
    add("to_phone_number number", u"rows[0].call.to_phone_number"_s, 33612345678.0,
        u"expected string, got number"_s);
    add("retry delay text",
        u"rows[0].call.call_retry_config.calling_windows[0].retry_delay_seconds"_s, u"1"_s,
        u"expected number, got string"_s);
    add("calling windows missing", u"rows[0].call.call_retry_config.calling_windows"_s, removed(),
        u"missing, expected array"_s);
    add("assistant name null", u"rows[0].call.assistant.name"_s, QJsonValue(QJsonValue::Null),
        u"expected string, got null"_s);
    add("assistant prompt missing", u"rows[0].call.assistant.prompt"_s, removed(),
        u"missing, expected string"_s);
    add("assistant not an object", u"rows[0].call.assistant"_s, QJsonArray(),
        u"expected object, got array"_s);
    add("assistant max duration text", u"rows[0].call.assistant.max_call_duration_secs"_s, u"600"_s,
        u"expected number, got string"_s);
    add("assistant voice provider missing", u"rows[0].call.assistant.voice.provider"_s, removed(),
        u"missing, expected string"_s);
    add("assistant faq answer bool", u"rows[0].call.assistant.faq_items[0].answer"_s, true,
        u"expected string, got boolean"_s);
    add("assistant enum option number",
        u"rows[0].call.assistant.structured_output_config[0].enum_options[0]"_s, 1,
        u"expected string, got number"_s);
    add("assistant output field required text",
        u"rows[0].call.assistant.structured_output_config[0].required"_s, u"yes"_s,
        u"expected boolean, got string"_s);
    add("calendly connection missing", u"rows[0].call.assistant.calendly.connection_id"_s,
        removed(), u"missing, expected string"_s);
    add("transcript content missing", u"rows[0].call.call_attempts[0].transcript[0].content"_s,
        removed(), u"missing, expected string"_s);
    add("transcript role number", u"rows[0].call.call_attempts[0].transcript[0].role"_s, 1,
        u"expected string, got number"_s);
    add("tool_arguments number", u"rows[0].call.call_attempts[0].transcript[0].tool_arguments"_s, 5,
        u"expected object, string or null, got number"_s);
    add("tool_is_error text", u"rows[0].call.call_attempts[0].transcript[0].tool_is_error"_s,
        u"no"_s, u"expected boolean, got string"_s);
    add("structured_output array", u"rows[0].call.call_attempts[0].structured_output"_s,
        QJsonArray(), u"expected object, got array"_s);
    add("transcript object", u"rows[0].call.call_attempts[0].transcript"_s, QJsonObject(),
        u"expected array, got object"_s);
    add("page text", u"page"_s, u"0"_s, u"expected number, got string"_s);
    add("total text", u"total"_s, u"12"_s, u"expected number, got string"_s);
}

void TestApiBodyReader::requiredFieldProblem()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, problem);
    const auto parsed =
        json::parseRowsPage(fixtures::withValue(fixtures::read(u"rows-page.json"_s), path, value));
    QVERIFY(parsed.ok());
    QCOMPARE(problemTexts(parsed.problems).join(u'\n'), problem);
    QCOMPARE(parsed.value.rows.size(), 1); // the row is kept
}

void TestApiBodyReader::rowWithoutIdIsLeftOut_data()
{
    QTest::addColumn<QJsonValue>("id");
    QTest::addColumn<QString>("problem");
    QTest::newRow("missing") << removed() << u"rows[0].id: missing, expected string"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null)
                          << u"rows[0].id: expected string, got null"_s;
    QTest::newRow("number") << QJsonValue(12) << u"rows[0].id: expected string, got number"_s;
}

void TestApiBodyReader::rowWithoutIdIsLeftOut()
{
    QFETCH(QJsonValue, id);
    QFETCH(QString, problem);
    const auto parsed = json::parseRowsPage(
        fixtures::withValue(fixtures::read(u"rows-page.json"_s), u"rows[0].id"_s, id));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value.rows.size(), 0);
    QCOMPARE(problemTexts(parsed.problems),
             (QStringList{problem, u"rows[0]: row left out: it has no usable id"_s}));
}

void TestApiBodyReader::oneBadRowKeepsThePage()
{
    QByteArray body = seedPageWithRows(5);
    body = fixtures::withValue(body, u"rows[1].id"_s, removed());
    body = fixtures::withValue(body, u"rows[3].call.call_attempts[0].status"_s, 404);
    body = fixtures::withValue(body, u"rows[4]"_s, u"not a row"_s);
    const auto parsed = json::parseRowsPage(body);
    QVERIFY(parsed.ok());
    QCOMPARE(problemTexts(parsed.problems),
             (QStringList{u"rows[1].id: missing, expected string"_s,
                          u"rows[1]: row left out: it has no usable id"_s,
                          u"rows[3].call.call_attempts[0].status: expected string, got number"_s,
                          u"rows[4]: expected object, got string"_s}));
    QCOMPARE(parsed.value.rows.size(), 3);
    QCOMPARE(parsed.value.rows.at(0).id, u"row_0"_s);
    QCOMPARE(parsed.value.rows.at(1).id, u"row_2"_s);
    QCOMPARE(parsed.value.rows.at(2).id, u"row_3"_s);
    const CallAttempt &bad = parsed.value.rows.at(2).call->callAttempts.at(0);
    QVERIFY(!bad.status.isSet());
    QCOMPARE(bad.id, u"id"_s); // everything else of the attempt is still there
    QVERIFY(bad.transcript.has_value());
}

void TestApiBodyReader::repeatedObjectsStillReportTheirProblems()
{
    // Rows repeat the same retry policy and model: each row with a broken copy is reported.
    QByteArray body = seedPageWithRows(3);
    for (const int i : {0, 2}) {
        body = fixtures::withValue(
            body, u"rows[%1].call.call_retry_config.max_retry_attempts"_s.arg(i), u"3"_s);
        body = fixtures::withValue(body, u"rows[%1].call.llm_model.name"_s.arg(i), removed());
    }
    const auto parsed = json::parseRowsPage(body);
    QCOMPARE(
        problemTexts(parsed.problems),
        (QStringList{
            u"rows[0].call.call_retry_config.max_retry_attempts: expected number, got string"_s,
            u"rows[0].call.llm_model.name: missing, expected string"_s,
            u"rows[2].call.call_retry_config.max_retry_attempts: expected number, got string"_s,
            u"rows[2].call.llm_model.name: missing, expected string"_s}));
    const auto &rows = parsed.value.rows;
    QCOMPARE(rows.at(1).call->callRetryConfig->maxRetryAttempts, 1);
    QCOMPARE(rows.at(1).call->llmModel.name, u"gpt-4.1"_s);
    QCOMPARE(rows.at(0).call->callRetryConfig->maxRetryAttempts, 0);
    QCOMPARE(rows.at(2).call->llmModel.name, QString());
    QCOMPARE(rows.at(0).call->callRetryConfig->callingWindows,
             rows.at(1).call->callRetryConfig->callingWindows);
}

void TestApiBodyReader::problemListIsBounded()
{
    QJsonArray rows;
    for (int i = 0; i < 1500; ++i)
        rows.append(QJsonObject{{"id"_L1, i}});
    const QByteArray body =
        QJsonDocument(QJsonObject{{"rows"_L1, rows}}).toJson(QJsonDocument::Compact);
    const auto parsed = json::parseRowsPage(body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value.rows.size(), 0);
    QCOMPARE(parsed.problems.size(), 1001);
    QCOMPARE(parsed.problems.last().message,
             u"2000 more problems not listed, the first of them here"_s);
    // Each row brings two problems: the first left out is the first of row 500's.
    QCOMPARE(parsed.problems.last().path, u"rows[500].id"_s);
    const auto simd = json::parseRowsPageSimd(body);
    QCOMPARE(simd.problems.size(), 1001);
    QCOMPARE(simd.problems.last().path, parsed.problems.last().path);
    QCOMPARE(simd.problems.last().message, parsed.problems.last().message);
}

void TestApiBodyReader::toolArguments_data()
{
    QTest::addColumn<QJsonValue>("sent");
    QTest::addColumn<QJsonValue>("kept");
    const QJsonObject args{{"date"_L1, "2026-11-21"_L1}, {"slots"_L1, QJsonArray{1, 2}}};
    QTest::newRow("object") << QJsonValue(args) << QJsonValue(args);
    QTest::newRow("string") << QJsonValue(u"{\"date\":\"2026-11-21\"}"_s)
                            << QJsonValue(u"{\"date\":\"2026-11-21\"}"_s);
    QTest::newRow("empty string") << QJsonValue(u""_s) << QJsonValue(u""_s);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QJsonValue(QJsonValue::Null);
    QTest::newRow("absent") << removed() << QJsonValue(QJsonValue::Null);
}

void TestApiBodyReader::toolArguments()
{
    QFETCH(QJsonValue, sent);
    QFETCH(QJsonValue, kept);
    const auto parsed = json::parseRowsPage(
        fixtures::withValue(fixtures::read(u"rows-page.json"_s),
                            u"rows[0].call.call_attempts[0].transcript[0].tool_arguments"_s, sent));
    QCOMPARE(problemTexts(parsed.problems), QStringList());
    QCOMPARE(parsed.value.rows.at(0).call->callAttempts.at(0).transcript->at(0).toolArguments(),
             kept);
}

void TestApiBodyReader::timestamps_data()
{
    QTest::addColumn<QJsonValue>("sent");
    QTest::addColumn<QString>("iso"); // empty: unknown time
    QTest::addColumn<QStringList>("problems");
    const QString path = u"rows[0].call.call_attempts[0].started_at"_s;
    QTest::newRow("Z with ms") << QJsonValue(u"2026-11-20T09:15:03.123Z"_s)
                               << u"2026-11-20T09:15:03.123Z"_s << QStringList();
    QTest::newRow("no fraction") << QJsonValue(u"2026-11-20T09:15:03Z"_s)
                                 << u"2026-11-20T09:15:03.000Z"_s << QStringList();
    QTest::newRow("+02:00") << QJsonValue(u"2026-11-20T11:15:03+02:00"_s)
                            << u"2026-11-20T09:15:03.000Z"_s << QStringList();
    QTest::newRow("+0200") << QJsonValue(u"2026-11-20T11:15:03.5+0200"_s)
                           << u"2026-11-20T09:15:03.500Z"_s << QStringList();
    QTest::newRow("no offset") << QJsonValue(u"2026-11-20T09:15:03"_s)
                               << u"2026-11-20T09:15:03.000Z"_s << QStringList();
    QTest::newRow("date only") << QJsonValue(u"2026-11-20"_s) << u"2026-11-20T00:00:00.000Z"_s
                               << QStringList();
    QTest::newRow("empty object (seed)") << QJsonValue(QJsonObject()) << QString() << QStringList();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString() << QStringList();
    QTest::newRow("absent") << removed() << QString() << QStringList();
    QTest::newRow("number") << QJsonValue(1763630103.0) << QString() << QStringList();
    QTest::newRow("empty string") << QJsonValue(u""_s) << QString() << QStringList();
    QTest::newRow("garbage")
        << QJsonValue(u"yesterday"_s) << QString()
        << QStringList{path + u": not an ISO 8601 time, kept as unknown: \"yesterday\""_s};
}

void TestApiBodyReader::timestamps()
{
    QFETCH(QJsonValue, sent);
    QFETCH(QString, iso);
    QFETCH(QStringList, problems);
    const auto parsed = json::parseRowsPage(fixtures::withValue(
        fixtures::read(u"rows-page.json"_s), u"rows[0].call.call_attempts[0].started_at"_s, sent));
    QCOMPARE(problemTexts(parsed.problems), problems);
    QCOMPARE(parsed.value.rows.size(), 1);
    QCOMPARE(parsed.value.rows.at(0).call->callAttempts.at(0).startedAt.toIsoString(), iso);
}

void TestApiBodyReader::fatalBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("fatalStart");
    QTest::addColumn<QString>("fatalContains");

    const QByteArray html = fixtures::read(u"not-json.html"_s);
    for (const QString &endpoint : {u"campaigns"_s, u"campaign"_s, u"rows"_s, u"call"_s}) {
        const QByteArray tag = endpoint.toLatin1();
        QTest::addRow("%s: html", tag.constData())
            << html << endpoint << u"the response is not JSON ("_s
            << u"\"<html><head><title>502 Bad Gateway</title></head><body>"_s;
        QTest::addRow("%s: empty", tag.constData())
            << QByteArray() << endpoint << u"the response body is empty"_s << QString();
        QTest::addRow("%s: blank", tag.constData())
            << QByteArray(" \r\n") << endpoint << u"the response body is empty"_s << QString();
        QTest::addRow("%s: array", tag.constData())
            << QByteArray("[1,2,3]") << endpoint << u"the response is not a JSON object: "_s
            << u"\"[1,2,3]\""_s;
        QTest::addRow("%s: number", tag.constData())
            << QByteArray("42") << endpoint << u"the response is not JSON ("_s << u"\"42\""_s;
        QTest::addRow("%s: error object", tag.constData())
            << QByteArray(R"({"error":"Unauthorized","statusCode":401})") << endpoint
            << u"the response has no \"%1\" member: "_s.arg(endpoint)
            << u"{\"error\":\"Unauthorized\",\"statusCode\":401}"_s;
        QTest::addRow("%s: truncated", tag.constData())
            << QByteArray(R"({"rows":[{"id":"a")") << endpoint << u"the response is not JSON ("_s
            << QString();
        QTest::addRow("%s: binary", tag.constData())
            << QByteArray("\x00\x01\x02\xff\xfe\x7f garbage", 14) << endpoint
            << u"the response is not JSON ("_s << QString();
    }
    QTest::newRow("rows: rows is an object")
        << QByteArray(R"({"rows":{"id":"a"}})") << u"rows"_s
        << u"the response's \"rows\" is object, expected array: "_s << QString();
    QTest::newRow("campaigns: campaigns is null")
        << QByteArray(R"({"campaigns":null})") << u"campaigns"_s
        << u"the response's \"campaigns\" is null, expected array: "_s << QString();
    QTest::newRow("campaign: campaign is a list")
        << QByteArray(R"({"campaign":[]})") << u"campaign"_s
        << u"the response's \"campaign\" is array, expected object: "_s << QString();
    QTest::newRow("call: call is text")
        << QByteArray(R"({"call":"c_1"})") << u"call"_s
        << u"the response's \"call\" is string, expected object: "_s << QString();
}

void TestApiBodyReader::fatalBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, endpoint);
    QFETCH(QString, fatalStart);
    QFETCH(QString, fatalContains);

    std::optional<QString> fatal;
    qsizetype values = 0;
    qsizetype problems = 0;
    if (endpoint == u"campaigns"_s) {
        const auto p = json::parseCampaignList(body);
        fatal = p.fatal;
        values = p.value.size();
        problems = p.problems.size();
    } else if (endpoint == u"campaign"_s) {
        const auto p = json::parseCampaignResponse(body);
        fatal = p.fatal;
        values = p.value.id.isEmpty() ? 0 : 1;
        problems = p.problems.size();
    } else if (endpoint == u"rows"_s) {
        const auto p = json::parseRowsPage(body);
        fatal = p.fatal;
        values = p.value.rows.size();
        problems = p.problems.size();
    } else {
        const auto p = json::parseCallResponse(body);
        fatal = p.fatal;
        values = p.value.id.isEmpty() ? 0 : 1;
        problems = p.problems.size();
    }
    QVERIFY(fatal.has_value());
    QVERIFY2(fatal->startsWith(fatalStart), qPrintable(*fatal));
    QVERIFY2(fatal->contains(fatalContains), qPrintable(*fatal));
    for (const QChar c : *fatal)
        QVERIFY2(c.isPrint(), qPrintable(*fatal));
    QCOMPARE(values, 0);
    QCOMPARE(problems, 0);
}

void TestApiBodyReader::bodyExcerpt_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("excerpt");
    QTest::newRow("short") << QByteArray("<html>") << 120 << u"<html>"_s;
    QTest::newRow("empty") << QByteArray() << 120 << QString();
    QTest::newRow("whitespace collapsed")
        << QByteArray("<html>\r\n  <head>\t<title>x") << 120 << u"<html> <head> <title>x"_s;
    QTest::newRow("truncated") << QByteArray(300, 'a') << 10 << u"aaaaaaaaaa..."_s;
    QTest::newRow("exactly the limit") << QByteArray(10, 'a') << 10 << u"aaaaaaaaaa"_s;
    QTest::newRow("trailing blanks are no truncation") << QByteArray("abc   \n") << 3 << u"abc"_s;
    QTest::newRow("control characters") << QByteArray("a\x01\x02z", 4) << 120 << u"a??z"_s;
    QTest::newRow("invalid UTF-8")
        << QByteArray("ok \xff\xfe end") << 120 << u"ok \uFFFD\uFFFD end"_s;
    QTest::newRow("UTF-8 kept") << QByteArray("caf\xc3\xa9 \xf0\x9f\x93\x9e") << 120
                                << u"caf\u00e9 \U0001F4DE"_s;
    QTest::newRow("surrogate pair not split")
        << QByteArray("ab\xf0\x9f\x93\x9e") << 3 << u"ab..."_s;
}

void TestApiBodyReader::bodyExcerpt()
{
    QFETCH(QByteArray, body);
    QFETCH(int, maxChars);
    QFETCH(QString, excerpt);
    QCOMPARE(json::bodyExcerpt(body, maxChars), excerpt);
}

void TestApiBodyReader::invalidUtf8InsideStrings()
{
    const auto parsed = json::parseRowsPage(fixtures::read(u"rows-page-invalid-utf8.json"_s));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.problems.size(), 1);
    // The warning names the value's JSON path, and the byte where it went wrong.
    QCOMPARE(parsed.problems.at(0).path, u"rows[0].call.call_attempts[0].transcript[0].content"_s);
    const QByteArray body = fixtures::read(u"rows-page-invalid-utf8.json"_s);
    const qsizetype bad = body.indexOf("caf\xe9") + 3; // a Latin-1 é, the first of three
    QCOMPARE(parsed.problems.at(0).message,
             u"invalid UTF-8 at byte %1, replaced with U+FFFD"_s.arg(bad));
    QCOMPARE(parsed.value.rows.size(), 1);
    const QString content =
        parsed.value.rows.at(0).call->callAttempts.at(0).transcript->at(0).content();
    QCOMPARE(content, u"caf\uFFFD \uFFFD\uFFFD ok"_s);
}

void TestApiBodyReader::invalidUtf8PathsOfEveryString()
{
    // Two values and one member name with invalid UTF-8, behind escaped quotes, brackets
    // and commas inside strings that must not move the path.
    const QByteArray body = "{\"page\":0,\"page_size\":2,\"total\":2,\"rows\":["
                            "{\"id\":\"a\",\"row_index\":0,\"phone_number\":\"+33 [1], \\\"x\\\"\","
                            "\"input_data\":{\"note\":\"ok\",\"city\":\"Cr\xe9teil\"}},"
                            "{\"id\":\"b\",\"row_index\":1,\"phone_number\":\"+1\xc0\xaf\","
                            "\"input_data\":{\"n\xffm\":\"v\"}}]}";
    const auto parsed = json::parseRowsPage(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.fatal.value_or(QString())));
    QCOMPARE(parsed.value.rows.size(), 2);
    QStringList paths;
    for (const ParseProblem &p : parsed.problems) {
        QVERIFY2(p.message.startsWith(u"invalid UTF-8 at byte "_s), qPrintable(p.toString()));
        paths << p.path;
    }
    QCOMPARE(paths, (QStringList{u"rows[0].input_data.city"_s, u"rows[1].phone_number"_s,
                                 u"rows[1].input_data.n\uFFFDm"_s}));
    QCOMPARE(parsed.problems.at(0).message,
             u"invalid UTF-8 at byte %1, replaced with U+FFFD"_s.arg(body.indexOf("\xe9")));

    // Past the listed number, the last one listed says how many more there are.
    const auto listed = json::invalidUtf8Problems(body, 1);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).path, u"rows[0].input_data.city"_s);
    QVERIFY2(listed.at(0).message.endsWith(u"(and in 2 more strings)"_s),
             qPrintable(listed.at(0).message));

    // Valid sequences of every length are not flagged; overlong forms and surrogates are.
    QCOMPARE(json::firstInvalidUtf8("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x93\x9e", 14), -1);
    QCOMPARE(json::firstInvalidUtf8("a\xe0\x80\xaf", 4), 1);
    QCOMPARE(json::firstInvalidUtf8("ab\xed\xa0\x80", 5), 2);
    QCOMPARE(json::firstInvalidUtf8("\xf4\x90\x80\x80", 4), 0);
    QCOMPARE(json::firstInvalidUtf8("ok\xe2\x82", 4), 2);
}

void TestApiBodyReader::hugeTranscript()
{
    const QString megabyte(1024 * 1024, u'\u00e9');
    QJsonArray transcript;
    transcript.append(QJsonObject{{"role"_L1, "user"_L1}, {"content"_L1, megabyte}});
    transcript.append(QJsonObject{{"role"_L1, "assistant"_L1}, {"content"_L1, "ok"_L1}});
    const auto parsed = json::parseRowsPage(
        fixtures::withValue(fixtures::read(u"rows-page.json"_s),
                            u"rows[0].call.call_attempts[0].transcript"_s, transcript));
    QVERIFY(parsed.ok());
    QCOMPARE(problemTexts(parsed.problems), QStringList());
    const auto &entries = *parsed.value.rows.at(0).call->callAttempts.at(0).transcript;
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).content().size(), megabyte.size());
    QCOMPARE(entries.at(0).content(), megabyte);
    QCOMPARE(entries.at(1).content(), u"ok"_s);
}

void TestApiBodyReader::assistantSharedAcrossRows()
{
    AssistantCache cache;
    const auto parsed = json::parseRowsPage(seedPageWithRows(1000), &cache);
    QVERIFY(parsed.ok());
    QCOMPARE(problemTexts(parsed.problems), QStringList());
    QCOMPARE(parsed.value.rows.size(), 1000);
    std::set<const Assistant *> instances;
    for (const Row &row : parsed.value.rows)
        instances.insert(row.call->assistant.get());
    QCOMPARE(instances.size(), 1u);
    QVERIFY(*instances.begin() != nullptr);
    QCOMPARE(cache.size(), 1);

    // Without a cache the body still shares one instance.
    const auto alone = json::parseRowsPage(seedPageWithRows(50));
    std::set<const Assistant *> local;
    for (const Row &row : alone.value.rows)
        local.insert(row.call->assistant.get());
    QCOMPARE(local.size(), 1u);
}

void TestApiBodyReader::assistantSharedAcrossPagesByUpdatedAt()
{
    AssistantCache cache;
    const QJsonValue updated(u"2026-11-20T09:15:03.123Z"_s);
    const auto first = json::parseRowsPage(seedPageWithRows(20, updated), &cache);
    const auto second = json::parseRowsPage(seedPageWithRows(20, updated), &cache);
    const auto campaign = json::parseCampaignResponse(
        fixtures::withValue(fixtures::read(u"campaign.json"_s), u"campaign.assistant.updated_at"_s,
                            updated),
        &cache);
    QCOMPARE(cache.size(), 1);
    QCOMPARE(first.value.rows.at(0).call->assistant.get(),
             second.value.rows.at(19).call->assistant.get());
    QCOMPARE(campaign.value.assistant.get(), first.value.rows.at(0).call->assistant.get());
    QCOMPARE(campaign.value.assistant->updatedAt.toIsoString(), u"2026-11-20T09:15:03.123Z"_s);

    // A newer updated_at is a new version of the assistant.
    const auto later =
        json::parseRowsPage(seedPageWithRows(3, QJsonValue(u"2026-11-21T00:00:00Z"_s)), &cache);
    QCOMPARE(cache.size(), 2);
    QVERIFY(later.value.rows.at(0).call->assistant.get() !=
            first.value.rows.at(0).call->assistant.get());
}

void TestApiBodyReader::differentAssistantsStayApart()
{
    QByteArray body = seedPageWithRows(4);
    body = fixtures::withValue(body, u"rows[1].call.assistant.id"_s, u"asst_2"_s);
    body = fixtures::withValue(body, u"rows[2].call.assistant.prompt"_s, u"another prompt"_s);
    AssistantCache cache;
    const auto parsed = json::parseRowsPage(body, &cache);
    const auto assistantOf = [&](int i) {
        return parsed.value.rows.at(i).call->assistant;
    };
    QCOMPARE(problemTexts(parsed.problems), QStringList());
    QCOMPARE(*assistantOf(0), *assistantOf(3));
    QVERIFY(assistantOf(0).get() != assistantOf(1).get());
    QCOMPARE(assistantOf(1)->id, u"asst_2"_s);
    QCOMPARE(assistantOf(2)->prompt, u"another prompt"_s);
    QCOMPARE(assistantOf(0)->prompt, u"prompt"_s);
    QCOMPARE(assistantOf(3)->prompt, u"prompt"_s);
}

void TestApiBodyReader::sharedCacheAcrossThreads()
{
    // Pages are parsed on worker threads against one cache: they still share one assistant.
    AssistantCache cache;
    const QByteArray body = seedPageWithRows(200, QJsonValue(u"2026-11-20T09:15:03.123Z"_s));
    std::vector<Parsed<RowsPage>> pages(4);
    std::vector<std::thread> workers;
    workers.reserve(pages.size());
    for (Parsed<RowsPage> &page : pages)
        workers.emplace_back([&body, &cache, &page] { page = json::parseRowsPage(body, &cache); });
    for (std::thread &t : workers)
        t.join();
    QCOMPARE(cache.size(), 1);
    std::set<const Assistant *> instances;
    for (const auto &page : pages) {
        QCOMPARE(page.value.rows.size(), 200);
        for (const Row &row : page.value.rows)
            instances.insert(row.call->assistant.get());
    }
    QCOMPARE(instances.size(), 1u);
    // Enum texts are shared too: one copy of "initializing" for every row of every page.
    QCOMPARE(pages[0].value.rows.at(0).call->status.text.constData(),
             pages[3].value.rows.at(199).call->status.text.constData());
}

void TestApiBodyReader::lastCallAttemptDedupe()
{
    const QByteArray seed = fixtures::read(u"rows-page.json"_s);
    const auto same = json::parseRowsPage(seed);
    const Call &call = *same.value.rows.at(0).call;
    QCOMPARE(call.lastCallAttemptIndex, 0);
    QVERIFY(!call.lastCallAttemptSeparate.has_value());

    // Two attempts, the last one repeating the second entry.
    QJsonObject page = QJsonDocument::fromJson(seed).object();
    QJsonObject attempt = page.value("rows"_L1)[0]["call"_L1]["call_attempts"_L1][0].toObject();
    QJsonObject older = attempt;
    older.insert("id"_L1, "att_old"_L1);
    QByteArray body =
        fixtures::withValue(seed, u"rows[0].call.call_attempts"_s, QJsonArray{attempt, older});
    body = fixtures::withValue(body, u"rows[0].call.last_call_attempt"_s, older);
    const auto second = json::parseRowsPage(body);
    QCOMPARE(second.value.rows.at(0).call->lastCallAttemptIndex, 1);
    QCOMPARE(second.value.rows.at(0).call->lastCallAttempt()->id, u"att_old"_s);

    // An id that is not among call_attempts: the attempt is kept on its own.
    QJsonObject other = attempt;
    other.insert("id"_L1, "att_new"_L1);
    other.insert("status"_L1, "ringing"_L1);
    const auto separate =
        json::parseRowsPage(fixtures::withValue(seed, u"rows[0].call.last_call_attempt"_s, other));
    const Call &sc = *separate.value.rows.at(0).call;
    QCOMPARE(sc.lastCallAttemptIndex, -1);
    QVERIFY(sc.lastCallAttemptSeparate.has_value());
    QCOMPARE(sc.lastCallAttempt()->id, u"att_new"_s);
    QVERIFY(sc.lastCallAttempt()->status == AttemptStatus::Ringing);

    // A separate last_call_attempt is read in full: its problems carry its own path.
    const auto broken =
        json::parseRowsPage(fixtures::withValue(seed, u"rows[0].call.last_call_attempt"_s,
                                                QJsonObject{{"id"_L1, "x"_L1}, {"status"_L1, 2}}));
    QCOMPARE(
        problemTexts(broken.problems),
        (QStringList{u"rows[0].call.last_call_attempt.status: expected string, got number"_s,
                     u"rows[0].call.last_call_attempt.phone_number: missing, expected string"_s}));
    QCOMPARE(broken.value.rows.at(0).call->lastCallAttempt()->id, u"x"_s);
}

void TestApiBodyReader::inputDataSortedAndShared()
{
    const QJsonObject input{{u"zip"_s, u"75001"_s},
                            {u"company"_s, u"Acme"_s},
                            {u"first_name"_s, u"Ana"_s},
                            {u"\u00e9tage"_s, u"3"_s}};
    QByteArray body = seedPageWithRows(3);
    for (int i = 0; i < 3; ++i)
        body = fixtures::withValue(body, u"rows[%1].input_data"_s.arg(i), input);
    const auto parsed = json::parseRowsPage(body);
    QCOMPARE(problemTexts(parsed.problems), QStringList());
    const Row &row = parsed.value.rows.at(0);
    QStringList keys;
    for (const auto &[key, value] : row.inputData)
        keys << key;
    QStringList sorted = keys;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(keys, sorted);
    QCOMPARE(keys.size(), 4);
    QCOMPARE(row.inputValue(u"company"_s), u"Acme"_s);
    QCOMPARE(row.inputValue(u"\u00e9tage"_s), u"3"_s);
    QCOMPARE(row.inputValue(u"missing"_s), QString());
    // Keys repeat in every row: one copy of the text serves them all.
    QCOMPARE(parsed.value.rows.at(2).inputData.at(0).first.constData(),
             row.inputData.at(0).first.constData());
}

void TestApiBodyReader::authStatus_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("authenticated");
    QTest::addColumn<QString>("organizationId");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty body") << QByteArray() << true << true << QString() << QString();
    QTest::newRow("empty object") << QByteArray("{}") << true << true << QString() << QString();
    QTest::newRow("organization and message")
        << QByteArray(R"({"organization_id":"org_1","message":"ok","extra":[1]})") << true << true
        << u"org_1"_s << u"ok"_s;
    QTest::newRow("camel case") << QByteArray(R"({"organizationId":"org_2","status":"valid"})")
                                << true << true << u"org_2"_s << u"valid"_s;
    QTest::newRow("explicit false")
        << QByteArray(R"({"authenticated":false})") << true << false << QString() << QString();
    QTest::newRow("not JSON") << QByteArray("<html>") << false << false << QString() << QString();
}

void TestApiBodyReader::authStatus()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(bool, authenticated);
    QFETCH(QString, organizationId);
    QFETCH(QString, message);
    const auto parsed = json::parseAuthStatus(body);
    QCOMPARE(parsed.ok(), ok);
    QCOMPARE(parsed.value.authenticated, authenticated);
    QCOMPARE(parsed.value.organizationId, organizationId);
    QCOMPARE(parsed.value.message, message);
}

QTEST_GUILESS_MAIN(TestApiBodyReader)
#include "tst_apibodyreader.moc"
