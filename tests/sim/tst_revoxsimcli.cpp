// The revox-sim executable: first stdout line is the base URL, flags are honoured, bad
// flags are refused with a message, --help documents every fault.
#include "SimHttp.h"

#include <QProcess>
#include <QTest>

class TestRevoxSimCli : public QObject
{
    Q_OBJECT

private slots:
    void printsBaseUrlAndServes()
    {
        QProcess process;
        process.start(QStringLiteral(REVOX_SIM_PATH),
                      {QStringLiteral("--api-key"), QStringLiteral("secret"),
                       QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--speed"),
                       QStringLiteral("0"), QStringLiteral("--rows-scale"), QStringLiteral("0.01"),
                       QStringLiteral("--faults"), QStringLiteral("latency=1,path=/nowhere")});
        QVERIFY(process.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
        const QString first = QString::fromUtf8(process.readLine()).trimmed();
        const QUrl base(first);
        QVERIFY2(base.isValid() && base.host() == QLatin1String("127.0.0.1") && base.port() > 0 &&
                     base.path() == QLatin1String("/api"),
                 qPrintable(first));
        QUrl auth = base;
        auth.setPath(base.path() + QStringLiteral("/auth-status"));
        QCOMPARE(SimHttp::get(auth, {{"Authorization", "Bearer secret"}}).status, 200);
        QCOMPARE(SimHttp::get(auth, {{"Authorization", "Bearer other"}}).status, 401);
        process.kill();
        process.waitForFinished(5000);
    }

    void refusesBadFlags_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("faults") << QStringList{QStringLiteral("--faults"),
                                               QStringLiteral("explode")};
        QTest::newRow("speed") << QStringList{QStringLiteral("--speed"), QStringLiteral("-1")};
        QTest::newRow("scale") << QStringList{QStringLiteral("--rows-scale"), QStringLiteral("0")};
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
    }
    void refusesBadFlags()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(QStringLiteral(REVOX_SIM_PATH), arguments);
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.exitCode() != 0);
        QVERIFY(process.readAllStandardError().contains("revox-sim:"));
    }

    void helpDocumentsEveryFault()
    {
        QProcess process;
        process.start(QStringLiteral(REVOX_SIM_PATH), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(10000));
        const QByteArray help = process.readAllStandardOutput();
        for (const char *item :
             {"--port", "--recordings-port", "--api-key", "--seed", "--speed", "--rows-scale",
              "--faults", "latency=1500", "stall", "status=429,retry-after=5", "status=503", "drop",
              "truncate", "malformed", "wrong-types", "unknown-enums", "rate="})
            QVERIFY2(help.contains(item), item);
    }
};

QTEST_GUILESS_MAIN(TestRevoxSimCli)
#include "tst_revoxsimcli.moc"
