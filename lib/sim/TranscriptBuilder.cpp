#include "TranscriptBuilder.h"

#include "JsonOut.h"
#include "SimRandom.h"

#include <QDateTime>

namespace revox::sim {

namespace {

using Arguments = SimTranscriptLine::Arguments;

SimTranscriptLine say(const char *role, const QString &content)
{
    SimTranscriptLine line;
    line.role = role;
    line.content = content;
    return line;
}

SimTranscriptLine tool(const QString &name, const QString &content, bool error, Arguments kind,
                       const QByteArray &arguments)
{
    SimTranscriptLine line;
    line.role = "tool";
    line.content = content;
    line.toolName = name;
    line.toolIsError = error ? 1 : 0;
    line.argumentsKind = kind;
    line.argumentsJson = arguments;
    return line;
}

QString value(const QList<std::pair<QString, QString>> &data, const char *key)
{
    for (const auto &kv : data) {
        if (kv.first == QLatin1String(key))
            return kv.second;
    }
    return {};
}

QByteArray quoted(const QString &s)
{
    QByteArray out = "\"";
    for (const QChar ch : s) {
        if (ch == u'"' || ch == u'\\')
            out += '\\';
        out += QString(ch).toUtf8();
    }
    return out + '"';
}

} // namespace

TranscriptBuilder::TranscriptBuilder(const SimWorld &world, const SimCampaign &campaign, qint64 row)
    : m_world(world)
    , m_campaign(campaign)
    , m_assistant(world.assistantOf(campaign))
    , m_row(row)
    , m_input(world.inputData(campaign, row))
{
}

QString TranscriptBuilder::fill(QString text) const
{
    for (const auto &kv : m_input)
        text.replace(QLatin1Char('{') + kv.first + QLatin1Char('}'), kv.second);
    text.replace(QStringLiteral("{agent}"), m_assistant.agentName);
    text.replace(QStringLiteral("{brand}"), m_assistant.company);
    return text;
}

QString TranscriptBuilder::greeting() const
{
    if (m_assistant.firstSentenceMode == QLatin1String("static") &&
        !m_assistant.firstSentence.isEmpty())
        return fill(m_assistant.firstSentence);
    return fill(QStringLiteral("Hi {first_name}, this is {agent} from {brand}. Do you have a "
                               "minute?"));
}

QString TranscriptBuilder::pitch() const
{
    switch (m_assistant.script) {
    case SimScript::Renewal:
        return fill(QStringLiteral("I'm calling because your {plan} plan renews on "
                                   "{renewal_date}. Shall I confirm the renewal for you?"));
    case SimScript::Prospecting:
        return fill(QStringLiteral("We help teams like {company} automate their outbound calls. "
                                   "Would a 30-minute demo next week be useful?"));
    case SimScript::Reminder:
        return fill(QStringLiteral("I'm calling to remind you of your check-up with {dentist} on "
                                   "{appointment}. Can you confirm you'll be there?"));
    case SimScript::FollowUp:
        return fill(QStringLiteral("Thanks for registering for the Data Summit {session}. Would "
                                   "you like a short demo of what we showed?"));
    case SimScript::Insurance:
        return fill(QStringLiteral("You asked for a home insurance quote for your {property_type} "
                                   "in {city}. Is that still of interest?"));
    case SimScript::Support:
        return fill(QStringLiteral("You asked our support line to call you back about a "
                                   "{reported_issue} problem, ticket {ticket}. Is this a good "
                                   "time to sort it out?"));
    }
    return {};
}

QString TranscriptBuilder::confirmTool() const
{
    switch (m_assistant.script) {
    case SimScript::Renewal:
        return QStringLiteral("confirm_renewal");
    case SimScript::Reminder:
        return QStringLiteral("confirm_appointment");
    case SimScript::FollowUp:
        return QStringLiteral("send_demo_invite");
    case SimScript::Support:
        return QStringLiteral("resolve_ticket");
    case SimScript::Prospecting:
    case SimScript::Insurance:
        break;
    }
    return QStringLiteral("book_meeting");
}

QList<SimTranscriptLine> TranscriptBuilder::lines(const SimAttemptPlan &attempt,
                                                  int attemptIndex) const
{
    QList<SimTranscriptLine> out;
    if (!attempt.answered())
        return out;
    const quint64 h = random::hash(
        {m_world.seed(), quint64(m_campaign.index), quint64(m_row), quint64(40 + attemptIndex)});
    const QString slotTime =
        JsonOut::isoTime(attempt.endMs + (2 + qint64(h % 5)) * 86400000 - attempt.endMs % 3600000);
    const QString endCallText = m_assistant.endOfCallSentence.isEmpty()
                                    ? QStringLiteral("Thanks for your time. Have a great day!")
                                    : m_assistant.endOfCallSentence;
    auto endCall = [] {
        return tool(QStringLiteral("end_call"), QStringLiteral("Call ended"), false,
                    Arguments::Null, {});
    };
    const char *A = "assistant";
    const char *U = "user";
    switch (attempt.scenario) {
    case SimScenario::Booking:
    case SimScenario::ToolError: {
        out << say(A, greeting()) << say(U, QStringLiteral("Yes, speaking. What is it about?"))
            << say(A, pitch()) << say(U, QStringLiteral("Sure, that sounds good."));
        if (m_assistant.calendly || m_assistant.script == SimScript::Prospecting) {
            out << say(A, QStringLiteral("Let me check what's available."))
                << tool(QStringLiteral("check_availability"),
                        QStringLiteral("3 slots available: Tuesday 15:00, Wednesday 10:30, "
                                       "Thursday 16:00"),
                        false, Arguments::Object,
                        "{\"duration_minutes\":30,\"timezone\":\"America/Chicago\",\"days\":5}")
                << say(A, QStringLiteral("I have Tuesday at 3pm, Wednesday at 10:30 or Thursday "
                                         "at 4pm. Which works best?"))
                << say(U, QStringLiteral("Tuesday afternoon works for me."));
        }
        const QByteArray args = "{\"start\":\"" + slotTime.toUtf8() + "\",\"contact\":" +
                                quoted(fill(QStringLiteral("{first_name} {last_name}"))) + "}";
        if (attempt.scenario == SimScenario::ToolError) {
            out << tool(confirmTool(),
                        QStringLiteral("Error: upstream timeout after 10s, nothing was saved"),
                        true, Arguments::String, args)
                << say(A, QStringLiteral("Sorry, my system is a bit slow today. Let me try that "
                                         "once more."))
                << say(U, QStringLiteral("No problem."));
        }
        out << tool(confirmTool(),
                    QStringLiteral("OK: confirmation %1 sent by email").arg(h % 900000 + 100000),
                    false, Arguments::String, args)
            << say(A, QStringLiteral("You're all set, you'll get a confirmation by email."))
            << say(U, QStringLiteral("Great, thanks.")) << say(A, endCallText) << endCall();
        break;
    }
    case SimScenario::Objection:
        out << say(A, greeting()) << say(U, QStringLiteral("Yes?")) << say(A, pitch())
            << say(U, QStringLiteral("Sorry, I'm not interested."))
            << say(A, QStringLiteral("I understand. May I ask what you use today?"))
            << say(U, QStringLiteral("I really don't have time for this. Goodbye."));
        break;
    case SimScenario::Callback:
        out << say(A, greeting())
            << say(U, QStringLiteral("I'm driving right now, can you call me back tomorrow?"))
            << say(A, QStringLiteral("Of course. Would tomorrow morning around 10 work?"))
            << say(U, QStringLiteral("Yes, that's fine."))
            << tool(QStringLiteral("schedule_callback"), QStringLiteral("Callback scheduled"),
                    false, Arguments::Object,
                    "{\"callback_at\":\"" + JsonOut::isoTime(attempt.endMs + 86400000) +
                        "\",\"reason\":\"driving\"}")
            << say(A, QStringLiteral("Perfect, talk to you tomorrow. Bye!")) << endCall();
        break;
    case SimScenario::Transfer: {
        const QString number = m_assistant.transferPhoneNumber.isEmpty()
                                   ? QStringLiteral("+14155550123")
                                   : m_assistant.transferPhoneNumber;
        out << say(A, greeting()) << say(U, QStringLiteral("Yes, speaking.")) << say(A, pitch())
            << say(U, QStringLiteral("Can I talk to a real person about the pricing?"))
            << say(A, QStringLiteral("Of course, I'm transferring you to an advisor now."))
            << tool(QStringLiteral("transfer_call"),
                    QStringLiteral("Transferring to %1").arg(number), false, Arguments::Object,
                    "{\"phone_number\":" + quoted(number) + ",\"reason\":\"pricing question\"}");
        break;
    }
    case SimScenario::MaxDuration:
        out << say(A, greeting()) << say(U, QStringLiteral("Yes, go ahead.")) << say(A, pitch())
            << say(U, QStringLiteral("Before that, can you explain how the billing works?"))
            << say(A, QStringLiteral("Of course. You are billed once a year, and you can change "
                                     "plans at any time."))
            << say(U, QStringLiteral("And what happens to my data if I leave?"))
            << say(A, QStringLiteral("You can export everything at any time, and we delete it "
                                     "thirty days after you leave."))
            << say(U, QStringLiteral("Hmm. Let me think about all this out loud for a moment..."))
            << say(A, QStringLiteral("Take your time, I'm here."));
        break;
    case SimScenario::Voicemail:
        out << say(U, fill(QStringLiteral("Hi, you've reached {first_name} {last_name}. I can't "
                                          "take your call right now, please leave a message "
                                          "after the tone.")));
        if (!m_assistant.voicemailMessage.isEmpty())
            out << say(A, fill(m_assistant.voicemailMessage));
        out << endCall();
        break;
    case SimScenario::IvrNavigated:
        out << say(U, fill(QStringLiteral("Thank you for calling {company}. For sales, press 1. "
                                          "For support, press 2. For all other enquiries, "
                                          "press 0.")))
            << tool(QStringLiteral("send_dtmf"), QStringLiteral("Sent DTMF 0"), false,
                    Arguments::Object, "{\"digits\":\"0\"}")
            << say(U, QStringLiteral("Please hold while we connect your call."))
            << tool(QStringLiteral("skip_turn"), QStringLiteral("Waiting"), false,
                    Arguments::String, "{}")
            << say(U, fill(QStringLiteral("{company}, reception. How can I help?")))
            << say(A, fill(QStringLiteral("Hi, could you put me through to {first_name} "
                                          "{last_name}, please?")))
            << say(U, QStringLiteral("I'm sorry, they're in a meeting all afternoon."))
            << say(A, QStringLiteral("No problem, I'll try again later. Thank you!")) << endCall();
        break;
    case SimScenario::IvrStuck:
        out << say(U, QStringLiteral("Welcome. Please say or enter the extension of the person "
                                     "you are trying to reach."))
            << say(A, QStringLiteral("Hello?"))
            << say(U, QStringLiteral("Sorry, I didn't get that. Goodbye."));
        break;
    case SimScenario::Silence:
        out << say(U, QStringLiteral("...")) << say(A, QStringLiteral("Hello? Can you hear me?"))
            << say(U, QString()) << say(A, QStringLiteral("I'll try again later. Goodbye."))
            << endCall();
        break;
    case SimScenario::Screening:
        out << say(U, QStringLiteral("Hi, if you record your name and reason for calling, I'll "
                                     "see if this person is available."))
            << say(A, fill(QStringLiteral("Hi, this is {agent} from {brand}, calling for "
                                          "{first_name}.")));
        break;
    case SimScenario::DialFailure:
        break;
    }
    const qint64 duration = attempt.endMs - attempt.answerMs;
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i].offsetMs = duration * i / std::max<qsizetype>(1, out.size());
    return out;
}

const char *TranscriptBuilder::endedBy(SimScenario scenario)
{
    switch (scenario) {
    case SimScenario::Objection:
    case SimScenario::Screening:
        return "user";
    case SimScenario::MaxDuration:
        return "system";
    case SimScenario::DialFailure:
        return nullptr;
    default:
        return "agent";
    }
}

const char *TranscriptBuilder::endReason(SimScenario scenario)
{
    switch (scenario) {
    case SimScenario::Booking:
    case SimScenario::ToolError:
    case SimScenario::Callback:
    case SimScenario::IvrNavigated:
        return "tool_end_call";
    case SimScenario::Transfer:
        return "transfer";
    case SimScenario::MaxDuration:
        return "max_duration";
    case SimScenario::Voicemail:
        return "voicemail";
    case SimScenario::IvrStuck:
        return "ivr_no_navigate";
    case SimScenario::Silence:
        return "silence_timeout";
    case SimScenario::Objection:
    case SimScenario::Screening:
    case SimScenario::DialFailure:
        return nullptr;
    }
    return nullptr;
}

void TranscriptBuilder::writeStructuredOutput(JsonOut &out, const SimAttemptPlan &attempt,
                                              int attemptIndex) const
{
    using random::hash;
    using random::mix;
    using random::unit;
    const quint64 seed = m_world.seed();
    const quint64 campaign = quint64(m_campaign.index);
    const quint64 row = quint64(m_row);
    const quint64 h0 = hash({seed, campaign, row, quint64(59), quint64(attemptIndex)});
    // Extraction runs on conversations with a person; on a voicemail it sometimes runs and
    // finds next to nothing; on anything else it does not.
    const bool human = attempt.result == 2;
    const bool voicemail = attempt.result == 1 && unit(h0) < 0.2;
    if (m_assistant.outputs.isEmpty() || (!human && !voicemail)) {
        out.null();
        return;
    }
    out.beginObject();
    if (voicemail) {
        for (const SimOutputField &f : m_assistant.outputs) {
            if (f.required && f.type == QLatin1String("boolean")) {
                const QByteArray name = f.name.toUtf8();
                out.key(name.constData()).boolean(false);
            }
        }
        out.endObject();
        return;
    }
    const SimScenario scenario = attempt.scenario;
    const bool positive = scenario == SimScenario::Booking || scenario == SimScenario::ToolError ||
                          scenario == SimScenario::Transfer;
    int i = 0;
    for (const SimOutputField &f : m_assistant.outputs) {
        const quint64 h = hash({seed, campaign, row, quint64(60 + attemptIndex), quint64(i++)});
        if (!f.required && unit(h) < 0.3)
            continue;
        const bool dated = f.type == QLatin1String("date") || f.type == QLatin1String("datetime");
        if (dated && !f.required && !positive && scenario != SimScenario::Callback)
            continue; // nothing was booked
        const QByteArray name = f.name.toUtf8();
        out.key(name.constData());
        if (f.type == QLatin1String("boolean")) {
            if (f.name == QLatin1String("transferred"))
                out.boolean(scenario == SimScenario::Transfer);
            else if (f.name == QLatin1String("reschedule_requested"))
                out.boolean(scenario == SimScenario::Callback);
            else if (f.name == QLatin1String("attended"))
                out.boolean(value(m_input, "attended") != QLatin1String("no"));
            else if (f.name == QLatin1String("issue_resolved"))
                out.boolean(scenario == SimScenario::Booking || scenario == SimScenario::ToolError);
            else
                out.boolean(positive);
        } else if (f.type == QLatin1String("enum")) {
            const QString plan = value(m_input, "plan");
            const QString property = value(m_input, "property_type");
            const QString issue = value(m_input, "reported_issue");
            if (f.name == QLatin1String("plan") && !plan.isEmpty())
                out.str(plan);
            else if (f.name == QLatin1String("property_type") && !property.isEmpty())
                out.str(property);
            else if (f.name == QLatin1String("issue_category") && !issue.isEmpty() &&
                     unit(mix(h)) < 0.85)
                out.str(f.enumOptions.contains(issue) ? issue : QStringLiteral("other"));
            else
                out.str(f.enumOptions.value(
                    int(h % quint64(std::max<qsizetype>(1, f.enumOptions.size())))));
        } else if (f.type == QLatin1String("number")) {
            const QString employees = value(m_input, "employees");
            if (f.name == QLatin1String("company_size") && !employees.isEmpty()) {
                out.num(employees.toLongLong());
            } else if (f.name == QLatin1String("property_value")) {
                // Widely spread: flats in small towns to large houses in cities.
                const bool house = value(m_input, "property_type") == QLatin1String("house");
                const double x = unit(mix(h));
                out.num(qint64((house ? 180 : 90) + x * x * (house ? 1100 : 520)) * 1000);
            } else if (f.name == QLatin1String("satisfaction")) {
                if (positive)
                    out.num(qint64(7 + h % 4));
                else if (scenario == SimScenario::Objection)
                    out.num(qint64(1 + h % 5));
                else
                    out.num(qint64(4 + h % 5));
            } else {
                out.num(qint64(6 + h % 5));
            }
        } else if (f.type == QLatin1String("date")) {
            out.str(QString::fromLatin1(
                JsonOut::isoTime(attempt.endMs + qint64(3 + h % 20) * 86400000).left(10)));
        } else if (f.type == QLatin1String("datetime")) {
            out.time(attempt.endMs + qint64(2 + h % 5) * 86400000 - attempt.endMs % 3600000);
        } else if (f.name == QLatin1String("email")) {
            out.str(value(m_input, "email").isEmpty()
                        ? fill(QStringLiteral("{first_name}@example.com")).toLower()
                        : value(m_input, "email"));
        } else if (f.name == QLatin1String("decision_maker")) {
            out.str(h % 2 ? fill(QStringLiteral("{first_name} {last_name}"))
                          : QStringLiteral("Their CFO"));
        } else if (f.name == QLatin1String("summary")) {
            switch (scenario) {
            case SimScenario::Booking:
            case SimScenario::ToolError:
                out.str(fill(QStringLiteral("Solved the {reported_issue} problem on the call")));
                break;
            case SimScenario::Transfer:
                out.str(QStringLiteral("Handed over to a technician"));
                break;
            case SimScenario::Callback:
                out.str(QStringLiteral("Asked to be called back later"));
                break;
            default:
                out.str(QStringLiteral("Did not want to go through it on the phone"));
                break;
            }
        } else {
            static const QStringList notes{QStringLiteral("Asked about monthly billing"),
                                           QStringLiteral("Happy with the service"),
                                           QStringLiteral("Wants an invoice by email"),
                                           QStringLiteral("Mentioned a competitor's offer")};
            out.str(notes[int(h % 4)]);
        }
    }
    // Now and then the extraction returns a key the configuration does not name.
    if (!m_campaign.extraOutputKey.isEmpty() &&
        hash({seed, campaign, row, quint64(58), quint64(attemptIndex)}) % 17 == 0) {
        const QByteArray key = m_campaign.extraOutputKey.toUtf8();
        out.key(key.constData())
            .str(positive                             ? "positive"
                 : scenario == SimScenario::Objection ? "negative"
                                                      : "neutral");
    }
    out.endObject();
}

} // namespace revox::sim
