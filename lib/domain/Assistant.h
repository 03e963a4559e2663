#pragma once

#include "ApiEnums.h"
#include "Timestamp.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <memory>
#include <optional>

namespace revox {

// One calling window of a retry policy: local start/end times as the API writes them.
struct CallingWindow
{
    QString startTime; // "09:00" or "9am"
    QString endTime;
    qint64 retryDelaySeconds = 0;
    // A window time as the API writes it: "09:00", "9:00", "9am", "6pm", "6:30 PM",
    // "18h30"; nullopt for anything else (a bare "9" is neither form).
    static std::optional<QTime> parseTime(const QString &text);
    bool operator==(const CallingWindow &o) const = default;
};

// When and how often a call order is retried.
struct CallRetryConfig
{
    QList<CallingWindow> callingWindows;
    qint64 maxRetryAttempts = 0;
    QString timezone; // IANA id, empty when detected from the phone number
    bool operator==(const CallRetryConfig &o) const = default;
};

// The language model an assistant runs on: a dedicated instance or an OpenRouter model.
struct LlmModel
{
    ApiEnum<LlmModelType> type;
    QString name; // dedicated-instance: "gpt-4.1", ...
    QString openrouterModelId;
    QString openrouterProvider;
    // "gpt-4.1" or "openai/gpt-4.1 via nebius": what a person wants to read.
    QString displayName() const;
    bool operator==(const LlmModel &o) const = default;
};

// The voice an assistant speaks with.
struct Voice
{
    QString id;
    ApiEnum<VoiceProvider> provider;
    std::optional<double> speed;
    bool operator==(const Voice &o) const = default;
};

// Calendly booking link of an assistant.
struct Calendly
{
    QString connectionId;
    QString eventTypeId;
    bool operator==(const Calendly &o) const = default;
};

// One field the assistant extracts from a call (structured output).
struct StructuredOutputField
{
    QString name;
    bool required = false;
    ApiEnum<OutputFieldType> type;
    QString description;
    QStringList enumOptions;
    bool operator==(const StructuredOutputField &o) const = default;
};

// A question the assistant can answer.
struct FaqItem
{
    QString question;
    QString answer;
    QString id;
    std::optional<bool> needsHumanAnswer;
    ApiEnum<FaqSource> source;
    bool operator==(const FaqItem &o) const = default;
};

// The AI agent that places calls. The API repeats it inside every row; the parser
// shares one instance per id and updated_at (see AssistantCache).
struct Assistant
{
    QString id;
    QString name;
    QString organizationId;
    QString prompt;
    Timestamp createdAt;
    Timestamp updatedAt;
    LlmModel llmModel;
    double maxCallDurationSecs = 0;
    ApiEnum<FirstSentenceMode> firstSentenceMode;
    QString firstSentence;
    qint64 firstSentenceDelayMs = 0;
    QString endOfCallSentence;
    bool ivrNavigationEnabled = false;
    QString backgroundSound;
    std::optional<Calendly> calendly;
    std::optional<CallRetryConfig> callRetryConfig;
    std::optional<QList<StructuredOutputField>> structuredOutputConfig;
    QString transferPhoneNumber;
    std::optional<Voice> voice;
    QString voicemailMessage;
    QString webhookUrl;
    std::optional<QList<FaqItem>> faqItems;
    std::optional<double> pendingFaqCount;
    bool operator==(const Assistant &o) const = default;
};

using AssistantPtr = std::shared_ptr<const Assistant>;

} // namespace revox
