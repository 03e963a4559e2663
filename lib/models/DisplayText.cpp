#include "DisplayText.h"

#include <QDateTime>
#include <QLocale>

namespace revox {

QString DisplayText::enumText(const QString &wire)
{
    if (wire.isEmpty())
        return {};
    // Names a mechanical transformation would get wrong.
    if (wire == QLatin1String("ios-screening-filter"))
        return tr("iOS screening");
    if (wire == QLatin1String("elevenlabs"))
        return tr("ElevenLabs");
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

QString DisplayText::localTime(const Timestamp &t)
{
    if (!t.isValid())
        return {};
    return t.toDateTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
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
