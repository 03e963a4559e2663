// revox-cli, the real program, against servers that misbehave over loopback (the simulator's
// faults, and a scripted server for a body nested too deep): a trickling answer ends at its
// deadline with what the server sent and exit 5; a watch whose every refresh failed exits
// with the code of its last error, and prints each error as a JSON Lines event.
#include "CliRun.h"
#include "ScriptedServer.h"
#include "SimulatorServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace revox;

class TestRevoxCliFaults : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void tricklingRowsEndWithExit5();
    void watchOfAServerAlwaysFailingExits5();
    void watchOfABodyNestedTooDeepExits6();
    void watchWithARefusedKeyExits3();

private:
    using Run = testing::CliRun;
    Run run(const QUrl &baseUrl, const QStringList &args,
            const QString &key = QStringLiteral("faults-test-key"));
    static QList<QJsonObject> events(const QByteArray &out, const QString &name);

    sim::SimulatorServer *m_sim = nullptr;
    QTemporaryDir *m_cacheDir = nullptr;
    QString m_campaignId;
};

void TestRevoxCliFaults::init()
{
    m_sim = new sim::SimulatorServer(this);
    sim::SimulatorOptions options;
    options.speed = 0;
    options.rowsScale = 0.1;
    options.apiKey = QStringLiteral("faults-test-key");
    QVERIFY(m_sim->start(options));
    for (const sim::SimCampaignInfo &c : m_sim->campaigns()) {
        if (c.status == QLatin1String("running") && c.rowCount > 50 && c.rowCount < 1000)
            m_campaignId = c.id;
    }
    QVERIFY(!m_campaignId.isEmpty());
    m_cacheDir = new QTemporaryDir;
}

void TestRevoxCliFaults::cleanup()
{
    delete m_cacheDir;
    delete m_sim;
}

TestRevoxCliFaults::Run TestRevoxCliFaults::run(const QUrl &baseUrl, const QStringList &args,
                                                const QString &key)
{
    return testing::runCli({QStringLiteral(REVOX_CLI_PATH), baseUrl, key, m_cacheDir->path()},
                           args);
}

QList<QJsonObject> TestRevoxCliFaults::events(const QByteArray &out, const QString &name)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("event")).toString() == name)
            objects.append(o);
    }
    return objects;
}

void TestRevoxCliFaults::tricklingRowsEndWithExit5()
{
    // A few bytes a second: never silent for --timeout, never done. Each attempt ends at its
    // deadline, the retries follow, then exit 5 with what the server sent.
    QVERIFY(
        m_sim->setFaults(QStringLiteral("trickle=8,path=/campaigns/%1/rows").arg(m_campaignId)));
    const quint64 before = m_sim->requestCount();
    const Run r = run(m_sim->baseUrl(), {QStringLiteral("rows"), m_campaignId,
                                         QStringLiteral("--timeout"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 5);
    static const QRegularExpression said(
        QStringLiteral("came too slowly after 3 attempts: the server sent \\d+ B in [0-9.]+ s"));
    QVERIFY2(said.match(QString::fromUtf8(r.err)).hasMatch(), r.err.constData());
    QCOMPARE(m_sim->requestCount() - before, quint64(3));
    QVERIFY(r.out.isEmpty());
}

void TestRevoxCliFaults::watchOfAServerAlwaysFailingExits5()
{
    QVERIFY(m_sim->setFaults(QStringLiteral("status=503,retry-after=0")));
    const Run r = run(m_sim->baseUrl(),
                      {QStringLiteral("watch"), m_campaignId, QStringLiteral("--for"),
                       QStringLiteral("3"), QStringLiteral("--interval"), QStringLiteral("0.2")});
    QCOMPARE(r.exitCode, 5);
    const QList<QJsonObject> errors = events(r.out, QStringLiteral("error"));
    QVERIFY2(!errors.isEmpty(), r.out.constData());
    for (const QJsonObject &e : errors) {
        QCOMPARE(e.value(QStringLiteral("kind")).toString(), QStringLiteral("server"));
        QCOMPARE(e.value(QStringLiteral("status")).toInt(), 503);
        QVERIFY2(e.value(QStringLiteral("message")).toString().contains(QStringLiteral("503")),
                 qPrintable(e.value(QStringLiteral("message")).toString()));
    }
    QVERIFY(events(r.out, QStringLiteral("refresh")).isEmpty());
    QVERIFY2(r.err.contains("no refresh succeeded in 3 s"), r.err.constData());
}

void TestRevoxCliFaults::watchOfABodyNestedTooDeepExits6()
{
    // Every answer is JSON nested far deeper than any reader takes.
    ScriptedServer server;
    QVERIFY(server.listen());
    const QByteArray deep =
        "{\"campaign\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
    server.setHandler([&deep](const ScriptedServer::Request &) {
        return ScriptedServer::Response::json(200, deep);
    });
    const Run r = run(server.url(QStringLiteral("/api")),
                      {QStringLiteral("watch"), QStringLiteral("c1"), QStringLiteral("--for"),
                       QStringLiteral("2"), QStringLiteral("--interval"), QStringLiteral("0.2")});
    QCOMPARE(r.exitCode, 6);
    const QList<QJsonObject> errors = events(r.out, QStringLiteral("error"));
    QVERIFY2(!errors.isEmpty(), r.out.constData());
    for (const QJsonObject &e : errors) {
        QCOMPARE(e.value(QStringLiteral("kind")).toString(), QStringLiteral("parse"));
        QVERIFY2(e.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("not understood")),
                 qPrintable(e.value(QStringLiteral("message")).toString()));
    }
    QVERIFY(events(r.out, QStringLiteral("refresh")).isEmpty());
    QVERIFY(server.requestCount() >= 2);
}

void TestRevoxCliFaults::watchWithARefusedKeyExits3()
{
    const Run r =
        run(m_sim->baseUrl(),
            {QStringLiteral("watch"), m_campaignId, QStringLiteral("--for"), QStringLiteral("30")},
            QStringLiteral("not-the-key"));
    QCOMPARE(r.exitCode, 3);
    const QList<QJsonObject> errors = events(r.out, QStringLiteral("error"));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().value(QStringLiteral("kind")).toString(), QStringLiteral("auth"));
    QCOMPARE(errors.first().value(QStringLiteral("status")).toInt(), 401);
}

QTEST_GUILESS_MAIN(TestRevoxCliFaults)
#include "tst_revoxclifaults.moc"
