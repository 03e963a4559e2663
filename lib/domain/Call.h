#pragma once

#include "ApiEnums.h"
#include "Assistant.h"
#include "SharedOptional.h"
#include "SpeechEvent.h"
#include "Timestamp.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace revox {

// What a tool-call line of a transcript adds: the tool, whether it failed, its arguments
// and what it answered.
struct TranscriptTool
{
    QString name;
    std::optional<bool> isError;
    QJsonValue arguments = QJsonValue::Null;   // an object, a string, or null
    QJsonValue output = QJsonValue::Undefined; // newer API versions only
    bool operator==(const TranscriptTool &o) const = default;
};

// One line of a call transcript: a user or assistant turn, or a tool call. The tool fields
// live out of line, on the lines that have one, so a spoken line pays a pointer for them.
struct TranscriptEntry
{
    ApiEnum<TranscriptRole> role;
    QByteArray contentUtf8;              // what was said, as UTF-8: half the bytes of most text
    SharedOptional<TranscriptTool> tool; // none when every tool field was null or absent

    QString content() const { return QString::fromUtf8(contentUtf8); }
    void setContent(QStringView text)
    {
        contentUtf8 = text.toUtf8();
        contentUtf8.squeeze(); // the conversion reserves three bytes a character
    }
    QString toolName() const { return tool ? tool->name : QString(); }
    std::optional<bool> toolIsError() const { return tool ? tool->isError : std::nullopt; }
    QJsonValue toolArguments() const { return tool ? tool->arguments : QJsonValue::Null; }
    QJsonValue toolOutput() const { return tool ? tool->output : QJsonValue::Undefined; }
    // A tool call: the tool role, or tool fields on a line of another role.
    bool isToolCall() const { return role == TranscriptRole::Tool || !toolName().isEmpty(); }
    // The tool fields, to be written (made when the line had none).
    TranscriptTool &editTool() { return tool ? *tool : tool.emplace(); }
    bool operator==(const TranscriptEntry &o) const = default;
};

// A single phone call placed for a call order.
struct CallAttempt
{
    QString id;
    QString phoneNumber;
    ApiEnum<AttemptStatus> status;
    ApiEnum<CallResult> result;   // unset when the call was not answered
    ApiEnum<DialError> dialError; // unset when dialling worked
    Timestamp startedAt;
    Timestamp answeredAt;
    Timestamp endedAt;
    ApiEnum<EndedBy> endedBy;
    QString endReason;
    QString recordingUrl;
    QJsonObject structuredOutput;
    std::optional<QList<TranscriptEntry>> transcript;
    // Newer API versions only; absent on older servers.
    std::optional<QList<SpeechEvent>> speechEvents;
    std::optional<QList<TranscriptEntry>> postCallTranscript; // as cleaned after the call
    std::optional<bool> handledByAi;
    std::optional<bool> handledByHuman;         // a person jumped in or an operator connected
    std::optional<QJsonObject> handledByUser;   // kept as it came (inner fields not public)
    std::optional<QList<QJsonObject>> smsLog;   // each entry as it came
    std::optional<QList<QJsonObject>> emailLog; // each entry as it came, oldest first
    std::optional<QStringList> assistantsUsed;  // assistant node ids entered, in order

    // Seconds from answered (or started) to ended; -1 when unknown.
    qint64 durationSeconds() const;
    bool operator==(const CallAttempt &o) const = default;
};

// A campaign reference inside a call order.
struct CampaignRef
{
    QString id;
    QString name;
    bool operator==(const CampaignRef &o) const = default;
};

// A call order: the request to reach one contact, resolved over one or more attempts.
struct Call
{
    QString id;
    AssistantPtr assistant;          // shared between rows; null when absent
    QList<CallAttempt> callAttempts; // most recent first
    std::optional<CallRetryConfig> callRetryConfig;
    qint64 callsCount = 0;
    std::optional<CampaignRef> campaign;
    Timestamp createdAt;
    ApiEnum<CallDirection> direction;
    qint64 firstSentenceDelayMs = 0;
    QString fromPhoneNumber;
    bool isCancelled = false;
    bool isCompleted = false;
    // last_call_attempt: when it repeats one of callAttempts (the usual case) only its
    // index is kept; otherwise the attempt itself is kept in lastCallAttemptSeparate.
    int lastCallAttemptIndex = -1;
    SharedOptional<CallAttempt> lastCallAttemptSeparate;
    LlmModel llmModel;
    std::optional<QList<std::pair<QString, QString>>> metadata; // sorted by key
    QString organizationId;
    Timestamp scheduledAt;
    ApiEnum<CallStatus> status;
    QString toPhoneNumber;
    Timestamp nextCallAt; // newer API versions only
    QString outcome;      // newer API versions only

    // last_call_attempt as the API sent it; null when absent.
    const CallAttempt *lastCallAttempt() const;
    // The attempt a summary should describe: last_call_attempt, else the first of
    // callAttempts; null when there is none.
    const CallAttempt *latestAttempt() const;
    // The most recent attempt that was answered (has a result); null when none was.
    const CallAttempt *latestAnsweredAttempt() const;
    // The attempt whose structured output describes the call: the latest answered one when
    // it has an output, else the most recent attempt with an output, else the latest
    // answered one; null when there is none. The table, the exports and the output filters
    // all read outputs from it.
    const CallAttempt *outputAttempt() const;
    bool operator==(const Call &o) const;
};

} // namespace revox
