#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace revox {

// The language of the interface: the system's, or English or French whatever the system
// says. Loads the app's and Qt's own translations and sets the default QLocale, so that
// dates, numbers, durations and percentages follow the language too.
class Language
{
public:
    enum class Choice { System, English, French };

    static Choice fromString(const QString &text); // "system", "en", "fr"
    static QString toString(Choice choice);
    // The locale a choice stands for (the system's locale for System).
    static QLocale localeFor(Choice choice);
    // Installs the translators for choice on the application (call once, before any
    // window exists); returns the language name in use, e.g. "fr".
    static QString apply(Choice choice);
    // The languages the app has a full translation for, besides English ("fr").
    static QStringList translated();
};

} // namespace revox
