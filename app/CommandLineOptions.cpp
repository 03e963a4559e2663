#include "CommandLineOptions.h"

#include "RevoxClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace revox {

CommandLineOptions CommandLineOptions::parse(const QStringList &arguments)
{
    CommandLineOptions out;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Revox Desk: a live dashboard for Revox AI calling campaigns.\n\n"
        "The API key comes from REVOX_API_KEY, or from the system keychain (Settings).\n"
        "Without a key the app shows demo data from a built-in simulator."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("CommandLine", "Show this help."));
    const QCommandLineOption version(
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("CommandLine", "Show the version."));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        QCoreApplication::translate("CommandLine",
                                    "API base URL (default: REVOX_BASE_URL, the saved setting, "
                                    "or https://www.getrevox.com/api)."),
        QStringLiteral("URL"));
    const QCommandLineOption campaign(
        QStringLiteral("campaign"),
        QCoreApplication::translate("CommandLine", "Open the campaign with this id."),
        QStringLiteral("ID"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine",
                                    "Show demo data from the built-in simulator, even when an "
                                    "API key is configured."));
    parser.addOptions({help, version, baseUrl, campaign, demo});

    if (!parser.parse(arguments)) {
        out.action = Action::Fail;
        out.errorText = parser.errorText();
        return out;
    }
    if (!parser.positionalArguments().isEmpty()) {
        out.action = Action::Fail;
        out.errorText = QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                            .arg(parser.positionalArguments().first());
        return out;
    }
    if (parser.isSet(help)) {
        out.action = Action::ShowHelp;
        out.helpText = parser.helpText();
        return out;
    }
    if (parser.isSet(version)) {
        out.action = Action::ShowVersion;
        return out;
    }
    if (parser.isSet(baseUrl)) {
        const QUrl url(parser.value(baseUrl), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            out.action = Action::Fail;
            out.errorText = QCoreApplication::translate("CommandLine", "--base-url: not a URL: %1")
                                .arg(parser.value(baseUrl));
            return out;
        }
        if (const auto problem = RevoxClient::checkBaseUrl(url)) {
            out.action = Action::Fail;
            out.errorText = QStringLiteral("--base-url: %1").arg(*problem);
            return out;
        }
        out.baseUrl = url;
    }
    out.campaignId = parser.value(campaign).trimmed();
    if (parser.isSet(campaign) && out.campaignId.isEmpty()) {
        out.action = Action::Fail;
        out.errorText = QCoreApplication::translate("CommandLine", "--campaign needs an id");
        return out;
    }
    out.demo = parser.isSet(demo);
    return out;
}

} // namespace revox
