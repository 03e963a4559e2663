#include "ShortenedText.h"

namespace revox {

QString ShortenedText::note(qsizetype fullChars)
{
    // Sized as UTF-16 text of that many characters, in the units people read.
    const double bytes = double(fullChars);
    const QString size = bytes >= 1024.0 * 1024.0
                             ? tr("%1 MB").arg(bytes / (1024.0 * 1024.0), 0, 'f', 1)
                             : tr("%1 KB").arg(bytes / 1024.0, 0, 'f', 0);
    return tr("… (%1 entry shortened for display; Copy transcript gives it whole)").arg(size);
}

QString ShortenedText::forDisplay(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype cut = maxChars;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut; // never split a surrogate pair
    return text.left(cut) + QLatin1Char('\n') + note(text.size());
}

} // namespace revox
