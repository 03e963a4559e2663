#include "SimCatalog.h"

#include "SimIds.h"

#include <algorithm>
#include <cmath>

namespace revox::sim {

int SimCampaign::maxAttempts() const
{
    const int configured = retry ? retry->maxRetryAttempts : 3;
    return std::clamp(configured, 1, 3);
}

int SimCampaign::retryDelaySeconds() const
{
    if (retry && !retry->windows.isEmpty())
        return retry->windows.first().retryDelaySeconds;
    return 7200;
}

namespace catalog {

const QStringList &firstNames()
{
    static const QStringList names{
        QStringLiteral("Emma"),    QStringLiteral("Liam"),   QStringLiteral("Olivia"),
        QStringLiteral("Noah"),    QStringLiteral("Amelia"), QStringLiteral("Lucas"),
        QStringLiteral("Sophia"),  QStringLiteral("Mateo"),  QStringLiteral("Chloé"),
        QStringLiteral("Hugo"),    QStringLiteral("Léa"),    QStringLiteral("Jules"),
        QStringLiteral("Grace"),   QStringLiteral("Oliver"), QStringLiteral("Isla"),
        QStringLiteral("Arthur"),  QStringLiteral("Maya"),   QStringLiteral("Ethan"),
        QStringLiteral("Zoe"),     QStringLiteral("Samuel"), QStringLiteral("Priya"),
        QStringLiteral("Daniel"),  QStringLiteral("Fatima"), QStringLiteral("James"),
        QStringLiteral("Aisha"),   QStringLiteral("Thomas"), QStringLiteral("Inès"),
        QStringLiteral("Gabriel"), QStringLiteral("Hannah"), QStringLiteral("Raphaël"),
        QStringLiteral("Mia"),     QStringLiteral("Kenji"),  QStringLiteral("Sofia"),
        QStringLiteral("Omar"),    QStringLiteral("Elena"),  QStringLiteral("Victor"),
        QStringLiteral("Nadia"),   QStringLiteral("Adam"),   QStringLiteral("Lina"),
        QStringLiteral("Marcus")};
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names{
        QStringLiteral("Smith"),    QStringLiteral("Johnson"), QStringLiteral("Martin"),
        QStringLiteral("Bernard"),  QStringLiteral("Dubois"),  QStringLiteral("Garcia"),
        QStringLiteral("Brown"),    QStringLiteral("Wilson"),  QStringLiteral("Taylor"),
        QStringLiteral("Moreau"),   QStringLiteral("Laurent"), QStringLiteral("Lefebvre"),
        QStringLiteral("Anderson"), QStringLiteral("Thomas"),  QStringLiteral("Roux"),
        QStringLiteral("Nguyen"),   QStringLiteral("Patel"),   QStringLiteral("Kim"),
        QStringLiteral("Müller"),   QStringLiteral("Schmidt"), QStringLiteral("Rossi"),
        QStringLiteral("Walker"),   QStringLiteral("Evans"),   QStringLiteral("O'Brien"),
        QStringLiteral("Fournier"), QStringLiteral("Girard"),  QStringLiteral("Clarke"),
        QStringLiteral("Hughes"),   QStringLiteral("Lopez"),   QStringLiteral("Haddad"),
        QStringLiteral("Costa"),    QStringLiteral("Silva"),   QStringLiteral("Novak"),
        QStringLiteral("Tanaka"),   QStringLiteral("Okafor"),  QStringLiteral("Mercier"),
        QStringLiteral("Fontaine"), QStringLiteral("Baker"),   QStringLiteral("Young"),
        QStringLiteral("Chevalier")};
    return names;
}

const QStringList &companies()
{
    static const QStringList names{
        QStringLiteral("Acme Logistics"),      QStringLiteral("Northwind Traders"),
        QStringLiteral("Bluebird Dental"),     QStringLiteral("Helios Energy"),
        QStringLiteral("Lumen Analytics"),     QStringLiteral("Brightside Realty"),
        QStringLiteral("Cobalt Systems"),      QStringLiteral("Maple & Finch"),
        QStringLiteral("Orbital Freight"),     QStringLiteral("Pinecrest Health"),
        QStringLiteral("Quantum Retail"),      QStringLiteral("Redwood Partners"),
        QStringLiteral("Silverline Media"),    QStringLiteral("Tidewater Foods"),
        QStringLiteral("Umbra Security"),      QStringLiteral("Vertex Manufacturing"),
        QStringLiteral("Willow Insurance"),    QStringLiteral("Atelier Durand"),
        QStringLiteral("Boulangerie Petit"),   QStringLiteral("Clearwater Labs"),
        QStringLiteral("Delta Robotics"),      QStringLiteral("Evergreen Schools"),
        QStringLiteral("Foxglove Studio"),     QStringLiteral("Granite Construction"),
        QStringLiteral("Harbor Hotels"),       QStringLiteral("Ironclad Legal"),
        QStringLiteral("Juniper Fintech"),     QStringLiteral("Keystone Clinics"),
        QStringLiteral("Lighthouse Software"), QStringLiteral("Meridian Travel")};
    return names;
}

const QStringList &jobTitles()
{
    static const QStringList names{QStringLiteral("Head of Operations"),
                                   QStringLiteral("VP Sales"),
                                   QStringLiteral("CTO"),
                                   QStringLiteral("Procurement Manager"),
                                   QStringLiteral("Office Manager"),
                                   QStringLiteral("CFO"),
                                   QStringLiteral("Customer Success Lead"),
                                   QStringLiteral("Founder"),
                                   QStringLiteral("IT Director"),
                                   QStringLiteral("Marketing Manager")};
    return names;
}

const QStringList &industries()
{
    static const QStringList names{QStringLiteral("Logistics"),     QStringLiteral("Healthcare"),
                                   QStringLiteral("Retail"),        QStringLiteral("Finance"),
                                   QStringLiteral("Education"),     QStringLiteral("Hospitality"),
                                   QStringLiteral("Manufacturing"), QStringLiteral("Software"),
                                   QStringLiteral("Real estate"),   QStringLiteral("Energy")};
    return names;
}

const QStringList &cities(const QString &country)
{
    static const QStringList us{
        QStringLiteral("New York"), QStringLiteral("Austin"),    QStringLiteral("Chicago"),
        QStringLiteral("Denver"),   QStringLiteral("Seattle"),   QStringLiteral("Boston"),
        QStringLiteral("Miami"),    QStringLiteral("San Diego"), QStringLiteral("Atlanta"),
        QStringLiteral("Portland"), QStringLiteral("Nashville"), QStringLiteral("Phoenix")};
    static const QStringList fr{
        QStringLiteral("Paris"),       QStringLiteral("Lyon"),       QStringLiteral("Marseille"),
        QStringLiteral("Toulouse"),    QStringLiteral("Nantes"),     QStringLiteral("Bordeaux"),
        QStringLiteral("Lille"),       QStringLiteral("Strasbourg"), QStringLiteral("Rennes"),
        QStringLiteral("Montpellier"), QStringLiteral("Nice"),       QStringLiteral("Grenoble")};
    static const QStringList gb{
        QStringLiteral("London"),  QStringLiteral("Manchester"), QStringLiteral("Bristol"),
        QStringLiteral("Leeds"),   QStringLiteral("Edinburgh"),  QStringLiteral("Glasgow"),
        QStringLiteral("Cardiff"), QStringLiteral("Brighton"),   QStringLiteral("Liverpool"),
        QStringLiteral("Oxford"),  QStringLiteral("Cambridge"),  QStringLiteral("York")};
    if (country == QLatin1String("FR"))
        return fr;
    if (country == QLatin1String("GB"))
        return gb;
    return us;
}

const QStringList &owners()
{
    static const QStringList names{QStringLiteral("Julia Martin"), QStringLiteral("Ben Carter"),
                                   QStringLiteral("Camille Roux"), QStringLiteral("Dev Patel"),
                                   QStringLiteral("Sara Lind")};
    return names;
}

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

SimRetryConfig retryConfig(const QString &start, const QString &end, int delay, int attempts,
                           const QString &timezone)
{
    SimRetryConfig c;
    c.windows.append({start, end, delay});
    c.maxRetryAttempts = attempts;
    c.timezone = timezone;
    return c;
}

} // namespace

QList<SimAssistant> makeAssistants(quint64 seed, qint64 anchorMs)
{
    const SimIds ids(seed);
    QList<SimAssistant> list;

    SimAssistant renewal;
    renewal.name = QStringLiteral("Nora - Renewals");
    renewal.agentName = QStringLiteral("Nora");
    renewal.company = QStringLiteral("Cloudnest");
    renewal.script = SimScript::Renewal;
    renewal.prompt = QStringLiteral(
        "You are Nora, a friendly account manager at Cloudnest. Call customers whose annual "
        "plan renews soon, confirm the renewal and the plan, and answer billing questions. "
        "Keep calls under three minutes.");
    renewal.voiceId = QStringLiteral("a0e99841-438c-4a64-b679-ae501e7d6091");
    renewal.voiceProvider = QStringLiteral("cartesia");
    renewal.voiceSpeed = 1.0;
    renewal.modelName = QStringLiteral("gpt-4.1");
    renewal.firstSentenceMode = QStringLiteral("static");
    renewal.firstSentence =
        QStringLiteral("Hi {first_name}, this is Nora from Cloudnest. Do you have a minute?");
    renewal.endOfCallSentence = QStringLiteral("Thanks for being with Cloudnest, goodbye!");
    renewal.transferPhoneNumber = QStringLiteral("+14155550142");
    renewal.voicemailMessage = QStringLiteral(
        "Hi, this is Nora from Cloudnest about your plan renewal. Please call us back at "
        "your convenience. Thank you!");
    renewal.webhookUrl = QStringLiteral("https://hooks.cloudnest.example/revox/renewals");
    renewal.maxCallDurationSecs = 300;
    renewal.retry = retryConfig(QStringLiteral("09:00"), QStringLiteral("18:00"), 3600, 3,
                                QStringLiteral("America/New_York"));
    renewal.outputs = {
        {QStringLiteral("renewal_confirmed"),
         true,
         QStringLiteral("boolean"),
         QStringLiteral("Whether the customer confirmed the renewal"),
         {}},
        {QStringLiteral("plan"),
         true,
         QStringLiteral("enum"),
         QStringLiteral("The plan the customer keeps"),
         {QStringLiteral("Starter"), QStringLiteral("Pro"), QStringLiteral("Enterprise")}},
        {QStringLiteral("renewal_date"), false, QStringLiteral("date"), QString(), {}},
        {QStringLiteral("notes"),
         false,
         QStringLiteral("string"),
         QStringLiteral("Anything the account manager should know"),
         {}}};
    renewal.faq = {{QStringLiteral("Can I pay monthly?"),
                    QStringLiteral("Yes, monthly billing is available on Pro and Enterprise.")}};
    renewal.pendingFaqCount = 0;
    list.append(renewal);

    SimAssistant sdr;
    sdr.name = QStringLiteral("Leo - Enterprise SDR");
    sdr.agentName = QStringLiteral("Leo");
    sdr.company = QStringLiteral("Stackline");
    sdr.script = SimScript::Prospecting;
    sdr.prompt = QStringLiteral(
        "You are Leo, a sales development representative at Stackline. Qualify the lead "
        "(company size, decision maker, budget) and book a 30-minute demo with an account "
        "executive using the calendar tools. Navigate phone menus to reach the contact.");
    sdr.voiceId = QStringLiteral("EXAVITQu4vr4xnSDxMaL");
    sdr.voiceProvider = QStringLiteral("elevenlabs");
    sdr.voiceSpeed = 1.1;
    sdr.dedicatedModel = false;
    sdr.openrouterModelId = QStringLiteral("openai/gpt-4.1");
    sdr.openrouterProvider = QStringLiteral("azure");
    sdr.firstSentenceMode = QStringLiteral("generated");
    sdr.firstSentenceDelayMs = 600;
    sdr.ivrNavigationEnabled = true;
    sdr.backgroundSound = true;
    sdr.calendly = true;
    sdr.transferPhoneNumber = QStringLiteral("+14155550199");
    sdr.voicemailMessage.clear();
    sdr.webhookUrl = QStringLiteral("https://crm.stackline.example/webhooks/revox");
    sdr.maxCallDurationSecs = 420;
    sdr.retry = retryConfig(QStringLiteral("10am"), QStringLiteral("6pm"), 900, 3, QString());
    sdr.outputs = {{QStringLiteral("interested"), true, QStringLiteral("boolean"), QString(), {}},
                   {QStringLiteral("meeting_at"),
                    false,
                    QStringLiteral("datetime"),
                    QStringLiteral("Start of the booked demo"),
                    {}},
                   {QStringLiteral("company_size"),
                    false,
                    QStringLiteral("number"),
                    QStringLiteral("Number of employees"),
                    {}},
                   {QStringLiteral("decision_maker"),
                    false,
                    QStringLiteral("string"),
                    QStringLiteral("Who signs off on the purchase"),
                    {}},
                   {QStringLiteral("budget"),
                    true,
                    QStringLiteral("enum"),
                    QString(),
                    {QStringLiteral("under_10k"), QStringLiteral("10k_50k"),
                     QStringLiteral("over_50k"), QStringLiteral("unknown")}}};
    sdr.faq = {
        {QStringLiteral("Is there a free trial?"),
         QStringLiteral("Yes, 14 days with all features.")},
        {QStringLiteral("Do you integrate with Salesforce?"), QStringLiteral("Yes, natively.")}};
    sdr.pendingFaqCount = 2;
    list.append(sdr);

    SimAssistant reminder;
    reminder.name = QStringLiteral("Clara - Appointment reminders");
    reminder.agentName = QStringLiteral("Clara");
    reminder.company = QStringLiteral("Bluebird Dental");
    reminder.script = SimScript::Reminder;
    reminder.prompt = QStringLiteral(
        "You are Clara from Bluebird Dental. Remind patients of their upcoming check-up, "
        "confirm it or offer another slot. Be brief and warm.");
    reminder.voiceId = QStringLiteral("156fb8d2-335b-4950-9cb3-a2d33befec77");
    reminder.voiceProvider = QStringLiteral("cartesia");
    reminder.voiceSpeed = 0.9;
    reminder.modelName = QStringLiteral("ministral-3-8b-instruct");
    reminder.firstSentenceMode = QStringLiteral("none");
    reminder.firstSentenceDelayMs = 300;
    reminder.voicemailMessage = QStringLiteral(
        "Hello, this is Clara from Bluebird Dental, calling to remind you of your check-up. "
        "Call us back to confirm. Thanks!");
    reminder.maxCallDurationSecs = 180;
    reminder.retry = retryConfig(QStringLiteral("08:30"), QStringLiteral("19:00"), 600, 2,
                                 QStringLiteral("Europe/Paris"));
    reminder.outputs = {
        {QStringLiteral("confirmed"), true, QStringLiteral("boolean"), QString(), {}},
        {QStringLiteral("reschedule_requested"), false, QStringLiteral("boolean"), QString(), {}},
        {QStringLiteral("new_appointment_date"), false, QStringLiteral("date"), QString(), {}}};
    list.append(reminder);

    SimAssistant followUp;
    followUp.name = QStringLiteral("Sam - Event follow-up");
    followUp.agentName = QStringLiteral("Sam");
    followUp.company = QStringLiteral("Data Summit");
    followUp.script = SimScript::FollowUp;
    followUp.prompt = QStringLiteral(
        "You are Sam from the Data Summit team. Thank registrants for joining (or ask why "
        "they could not), collect a satisfaction score and offer a product demo.");
    followUp.voiceId = QStringLiteral("pNInz6obpgDQGcFmaJgB");
    followUp.voiceProvider = QStringLiteral("elevenlabs");
    followUp.dedicatedModel = false;
    followUp.openrouterModelId = QStringLiteral("anthropic/claude-3.5-sonnet");
    followUp.openrouterProvider = QStringLiteral("anthropic");
    followUp.firstSentenceMode = QStringLiteral("generated");
    followUp.maxCallDurationSecs = 360;
    followUp.outputs = {
        {QStringLiteral("attended"), true, QStringLiteral("boolean"), QString(), {}},
        {QStringLiteral("satisfaction"),
         false,
         QStringLiteral("number"),
         QStringLiteral("Score from 1 to 10"),
         {}},
        {QStringLiteral("wants_demo"), true, QStringLiteral("boolean"), QString(), {}},
        {QStringLiteral("email"), false, QStringLiteral("string"), QString(), {}}};
    list.append(followUp);

    SimAssistant insurance;
    insurance.name = QStringLiteral("Maxime - Home insurance");
    insurance.agentName = QStringLiteral("Maxime");
    insurance.company = QStringLiteral("Willow Insurance");
    insurance.script = SimScript::Insurance;
    insurance.prompt = QStringLiteral(
        "You are Maxime from Willow Insurance. Call people who requested a home insurance "
        "quote, check their property details and transfer warm leads to an advisor.");
    insurance.voiceId = QStringLiteral("694f9389-aac1-45b6-b726-9d9369183238");
    insurance.voiceProvider = QStringLiteral("cartesia");
    insurance.voiceSpeed = 1.2;
    insurance.modelName = QStringLiteral("gpt-4.1");
    insurance.firstSentenceMode = QStringLiteral("static");
    insurance.firstSentence = QStringLiteral(
        "Bonjour {first_name}, Maxime de Willow Assurances, vous avez demandé un devis ?");
    insurance.transferPhoneNumber = QStringLiteral("+33184880042");
    insurance.maxCallDurationSecs = 600;
    insurance.retry = retryConfig(QStringLiteral("09:00"), QStringLiteral("20:00"), 7200, 3,
                                  QStringLiteral("Europe/Paris"));
    insurance.outputs = {
        {QStringLiteral("property_type"),
         true,
         QStringLiteral("enum"),
         QString(),
         {QStringLiteral("apartment"), QStringLiteral("house"), QStringLiteral("other")}},
        {QStringLiteral("transferred"), true, QStringLiteral("boolean"), QString(), {}},
        {QStringLiteral("callback_at"), false, QStringLiteral("datetime"), QString(), {}}};
    list.append(insurance);

    for (int i = 0; i < list.size(); ++i) {
        list[i].id = ids.make(SimIds::Kind::Assistant, i);
        list[i].createdAtMs = anchorMs - (120 - i * 9) * kDay + i * 3217000;
        list[i].updatedAtMs = anchorMs - (40 - i * 5) * kDay + i * 1800000;
    }
    return list;
}

QList<SimCampaign> makeCampaigns(quint64 seed, qint64 anchorMs, double rowsScale,
                                 const QList<SimAssistant> &assistants)
{
    const SimIds ids(seed);
    auto rows = [rowsScale](qint64 base) {
        return std::clamp<qint64>(qint64(std::llround(double(base) * rowsScale)), 5,
                                  SimIds::kMaxRows);
    };
    QList<SimCampaign> list;

    SimCampaign renewals;
    renewals.name = QStringLiteral("Annual plan renewals - October");
    renewals.status = QStringLiteral("completed");
    renewals.rowCount = rows(240);
    renewals.assistant = 0;
    renewals.createdAtMs = anchorMs - 34 * kDay;
    renewals.rowsPerSecond = 0.05;
    renewals.launchMs = anchorMs - 30 * kDay;
    renewals.scheduledAtMs = renewals.launchMs;
    renewals.fromPhoneNumber = QStringLiteral("+14155550100");
    renewals.maxConcurrentCalls = 5;
    renewals.retry = assistants[0].retry;
    renewals.country = QStringLiteral("US");
    list.append(renewals);

    SimCampaign outreach;
    outreach.name = QStringLiteral("Enterprise outreach Q4");
    outreach.status = QStringLiteral("running");
    outreach.rowCount = rows(100000);
    outreach.assistant = 1;
    outreach.createdAtMs = anchorMs - 3 * kDay;
    outreach.rowsPerSecond = 3.0;
    // About 38% of the way through at the start.
    outreach.launchMs = anchorMs - qint64(0.38 * double(outreach.rowCount) / 3.0 * 1000.0);
    outreach.fromPhoneNumber = QStringLiteral("+12125550173");
    outreach.maxConcurrentCalls = 250;
    outreach.retry = retryConfig(QStringLiteral("10am"), QStringLiteral("6pm"), 900, 3,
                                 QStringLiteral("America/Chicago"));
    outreach.country = QStringLiteral("US");
    list.append(outreach);

    SimCampaign reminders;
    reminders.name = QStringLiteral("Dental check-up reminders - week 48");
    reminders.status = QStringLiteral("running");
    reminders.rowCount = rows(1200);
    reminders.assistant = 2;
    reminders.createdAtMs = anchorMs - 2 * kDay;
    reminders.rowsPerSecond = 0.25;
    reminders.launchMs = anchorMs - qint64(0.35 * double(reminders.rowCount) / 0.25 * 1000.0);
    reminders.scheduledAtMs = reminders.launchMs;
    reminders.fromPhoneNumber = QStringLiteral("+33159580011");
    reminders.maxConcurrentCalls = 20;
    reminders.retry.reset(); // uses the assistant's configuration
    reminders.country = QStringLiteral("FR");
    reminders.hasMetadata = false;
    list.append(reminders);

    SimCampaign webinar;
    webinar.name = QStringLiteral("Webinar follow-up: Data Summit");
    webinar.status = QStringLiteral("paused");
    webinar.rowCount = rows(800);
    webinar.assistant = 3;
    webinar.createdAtMs = anchorMs - 6 * kDay;
    webinar.rowsPerSecond = 0.1;
    webinar.launchMs = anchorMs - 5 * kDay;
    webinar.stopMs = webinar.launchMs + qint64(0.6 * double(webinar.rowCount) / 0.1 * 1000.0);
    webinar.fromPhoneNumber = QStringLiteral("+442045770123");
    webinar.maxConcurrentCalls = 10;
    webinar.retry = retryConfig(QStringLiteral("09:00"), QStringLiteral("17:30"), 1800, 2,
                                QStringLiteral("Europe/London"));
    webinar.country = QStringLiteral("GB");
    list.append(webinar);

    SimCampaign insurance;
    insurance.name = QStringLiteral("Home insurance leads - November");
    insurance.status = QStringLiteral("completed");
    insurance.isCancelled = true;
    insurance.rowCount = rows(3000);
    insurance.assistant = 4;
    insurance.createdAtMs = anchorMs - 12 * kDay;
    insurance.rowsPerSecond = 0.2;
    insurance.launchMs = anchorMs - 11 * kDay;
    insurance.stopMs = insurance.launchMs + qint64(0.4 * double(insurance.rowCount) / 0.2 * 1000.0);
    insurance.fromPhoneNumber = QStringLiteral("+33176540099");
    insurance.maxConcurrentCalls = 15;
    insurance.retry = assistants[4].retry;
    insurance.country = QStringLiteral("FR");
    list.append(insurance);

    SimCampaign launch;
    launch.name = QStringLiteral("Spring product launch (draft)");
    launch.status = QStringLiteral("draft");
    launch.rowCount = rows(12);
    launch.assistant = 3;
    launch.createdAtMs = anchorMs - 5 * kHour;
    launch.scheduledAtMs = anchorMs + 9 * kDay;
    launch.fromPhoneNumber = QStringLiteral("+14155550100");
    launch.maxConcurrentCalls = 5;
    launch.country = QStringLiteral("US");
    launch.hasMetadata = false;
    list.append(launch);

    for (int i = 0; i < list.size(); ++i) {
        list[i].index = i;
        list[i].id = ids.make(SimIds::Kind::Campaign, i);
    }
    return list;
}

} // namespace catalog
} // namespace revox::sim
