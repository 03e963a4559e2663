#include "CampaignEta.h"

#include <cmath>

namespace revox {

static qint64 finishedRows(const RowStats &s)
{
    return s.completed + s.failed + s.skipped.value_or(0) + s.notLaunched.value_or(0);
}

CampaignEta::Capacity CampaignEta::Capacity::fromRows(const QList<Row> &rows)
{
    Capacity c;
    qint64 seconds = 0;
    int ended = 0;
    int attempts = 0;
    int called = 0;
    for (const Row &row : rows) {
        if (!row.call || row.call->callAttempts.isEmpty())
            continue;
        ++called;
        for (const CallAttempt &a : row.call->callAttempts) {
            ++attempts;
            if (a.startedAt.isValid() && a.endedAt.isValid() && !(a.endedAt < a.startedAt)) {
                seconds += (a.endedAt.toMSecsSinceEpoch() - a.startedAt.toMSecsSinceEpoch()) / 1000;
                ++ended;
            }
        }
    }
    if (ended > 0)
        c.secondsPerAttempt = double(seconds) / ended;
    if (called > 0)
        c.attemptsPerRow = double(attempts) / called;
    return c;
}

CampaignEta CampaignEta::estimate(const Campaign &campaign, const QList<Sample> &history,
                                  const Capacity &capacity, const QDateTime &now,
                                  const QTimeZone &localZone)
{
    CampaignEta eta;
    const CallingSchedule schedule = CallingSchedule::forCampaign(campaign, localZone);
    eta.timeZoneId = QString::fromUtf8(schedule.timeZone().id());
    eta.zoneFromConfig = schedule.zoneFromConfig();
    if (campaign.isCancelled) {
        eta.state = State::Cancelled;
        return eta;
    }
    switch (campaign.status.value) {
    case CampaignStatus::Completed:
        eta.state = State::Finished;
        return eta;
    case CampaignStatus::Draft:
        eta.state = State::NotStarted;
        return eta;
    case CampaignStatus::Paused:
        eta.state = State::Paused;
        break;
    default:
        break;
    }
    if (!campaign.rowStats) {
        eta.state = eta.state == State::Paused ? State::Paused : State::NoCounts;
        return eta;
    }
    const RowStats &stats = *campaign.rowStats;
    eta.remaining = std::max<qint64>(0, stats.total - finishedRows(stats));
    if (eta.state == State::Paused)
        return eta;
    if (eta.remaining == 0) {
        eta.state = State::Finished;
        return eta;
    }

    // The measured pace: rows finished per hour of open calling time over the last hour.
    const Sample *first = nullptr;
    const Sample *last = nullptr;
    for (const Sample &s : history) {
        // The last hour of calling time (a pace measured before the window closed still
        // holds at night), within the last week.
        if (!s.at.isValid() || s.at > now || s.at.secsTo(now) > 7 * 24 * 3600 ||
            schedule.openSecondsBetween(s.at, now) > kPaceWindowSecs)
            continue;
        if (!first || s.at < first->at)
            first = &s;
        if (!last || s.at > last->at)
            last = &s;
    }
    if (first && last && first != last) {
        const qint64 open = schedule.openSecondsBetween(first->at, last->at);
        const qint64 done = finishedRows(last->stats) - finishedRows(first->stats);
        if (open >= kMinMeasuredSecs && done > 0)
            eta.rowsPerHour = double(done) * 3600.0 / double(open);
    }
    // Else the pace the concurrency allows, at the length of this campaign's calls.
    if (eta.rowsPerHour <= 0 && campaign.maxConcurrentCalls && *campaign.maxConcurrentCalls > 0 &&
        capacity.secondsPerAttempt > 0 && capacity.attemptsPerRow > 0) {
        eta.rowsPerHour = double(*campaign.maxConcurrentCalls) * 3600.0 /
                          capacity.secondsPerAttempt / capacity.attemptsPerRow;
        eta.paceFromConcurrency = true;
    }
    if (eta.rowsPerHour <= 0) {
        eta.state = State::Estimating;
        return eta;
    }
    const qint64 needed = qint64(std::ceil(double(eta.remaining) * 3600.0 / eta.rowsPerHour));
    eta.finishAt = schedule.addOpenSeconds(now, needed);
    if (schedule.isOpenAt(now)) {
        eta.state = State::Running;
    } else {
        eta.state = State::OutsideHours;
        eta.opensAt = schedule.nextOpening(now);
    }
    return eta;
}

} // namespace revox
