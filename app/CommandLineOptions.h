#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace revox {

// What revox-desk was asked to do on its command line. Parsed without a QApplication, so
// --help and --version work on a machine without a display.
struct CommandLineOptions
{
    enum class Action { Run, ShowHelp, ShowVersion, Fail };

    Action action = Action::Run;
    QString errorText; // for Fail
    QString helpText;  // for ShowHelp
    QUrl baseUrl;      // empty: settings, REVOX_BASE_URL or the default
    QString campaignId;
    bool demo = false;

    static CommandLineOptions parse(const QStringList &arguments);
};

} // namespace revox
