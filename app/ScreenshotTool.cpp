// revox-screenshots: renders the main views on demo data into PNG files for the README
// (scripts/screenshots.sh runs it).
//
//   revox-screenshots [options] <folder>
//     --language fr          the interface in French (default: English)
//     --themes light,dark    the palettes to shoot (light, dark, contrast)
//     --prefix fr-           put before every file name
//     --only campaign        only the campaign page (not the call detail and settings)
//     --size 1280x800        the window's size ("default": the size of a first start;
//                            default 1440x900)
#include "BackgroundFigures.h"
#include "CallDetailPane.h"
#include "CampaignPage.h"
#include "CampaignWatcher.h"
#include "DashboardSession.h"
#include "Language.h"
#include "MainWindow.h"
#include "RowTableView.h"
#include "RowsFilterProxy.h"
#include "RowsTableModel.h"
#include "SettingsDialog.h"
#include "SimulatorServer.h"
#include "Theme.h"
#include "TranscriptView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QIcon>
#include <QListView>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <functional>

using namespace revox;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

void settle(int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
}

bool save(QWidget *widget, const QString &path)
{
    const QPixmap pixmap = widget->grab();
    if (!pixmap.save(path)) {
        std::fprintf(stderr, "revox-screenshots: could not write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

// The parts of the window the shots are taken of, found by name as the window builds them.
CampaignPage *pageOf(const MainWindow &window)
{
    return window.findChild<CampaignPage *>(QStringLiteral("campaignPage"));
}

CallDetailPane *detailOf(const MainWindow &window)
{
    return window.findChild<CallDetailPane *>(QStringLiteral("callDetail"));
}

// Selects a row whose latest call reached a human, preferring one with a tool call.
bool selectConversation(MainWindow &window)
{
    RowsFilterProxy *proxy = pageOf(window)->rowsProxy();
    int best = -1;
    int bestScore = -1;
    for (int i = 0; i < proxy->rowCount(); ++i) {
        const QModelIndex source = proxy->mapToSource(proxy->index(i, 0));
        const Row &row =
            static_cast<const RowsTableModel *>(proxy->sourceModel())->rowAt(source.row());
        if (!row.call || row.call->callAttempts.isEmpty()) {
            continue;
        }
        const CallAttempt &a = row.call->callAttempts.first();
        if (a.result != CallResult::Human || !a.transcript || a.transcript->size() < 4) {
            continue;
        }
        int score = int(a.transcript->size());
        for (const TranscriptEntry &e : *a.transcript) {
            if (!e.toolName().isEmpty()) {
                score += 100;
            }
        }
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    if (best < 0) {
        return false;
    }
    RowTableView *table = pageOf(window)->rowTable();
    table->setCurrentIndex(proxy->index(best, 1));
    table->scrollTo(proxy->index(best, 1));
    return true;
}

// A word of the shown transcript's first caller turn, for the find-in-transcript shot.
QString wordToFind(const MainWindow &window)
{
    const QString text = detailOf(window)->transcriptView()->plainText();
    // The caller's label as the transcript writes it, in the interface's language.
    const QString caller =
        QCoreApplication::translate("revox::TranscriptView", "Caller") + QStringLiteral(": ");
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(caller)) {
            QString best;
            for (const QString &w :
                 line.mid(caller.size()).split(QRegularExpression(QStringLiteral("\\W+")))) {
                if (w.size() > best.size()) {
                    best = w;
                }
            }
            if (best.size() >= 4) {
                return best;
            }
        }
    }
    return QString();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("Interface language (en, fr)."),
                                            QStringLiteral("code"), QStringLiteral("en"));
    const QCommandLineOption themesOption(
        QStringLiteral("themes"),
        QStringLiteral("Palettes, comma-separated (light,dark,contrast)."), QStringLiteral("list"),
        QStringLiteral("light,dark"));
    const QCommandLineOption prefixOption(QStringLiteral("prefix"),
                                          QStringLiteral("Put before every file name."),
                                          QStringLiteral("text"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Only this view (campaign)."),
                                        QStringLiteral("view"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QStringLiteral("The window's size, WIDTHxHEIGHT, or \"default\" (a first start's)."),
        QStringLiteral("size"), QStringLiteral("1440x900"));
    parser.addOptions({languageOption, themesOption, prefixOption, onlyOption, sizeOption});
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Where to write."));
    parser.process(app);
    const QString outDir =
        parser.positionalArguments().value(0, QStringLiteral("docs/screenshots"));
    const QString prefix = parser.value(prefixOption);
    const bool campaignOnly = parser.value(onlyOption) == QLatin1String("campaign");
    const QString sizeText = parser.value(sizeOption);
    QSize windowSize; // invalid: a first start's
    if (sizeText != QLatin1String("default")) {
        const QStringList parts = sizeText.split(QLatin1Char('x'));
        windowSize = QSize(parts.value(0).toInt(), parts.value(1).toInt());
        if (parts.size() != 2 || windowSize.isEmpty()) {
            std::fprintf(stderr, "revox-screenshots: --size takes WIDTHxHEIGHT or default\n");
            return 2;
        }
    }
    QList<Theme::Choice> themes;
    for (const QString &name : parser.value(themesOption).split(QLatin1Char(','))) {
        themes << Theme::fromString(name);
    }
    QDir().mkpath(outDir);
    Language::apply(Language::fromString(parser.value(languageOption)));

    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RevoxScreenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("revox-desk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/revox-desk.svg")));
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));

    DashboardSession session;
    DashboardSession::Options options;
    options.demo = true;
    options.refreshSeconds = 2;
    // The all-campaigns figures of the campaigns not opened, worked out in the background.
    options.backgroundBudgetBytes = 200LL * 1024 * 1024;
    options.backgroundStartDelayMs = 0;
    QString error;
    if (!session.start(options, &error)) {
        std::fprintf(stderr, "revox-screenshots: %s\n", qPrintable(error));
        return 1;
    }
    bool ok = true;
    const QPixmap icon = QIcon(QStringLiteral(":/icons/revox-desk.svg")).pixmap(QSize(128, 128));
    if (prefix.isEmpty()) {
        ok &= !icon.isNull() && icon.save(outDir + QStringLiteral("/icon.png"));
    }
    const QString base = outDir + QLatin1Char('/') + prefix;
    for (const Theme::Choice theme : std::as_const(themes)) {
        Theme::apply(theme);
        const QString suffix = QLatin1Char('-') + Theme::toString(theme);
        MainWindow window(session.data());
        window.setDemoMode(true);
        if (windowSize.isValid())
            window.resize(windowSize);
        else
            window.restoreWindowState(); // no saved state: a first start's size
        window.show();
        const QString campaign = session.suggestedDemoCampaign();
        if (!waitFor(
                [&] {
                    return window.findChild<QListView *>(QStringLiteral("campaignList"))
                               ->model()
                               ->rowCount() > 0;
                },
                20000)) {
            std::fprintf(stderr, "revox-screenshots: the campaign list did not load\n");
            return 1;
        }
        window.selectCampaign(campaign);
        if (!waitFor([&] { return session.data().rowsWatcher->isFirstLoadDone(); }, 30000)) {
            std::fprintf(stderr, "revox-screenshots: the rows did not load\n");
            return 1;
        }
        settle(6000); // a few refreshes for the progress chart
        selectConversation(window);
        settle(600);
        ok &= save(&window, base + QStringLiteral("campaign") + suffix + QStringLiteral(".png"));
        if (campaignOnly) {
            window.close();
            settle(200);
            continue;
        }

        // Call detail with the transcript and an expanded tool call when there is one.
        TranscriptView *transcript = detailOf(window)->transcriptView();
        for (int i = 0; i < transcript->entryCount(); ++i) {
            if (transcript->isToolEntry(i)) {
                transcript->setToolExpanded(i, true);
                break;
            }
        }
        transcript->setFindText(wordToFind(window));
        settle(400);
        ok &= save(detailOf(window),
                   base + QStringLiteral("call-detail") + suffix + QStringLiteral(".png"));
        transcript->setFindText(QString());

        // The insight tabs: what the calls found and the funnel on the demo campaign; when to
        // call on the finished campaign with the most rows (a whole history of calls).
        QTabWidget *views = pageOf(window)->views();
        views->setCurrentIndex(1);
        settle(900);
        ok &= save(&window, base + QStringLiteral("outcomes") + suffix + QStringLiteral(".png"));
        views->setCurrentIndex(2);
        settle(900);
        ok &= save(&window, base + QStringLiteral("funnel") + suffix + QStringLiteral(".png"));
        sim::SimCampaignInfo history;
        for (const sim::SimCampaignInfo &c : session.simulator()->campaigns()) {
            if (c.status == QLatin1String("completed") && c.rowCount > history.rowCount)
                history = c;
        }
        if (!history.id.isEmpty()) {
            window.selectCampaign(history.id);
            waitFor([&] { return session.data().rowsWatcher->isFirstLoadDone(); }, 30000);
        }
        views->setCurrentIndex(3);
        settle(1200);
        ok &=
            save(&window, base + QStringLiteral("when-to-call") + suffix + QStringLiteral(".png"));
        views->setCurrentIndex(0);
        window.showAllCampaigns();
        // The figures of the campaigns not opened, as far as the background has come.
        waitFor(
            [&] {
                const BackgroundFigures *figures = session.backgroundFigures();
                return figures->state() == BackgroundFigures::State::Done ||
                       figures->state() == BackgroundFigures::State::BudgetSpent;
            },
            60000);
        settle(900);
        ok &=
            save(&window, base + QStringLiteral("all-campaigns") + suffix + QStringLiteral(".png"));

        SettingsDialog::Values values;
        values.keychainAvailable = false;
        values.refreshSeconds = 5;
        values.theme = theme;
        SettingsDialog dialog(values, &window);
        dialog.resize(dialog.sizeHint().expandedTo(QSize(560, 0)));
        dialog.show();
        settle(300);
        ok &= save(&dialog, base + QStringLiteral("settings") + suffix + QStringLiteral(".png"));
        dialog.hide();
        window.close();
        settle(200);
    }
    return ok ? 0 : 1;
}
