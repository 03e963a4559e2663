#include "ApiEnums.h"

#include <QTest>

using namespace revox;

namespace {

// Every value of E from its first known entry up to last, through the wire and back.
template <typename E> QStringList roundTripFailures(E last)
{
    QStringList failures;
    for (int i = 1; i <= int(last); ++i) {
        const E v = E(i);
        const QString wire = toWire(v);
        if (wire.isEmpty())
            failures << QStringLiteral("value %1 has no wire text").arg(i);
        else if (fromWire<E>(wire) != v)
            failures << QStringLiteral("\"%1\" does not map back to %2").arg(wire).arg(i);
    }
    if (!toWire(E::Unknown).isEmpty())
        failures << QStringLiteral("Unknown has a wire text");
    if (fromWire<E>(u"no-such-value") != E::Unknown)
        failures << QStringLiteral("an unknown text did not map to Unknown");
    return failures;
}

} // namespace

// The enum <-> wire text tables, and ApiEnum keeping values it does not know.
class TestApiEnums : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void wireText_data();
    void wireText();
    void unknownTextIsKept();
    void resultFilterValues();
    void activeStatuses();
};

void TestApiEnums::roundTrip_data()
{
    QTest::addColumn<QStringList>("failures");
    QTest::newRow("CampaignStatus") << roundTripFailures(CampaignStatus::Completed);
    QTest::newRow("CallStatus") << roundTripFailures(CallStatus::Paused);
    QTest::newRow("AttemptStatus") << roundTripFailures(AttemptStatus::Error);
    QTest::newRow("CallResult") << roundTripFailures(CallResult::IosScreeningFilter);
    QTest::newRow("DialError") << roundTripFailures(DialError::NonClassifiedError);
    QTest::newRow("EndedBy") << roundTripFailures(EndedBy::System);
    QTest::newRow("TranscriptRole") << roundTripFailures(TranscriptRole::Tool);
    QTest::newRow("CallDirection") << roundTripFailures(CallDirection::Outbound);
    QTest::newRow("FirstSentenceMode") << roundTripFailures(FirstSentenceMode::None);
    QTest::newRow("VoiceProvider") << roundTripFailures(VoiceProvider::ElevenLabs);
    QTest::newRow("OutputFieldType") << roundTripFailures(OutputFieldType::DateTime);
    QTest::newRow("FaqSource") << roundTripFailures(FaqSource::Ai);
    QTest::newRow("LlmModelType") << roundTripFailures(LlmModelType::OpenRouter);
}

void TestApiEnums::roundTrip()
{
    QFETCH(QStringList, failures);
    QCOMPARE(failures, QStringList());
}

void TestApiEnums::wireText_data()
{
    // The seeds' exact spellings, one per table at least.
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    QTest::newRow("campaign draft") << toWire(CampaignStatus::Draft) << "draft";
    QTest::newRow("call queued_for_calling")
        << toWire(CallStatus::QueuedForCalling) << "queued_for_calling";
    QTest::newRow("call post_processing")
        << toWire(CallStatus::PostProcessing) << "post_processing";
    QTest::newRow("attempt ringing") << toWire(AttemptStatus::Ringing) << "ringing";
    QTest::newRow("result IVR") << toWire(CallResult::IVR) << "IVR";
    QTest::newRow("result unknown") << toWire(CallResult::UnknownResult) << "unknown";
    QTest::newRow("result ios-screening-filter")
        << toWire(CallResult::IosScreeningFilter) << "ios-screening-filter";
    QTest::newRow("dial no_international_permission")
        << toWire(DialError::NoInternationalPermission) << "no_international_permission";
    QTest::newRow("ended by agent") << toWire(EndedBy::Agent) << "agent";
    QTest::newRow("role tool") << toWire(TranscriptRole::Tool) << "tool";
    QTest::newRow("direction inbound") << toWire(CallDirection::Inbound) << "inbound";
    QTest::newRow("first sentence none") << toWire(FirstSentenceMode::None) << "none";
    QTest::newRow("voice elevenlabs") << toWire(VoiceProvider::ElevenLabs) << "elevenlabs";
    QTest::newRow("output datetime") << toWire(OutputFieldType::DateTime) << "datetime";
    QTest::newRow("faq ai") << toWire(FaqSource::Ai) << "ai";
    QTest::newRow("llm dedicated-instance")
        << toWire(LlmModelType::DedicatedInstance) << "dedicated-instance";
}

void TestApiEnums::wireText()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void TestApiEnums::unknownTextIsKept()
{
    const auto e = ApiEnum<CallStatus>::fromText(QStringLiteral("voicemail_left"));
    QCOMPARE(e.value, CallStatus::Unknown);
    QCOMPARE(e.text, QStringLiteral("voicemail_left"));
    QVERIFY(e.isSet());
    QVERIFY(!e.isKnown());

    const auto known = ApiEnum<CallStatus>::fromText(QStringLiteral("calling"));
    QVERIFY(known == CallStatus::Calling);
    QVERIFY(known.isKnown());
    QVERIFY(known == ApiEnum<CallStatus>(CallStatus::Calling));
    QVERIFY(known != e);

    // Matching is exact: the API's spelling is case-sensitive ("IVR" but "voicemail").
    QCOMPARE(ApiEnum<CallResult>::fromText(QStringLiteral("ivr")).value, CallResult::Unknown);
    QVERIFY(!ApiEnum<CallResult>().isSet());
}

void TestApiEnums::resultFilterValues()
{
    QCOMPARE(revox::resultFilterValues(), QStringList({"IVR", "voicemail", "human", "unknown",
                                                       "ios-screening-filter", "all", "none"}));
}

void TestApiEnums::activeStatuses()
{
    QVERIFY(isActiveCallStatus(CallStatus::Calling));
    QVERIFY(isActiveCallStatus(CallStatus::Unknown));
    QVERIFY(!isActiveCallStatus(CallStatus::Completed));
    QVERIFY(!isActiveCallStatus(CallStatus::Cancelled));
    QVERIFY(!isActiveCallStatus(CallStatus::Errored));
}

QTEST_GUILESS_MAIN(TestApiEnums)
#include "tst_apienums.moc"
