// Figures for the simulator at full size (100,000 rows): prints timings and memory, asserts
// only that the answers are right.
#include "SimHttp.h"
#include "SimulatorServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using revox::sim::SimulatorOptions;
using revox::sim::SimulatorServer;

namespace {
qint64 residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

class TestSimulatorSpeed : public QObject
{
    Q_OBJECT

private slots:
    void fullSizeWorld()
    {
        const qint64 rssBefore = residentKb();
        SimulatorServer server;
        SimulatorOptions options;
        options.speed = 1;
        QVERIFY(server.start(options));
        QString largest;
        for (const auto &c : server.campaigns()) {
            if (c.rowCount == 100000)
                largest = c.id;
        }
        QVERIFY(!largest.isEmpty());
        auto timed = [&](const QString &path, const QString &query, const char *what) {
            QUrl u = server.baseUrl();
            u.setPath(u.path() + path);
            u.setQuery(query);
            QElapsedTimer t;
            t.start();
            SimHttp::Reply r = SimHttp::get(u, {{"Authorization", "Bearer k"}}, 30000);
            const qint64 ms = t.elapsed();
            qInfo("%-44s %6lld ms  %8lld bytes", what, static_cast<long long>(ms),
                  static_cast<long long>(r.body.size()));
            return r;
        };
        const QString rowsPath = QStringLiteral("/campaigns/%1/rows").arg(largest);
        QCOMPARE(timed(QStringLiteral("/campaigns"), QString(), "GET /campaigns (first)").status,
                 200);
        QCOMPARE(timed(QStringLiteral("/campaigns"), QString(), "GET /campaigns (again)").status,
                 200);
        timed(rowsPath, QStringLiteral("page=0&page_size=100"), "rows page 0, 100 rows");
        const SimHttp::Reply mid = timed(rowsPath, QStringLiteral("page=380&page_size=100"),
                                         "rows page 380 (live), 100 rows");
        QCOMPARE(QJsonDocument::fromJson(mid.body)[QStringLiteral("total")].toInteger(), 100000);
        timed(rowsPath, QStringLiteral("page=999&page_size=100"),
              "rows page 999 (pending), 100 rows");
        const SimHttp::Reply human =
            timed(rowsPath, QStringLiteral("result=human&page_size=100"), "filter result=human");
        QVERIFY(QJsonDocument::fromJson(human.body)[QStringLiteral("total")].toInteger() > 0);
        timed(rowsPath, QStringLiteral("statuses=calling,scheduled&page_size=100"),
              "filter statuses=calling,scheduled");
        timed(rowsPath, QStringLiteral("result=none&statuses=pending&page=500&page_size=100"),
              "filter result=none&statuses=pending");
        const SimHttp::Reply query = timed(rowsPath, QStringLiteral("query=walker&page_size=100"),
                                           "filter query=walker (scans 100k rows)");
        QVERIFY(QJsonDocument::fromJson(query.body)[QStringLiteral("total")].toInteger() > 0);
        qInfo("resident memory: %lld KB before start, %lld KB after the requests",
              static_cast<long long>(rssBefore), static_cast<long long>(residentKb()));
    }
};

QTEST_GUILESS_MAIN(TestSimulatorSpeed)
#include "tst_simulatorspeed.moc"
