#include "DisplayText.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace revox {

namespace {

// The wire values the API documents, in words for people (translated); anything else goes
// through a mechanical transformation.
QString knownEnumText(const QString &wire)
{
    struct Known
    {
        const char *wire;
        const char *text;
    };
    static const Known kKnown[] = {
        // campaign and call statuses
        {"draft", QT_TRANSLATE_NOOP("DisplayText", "Draft")},
        {"running", QT_TRANSLATE_NOOP("DisplayText", "Running")},
        {"paused", QT_TRANSLATE_NOOP("DisplayText", "Paused")},
        {"completed", QT_TRANSLATE_NOOP("DisplayText", "Completed")},
        {"cancelled", QT_TRANSLATE_NOOP("DisplayText", "Cancelled")},
        {"initializing", QT_TRANSLATE_NOOP("DisplayText", "Initializing")},
        {"queued_for_calling", QT_TRANSLATE_NOOP("DisplayText", "Queued for calling")},
        {"calling", QT_TRANSLATE_NOOP("DisplayText", "Calling")},
        {"scheduled", QT_TRANSLATE_NOOP("DisplayText", "Scheduled")},
        {"errored", QT_TRANSLATE_NOOP("DisplayText", "Errored")},
        {"post_processing", QT_TRANSLATE_NOOP("DisplayText", "Post processing")},
        {"not_launched", QT_TRANSLATE_NOOP("DisplayText", "Not launched")},
        // attempt statuses
        {"queued", QT_TRANSLATE_NOOP("DisplayText", "Queued")},
        {"ringing", QT_TRANSLATE_NOOP("DisplayText", "Ringing")},
        {"ongoing", QT_TRANSLATE_NOOP("DisplayText", "Ongoing")},
        {"error", QT_TRANSLATE_NOOP("DisplayText", "Error")},
        // where a row stands (RowOutcome)
        {"not_called", QT_TRANSLATE_NOOP("DisplayText", "Not called yet")},
        {"in_progress", QT_TRANSLATE_NOOP("DisplayText", "In progress")},
        {"answered", QT_TRANSLATE_NOOP("DisplayText", "Answered")},
        {"not_reached", QT_TRANSLATE_NOOP("DisplayText", "Not reached")},
        {"skipped", QT_TRANSLATE_NOOP("DisplayText", "Skipped or cancelled")},
        // results
        {"IVR", QT_TRANSLATE_NOOP("DisplayText", "IVR")},
        {"voicemail", QT_TRANSLATE_NOOP("DisplayText", "Voicemail")},
        {"human", QT_TRANSLATE_NOOP("DisplayText", "Human")},
        {"unknown", QT_TRANSLATE_NOOP("DisplayText", "Unknown")},
        {"ios-screening-filter", QT_TRANSLATE_NOOP("DisplayText", "iOS screening")},
        // dial errors
        {"number_non_attributed", QT_TRANSLATE_NOOP("DisplayText", "Number non attributed")},
        {"too_many_calls", QT_TRANSLATE_NOOP("DisplayText", "Too many calls")},
        {"busy", QT_TRANSLATE_NOOP("DisplayText", "Busy")},
        {"temporarily_unavailable", QT_TRANSLATE_NOOP("DisplayText", "Temporarily unavailable")},
        {"no_answer", QT_TRANSLATE_NOOP("DisplayText", "No answer")},
        {"no_international_permission",
         QT_TRANSLATE_NOOP("DisplayText", "No international permission")},
        {"precondition_failed", QT_TRANSLATE_NOOP("DisplayText", "Precondition failed")},
        {"non_classified_error", QT_TRANSLATE_NOOP("DisplayText", "Non classified error")},
        // who ended a call, and why
        {"agent", QT_TRANSLATE_NOOP("DisplayText", "Agent")},
        {"user", QT_TRANSLATE_NOOP("DisplayText", "User")},
        {"system", QT_TRANSLATE_NOOP("DisplayText", "System")},
        {"tool_end_call", QT_TRANSLATE_NOOP("DisplayText", "Tool end call")},
        {"transfer", QT_TRANSLATE_NOOP("DisplayText", "Transfer")},
        {"max_duration", QT_TRANSLATE_NOOP("DisplayText", "Max duration")},
        {"ivr_no_navigate", QT_TRANSLATE_NOOP("DisplayText", "IVR no navigate")},
        {"silence_timeout", QT_TRANSLATE_NOOP("DisplayText", "Silence timeout")},
        // transcript roles, voice providers
        {"assistant", QT_TRANSLATE_NOOP("DisplayText", "Assistant")},
        {"tool", QT_TRANSLATE_NOOP("DisplayText", "Tool")},
        {"cartesia", QT_TRANSLATE_NOOP("DisplayText", "Cartesia")},
        {"elevenlabs", QT_TRANSLATE_NOOP("DisplayText", "ElevenLabs")},
    };
    for (const Known &k : kKnown) {
        if (wire == QLatin1String(k.wire))
            return DisplayText::tr(k.text);
    }
    return {};
}

} // namespace

QString DisplayText::enumText(const QString &wire)
{
    if (wire.isEmpty())
        return {};
    QString known = knownEnumText(wire);
    if (!known.isEmpty())
        return known;
    bool hasLower = false;
    for (QChar c : wire) {
        if (c.isLower()) {
            hasLower = true;
            break;
        }
    }
    if (!hasLower)
        return wire; // "IVR"
    QString text = wire;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text.replace(QLatin1Char('-'), QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text;
}

QString DisplayText::duration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0) {
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString DisplayText::percent(double value, int decimals)
{
    return tr("%1%", "a percentage").arg(QLocale().toString(value, 'f', decimals));
}

QString DisplayText::spokenDuration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const int h = int(seconds / 3600);
    const int m = int((seconds / 60) % 60);
    const int s = int(seconds % 60);
    QStringList parts;
    if (h > 0)
        parts << tr("%n h", "hours, spoken duration", h);
    if (m > 0)
        parts << tr("%n min", "minutes, spoken duration", m);
    if (s > 0 || parts.isEmpty())
        parts << tr("%n s", "seconds, spoken duration", s);
    return parts.join(QLatin1Char(' '));
}

QString DisplayText::localTime(const Timestamp &t)
{
    if (!t.isValid())
        return {};
    // The locale's short date with seconds: sortable columns still sort on RawValueRole.
    const QLocale locale;
    const QDateTime local = t.toDateTime().toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           local.time().toString(QStringLiteral("HH:mm:ss"));
}

QString DisplayText::minuteFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?(\\.z+)?"));
    format.remove(seconds);
    return format;
}

QString DisplayText::timeOfDay(const QTime &time)
{
    return time.isValid() ? QLocale().toString(time, minuteFormat()) : QString();
}

QString DisplayText::dateAndTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return QLocale().toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           timeOfDay(at.time());
}

QVariant DisplayText::rawTime(const Timestamp &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QVariant DisplayText::rawText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace revox
