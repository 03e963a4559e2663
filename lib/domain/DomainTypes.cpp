#include "Call.h"
#include "Campaign.h"
#include "Row.h"

#include <QRegularExpression>

#include <algorithm>

namespace revox {

QString LlmModel::displayName() const
{
    if (type == LlmModelType::OpenRouter) {
        if (openrouterProvider.isEmpty())
            return openrouterModelId;
        return openrouterModelId + QStringLiteral(" via ") + openrouterProvider;
    }
    return name.isEmpty() ? type.text : name;
}

qint64 CallAttempt::durationSeconds() const
{
    const Timestamp &from = answeredAt.isValid() ? answeredAt : startedAt;
    if (!from.isValid() || !endedAt.isValid() || endedAt < from)
        return -1;
    return (endedAt.toMSecsSinceEpoch() - from.toMSecsSinceEpoch() + 500) / 1000;
}

const CallAttempt *Call::lastCallAttempt() const
{
    if (lastCallAttemptIndex >= 0 && lastCallAttemptIndex < callAttempts.size())
        return &callAttempts[lastCallAttemptIndex];
    return lastCallAttemptSeparate ? &*lastCallAttemptSeparate : nullptr;
}

const CallAttempt *Call::latestAttempt() const
{
    if (const CallAttempt *last = lastCallAttempt())
        return last;
    return callAttempts.isEmpty() ? nullptr : &callAttempts.first();
}

const CallAttempt *Call::latestAnsweredAttempt() const
{
    const CallAttempt *latest = latestAttempt();
    if (latest && latest->result.isSet())
        return latest;
    for (const CallAttempt &a : callAttempts) {
        if (a.result.isSet())
            return &a;
    }
    return nullptr;
}

const CallAttempt *Call::outputAttempt() const
{
    const CallAttempt *answered = latestAnsweredAttempt();
    if (answered && !answered->structuredOutput.isEmpty())
        return answered;
    for (const CallAttempt &a : callAttempts) {
        if (!a.structuredOutput.isEmpty())
            return &a;
    }
    return answered;
}

static bool sameAssistant(const AssistantPtr &a, const AssistantPtr &b)
{
    if (a == b)
        return true;
    if (!a || !b)
        return false;
    return *a == *b;
}

// The same last_call_attempt, however it is held (by index when it repeats an attempt).
static bool sameLastAttempt(const Call &a, const Call &b)
{
    const CallAttempt *x = a.lastCallAttempt();
    const CallAttempt *y = b.lastCallAttempt();
    if (!x || !y)
        return x == y;
    return *x == *y;
}

bool Call::operator==(const Call &o) const
{
    return id == o.id && status == o.status && callsCount == o.callsCount &&
           callAttempts == o.callAttempts && sameLastAttempt(*this, o) &&
           callRetryConfig == o.callRetryConfig && campaign == o.campaign &&
           createdAt == o.createdAt && direction == o.direction &&
           firstSentenceDelayMs == o.firstSentenceDelayMs && fromPhoneNumber == o.fromPhoneNumber &&
           isCancelled == o.isCancelled && isCompleted == o.isCompleted && llmModel == o.llmModel &&
           metadata == o.metadata && organizationId == o.organizationId &&
           scheduledAt == o.scheduledAt && toPhoneNumber == o.toPhoneNumber &&
           nextCallAt == o.nextCallAt && outcome == o.outcome &&
           sameAssistant(assistant, o.assistant);
}

QString Row::inputValue(const QString &key) const
{
    auto it = std::lower_bound(inputData.cbegin(), inputData.cend(), key,
                               [](const auto &pair, const QString &k) { return pair.first < k; });
    if (it != inputData.cend() && it->first == key)
        return it->second;
    return {};
}

std::optional<QTime> CallingWindow::parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*(\d{1,2})(?:\s*[:hH.]\s*(\d{2}))?\s*(?:([aApP])\.?\s*[mM]?\.?)?\s*$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    int hour = m.captured(1).toInt();
    const int minute = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    const QString half = m.captured(3).toLower();
    if (!half.isEmpty()) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (half == QLatin1String("p") ? 12 : 0);
    } else if (m.captured(2).isEmpty() && !text.contains(QLatin1Char('h'), Qt::CaseInsensitive)) {
        return std::nullopt; // a bare number is not a time
    }
    if (hour == 24 && minute == 0)
        return QTime(23, 59, 59, 999); // the end of the day
    const QTime time(hour, minute);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

const QJsonObject &Row::structuredOutput() const
{
    static const QJsonObject kNone;
    const CallAttempt *a = call ? call->outputAttempt() : nullptr;
    return a ? a->structuredOutput : kNone;
}

double RowStats::progressPercent() const
{
    if (total <= 0)
        return 0.0;
    return std::clamp(100.0 * double(completed + failed) / double(total), 0.0, 100.0);
}

QString Campaign::effectiveStatusText() const
{
    if (isCancelled)
        return QStringLiteral("cancelled");
    return status.text;
}

bool Campaign::isLive() const
{
    if (isCancelled)
        return false;
    return status == CampaignStatus::Running || status == CampaignStatus::Unknown;
}

bool Campaign::operator==(const Campaign &o) const
{
    return id == o.id && assistantId == o.assistantId && createdAt == o.createdAt &&
           isCancelled == o.isCancelled && name == o.name && organizationId == o.organizationId &&
           status == o.status && updatedAt == o.updatedAt && callRetryConfig == o.callRetryConfig &&
           fromPhoneNumber == o.fromPhoneNumber && maxConcurrentCalls == o.maxConcurrentCalls &&
           rowStats == o.rowStats && scheduledAt == o.scheduledAt && funnelStats == o.funnelStats &&
           sameAssistant(assistant, o.assistant);
}

} // namespace revox
