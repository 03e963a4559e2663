#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace revox {

Language::Choice Language::fromString(const QString &text)
{
    if (text == QLatin1String("en")) {
        return Choice::English;
    }
    if (text == QLatin1String("fr")) {
        return Choice::French;
    }
    return Choice::System;
}

QString Language::toString(Choice choice)
{
    switch (choice) {
    case Choice::English:
        return QStringLiteral("en");
    case Choice::French:
        return QStringLiteral("fr");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

QLocale Language::localeFor(Choice choice)
{
    switch (choice) {
    case Choice::English:
        // English words, but the system's country for dates and numbers when it speaks
        // English; else plain English.
        return QLocale::system().language() == QLocale::English ? QLocale::system()
                                                                : QLocale(QLocale::English);
    case Choice::French:
        return QLocale::system().language() == QLocale::French
                   ? QLocale::system()
                   : QLocale(QLocale::French, QLocale::France);
    case Choice::System:
        break;
    }
    return QLocale::system();
}

QString Language::apply(Choice choice)
{
    const QLocale locale = localeFor(choice);
    QLocale::setDefault(locale);
    auto *app = QCoreApplication::instance();
    QString language = QLocale::languageToCode(locale.language());
    if (!app) {
        return QStringLiteral("en");
    }
    // English has a file too: its plural forms ("1 row", "2 rows").
    const bool french = translated().contains(language);
    auto *own = new QTranslator(app);
    if (own->load(french ? locale : QLocale(QLocale::English), QStringLiteral("revox-desk"),
                  QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
    if (!french) {
        return QStringLiteral("en");
    }
    // Qt's own texts (standard buttons, file dialogs, context menus), when installed.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return language;
}

QStringList Language::translated()
{
    return {QStringLiteral("fr")};
}

} // namespace revox
