// The local cache seen from the window: a second start with the network down shows the
// campaigns and rows the first one saved, with their age, under an offline banner.
#include "AsyncCampaignCache.h"
#include "CacheAccount.h"
#include "CacheSync.h"
#include "CampaignListModel.h"
#include "CampaignWatcher.h"
#include "DashboardSession.h"
#include "MainWindow.h"
#include "PollingLoop.h"
#include "RowsTableModel.h"
#include "SettingsDialog.h"
#include "SimulatorServer.h"
#include "StatusBanner.h"
#include "Theme.h"
#include "WindowParts.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace revox;
using namespace revox::testing;

class CacheSessionTest : public QObject
{
    Q_OBJECT
private slots:
    void secondStartOfflineShowsTheSavedCopy();
    void damagedCacheIsSetAsideWithAMessage();
};

void CacheSessionTest::secondStartOfflineShowsTheSavedCopy()
{
    QTemporaryDir settingsDir;
    QTemporaryDir cacheDir;
    if (qEnvironmentVariableIsSet("REVOX_SHOT_THEME"))
        Theme::apply(Theme::fromString(qEnvironmentVariable("REVOX_SHOT_THEME")));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RevoxDeskUiTest"));
    QCoreApplication::setApplicationName(QStringLiteral("revox-desk-cache-test"));

    sim::SimulatorServer server;
    sim::SimulatorOptions simOptions;
    simOptions.speed = 0;
    simOptions.rowsScale = 0.1;
    simOptions.apiKey = QStringLiteral("cache-test-key");
    QVERIFY(server.start(simOptions));
    DashboardSession::Options options;
    options.baseUrl = server.baseUrl();
    options.apiKey = simOptions.apiKey;
    options.refreshSeconds = 1;
    options.cacheDirectory = cacheDir.path();
    QString campaignId;
    int rows = 0;
    {
        DashboardSession first;
        QString error;
        QVERIFY2(first.start(options, &error), qPrintable(error));
        QVERIFY(first.cache());
        MainWindow window(first.data());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(first.data().campaigns->rowCount() > 0, 20000);
        for (const sim::SimCampaignInfo &c : server.campaigns()) {
            if (c.status == QLatin1String("running") && c.rowCount > 50 && c.rowCount < 1000)
                campaignId = c.id;
        }
        window.selectCampaign(campaignId);
        QTRY_VERIFY_WITH_TIMEOUT(first.data().rowsWatcher->isFirstLoadDone(), 30000);
        rows = first.data().rows->rowCount();
        // Both watchers wait for their next refresh on the one polling loop.
        QTRY_COMPARE_WITH_TIMEOUT(first.pollingLoop()->pollerCount(), 2, 10000);
        first.cache()->waitForIdle();
    }
    // The cache file is there, readable by its owner only, and says nothing of the key.
    const QStringList files = QDir(cacheDir.path()).entryList({QStringLiteral("*.sqlite")});
    QCOMPARE(files.size(), 1);
    QFile file(cacheDir.filePath(files.first()));
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QVERIFY(!files.first().contains(simOptions.apiKey));

    server.stop(); // the network is gone; the same account starts again
    DashboardSession second;
    QString error;
    QVERIFY2(second.start(options, &error), qPrintable(error));
    MainWindow window(second.data());
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(second.data().campaigns->rowCount(), server.campaigns().size(),
                              10000);
    window.selectCampaign(campaignId);
    QTRY_COMPARE_WITH_TIMEOUT(second.data().rows->rowCount(), rows, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(banner(window)->isVisible() &&
                                 banner(window)->text().contains(QStringLiteral("Offline since")),
                             30000);
    QVERIFY(banner(window)->text().contains(QStringLiteral("saved on this computer")));
    QVERIFY(updatedText(window).startsWith(QStringLiteral("Saved copy from")));
    QVERIFY(second.data().rowsWatcher->restoredAt().isValid());
    // The progress chart goes on from the first session's samples.
    QTRY_VERIFY_WITH_TIMEOUT(progressSampleCount(window) > 0, 10000);
    if (qEnvironmentVariableIsSet("REVOX_SHOT")) {
        window.resize(1200, 800);
        QTRY_VERIFY(resultsCountEveryRow(window)); // recounted a moment after the rows
        window.grab().save(qEnvironmentVariable("REVOX_SHOT") + QStringLiteral("-offline.png"));
    }
    QCOMPARE(second.data().rows->rowCount(), rows); // the failures removed nothing

    // Settings tells the cache's size and clears it.
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *size = dialog->findChild<QLabel *>(QStringLiteral("cacheSize"));
        auto *clear = dialog->findChild<QPushButton *>(QStringLiteral("clearCache"));
        QVERIFY(size && clear);
        QTRY_VERIFY_WITH_TIMEOUT(clear->isEnabled(), 10000);
        QVERIFY2(size->text().contains(QStringLiteral("for this account")) ||
                     size->text().contains(QStringLiteral("offline:")),
                 qPrintable(size->text()));
        if (qEnvironmentVariableIsSet("REVOX_SHOT"))
            dialog->grab().save(qEnvironmentVariable("REVOX_SHOT") +
                                QStringLiteral("-settings.png"));
        const QString before = size->text();
        QTest::mouseClick(clear, Qt::LeftButton);
        second.cache()->waitForIdle();
        QTRY_VERIFY_WITH_TIMEOUT(size->text() != before, 10000); // the emptied file's size
        checked = true;
        dialog->reject();
    });
    second.openSettings(&window);
    QVERIFY(checked);
}

void CacheSessionTest::damagedCacheIsSetAsideWithAMessage()
{
    QTemporaryDir cacheDir;
    const QUrl base(QStringLiteral("http://127.0.0.1:1/api")); // nothing listens there
    const QString key = QStringLiteral("damaged-cache-key");
    QFile garbage(cacheDir.filePath(CacheAccount(base, key).fileName()));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, 'x'));
    garbage.close();

    DashboardSession session;
    DashboardSession::Options options;
    options.baseUrl = base;
    options.apiKey = key;
    options.cacheDirectory = cacheDir.path();
    QVERIFY(session.start(options));
    MainWindow window(session.data());
    window.show();
    // A banner that stays until dismissed, not a status line that goes in seconds.
    auto *banner = window.findChild<StatusBanner *>();
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->text().contains(u"not a database"),
                             10000);
    // The damaged file was kept aside, and a new cache is in use.
    QDir dir(cacheDir.path());
    QCOMPARE(dir.entryList({QStringLiteral("*.corrupt-*")}).size(), 1);
    session.cache()->waitForIdle();
    QVERIFY(QFileInfo::exists(garbage.fileName()));
}

QTEST_MAIN(CacheSessionTest)
#include "tst_CacheSession.moc"
