// Tests revox-desk's command line parsing.
#include "CommandLineOptions.h"

#include <QProcess>
#include <QTest>

using revox::CommandLineOptions;

class CommandLineTest : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void refusedBaseUrlExitsWithOneLine();
};

void CommandLineTest::parses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("campaign");
    QTest::addColumn<bool>("demo");
    using A = CommandLineOptions::Action;
    QTest::newRow("nothing") << QStringList{} << int(A::Run) << QString() << QString() << false;
    QTest::newRow("help") << QStringList{"--help"} << int(A::ShowHelp) << QString() << QString()
                          << false;
    QTest::newRow("version") << QStringList{"--version"} << int(A::ShowVersion) << QString()
                             << QString() << false;
    QTest::newRow("demo + campaign") << QStringList{"--demo", "--campaign", "abc-1"} << int(A::Run)
                                     << QString() << QStringLiteral("abc-1") << true;
    QTest::newRow("https base url")
        << QStringList{"--base-url", "https://api.example.com/api"} << int(A::Run)
        << QStringLiteral("https://api.example.com/api") << QString() << false;
    QTest::newRow("loopback http")
        << QStringList{"--base-url=http://127.0.0.1:8080/api"} << int(A::Run)
        << QStringLiteral("http://127.0.0.1:8080/api") << QString() << false;
    QTest::newRow("plain http elsewhere is refused")
        << QStringList{"--base-url", "http://example.com/api"} << int(A::Fail) << QString()
        << QString() << false;
    QTest::newRow("not a url") << QStringList{"--base-url", "::::"} << int(A::Fail) << QString()
                               << QString() << false;
    QTest::newRow("unknown option")
        << QStringList{"--frobnicate"} << int(A::Fail) << QString() << QString() << false;
    QTest::newRow("stray argument")
        << QStringList{"extra"} << int(A::Fail) << QString() << QString() << false;
    QTest::newRow("empty campaign")
        << QStringList{"--campaign", " "} << int(A::Fail) << QString() << QString() << false;
}

void CommandLineTest::parses()
{
    QFETCH(QStringList, args);
    QFETCH(int, action);
    QFETCH(QString, baseUrl);
    QFETCH(QString, campaign);
    QFETCH(bool, demo);
    args.prepend(QStringLiteral("revox-desk"));
    const CommandLineOptions o = CommandLineOptions::parse(args);
    QCOMPARE(int(o.action), action);
    if (o.action == CommandLineOptions::Action::Fail) {
        QVERIFY(!o.errorText.isEmpty());
        return;
    }
    if (o.action == CommandLineOptions::Action::ShowHelp) {
        QVERIFY(o.helpText.contains(QStringLiteral("--base-url")));
        QVERIFY(o.helpText.contains(QStringLiteral("--demo")));
    }
    QCOMPARE(o.baseUrl.toString(), baseUrl);
    QCOMPARE(o.campaignId, campaign);
    QCOMPARE(o.demo, demo);
}

void CommandLineTest::refusedBaseUrlExitsWithOneLine()
{
    // The real program: refused before any window or request, exit code 2, the reason on one line.
    QProcess desk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("REVOX_API_KEY"), QStringLiteral("sk-secret"));
    desk.setProcessEnvironment(env);
    desk.start(QStringLiteral(REVOX_DESK_PATH),
               {QStringLiteral("--base-url"), QStringLiteral("http://api.example.com/api")});
    QVERIFY(desk.waitForFinished(20000));
    QCOMPARE(desk.exitStatus(), QProcess::NormalExit);
    QCOMPARE(desk.exitCode(), 2);
    const QStringList lines = QString::fromLocal8Bit(desk.readAllStandardError())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    QVERIFY2(lines.first().startsWith(QStringLiteral("revox-desk: --base-url: ")),
             qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(QStringLiteral("http")), qPrintable(lines.first()));
    QVERIFY(!lines.join(QLatin1Char(' ')).contains(QStringLiteral("sk-secret")));
    QVERIFY(desk.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_CommandLine.moc"
