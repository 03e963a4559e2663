#include "HumanText.h"

#include "DisplayText.h"

#include <QLocale>

namespace revox {

QString HumanText::dateTime(const Timestamp &t)
{
    if (!t.isValid()) {
        return QStringLiteral("—");
    }
    return QLocale().toString(t.toDateTime().toLocalTime(), QLocale::ShortFormat);
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

} // namespace revox
