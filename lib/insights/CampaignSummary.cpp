#include "CampaignSummary.h"

#include <algorithm>
#include <vector>

namespace revox {

CampaignSummary CampaignSummary::compute(const QString &campaignId, const QList<Row> &rows,
                                         const std::optional<OutputCondition> &success,
                                         const QDateTime &now)
{
    CampaignSummary s;
    s.campaignId = campaignId;
    s.computedAt = now;
    s.successCondition = success;
    s.funnel = CampaignFunnel::compute(rows, success);
    std::vector<qint64> durations;
    qint64 last = 0;
    for (const Row &row : rows) {
        if (!row.call)
            continue;
        for (const CallAttempt &a : row.call->callAttempts) {
            if (a.result.isSet()) {
                const qint64 seconds = a.durationSeconds();
                if (seconds >= 0)
                    durations.push_back(seconds);
            }
            for (const Timestamp &t : {a.startedAt, a.endedAt}) {
                if (t.isValid())
                    last = std::max(last, t.toMSecsSinceEpoch());
            }
        }
    }
    if (!durations.empty()) {
        const auto middle = durations.begin() + qsizetype(durations.size() / 2);
        std::nth_element(durations.begin(), middle, durations.end());
        s.medianDurationSecs = *middle;
    }
    if (last > 0)
        s.lastActivity = QDateTime::fromMSecsSinceEpoch(last, Qt::UTC);
    return s;
}

QJsonObject CampaignSummary::toJson() const
{
    QJsonObject o{{QStringLiteral("campaign_id"), campaignId},
                  {QStringLiteral("computed_at"), computedAt.toMSecsSinceEpoch()},
                  {QStringLiteral("rows"), funnel.rows},
                  {QStringLiteral("called"), funnel.called},
                  {QStringLiteral("answered"), funnel.answered},
                  {QStringLiteral("human"), funnel.human}};
    if (funnel.success)
        o.insert(QStringLiteral("success"), *funnel.success);
    if (successCondition)
        o.insert(QStringLiteral("success_condition"), successCondition->toJson());
    if (medianDurationSecs)
        o.insert(QStringLiteral("median_duration_s"), *medianDurationSecs);
    if (lastActivity.isValid())
        o.insert(QStringLiteral("last_activity"), lastActivity.toMSecsSinceEpoch());
    if (source == Source::Background)
        o.insert(QStringLiteral("source"), QStringLiteral("background"));
    return o;
}

std::optional<CampaignSummary> CampaignSummary::fromJson(const QJsonObject &o)
{
    CampaignSummary s;
    s.campaignId = o.value(QStringLiteral("campaign_id")).toString();
    const QJsonValue computed = o.value(QStringLiteral("computed_at"));
    if (s.campaignId.isEmpty() || !computed.isDouble())
        return std::nullopt;
    s.computedAt = QDateTime::fromMSecsSinceEpoch(qint64(computed.toDouble()), Qt::UTC);
    const auto count = [&o](const char *key, qint64 &out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble() || v.toDouble() < 0)
            return false;
        out = qint64(v.toDouble());
        return true;
    };
    if (!count("rows", s.funnel.rows) || !count("called", s.funnel.called) ||
        !count("answered", s.funnel.answered) || !count("human", s.funnel.human))
        return std::nullopt;
    qint64 value = 0;
    if (count("success", value))
        s.funnel.success = value;
    if (count("median_duration_s", value))
        s.medianDurationSecs = value;
    s.successCondition =
        OutputCondition::fromJson(o.value(QStringLiteral("success_condition")).toObject());
    const QJsonValue last = o.value(QStringLiteral("last_activity"));
    if (last.isDouble())
        s.lastActivity = QDateTime::fromMSecsSinceEpoch(qint64(last.toDouble()), Qt::UTC);
    if (o.value(QStringLiteral("source")).toString() == QLatin1String("background"))
        s.source = Source::Background;
    return s;
}

bool CampaignSummary::operator==(const CampaignSummary &o) const
{
    return campaignId == o.campaignId && computedAt == o.computedAt &&
           funnel.rows == o.funnel.rows && funnel.called == o.funnel.called &&
           funnel.answered == o.funnel.answered && funnel.human == o.funnel.human &&
           funnel.success == o.funnel.success && successCondition == o.successCondition &&
           medianDurationSecs == o.medianDurationSecs && lastActivity == o.lastActivity &&
           source == o.source;
}

std::optional<OutputCondition> defaultSuccessCondition(const QList<StructuredOutputField> &config)
{
    for (const StructuredOutputField &f : config) {
        if (f.type == OutputFieldType::Boolean && !f.name.isEmpty()) {
            OutputCondition c;
            c.field = f.name;
            c.text = QStringLiteral("true");
            return c;
        }
    }
    return std::nullopt;
}

} // namespace revox
