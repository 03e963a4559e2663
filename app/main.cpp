// revox-desk: the Revox Desk dashboard.
#include "ApiKeyStore.h"
#include "AppSettings.h"
#include "CampaignListWatcher.h"
#include "CampaignNotifications.h"
#include "CommandLineOptions.h"
#include "DashboardSession.h"
#include "Language.h"
#include "MainWindow.h"
#include "RevoxClient.h"
#include "Theme.h"

#include <QApplication>
#include <QEventLoop>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

using namespace revox;

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList out;
    for (int i = 0; i < argc; ++i) {
        out << QString::fromLocal8Bit(argv[i]);
    }
    return out;
}

// Reads the stored key, waiting a little for the keychain (it may need to start).
QString readStoredKey(ApiKeyStore *store)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(store, &ApiKeyStore::loaded, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    store->load();
    if (!done) {
        loop.exec();
    }
    return store->key();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Revox"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("getrevox.com"));
    QCoreApplication::setApplicationName(QStringLiteral("revox-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REVOX_VERSION));

    // Parsed before QApplication exists, so --help and --version need no display; in the
    // chosen language (a console application holds the translators meanwhile).
    CommandLineOptions options;
    {
        QCoreApplication console(argc, argv);
        Language::apply(AppSettings().language());
        options = CommandLineOptions::parse(argumentsOf(argc, argv));
        switch (options.action) {
        case CommandLineOptions::Action::ShowHelp:
            std::fputs(qPrintable(QString(options.helpText)
                                      .replace(QStringLiteral("<executable_name>"),
                                               QStringLiteral("revox-desk"))),
                       stdout);
            return 0;
        case CommandLineOptions::Action::ShowVersion:
            std::printf("revox-desk %s\n", REVOX_VERSION);
            return 0;
        case CommandLineOptions::Action::Fail:
            std::fprintf(
                stderr, "revox-desk: %s\n%s\n", qPrintable(options.errorText),
                qPrintable(QCoreApplication::translate("CommandLine", "Try 'revox-desk --help'.")));
            return 2;
        case CommandLineOptions::Action::Run:
            break;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Revox Desk"));
    QApplication::setDesktopFileName(QStringLiteral("com.getrevox.RevoxDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/revox-desk.svg")));

    DashboardSession session;
    const AppSettings &settings = *session.settings();
    Language::apply(settings.language());
    if (settings.theme() != Theme::Choice::System) {
        Theme::apply(settings.theme()); // "system" keeps the platform's own palette
    }

    DashboardSession::Options start;
    start.demo = options.demo;
    start.refreshSeconds = settings.refreshIntervalSeconds();
    start.timeoutSeconds = settings.networkTimeoutSeconds();
    start.apiKey = qEnvironmentVariable("REVOX_API_KEY").trimmed();
    if (start.apiKey.isEmpty() && !options.demo) {
        start.apiKey = readStoredKey(session.keyStore());
    }
    if (!options.baseUrl.isEmpty()) {
        start.baseUrl = options.baseUrl;
    } else if (qEnvironmentVariableIsEmpty("REVOX_BASE_URL") && !settings.baseUrl().isEmpty()) {
        if (const auto problem = RevoxClient::checkBaseUrl(settings.baseUrl())) {
            std::fprintf(stderr, "revox-desk: %s\n",
                         qPrintable(QCoreApplication::translate("CommandLine",
                                                                "ignoring the saved base URL: %1")
                                        .arg(*problem)));
        } else {
            start.baseUrl = settings.baseUrl();
        }
    }
    if (start.apiKey.isEmpty() && !options.baseUrl.isEmpty() && !options.demo) {
        std::fprintf(stderr, "revox-desk: %s\n",
                     qPrintable(QCoreApplication::translate(
                         "CommandLine", "no API key is configured, so --base-url is not used "
                                        "and demo data is shown (set REVOX_API_KEY or add a "
                                        "key in Settings).")));
    }

    QString error;
    if (!session.start(start, &error)) {
        std::fprintf(stderr, "revox-desk: %s\n", qPrintable(error));
        QMessageBox::critical(nullptr, QObject::tr("Revox Desk"), error);
        return 1;
    }

    MainWindow window(session.data());
    session.setTimeoutSeconds(settings.networkTimeoutSeconds(), &window);
    window.setDemoMode(session.isDemo());
    QObject::connect(&session, &DashboardSession::demoModeChanged, &window,
                     &MainWindow::setDemoMode);
    QObject::connect(&window, &MainWindow::settingsRequested, &session,
                     [&] { session.openSettings(&window); });
    CampaignNotifications notifications(session.data().campaigns, session.data().campaignsWatcher,
                                        session.settings());
    QObject::connect(&notifications, &CampaignNotifications::openRequested, &window,
                     [&](const QString &campaignId) {
                         if (!campaignId.isEmpty()) {
                             window.selectCampaign(campaignId);
                         }
                         window.showNormal();
                         window.raise();
                         window.activateWindow();
                     });
    window.restoreWindowState();
    if (!options.campaignId.isEmpty()) {
        window.selectCampaign(options.campaignId);
    } else if (session.isDemo() && window.currentCampaignId().isEmpty()) {
        // Open a live campaign once the list arrives, unless a saved one was reopened.
        QObject::connect(
            session.data().campaignsWatcher, &CampaignListWatcher::refreshed, &window,
            [&] {
                if (window.currentCampaignId().isEmpty()) {
                    window.selectCampaign(session.suggestedDemoCampaign());
                }
            },
            Qt::SingleShotConnection);
    }
    window.show();
    return app.exec();
}
