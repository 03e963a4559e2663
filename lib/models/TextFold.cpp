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
    // Fast path: write ASCII straight into the buffer; leave it at the first other char.
    const qsizetype base = out.size();
    const qsizetype n = text.size();
    out.resize(base + n);
    QChar *dst = out.data() + base;
    const QChar *src = text.data();
    qsizetype i = 0;
    for (; i < n; ++i) {
        const char16_t u = src[i].unicode();
        if (u >= 0x80)
            break;
        dst[i] = QChar(u >= 'A' && u <= 'Z' ? char16_t(u + ('a' - 'A')) : u);
    }
    if (i == n)
        return;
    out.resize(base + i);
    for (; i < n; ++i) {
        const char16_t u = src[i].unicode();
        if (u < 0x80)
            out.append(QChar(u >= 'A' && u <= 'Z' ? char16_t(u + ('a' - 'A')) : u));
        else
            appendFoldedNonAscii(src[i], out);
    }
}

QString TextFold::fold(QStringView text)
{
    QString out;
    appendFolded(text, out);
    return out;
}

} // namespace revox
