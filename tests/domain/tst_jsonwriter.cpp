#include "ApiBodyReader.h"
#include "Fixtures.h"
#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace revox;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QStringList problemTexts(const QList<ParseProblem> &problems)
{
    QStringList texts;
    for (const ParseProblem &p : problems)
        texts << p.toString();
    return texts;
}

} // namespace

// Writing domain values back as the API's JSON, and reading that again to equal values.
class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void rowsPageRoundTrip_data();
    void rowsPageRoundTrip();
    void campaignRoundTrip_data();
    void campaignRoundTrip();
    void funnelStatsRoundTrip();
    void callRoundTrip();
    void fieldNamesAndTypes();
    void optionalFieldsLeftOut();
    void unknownValuesWrittenAsText();
    void conversationFieldsWritten();
    void boundsStayExact();
};

void TestJsonWriter::rowsPageRoundTrip_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("seed") << u"rows-page.json"_s;
    QTest::newRow("rows only") << u"rows-only.json"_s;
    QTest::newRow("minimal") << u"rows-page-minimal.json"_s;
    QTest::newRow("nulls") << u"rows-page-nulls.json"_s;
    QTest::newRow("unknown enums") << u"rows-page-unknown-enums.json"_s;
    QTest::newRow("bounds") << u"rows-page-bounds.json"_s;
    QTest::newRow("conversation") << u"rows-page-conversation.json"_s;
}

void TestJsonWriter::rowsPageRoundTrip()
{
    QFETCH(QString, fixture);
    const auto first = json::parseRowsPage(fixtures::read(fixture));
    QVERIFY(first.ok());
    QCOMPARE(problemTexts(first.problems), QStringList());
    const auto second = json::parseRowsPage(bytes(json::toJson(first.value)));
    QVERIFY(second.ok());
    QCOMPARE(problemTexts(second.problems), QStringList());
    QCOMPARE(second.value.hasPaging, first.value.hasPaging);
    QCOMPARE(second.value.page, first.value.page);
    QCOMPARE(second.value.pageSize, first.value.pageSize);
    QCOMPARE(second.value.total, first.value.total);
    QCOMPARE(second.value.rows.size(), first.value.rows.size());
    for (qsizetype i = 0; i < first.value.rows.size(); ++i)
        QVERIFY2(second.value.rows.at(i) == first.value.rows.at(i), qPrintable(u"row %1"_s.arg(i)));
}

void TestJsonWriter::campaignRoundTrip_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("seed") << u"campaign.json"_s;
    QTest::newRow("minimal") << u"campaign-minimal.json"_s;
    QTest::newRow("nulls") << u"campaign-nulls.json"_s;
    QTest::newRow("unknown status") << u"campaign-unknown-status.json"_s;
}

void TestJsonWriter::campaignRoundTrip()
{
    QFETCH(QString, fixture);
    const auto first = json::parseCampaignResponse(fixtures::read(fixture));
    QVERIFY(first.ok());
    const auto second =
        json::parseCampaignResponse(bytes(QJsonObject{{"campaign"_L1, json::toJson(first.value)}}));
    QCOMPARE(problemTexts(second.problems), QStringList());
    QVERIFY(second.value == first.value);
    QVERIFY(second.value.assistant.get() != first.value.assistant.get() || !first.value.assistant);

    const auto list = json::parseCampaignList(fixtures::read(u"campaign-list.json"_s));
    QJsonArray written;
    for (const Campaign &c : list.value)
        written.append(json::toJson(c));
    const auto again = json::parseCampaignList(bytes(QJsonObject{{"campaigns"_L1, written}}));
    QCOMPARE(problemTexts(again.problems), QStringList());
    QCOMPARE(again.value, list.value);
}

void TestJsonWriter::funnelStatsRoundTrip()
{
    QJsonObject campaign = QJsonDocument::fromJson(fixtures::read(u"campaign.json"_s))
                               .object()
                               .value("campaign"_L1)
                               .toObject();
    const QJsonObject funnel{{"contacts"_L1, 3000},
                             {"dialled"_L1, 1240},
                             {"connected"_L1, 905},
                             {"by_step"_L1, QJsonObject{{"booked"_L1, 42}}}};
    campaign.insert("funnel_stats"_L1, funnel);
    const auto first = json::parseCampaignResponse(bytes(QJsonObject{{"campaign"_L1, campaign}}));
    QCOMPARE(problemTexts(first.problems), QStringList());
    QCOMPARE(first.value.funnelStats, funnel);
    const QJsonObject written = json::toJson(first.value);
    QCOMPARE(written.value("funnel_stats"_L1).toObject(), funnel);
    const auto second = json::parseCampaignResponse(bytes(QJsonObject{{"campaign"_L1, written}}));
    QCOMPARE(problemTexts(second.problems), QStringList());
    QVERIFY(second.value == first.value);

    // The funnel takes part in equality; an empty one is not written.
    Campaign other = first.value;
    other.funnelStats.insert("contacts"_L1, 3001);
    QVERIFY(!(other == first.value));
    other.funnelStats = QJsonObject();
    QVERIFY(!(other == first.value));
    QVERIFY(!json::toJson(other).contains("funnel_stats"_L1));
}

void TestJsonWriter::callRoundTrip()
{
    const auto first = json::parseCallResponse(fixtures::read(u"call.json"_s));
    QVERIFY(first.ok());
    const QJsonObject written = json::toJson(first.value);
    const auto second = json::parseCallResponse(bytes(QJsonObject{{"call"_L1, written}}));
    QCOMPARE(problemTexts(second.problems), QStringList());
    QVERIFY(second.value == first.value);
    QCOMPARE(second.value.lastCallAttempt()->id, u"att_3"_s);
}

void TestJsonWriter::fieldNamesAndTypes()
{
    const auto parsed = json::parseCallResponse(fixtures::read(u"call.json"_s));
    const QJsonObject call = json::toJson(parsed.value);
    QCOMPARE(call.value("id"_L1), QJsonValue(u"call_42"_s));
    QCOMPARE(call.value("created_at"_L1), QJsonValue(u"2026-11-20T09:00:00.000Z"_s));
    QCOMPARE(call.value("status"_L1), QJsonValue(u"completed"_s));
    QCOMPARE(call.value("calls_count"_L1), QJsonValue(2));
    QCOMPARE(call.value("is_cancelled"_L1), QJsonValue(true));
    QCOMPARE(call.value("llm_model"_L1).toObject(),
             (QJsonObject{{"type"_L1, "openrouter"_L1},
                          {"openrouter_model_id"_L1, "openai/gpt-4.1"_L1},
                          {"openrouter_provider"_L1, "nebius"_L1}}));
    const QJsonObject older = call.value("call_attempts"_L1).toArray().at(1).toObject();
    QCOMPARE(older.value("started_at"_L1), QJsonValue(u"2026-11-20T07:15:00.000Z"_s));
    QVERIFY(older.contains("answered_at"_L1));
    QCOMPARE(older.value("answered_at"_L1), QJsonValue(QJsonValue::Null)); // unknown time
    QCOMPARE(older.value("result"_L1), QJsonValue(u"voicemail"_s));
    const QJsonObject latest = call.value("call_attempts"_L1).toArray().at(0).toObject();
    QVERIFY(!latest.contains("dial_error"_L1));
    const QJsonArray transcript = latest.value("transcript"_L1).toArray();
    QCOMPARE(transcript.at(2).toObject(),
             (QJsonObject{{"role"_L1, "tool"_L1},
                          {"content"_L1, ""_L1},
                          {"tool_name"_L1, "end_call"_L1},
                          {"tool_arguments"_L1, "{\"reason\":\"done\"}"_L1},
                          {"tool_is_error"_L1, false}}));
    QCOMPARE(transcript.at(0).toObject(),
             (QJsonObject{{"role"_L1, "assistant"_L1},
                          {"content"_L1, "Bonjour, ici Claire de Revox."_L1}}));
    QCOMPARE(call.value("last_call_attempt"_L1).toObject().value("id"_L1), QJsonValue(u"att_3"_s));

    // The seed's last_call_attempt repeats call_attempts[0]: it is written out in full.
    const auto page = json::parseRowsPage(fixtures::read(u"rows-page.json"_s));
    const QJsonObject row = json::toJson(page.value.rows.at(0));
    const QJsonObject seedCall = row.value("call"_L1).toObject();
    QCOMPARE(seedCall.value("last_call_attempt"_L1),
             seedCall.value("call_attempts"_L1).toArray().at(0));
    QCOMPARE(row.value("input_data"_L1).toObject(), (QJsonObject{{"foo"_L1, "string"_L1}}));
    QCOMPARE(row.value("row_index"_L1), QJsonValue(0));
    QCOMPARE(seedCall.value("scheduled_at"_L1), QJsonValue(QJsonValue::Null));
    const QJsonObject assistant = seedCall.value("assistant"_L1).toObject();
    QCOMPARE(assistant.value("voice"_L1).toObject(),
             (QJsonObject{{"id"_L1, "x"_L1}, {"provider"_L1, "cartesia"_L1}, {"speed"_L1, 0.6}}));
    QCOMPARE(assistant.value("first_sentence_mode"_L1), QJsonValue(u"generated"_s));
    QCOMPARE(assistant.value("pending_faq_count"_L1), QJsonValue(0));
}

void TestJsonWriter::conversationFieldsWritten()
{
    const auto page = json::parseRowsPage(fixtures::read(u"rows-page-conversation.json"_s));
    QVERIFY(page.ok());
    const QJsonObject attempt = json::toJson(page.value)
                                    .value("rows"_L1)
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value("call"_L1)
                                    .toObject()
                                    .value("call_attempts"_L1)
                                    .toArray()
                                    .at(0)
                                    .toObject();
    const QJsonArray events = attempt.value("speech_events"_L1).toArray();
    QCOMPARE(events.size(), 5);
    const QJsonObject agent = events.at(3).toObject();
    QCOMPARE(agent.value("speaker"_L1).toString(), u"agent"_s);
    QCOMPARE(agent.value("started_speaking_at_ms"_L1).toDouble(), 5250.0);
    QCOMPARE(agent.value("stopped_speaking_at_ms"_L1).toDouble(), 7000.0);
    QCOMPARE(agent.value("llm_ttft_ms"_L1).toDouble(), 480.0);
    QCOMPARE(agent.value("tts_ttfb_ms"_L1).toDouble(), 95.0);
    QCOMPARE(agent.value("llm_winner_model"_L1).toString(), u"gpt-4.1"_s);
    QCOMPARE(agent.value("was_cut"_L1).toBool(), true);
    QCOMPARE(agent.value("is_real_turn"_L1).toBool(), true);
    QVERIFY(!agent.contains("llm_system_prompt"_L1)); // not modelled
    const QJsonObject noise = events.at(2).toObject();
    QCOMPARE(noise.value("is_real_turn"_L1).toBool(true), false);
    QVERIFY(!noise.contains("transcript"_L1));
    QCOMPARE(events.at(1).toObject().value("stt_transcription_delay_ms"_L1).toDouble(), 210.0);
    QVERIFY(!events.at(4).toObject().contains("stopped_speaking_at_ms"_L1));
    QCOMPARE(attempt.value("post_call_transcript"_L1).toArray().size(), 2);
    QCOMPARE(attempt.value("handled_by_ai"_L1), QJsonValue(true));
    QCOMPARE(attempt.value("handled_by_human"_L1), QJsonValue(true));
    QCOMPARE(attempt.value("handled_by_user"_L1).toObject().value("name"_L1).toString(),
             u"Operator"_s);
    QCOMPARE(attempt.value("sms_log"_L1).toArray().at(0).toObject().value("message_body"_L1),
             QJsonValue(u"Thanks for your time"_s));
    QCOMPARE(attempt.value("email_log"_L1).toArray().at(0).toObject().value("subject"_L1),
             QJsonValue(u"Call summary"_s));
    QCOMPARE(attempt.value("assistants_used"_L1).toArray(),
             QJsonArray({u"node-greeting"_s, u"node-order"_s}));
}

void TestJsonWriter::optionalFieldsLeftOut()
{
    const auto page = json::parseRowsPage(fixtures::read(u"rows-page-minimal.json"_s));
    const QJsonObject rows = json::toJson(page.value);
    const QJsonObject first = rows.value("rows"_L1).toArray().at(0).toObject();
    QVERIFY(!first.contains("call"_L1));
    const QJsonObject call =
        rows.value("rows"_L1).toArray().at(1).toObject().value("call"_L1).toObject();
    for (const auto key : {"assistant"_L1, "call_retry_config"_L1, "campaign"_L1,
                           "last_call_attempt"_L1, "metadata"_L1, "next_call_at"_L1, "outcome"_L1})
        QVERIFY2(!call.contains(key), key.data());
    const QJsonObject attempt = call.value("call_attempts"_L1).toArray().at(0).toObject();
    for (const auto key :
         {"dial_error"_L1, "recording_url"_L1, "result"_L1, "end_reason"_L1, "ended_by"_L1,
          "structured_output"_L1, "transcript"_L1, "speech_events"_L1, "post_call_transcript"_L1,
          "handled_by_ai"_L1, "handled_by_human"_L1, "handled_by_user"_L1, "sms_log"_L1,
          "email_log"_L1, "assistants_used"_L1})
        QVERIFY2(!attempt.contains(key), key.data());
    QVERIFY(rows.contains("page"_L1));

    const auto only = json::parseRowsPage(fixtures::read(u"rows-only.json"_s));
    const QJsonObject written = json::toJson(only.value);
    QVERIFY(!written.contains("page"_L1));
    QVERIFY(!written.contains("total"_L1));
}

void TestJsonWriter::unknownValuesWrittenAsText()
{
    const auto page = json::parseRowsPage(fixtures::read(u"rows-page-unknown-enums.json"_s));
    const QJsonObject call = json::toJson(*page.value.rows.at(0).call);
    QCOMPARE(call.value("status"_L1), QJsonValue(u"voicemail_left"_s));
    QCOMPARE(call.value("direction"_L1), QJsonValue(u"sideways"_s));
    QCOMPARE(call.value("outcome"_L1), QJsonValue(u"interested"_s));
    QCOMPARE(call.value("next_call_at"_L1), QJsonValue(u"2026-11-21T10:00:00.000Z"_s));
    const QJsonObject attempt = call.value("call_attempts"_L1).toArray().at(0).toObject();
    QCOMPARE(attempt.value("result"_L1), QJsonValue(u"fax"_s));
    QCOMPARE(attempt.value("dial_error"_L1), QJsonValue(u"carrier_blocked"_s));
    QVERIFY(!call.contains("some_new_field"_L1)); // fields the model does not know are not kept
}

void TestJsonWriter::boundsStayExact()
{
    const auto page = json::parseRowsPage(fixtures::read(u"rows-page-bounds.json"_s));
    const QByteArray text = bytes(json::toJson(page.value));
    QVERIFY(text.contains("\"calls_count\":9007199254740991"));
    QVERIFY(text.contains("\"row_index\":-9007199254740991"));
    QVERIFY(text.contains("\"total\":9007199254740991"));
    QVERIFY(text.contains("\"first_sentence_delay_ms\":-9007199254740991"));
    QVERIFY(text.contains("\"page\":1,"));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
