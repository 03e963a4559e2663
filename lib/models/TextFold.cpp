#include "TextFold.h"

namespace revox {

static void appendFoldedNonAscii(QChar c, QString &out)
{
    if (c.isHighSurrogate() || c.isLowSurrogate()) {
        out.append(c.toLower());
        return;
    }
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
    for (QChar d : decomposed) {
        const auto category = d.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        out.append(d.toCaseFolded());
    }
}

void TextFold::appendFolded(QStringView text, QString &out)
{
    out.reserve(out.size() + text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            out.append(u >= 'A' && u <= 'Z' ? QChar(u + ('a' - 'A')) : c);
        } else {
            appendFoldedNonAscii(c, out);
        }
    }
}

QString TextFold::fold(QStringView text)
{
    QString out;
    appendFolded(text, out);
    return out;
}

} // namespace revox
