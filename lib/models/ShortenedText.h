#pragma once

#include <QCoreApplication>
#include <QString>

namespace revox {

// Long transcript text cut for display, with a note saying how much the entry held; copies
// keep the whole text.
class ShortenedText
{
    Q_DECLARE_TR_FUNCTIONS(ShortenedText)
public:
    // The most characters of one entry's text that are laid out for display; longer text is
    // cut there and ends in note().
    static constexpr qsizetype DisplayCharsPerEntry = 64 * 1024;
    // text as displayed: whole when short, else its first maxChars and a note saying so.
    static QString forDisplay(const QString &text, qsizetype maxChars = DisplayCharsPerEntry);
    // "… (1.0 MB entry shortened for display; Copy transcript gives it whole)".
    static QString note(qsizetype fullChars);
};

} // namespace revox
