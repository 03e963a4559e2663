#include "HumanText.h"

#include "DisplayText.h"

#include <QLocale>

namespace revox {

QString HumanText::dateTime(const Timestamp &t)
{
    if (!t.isValid()) {
        return QStringLiteral("—");
    }
    return DisplayText::dateAndTime(t.toDateTime().toLocalTime());
}

QString HumanText::duration(qint64 seconds)
{
    const QString text = DisplayText::duration(seconds);
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString HumanText::age(qint64 seconds)
{
    if (seconds < 0) {
        seconds = 0;
    }
    if (seconds < 60) {
        return tr("%n s ago", nullptr, int(seconds));
    }
    if (seconds < 3600) {
        return tr("%n min ago", nullptr, int(seconds / 60));
    }
    if (seconds < 86400) {
        return tr("%n h ago", nullptr, int(seconds / 3600));
    }
    return tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

QString HumanText::delay(qint64 seconds)
{
    if (seconds <= 0) {
        return tr("no delay");
    }
    if (seconds % 3600 == 0) {
        return tr("%n h", nullptr, int(seconds / 3600));
    }
    if (seconds % 60 == 0) {
        return tr("%n min", nullptr, int(seconds / 60));
    }
    return tr("%n s", nullptr, int(seconds));
}

QString HumanText::span(qint64 seconds)
{
    if (seconds < 60)
        return tr("under a minute");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        return minutes % 60 == 0 ? tr("%n h", nullptr, int(hours))
                                 : tr("%1 %2").arg(tr("%n h", nullptr, int(hours)),
                                                   tr("%n min", nullptr, int(minutes % 60)));
    }
    const qint64 days = hours / 24;
    return hours % 24 == 0 ? tr("%n day(s)", nullptr, int(days))
                           : tr("%1 %2").arg(tr("%n day(s)", nullptr, int(days)),
                                             tr("%n h", nullptr, int(hours % 24)));
}

QString HumanText::retryPolicy(const CallRetryConfig *config)
{
    if (!config) {
        return tr("Default policy (up to 3 attempts, 10:00–18:00, 2 h between tries)");
    }
    const QString zone = config->timezone.isEmpty()
                             ? tr("in the callee's local time (from the phone number)")
                             : tr("in %1 time").arg(config->timezone);
    if (config->maxRetryAttempts <= 0) {
        return tr("No retries, %1").arg(zone);
    }
    return tr("Up to %n retries, %1", nullptr, int(config->maxRetryAttempts)).arg(zone);
}

QString HumanText::callingWindows(const CallRetryConfig *config)
{
    if (!config || config->callingWindows.isEmpty()) {
        return tr("Any time (no calling windows set)");
    }
    QStringList parts;
    for (const CallingWindow &w : config->callingWindows) {
        parts << tr("%1–%2 (retry after %3)")
                     .arg(w.startTime.isEmpty() ? QStringLiteral("?") : w.startTime,
                          w.endTime.isEmpty() ? QStringLiteral("?") : w.endTime,
                          delay(w.retryDelaySeconds));
    }
    return parts.join(QStringLiteral("; "));
}

QString HumanText::resultName(const QString &wire)
{
    if (wire == QLatin1String("none"))
        return tr("Not answered");
    if (wire == QLatin1String("all"))
        return tr("All");
    return DisplayText::enumText(wire);
}

QString HumanText::statusName(const QString &wire)
{
    return DisplayText::enumText(wire);
}

QString HumanText::outputValue(const OutputCondition &condition)
{
    const QLocale locale;
    switch (condition.kind) {
    case OutputCondition::Kind::Equals:
        if (condition.text.isEmpty())
            return tr("missing");
        if (condition.text == QLatin1String("true"))
            return tr("yes");
        if (condition.text == QLatin1String("false"))
            return tr("no");
        return condition.text;
    case OutputCondition::Kind::Range:
        return tr("%1 – %2").arg(locale.toString(condition.low), locale.toString(condition.high));
    case OutputCondition::Kind::Day: {
        const QDate day = QDate::fromString(condition.text, Qt::ISODate);
        return day.isValid() ? locale.toString(day, QLocale::ShortFormat) : condition.text;
    }
    }
    return condition.text;
}

QString HumanText::outputCondition(const OutputCondition &condition)
{
    return tr("%1: %2").arg(condition.field, outputValue(condition));
}

QString HumanText::whenAhead(const QDateTime &at, const QDateTime &now)
{
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QString time = DisplayText::timeOfDay(local.time());
    if (local.date() == today)
        return tr("today %1").arg(time);
    if (local.date() == today.addDays(1))
        return tr("tomorrow %1").arg(time);
    if (local.date() < today.addDays(7))
        return tr("%1 %2").arg(locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat),
                               time);
    return DisplayText::dateAndTime(local);
}

QString HumanText::finishEstimate(const CampaignEta &eta, const QDateTime &now)
{
    const QLocale locale;
    const auto pace = [&] {
        const QString rate = locale.toString(qRound64(eta.rowsPerHour));
        return eta.paceFromConcurrency
                   ? tr("at up to %1 rows/h (from its concurrency: no pace measured yet)").arg(rate)
                   : tr("at %1 rows/h").arg(rate);
    };
    const auto finish = [&] {
        if (!eta.finishAt.isValid())
            return tr("more than a year away");
        return tr("around %1 (in %2)")
            .arg(whenAhead(eta.finishAt, now), span(now.secsTo(eta.finishAt)));
    };
    switch (eta.state) {
    case CampaignEta::State::Finished:
        return tr("Finished");
    case CampaignEta::State::Cancelled:
        return tr("Cancelled: the rows left will not be called");
    case CampaignEta::State::NotStarted:
        return tr("Not started (draft)");
    case CampaignEta::State::Paused:
        return tr("Paused, %Ln row(s) left", nullptr,
                  int(std::min<qint64>(eta.remaining, INT_MAX)));
    case CampaignEta::State::NoCounts:
        return tr("Unknown: the server sends no row counts");
    case CampaignEta::State::Estimating:
        return tr("Not enough calls yet to estimate");
    case CampaignEta::State::Running:
        return tr("Done %1, %2").arg(finish(), pace());
    case CampaignEta::State::OutsideHours: {
        const QDateTime opens = eta.opensAt;
        QString until = opens.isValid() ? whenAhead(opens, now) : tr("the next window");
        // The campaign's own clock too, when it is not the user's.
        const QDateTime there = opens.toTimeZone(QTimeZone(eta.timeZoneId.toUtf8()));
        if (opens.isValid() && eta.zoneFromConfig &&
            there.offsetFromUtc() != opens.toLocalTime().offsetFromUtc())
            until = tr("%1 (%2 in %3)")
                        .arg(until, DisplayText::timeOfDay(there.time()),
                             eta.timeZoneId.section(QLatin1Char('/'), -1).replace(u'_', u' '));
        return tr("Outside calling hours until %1; then done %2, %3").arg(until, finish(), pace());
    }
    }
    return {};
}

} // namespace revox
