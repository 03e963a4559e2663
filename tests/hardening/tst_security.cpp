// The API key's promises over a whole session: it reaches the API's origin only (not the
// recordings origin, not across a redirect), it never appears in log output with every
// category at debug, it is not written in plain text without the user asking, and plain
// http:// is refused for hosts that are not loopback.
#include "ApiKeyStore.h"
#include "AppSettings.h"
#include "CallDetailPane.h"
#include "CampaignListModel.h"
#include "CampaignListWatcher.h"
#include "CampaignWatcher.h"
#include "DashboardSession.h"
#include "MainWindow.h"
#include "RecordingPlayer.h"
#include "RevoxClient.h"
#include "RowStore.h"
#include "RowTableView.h"
#include "RowsFilterProxy.h"
#include "RowsTableModel.h"
#include "ScriptedServer.h"
#include "SimulatorServer.h"
#include "StatusBanner.h"
#include "WindowParts.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QItemSelectionModel>
#include <QMediaPlayer>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace revox;
using namespace revox::testing;

namespace {

const QString Key = QStringLiteral("rvx_live_9f8e7d6c5b4a-SECRET-0a1b2c3d");

QMutex logMutex;
QStringList logLines; // everything any thread logged while the capture was on
bool capturing = false;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&logMutex);
    if (capturing)
        logLines << QString::fromLatin1(context.category ? context.category : "") +
                        QStringLiteral(": ") + message;
}

// Files under dir whose bytes contain text.
QStringList filesContaining(const QString &dir, const QString &text)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()))
            found << file.fileName();
    }
    return found;
}

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void keyStaysWithTheApiAndOutOfLogs();
    void keyNotSentAcrossOriginsOnRedirect();
    void windowSessionKeepsKeyFromRecordingsAndLogs();
    void keyNotWrittenInPlainTextWithoutChoice();
    void plainHttpRefusedForRemoteHosts_data();
    void plainHttpRefusedForRemoteHosts();

private:
    QStringList linesWithKey() const;

    QString m_configDir; // XDG_CONFIG_HOME: settings and the key file land here
    QtMessageHandler m_previousHandler = nullptr;
};

void TestSecurity::initTestCase()
{
    m_configDir = qEnvironmentVariable("XDG_CONFIG_HOME");
    QVERIFY(!m_configDir.isEmpty() && QDir(m_configDir).exists());
    QCoreApplication::setOrganizationName(QStringLiteral("RevoxDeskSecurityTest"));
    QCoreApplication::setApplicationName(QStringLiteral("revox-desk-security-test"));
    // Every category at debug, as QT_LOGGING_RULES="*.debug=true" does.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    m_previousHandler = qInstallMessageHandler(captureMessage);
    QMutexLocker lock(&logMutex);
    capturing = true;
}

void TestSecurity::cleanupTestCase()
{
    {
        QMutexLocker lock(&logMutex);
        capturing = false;
    }
    qInstallMessageHandler(m_previousHandler);
    const QStringList leaked = linesWithKey();
    qInfo().noquote() << QStringLiteral(
                             "HARDENING key: %1 log lines at debug level, %2 with the key")
                             .arg(logLines.size())
                             .arg(leaked.size());
    for (const QString &line : leaked)
        qWarning().noquote() << line;
}

QStringList TestSecurity::linesWithKey() const
{
    QMutexLocker lock(&logMutex);
    QStringList found;
    // The key, or a recognisable part of it (a log line might cut or encode it).
    const QStringList needles = {Key, Key.mid(8, 16), QString::fromLatin1(Key.toUtf8().toBase64()),
                                 QString::fromLatin1(Key.toUtf8().toPercentEncoding())};
    for (const QString &line : logLines) {
        for (const QString &needle : needles) {
            if (line.contains(needle)) {
                found << line;
                break;
            }
        }
    }
    return found;
}

void TestSecurity::keyStaysWithTheApiAndOutOfLogs()
{
    sim::SimulatorServer sim;
    sim::SimulatorOptions options;
    options.apiKey = Key;
    options.speed = 0;
    options.rowsScale = 0.05;
    QString error;
    QVERIFY2(sim.start(options, &error), qPrintable(error));
    QNetworkAccessManager nam;
    ClientConfig config;
    config.baseUrl = sim.baseUrl();
    config.apiKey = Key;
    config.maxRetries = 1;
    config.initialBackoffMs = 10;
    config.timeoutMs = 3000;
    RevoxClient client(&nam, config);
    QStringList messages; // error messages a person would see

    // A session's worth of requests: campaigns, a watched campaign, calls, auth status.
    RowStore store;
    RowsTableModel rows(&store);
    CampaignWatcher watcher(&client, &store);
    QString campaignId;
    for (const sim::SimCampaignInfo &c : sim.campaigns()) {
        if (c.status == QLatin1String("running") && c.rowCount > 0)
            campaignId = c.id;
    }
    QVERIFY(!campaignId.isEmpty());
    watcher.setCampaignId(campaignId);
    QSignalSpy refreshed(&watcher, &CampaignWatcher::refreshed);
    watcher.start();
    QVERIFY(refreshed.wait(30000));
    int calls = 0;
    for (int i = 0; i < rows.rowCount() && calls < 3; ++i) {
        if (!rows.rowAt(i).call)
            continue;
        ++calls;
        bool done = false;
        client.getCall(rows.rowAt(i).call->id, this, [&](const ApiResult<Call> &r) {
            QVERIFY(r.ok());
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }
    QVERIFY(calls > 0);

    // Then every way a request can fail, each read to the end by the client.
    const QStringList faults = {
        QStringLiteral("status=500"),  QStringLiteral("status=429,retry-after=0"),
        QStringLiteral("status=403"),  QStringLiteral("drop"),
        QStringLiteral("truncate"),    QStringLiteral("malformed"),
        QStringLiteral("wrong-types"), QStringLiteral("stall")};
    for (const QString &fault : faults) {
        QVERIFY(sim.setFaults(fault));
        std::optional<ApiResult<RowsPage>> result;
        client.getRowsPage(campaignId, RowsQuery(), this,
                           [&](ApiResult<RowsPage> r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        messages << result->error.message;
        for (const ParseProblem &p : result->problems)
            messages << p.toString();
    }
    QVERIFY(sim.setFaults(QString()));
    // A refused key, and a key the API does not know.
    for (const QString &other : {Key + QStringLiteral("x"), QStringLiteral("wrong")}) {
        ClientConfig wrong = config;
        wrong.apiKey = other;
        RevoxClient refused(&nam, wrong);
        std::optional<ApiResult<AuthStatus>> result;
        refused.getAuthStatus(this, [&](ApiResult<AuthStatus> r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QCOMPARE(result->error.kind, ApiErrorKind::Authentication);
        messages << result->error.message;
    }
    std::optional<ApiResult<AuthStatus>> auth;
    client.getAuthStatus(this, [&](ApiResult<AuthStatus> r) { auth = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(auth.has_value(), 10000);
    QVERIFY(auth->ok());

    for (const QString &message : messages)
        QVERIFY2(!message.contains(Key) && !message.contains(Key.mid(8, 16)), qPrintable(message));
    QCOMPARE(sim.recordingRequestsWithAuthorization(), quint64(0));
    QVERIFY(logLines.size() > 20); // debug logging was really on
    QCOMPARE(linesWithKey(), QStringList());
}

void TestSecurity::keyNotSentAcrossOriginsOnRedirect()
{
    ScriptedServer api;
    ScriptedServer elsewhere; // another port: another origin
    QVERIFY(api.listen());
    QVERIFY(elsewhere.listen());
    const QByteArray campaigns = R"({"campaigns":[]})";
    elsewhere.setHandler([&](const ScriptedServer::Request &) {
        return ScriptedServer::Response::json(200, campaigns);
    });
    api.setHandler([&](const ScriptedServer::Request &request) {
        if (request.path.endsWith("/campaigns"))
            return ScriptedServer::Response::json(302, {}).withHeader(
                "Location", elsewhere.url(QStringLiteral("/api/campaigns")).toEncoded());
        if (request.path.endsWith("/auth-status"))
            return ScriptedServer::Response::json(307, {}).withHeader(
                "Location", "http://203.0.113.9/api/auth-status");
        return ScriptedServer::Response::json(404, "{}");
    });
    QNetworkAccessManager nam;
    ClientConfig config;
    config.baseUrl = api.url(QStringLiteral("/api"));
    config.apiKey = Key;
    config.maxRetries = 0;
    RevoxClient client(&nam, config);

    std::optional<ApiResult<QList<Campaign>>> listed;
    client.listCampaigns(this, [&](ApiResult<QList<Campaign>> r) { listed = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 10000);
    QCOMPARE(api.requestCount(), 1);
    QCOMPARE(api.requests().first().header("Authorization"), "Bearer " + Key.toUtf8());
    QCOMPARE(elsewhere.requestCount(), 1);
    QVERIFY(!elsewhere.requests().first().hasHeader("Authorization"));

    // A redirect to plain http on a remote host is not followed at all.
    std::optional<ApiResult<AuthStatus>> auth;
    client.getAuthStatus(this, [&](ApiResult<AuthStatus> r) { auth = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(auth.has_value(), 10000);
    QCOMPARE(auth->error.kind, ApiErrorKind::InsecureUrl);
    QVERIFY(!auth->error.message.contains(Key));
    QCOMPARE(linesWithKey(), QStringList());
}

void TestSecurity::windowSessionKeepsKeyFromRecordingsAndLogs()
{
    sim::SimulatorServer sim;
    sim::SimulatorOptions options;
    options.apiKey = Key;
    options.speed = 0;
    options.rowsScale = 0.05;
    options.startTime = QDateTime::currentDateTimeUtc().addDays(2); // calls with recordings
    QString error;
    QVERIFY2(sim.start(options, &error), qPrintable(error));

    DashboardSession session;
    DashboardSession::Options session_options;
    session_options.baseUrl = sim.baseUrl();
    session_options.apiKey = Key;
    session_options.refreshSeconds = 1;
    QVERIFY2(session.start(session_options, &error), qPrintable(error));
    QVERIFY(!session.isDemo());
    MainWindow window(session.data());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Open the campaign with the most answered calls, then a row with a recording.
    QTRY_VERIFY_WITH_TIMEOUT(session.data().campaigns->rowCount() > 0, 20000);
    QString campaignId;
    qint64 most = 0;
    for (const sim::SimCampaignInfo &c : sim.campaigns()) {
        if (c.rowCount > most && c.rowCount <= 2000) {
            campaignId = c.id;
            most = c.rowCount;
        }
    }
    window.selectCampaign(campaignId);
    QTRY_VERIFY_WITH_TIMEOUT(session.data().rowsWatcher->isFirstLoadDone(), 30000);
    RowsTableModel *rows = session.data().rows;
    int withRecording = -1;
    for (int i = 0; i < rows->rowCount() && withRecording < 0; ++i) {
        const Row &row = rows->rowAt(i);
        // The call detail plays the most recent attempt: it must carry the recording.
        const CallAttempt *attempt = row.call ? row.call->latestAttempt() : nullptr;
        if (attempt && !attempt->recordingUrl.isEmpty())
            withRecording = i;
    }
    QVERIFY2(withRecording >= 0, "no row with a recording");
    const QModelIndex proxyIndex =
        rowsProxy(window)->mapFromSource(rows->index(withRecording, RowsTableModel::Phone));
    QVERIFY(proxyIndex.isValid());
    rowTable(window)->selectionModel()->setCurrentIndex(
        proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    RecordingPlayer *player = detailPane(window)->player();
    QTRY_VERIFY_WITH_TIMEOUT(player->recordingUrl().isValid(), 10000);
    QVERIFY(player->recordingUrl().port() != sim.baseUrl().port());
    const quint64 before = sim.requestCount();
    QMediaPlayer *media = player->mediaPlayer();
    QTRY_VERIFY_WITH_TIMEOUT(media->duration() > 0 || media->error() != QMediaPlayer::NoError,
                             20000);
    QVERIFY2(media->error() == QMediaPlayer::NoError, qPrintable(media->errorString()));
    QVERIFY(sim.requestCount() > before);
    QCOMPARE(sim.recordingRequestsWithAuthorization(), quint64(0));

    // A failing server while the window is open: the key stays out of the banner and logs.
    QVERIFY(sim.setFaults(QStringLiteral("status=401")));
    window.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(session.data().rowsWatcher->lastError().isError(), 20000);
    QVERIFY(!banner(window)->text().contains(Key));
    QVERIFY(sim.setFaults(QString()));
    window.saveWindowState();
    QCOMPARE(linesWithKey(), QStringList());
    QCOMPARE(filesContaining(m_configDir, Key), QStringList());
}

void TestSecurity::keyNotWrittenInPlainTextWithoutChoice()
{
    // Settings the app writes in a session never hold the key.
    {
        AppSettings settings;
        settings.setBaseUrl(QUrl(QStringLiteral("https://www.getrevox.com/api")));
        settings.setLastCampaign(QStringLiteral("c1"));
        settings.sync();
    }
    QCOMPARE(filesContaining(m_configDir, Key), QStringList());

    // Saved without the file choice: keychain or this session only, never a file.
    ApiKeyStore store;
    QSignalSpy saved(&store, &ApiKeyStore::saved);
    store.save(Key, false);
    QVERIFY(saved.wait(30000));
    QCOMPARE(store.key(), Key);
    QVERIFY(store.source() == ApiKeyStore::Source::Keychain ||
            store.source() == ApiKeyStore::Source::Session);
    QVERIFY(!QFile::exists(ApiKeyStore::privateFilePath()));
    QCOMPARE(filesContaining(m_configDir, Key), QStringList());
    const bool keychain = store.source() == ApiKeyStore::Source::Keychain;
    if (keychain) {
        store.forget(); // leave no test key in a real keychain
        QSKIP("a system keychain answered: the private-file choice is not reachable here");
    }
    QVERIFY(!saved.last().at(0).toBool()); // not persisted, and the message says so
    QVERIFY(!saved.last().at(1).toString().contains(Key));

    // The explicit choice: a file only the user can read, which loads back.
    store.save(Key, true);
    QVERIFY(saved.wait(30000));
    QVERIFY(saved.last().at(0).toBool());
    QCOMPARE(store.source(), ApiKeyStore::Source::PrivateFile);
    const QString path = ApiKeyStore::privateFilePath();
    QVERIFY(path.startsWith(m_configDir));
    QCOMPARE(filesContaining(m_configDir, Key), QStringList{path});
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
    QVERIFY(QFile::permissions(path) & QFile::ReadOwner);
    ApiKeyStore reader;
    QSignalSpy loaded(&reader, &ApiKeyStore::loaded);
    reader.load();
    QVERIFY(loaded.wait(30000));
    QCOMPARE(reader.key(), Key);
    QCOMPARE(reader.source(), ApiKeyStore::Source::PrivateFile);

    // A key file others can read is refused, not used.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    ApiKeyStore careful;
    QSignalSpy carefulLoaded(&careful, &ApiKeyStore::loaded);
    careful.load();
    QVERIFY(carefulLoaded.wait(30000));
    QVERIFY(careful.key().isEmpty());

    store.forget();
    QVERIFY(!QFile::exists(path));
    QCOMPARE(filesContaining(m_configDir, Key), QStringList());
    QCOMPARE(linesWithKey(), QStringList());
}

void TestSecurity::plainHttpRefusedForRemoteHosts_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("remote http") << "http://203.0.113.7/api" << false;
    QTest::newRow("remote http named") << "http://www.getrevox.com/api" << false;
    QTest::newRow("loopback-looking name") << "http://127.0.0.1.example.com/api" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1/api" << false;
    QTest::newRow("loopback v4") << "http://127.0.0.1:9/api" << true;
    QTest::newRow("loopback v6") << "http://[::1]:9/api" << true;
    QTest::newRow("localhost") << "http://localhost:9/api" << true;
    QTest::newRow("remote https") << "https://www.getrevox.com/api" << true;
}

void TestSecurity::plainHttpRefusedForRemoteHosts()
{
    QFETCH(QString, baseUrl);
    QFETCH(bool, allowed);
    QCOMPARE(!RevoxClient::checkBaseUrl(QUrl(baseUrl)).has_value(), allowed);
    if (allowed)
        return;

    // The whole app with that URL: nothing is sent, the error says why, the key stays out.
    DashboardSession session;
    DashboardSession::Options options;
    options.baseUrl = QUrl(baseUrl);
    options.apiKey = Key;
    QString error;
    if (!session.start(options, &error)) {
        QVERIFY(!error.isEmpty());
        return;
    }
    CampaignListWatcher *watcher = session.data().campaignsWatcher;
    QTRY_VERIFY_WITH_TIMEOUT(watcher->lastError().isError(), 10000);
    QCOMPARE(watcher->lastError().kind, ApiErrorKind::InsecureUrl);
    QCOMPARE(watcher->lastError().attempts, 0);
    QVERIFY(!watcher->lastError().message.contains(Key));
}

int main(int argc, char **argv)
{
    // Settings and the key file go to a private place for this run.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QApplication app(argc, argv);
    TestSecurity test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_security.moc"
