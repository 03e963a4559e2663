#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <memory>
#include <optional>

namespace revox::sim {

class SimCalendar;

// One calling window of a retry configuration.
struct SimCallingWindow
{
    QString start;
    QString end;
    int retryDelaySeconds = 7200;
};

// A call_retry_config object.
struct SimRetryConfig
{
    QList<SimCallingWindow> windows;
    int maxRetryAttempts = 3;
    QString timezone; // empty: null
};

// One structured_output_config entry.
struct SimOutputField
{
    QString name;
    bool required = false;
    QString type; // string, number, boolean, enum, date, datetime
    QString description;
    QStringList enumOptions;
};

// What an assistant's calls are about; selects its dialogues and input data.
enum class SimScript { Renewal, Prospecting, Reminder, FollowUp, Insurance, Support };

// A simulated assistant.
struct SimAssistant
{
    QString id;
    QString name;
    QString agentName; // how the agent introduces itself
    QString company;   // on whose behalf it calls
    SimScript script = SimScript::Renewal;
    QString prompt;
    QString voiceId;
    QString voiceProvider;  // cartesia, elevenlabs
    double voiceSpeed = -1; // < 0: no speed field
    bool dedicatedModel = true;
    QString modelName;          // dedicated-instance
    QString openrouterModelId;  // openrouter
    QString openrouterProvider; // openrouter
    QString firstSentenceMode;
    QString firstSentence; // empty: null
    int firstSentenceDelayMs = 400;
    QString endOfCallSentence; // empty: null
    bool ivrNavigationEnabled = false;
    bool backgroundSound = false;
    bool calendly = false;
    QString transferPhoneNumber; // empty: null
    QString voicemailMessage;    // empty: null
    QString webhookUrl;          // empty: null
    double maxCallDurationSecs = 600;
    std::optional<SimRetryConfig> retry;
    QList<SimOutputField> outputs; // empty: null
    QList<std::pair<QString, QString>> faq;
    int pendingFaqCount = -1; // < 0: absent
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

// A simulated campaign and the timeline its rows follow.
struct SimCampaign
{
    static constexpr qint64 kNever = std::numeric_limits<qint64>::max();

    int index = 0;
    QString id;
    QString name;
    QString status; // draft, running, paused, completed
    bool isCancelled = false;
    qint64 rowCount = 0;
    int assistant = 0;
    qint64 createdAtMs = 0;
    qint64 launchMs = kNever;   // when the first row is dialled
    qint64 stopMs = kNever;     // pause or cancel time: no attempt starts after it
    qint64 scheduledAtMs = -1;  // < 0: null
    double rowsPerSecond = 1.0; // rows started per simulated second
    QString fromPhoneNumber;
    int maxConcurrentCalls = 10;
    std::optional<SimRetryConfig> retry; // campaign-level config (null when absent)
    QString country;                     // US, FR, GB, JP: phone numbers and cities
    bool hasMetadata = true;
    // Newer servers: row_stats also carries not_launched and skipped, and a stopped
    // campaign's undialled calls are not_launched, its rows without a call skipped.
    bool newerRowStats = false;
    bool funnelStats = false; // newer servers: a funnel_stats object
    // A key the extraction returns now and then that the assistant's configuration does not
    // name (empty: none).
    QString extraOutputKey;

    // When calls may start: the calling windows that apply (the campaign's, else the
    // assistant's, else the API's default) in the time zone that applies (the config's,
    // else the assistant's, else the phone numbers' country's).
    SimRetryConfig effectiveRetry;
    QByteArray timeZone;
    std::shared_ptr<const SimCalendar> calendar;
    qint64 launchOpenMs = 0; // the calendar's open time at launchMs

    int maxAttempts() const;
    int retryDelaySeconds(int window = 0) const;
};

// Believable names, companies and places, and the world's assistants and campaigns, read
// from the catalogue resource (resources/sim/catalog.json).
namespace catalog {
const QStringList &firstNames();
const QStringList &lastNames();
const QStringList &companies();
const QStringList &jobTitles();
const QStringList &industries();
const QStringList &cities(const QString &country);
const QStringList &owners();

// The world's assistants and campaigns for a seed, anchored at a simulated time.
QList<SimAssistant> makeAssistants(quint64 seed, qint64 anchorMs);
QList<SimCampaign> makeCampaigns(quint64 seed, qint64 anchorMs, double rowsScale,
                                 const QList<SimAssistant> &assistants);
} // namespace catalog

} // namespace revox::sim
