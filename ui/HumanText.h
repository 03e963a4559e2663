#pragma once

#include "Assistant.h"
#include "CampaignEta.h"
#include "OutputCondition.h"
#include "Timestamp.h"

#include <QCoreApplication>
#include <QString>

namespace revox {

// Turns API values into short text for people: local times, durations, retry policies.
class HumanText
{
    Q_DECLARE_TR_FUNCTIONS(HumanText)
public:
    // "23 Nov 2026, 14:05" in local time; "—" when unknown.
    static QString dateTime(const Timestamp &t);
    // "1:05" or "1:02:03"; "—" when negative.
    static QString duration(qint64 seconds);
    // "3 s ago", "5 min ago", "2 h ago", "4 days ago".
    static QString age(qint64 seconds);
    // A time ahead: "under a minute", "45 min", "2 h 30 min", "3 days 4 h".
    static QString span(qint64 seconds);
    // "retry_delay 7200" as "2 h", "90 min", "45 s".
    static QString delay(qint64 seconds);
    // "Up to 3 retries, in Europe/Paris time" (or the default policy).
    static QString retryPolicy(const CallRetryConfig *config);
    // "09:00–12:00 (retry after 2 h); 14:00–18:00 (retry after 1 h)".
    static QString callingWindows(const CallRetryConfig *config);
    // "human" as "Human", "ios-screening-filter" as "iOS screening", unknown text as-is.
    static QString resultName(const QString &wire);
    // "queued_for_calling" as "Queued for calling".
    static QString statusName(const QString &wire);
    // The value a structured-output condition picks: "yes", "no", "missing", "10 – 20",
    // a local date, or the text itself.
    static QString outputValue(const OutputCondition &condition);
    // "interested: yes".
    static QString outputCondition(const OutputCondition &condition);
    // "today 14:30", "tomorrow 09:10", "Tue 2 Dec 14:30" (local time).
    static QString whenAhead(const QDateTime &at, const QDateTime &now);
    // The finish estimate in words: "Around today 14:30 (in 2 h 30 min), at 120 rows an
    // hour", "Outside calling hours until 17:00 (10:00 in America/Chicago); then around …".
    static QString finishEstimate(const CampaignEta &eta, const QDateTime &now);
};

} // namespace revox
