#include "SimCatalog.h"

#include "SimCalendar.h"
#include "SimIds.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace revox::sim {

int SimCampaign::maxAttempts() const
{
    return std::clamp(effectiveRetry.maxRetryAttempts, 1, 3);
}

int SimCampaign::retryDelaySeconds(int window) const
{
    if (effectiveRetry.windows.isEmpty())
        return 7200;
    return effectiveRetry.windows.value(window, effectiveRetry.windows.first()).retryDelaySeconds;
}

namespace catalog {

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

// The catalogue's data (resources/sim/catalog.json), compiled into the library.
const QJsonObject &document()
{
    static const QJsonObject root = [] {
        QFile file(QStringLiteral(":/revox/sim/catalog.json"));
        QJsonParseError error{};
        const QJsonDocument doc = file.open(QIODevice::ReadOnly)
                                      ? QJsonDocument::fromJson(file.readAll(), &error)
                                      : QJsonDocument();
        if (!doc.isObject())
            qFatal("the simulator's catalogue (catalog.json) is missing or not JSON: %s",
                   qPrintable(error.errorString()));
        return doc.object();
    }();
    return root;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

QString text(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toString();
}

// "-34d", "-5h", "+9d": a signed offset in days or hours, in milliseconds.
qint64 offsetMs(const QString &offset)
{
    const qint64 unit = offset.endsWith(QLatin1Char('h')) ? kHour : kDay;
    return offset.chopped(1).toLongLong() * unit;
}

// Days of calendar laid out on either side of the anchor.
constexpr int kCalendarDays = 120;

// Where a phone number's country places its owner, when no configuration says.
QString zoneOfCountry(const QString &country)
{
    if (country == QLatin1String("FR"))
        return QStringLiteral("Europe/Paris");
    if (country == QLatin1String("GB"))
        return QStringLiteral("Europe/London");
    if (country == QLatin1String("JP"))
        return QStringLiteral("Asia/Tokyo");
    return QStringLiteral("America/New_York");
}

SimScript scriptNamed(const QString &name)
{
    if (name == QLatin1String("prospecting"))
        return SimScript::Prospecting;
    if (name == QLatin1String("reminder"))
        return SimScript::Reminder;
    if (name == QLatin1String("follow_up"))
        return SimScript::FollowUp;
    if (name == QLatin1String("insurance"))
        return SimScript::Insurance;
    if (name == QLatin1String("support"))
        return SimScript::Support;
    return SimScript::Renewal;
}

SimRetryConfig retryConfig(const QJsonObject &o)
{
    SimRetryConfig c;
    for (const QJsonValue &w : o.value(QLatin1String("windows")).toArray()) {
        const QJsonObject window = w.toObject();
        c.windows.append({text(window, QLatin1String("start")), text(window, QLatin1String("end")),
                          window.value(QLatin1String("retry_delay_seconds")).toInt(7200)});
    }
    c.maxRetryAttempts = o.value(QLatin1String("max_retry_attempts")).toInt(3);
    c.timezone = text(o, QLatin1String("timezone"));
    return c;
}

SimOutputField outputField(const QJsonObject &o)
{
    return {text(o, QLatin1String("name")), o.value(QLatin1String("required")).toBool(),
            text(o, QLatin1String("type")), text(o, QLatin1String("description")),
            stringList(o.value(QLatin1String("enum_options")))};
}

SimAssistant assistant(const QJsonObject &o)
{
    SimAssistant a;
    a.name = text(o, QLatin1String("name"));
    a.agentName = text(o, QLatin1String("agent_name"));
    a.company = text(o, QLatin1String("company"));
    a.script = scriptNamed(text(o, QLatin1String("script")));
    a.prompt = text(o, QLatin1String("prompt"));
    a.voiceId = text(o, QLatin1String("voice_id"));
    a.voiceProvider = text(o, QLatin1String("voice_provider"));
    a.voiceSpeed = o.value(QLatin1String("voice_speed")).toDouble(a.voiceSpeed);
    a.dedicatedModel = o.value(QLatin1String("dedicated_model")).toBool(a.dedicatedModel);
    a.modelName = text(o, QLatin1String("model_name"));
    a.openrouterModelId = text(o, QLatin1String("openrouter_model_id"));
    a.openrouterProvider = text(o, QLatin1String("openrouter_provider"));
    a.firstSentenceMode = text(o, QLatin1String("first_sentence_mode"));
    a.firstSentence = text(o, QLatin1String("first_sentence"));
    a.firstSentenceDelayMs =
        o.value(QLatin1String("first_sentence_delay_ms")).toInt(a.firstSentenceDelayMs);
    a.endOfCallSentence = text(o, QLatin1String("end_of_call_sentence"));
    a.ivrNavigationEnabled = o.value(QLatin1String("ivr_navigation_enabled")).toBool();
    a.backgroundSound = o.value(QLatin1String("background_sound")).toBool();
    a.calendly = o.value(QLatin1String("calendly")).toBool();
    a.transferPhoneNumber = text(o, QLatin1String("transfer_phone_number"));
    a.voicemailMessage = text(o, QLatin1String("voicemail_message"));
    a.webhookUrl = text(o, QLatin1String("webhook_url"));
    a.maxCallDurationSecs =
        o.value(QLatin1String("max_call_duration_secs")).toDouble(a.maxCallDurationSecs);
    if (o.value(QLatin1String("retry")).isObject())
        a.retry = retryConfig(o.value(QLatin1String("retry")).toObject());
    for (const QJsonValue &field : o.value(QLatin1String("outputs")).toArray())
        a.outputs.append(outputField(field.toObject()));
    for (const QJsonValue &entry : o.value(QLatin1String("faq")).toArray()) {
        const QJsonObject qa = entry.toObject();
        a.faq.append({text(qa, QLatin1String("question")), text(qa, QLatin1String("answer"))});
    }
    a.pendingFaqCount = o.value(QLatin1String("pending_faq_count")).toInt(a.pendingFaqCount);
    return a;
}

// One campaign of the catalogue, its times placed around anchorMs.
SimCampaign campaign(const QJsonObject &o, qint64 anchorMs, double rowsScale,
                     const QList<SimAssistant> &assistants)
{
    SimCampaign c;
    c.name = text(o, QLatin1String("name"));
    c.status = text(o, QLatin1String("status"));
    c.isCancelled = o.value(QLatin1String("is_cancelled")).toBool();
    const double baseRows = o.value(QLatin1String("rows")).toDouble();
    c.rowCount =
        std::clamp<qint64>(qint64(std::llround(baseRows * rowsScale)), 5, SimIds::kMaxRows);
    c.assistant =
        std::clamp(o.value(QLatin1String("assistant")).toInt(), 0, int(assistants.size()) - 1);
    c.createdAtMs = anchorMs + offsetMs(text(o, QLatin1String("created")));
    c.country = text(o, QLatin1String("country"));
    const QJsonValue retry = o.value(QLatin1String("retry"));
    if (retry.isObject())
        c.retry = retryConfig(retry.toObject());
    else if (retry.toString() == QLatin1String("assistant") && !assistants.isEmpty())
        c.retry = assistants.at(c.assistant).retry;
    // The windows and zone calls follow, as a server resolves them.
    const std::optional<SimRetryConfig> &assistantRetry =
        assistants.isEmpty() ? c.retry : assistants.at(c.assistant).retry;
    c.effectiveRetry = c.retry ? *c.retry : assistantRetry.value_or(SimRetryConfig());
    QString zone = c.retry ? c.retry->timezone : QString();
    if (zone.isEmpty() && assistantRetry)
        zone = assistantRetry->timezone;
    if (zone.isEmpty())
        zone = zoneOfCountry(c.country);
    c.timeZone = zone.toLatin1();
    c.calendar = std::make_shared<const SimCalendar>(c.effectiveRetry.windows, c.timeZone, anchorMs,
                                                     kCalendarDays);
    const SimCalendar &calendar = *c.calendar;

    // Rows start at rowsPerSecond of open time (or spread over work_hours of open time).
    if (o.contains(QLatin1String("work_hours")))
        c.rowsPerSecond =
            double(c.rowCount) / (o.value(QLatin1String("work_hours")).toDouble() * 3600.0);
    else
        c.rowsPerSecond = o.value(QLatin1String("rows_per_second")).toDouble(c.rowsPerSecond);
    // A fraction of the rows takes that share of the open time.
    auto timeFor = [&c](double fraction) {
        return qint64(fraction * double(c.rowCount) / c.rowsPerSecond * 1000.0);
    };
    if (o.contains(QLatin1String("launch"))) {
        // The first window open at or after the given day and hour.
        c.launchMs = calendar.nextOpen(anchorMs + offsetMs(text(o, QLatin1String("launch"))));
        c.launchOpenMs = calendar.openAt(c.launchMs);
    }
    if (o.contains(QLatin1String("started_fraction_at_anchor"))) {
        c.launchOpenMs = calendar.openAt(anchorMs) -
                         timeFor(o.value(QLatin1String("started_fraction_at_anchor")).toDouble());
        c.launchMs = calendar.wallAtOpen(c.launchOpenMs);
    }
    if (o.contains(QLatin1String("stopped_at_fraction")))
        c.stopMs = calendar.wallAtOpen(
            c.launchOpenMs + timeFor(o.value(QLatin1String("stopped_at_fraction")).toDouble()));
    const QString scheduled = text(o, QLatin1String("scheduled_at"));
    if (scheduled == QLatin1String("launch"))
        c.scheduledAtMs = c.launchMs;
    else if (!scheduled.isEmpty())
        c.scheduledAtMs = anchorMs + offsetMs(scheduled);
    c.fromPhoneNumber = text(o, QLatin1String("from_phone_number"));
    c.maxConcurrentCalls =
        o.value(QLatin1String("max_concurrent_calls")).toInt(c.maxConcurrentCalls);
    c.hasMetadata = o.value(QLatin1String("has_metadata")).toBool(true);
    c.newerRowStats = o.value(QLatin1String("newer_row_stats")).toBool();
    c.funnelStats = o.value(QLatin1String("funnel_stats")).toBool();
    c.extraOutputKey = text(o, QLatin1String("extra_output_key"));
    return c;
}

const QJsonObject &names()
{
    static const QJsonObject object = document().value(QLatin1String("names")).toObject();
    return object;
}

} // namespace

const QStringList &firstNames()
{
    static const QStringList list = stringList(names().value(QLatin1String("first_names")));
    return list;
}

const QStringList &lastNames()
{
    static const QStringList list = stringList(names().value(QLatin1String("last_names")));
    return list;
}

const QStringList &companies()
{
    static const QStringList list = stringList(names().value(QLatin1String("companies")));
    return list;
}

const QStringList &jobTitles()
{
    static const QStringList list = stringList(names().value(QLatin1String("job_titles")));
    return list;
}

const QStringList &industries()
{
    static const QStringList list = stringList(names().value(QLatin1String("industries")));
    return list;
}

const QStringList &cities(const QString &country)
{
    static const QHash<QString, QStringList> byCountry = [] {
        QHash<QString, QStringList> out;
        const QJsonObject cities = names().value(QLatin1String("cities")).toObject();
        for (auto it = cities.begin(); it != cities.end(); ++it)
            out.insert(it.key(), stringList(it.value()));
        return out;
    }();
    // Any other country gets the United States' cities.
    auto found = byCountry.constFind(country);
    if (found == byCountry.cend())
        found = byCountry.constFind(QStringLiteral("US"));
    static const QStringList none;
    return found != byCountry.cend() ? *found : none;
}

const QStringList &owners()
{
    static const QStringList list = stringList(names().value(QLatin1String("owners")));
    return list;
}

QList<SimAssistant> makeAssistants(quint64 seed, qint64 anchorMs)
{
    const SimIds ids(seed);
    QList<SimAssistant> list;
    for (const QJsonValue &entry : document().value(QLatin1String("assistants")).toArray())
        list.append(assistant(entry.toObject()));
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
    QList<SimCampaign> list;
    for (const QJsonValue &entry : document().value(QLatin1String("campaigns")).toArray())
        list.append(campaign(entry.toObject(), anchorMs, rowsScale, assistants));
    for (int i = 0; i < list.size(); ++i) {
        list[i].index = i;
        list[i].id = ids.make(SimIds::Kind::Campaign, i);
    }
    return list;
}

} // namespace catalog
} // namespace revox::sim
