// What the dashboard's insights are computed from, read over loopback HTTP like a client:
// structured outputs of every type, calls placed inside each campaign's calling windows in
// its time zone, row_stats that add up and match the rows (not_launched and skipped on newer
// servers), funnel_stats where a newer server sends them, and a campaign that moves at any
// hour of the day.
#include "SimHttp.h"
#include "SimulatorServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <optional>

using revox::sim::SimulatorOptions;
using revox::sim::SimulatorServer;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);

// "09:00", "6pm", "9:30am": minutes after midnight.
std::optional<int> clockMinutes(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,2})(?::(\\d{2}))?([aApP][mM])?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch() || (m.captured(2).isEmpty() && m.captured(3).isEmpty()))
        return std::nullopt;
    int hour = m.captured(1).toInt();
    if (!m.captured(3).isEmpty())
        hour = hour % 12 + (m.captured(3).toLower() == QLatin1String("pm") ? 12 : 0);
    return hour * 60 + m.captured(2).toInt();
}

// The calling windows and time zone a campaign's calls follow: the campaign's config, else
// its assistant's; the zone likewise.
struct Windows
{
    struct Window
    {
        int start = 0, end = 0; // minutes; end may pass 1440 (across midnight)
        qint64 retryDelaySeconds = 0;
    };
    QList<Window> list;
    qint64 maxAttempts = 3;
    QTimeZone zone;

    static Windows of(const QJsonObject &campaign)
    {
        const QJsonValue own = campaign[QStringLiteral("call_retry_config")];
        const QJsonValue assistant =
            campaign[QStringLiteral("assistant")][QStringLiteral("call_retry_config")];
        const QJsonObject config = own.isObject() ? own.toObject() : assistant.toObject();
        Windows w;
        QString zone = config[QStringLiteral("timezone")].toString();
        if (zone.isEmpty())
            zone = assistant[QStringLiteral("timezone")].toString();
        w.zone = QTimeZone(zone.toLatin1());
        w.maxAttempts = config[QStringLiteral("max_retry_attempts")].toInteger(3);
        for (const QJsonValue &v : config[QStringLiteral("calling_windows")].toArray()) {
            Window window;
            window.start = clockMinutes(v[QStringLiteral("calling_window_start_time")].toString())
                               .value_or(-1);
            const QString endText = v[QStringLiteral("calling_window_end_time")].toString();
            window.end =
                endText == QLatin1String("23:59") ? 24 * 60 : clockMinutes(endText).value_or(-1);
            if (window.end <= window.start)
                window.end += 24 * 60;
            window.retryDelaySeconds = v[QStringLiteral("retry_delay_seconds")].toInteger();
            w.list.append(window);
        }
        return w;
    }

    // The window a UTC time falls in, in the zone's local time; -1 when none.
    int windowAt(const QDateTime &utc) const
    {
        const QTime local = utc.toTimeZone(zone).time();
        const int minute = local.hour() * 60 + local.minute();
        for (int i = 0; i < list.size(); ++i) {
            for (int m : {minute, minute + 24 * 60}) {
                if (m >= list[i].start && m < list[i].end)
                    return i;
            }
        }
        return -1;
    }
};

QDateTime timeOf(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

class TestSimulatorInsights : public QObject
{
    Q_OBJECT

private:
    SimulatorServer m_server;

    static QJsonObject get(SimulatorServer &server, const QString &path, const QString &query = {})
    {
        QUrl url = server.baseUrl();
        url.setPath(url.path() + path);
        url.setQuery(query);
        const SimHttp::Reply r = SimHttp::get(url, {{"Authorization", "Bearer k"}}, 30000);
        if (r.status != 200)
            qWarning() << path << r.status << r.body.left(200);
        return QJsonDocument::fromJson(r.body).object();
    }
    static QJsonObject campaign(SimulatorServer &server, const QString &id)
    {
        return get(server, QStringLiteral("/campaigns/%1").arg(id))[QStringLiteral("campaign")]
            .toObject();
    }
    static QJsonArray allRows(SimulatorServer &server, const QString &id)
    {
        QJsonArray rows;
        for (int page = 0; page < 200; ++page) {
            const QJsonObject body = get(server, QStringLiteral("/campaigns/%1/rows").arg(id),
                                         QStringLiteral("page=%1&page_size=1000").arg(page));
            const QJsonArray pageRows = body[QStringLiteral("rows")].toArray();
            for (const QJsonValue &r : pageRows)
                rows.append(r);
            if (pageRows.isEmpty() || rows.size() >= body[QStringLiteral("total")].toInteger())
                break;
        }
        return rows;
    }
    static QJsonArray attemptsOf(const QJsonValue &row)
    {
        return row[QStringLiteral("call")][QStringLiteral("call_attempts")].toArray();
    }

    // Checks that every attempt started inside a calling window, in the campaign's zone; that
    // retries waited the window's delay; that no call has more attempts than allowed; and
    // that a scheduled call's next try is inside a window. Returns the attempts checked.
    static int checkWindows(SimulatorServer &server, const QString &id)
    {
        const QJsonObject c = campaign(server, id);
        const Windows windows = Windows::of(c);
        const QString name = c[QStringLiteral("name")].toString();
        const QJsonArray rows = allRows(server, id);
        if (!windows.zone.isValid() || windows.list.isEmpty()) {
            // No configuration: only a campaign that never called may lack one.
            for (const QJsonValue &row : rows) {
                if (!attemptsOf(row).isEmpty()) {
                    QTest::qFail(qPrintable(name + QStringLiteral(": no zone or windows")),
                                 __FILE__, __LINE__);
                    return -1;
                }
            }
            return 0;
        }
        int checked = 0;
        for (const QJsonValue &row : rows) {
            const QJsonArray attempts = attemptsOf(row); // most recent first
            if (attempts.size() > windows.maxAttempts) {
                QTest::qFail(qPrintable(name + QStringLiteral(": too many attempts")), __FILE__,
                             __LINE__);
                return -1;
            }
            for (qsizetype k = 0; k < attempts.size(); ++k) {
                const QDateTime started = timeOf(attempts[k][QStringLiteral("started_at")]);
                const int window = windows.windowAt(started);
                if (window < 0) {
                    QTest::qFail(qPrintable(name + QStringLiteral(": an attempt started at ") +
                                            started.toTimeZone(windows.zone).toString() +
                                            QStringLiteral(", outside the windows")),
                                 __FILE__, __LINE__);
                    return -1;
                }
                if (k + 1 < attempts.size()) {
                    const QDateTime before = timeOf(attempts[k + 1][QStringLiteral("started_at")]);
                    const QDateTime beforeEnded =
                        timeOf(attempts[k + 1][QStringLiteral("ended_at")]);
                    const qint64 delay = windows.list[windows.windowAt(before)].retryDelaySeconds;
                    if (beforeEnded.secsTo(started) < delay) {
                        QTest::qFail(qPrintable(name + QStringLiteral(": a retry came early")),
                                     __FILE__, __LINE__);
                        return -1;
                    }
                }
                ++checked;
            }
            const QJsonValue next = row[QStringLiteral("call")][QStringLiteral("next_call_at")];
            if (next.isString() && windows.windowAt(timeOf(next)) < 0) {
                QTest::qFail(qPrintable(name + QStringLiteral(": next_call_at outside windows")),
                             __FILE__, __LINE__);
                return -1;
            }
        }
        return checked;
    }

    // The running campaign a demo shows: the smallest with at least 50 rows.
    static QString demoCampaign(const SimulatorServer &server)
    {
        QString id;
        qint64 rows = std::numeric_limits<qint64>::max();
        for (const auto &c : server.campaigns()) {
            if (c.status == QLatin1String("running") && !c.isCancelled && c.rowCount >= 50 &&
                c.rowCount < rows) {
                id = c.id;
                rows = c.rowCount;
            }
        }
        return id;
    }

private slots:
    void initTestCase()
    {
        SimulatorOptions options;
        options.seed = 7;
        options.speed = 0;
        options.rowsScale = 0.05;
        options.startTime = kStart;
        QVERIFY(m_server.start(options));
    }

    void everyOutputTypeAppears()
    {
        const QSet<QString> allTypes{"string", "number", "boolean", "enum", "date", "datetime"};
        QSet<QString> configured, seen;
        bool unconfiguredKey = false;
        int missingOptional = 0, humanOutputs = 0;
        double numberMin = 1e18, numberMax = -1e18;
        QString spreadField;
        double longInterested = 0, shortInterested = 0;
        int longCalls = 0, shortCalls = 0;
        for (const auto &info : m_server.campaigns()) {
            const QJsonObject c = campaign(m_server, info.id);
            QHash<QString, QJsonObject> fields;
            for (const QJsonValue &f :
                 c[QStringLiteral("assistant")][QStringLiteral("structured_output_config")]
                     .toArray()) {
                fields.insert(f[QStringLiteral("name")].toString(), f.toObject());
                configured.insert(f[QStringLiteral("type")].toString());
            }
            QHash<QString, std::pair<double, double>> numberRanges;
            for (const QJsonValue &row : allRows(m_server, info.id)) {
                for (const QJsonValue &a : attemptsOf(row)) {
                    const QJsonValue output = a[QStringLiteral("structured_output")];
                    if (!output.isObject())
                        continue;
                    // Only on attempts that ended: a person or (sparsely) a voicemail.
                    QVERIFY(a[QStringLiteral("ended_at")].isString());
                    const QString result = a[QStringLiteral("result")].toString();
                    QVERIFY2(result == QLatin1String("human") ||
                                 result == QLatin1String("voicemail"),
                             qPrintable(result));
                    const QJsonObject o = output.toObject();
                    if (result == QLatin1String("human")) {
                        ++humanOutputs;
                        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
                            if (!o.contains(it.key()) &&
                                !it.value()[QStringLiteral("required")].toBool())
                                ++missingOptional;
                        }
                    }
                    for (auto it = o.begin(); it != o.end(); ++it) {
                        if (!fields.contains(it.key())) {
                            unconfiguredKey = true;
                            continue;
                        }
                        const QJsonObject f = fields.value(it.key());
                        const QString type = f[QStringLiteral("type")].toString();
                        const QJsonValue v = it.value();
                        const QString where = info.name + QLatin1Char('.') + it.key();
                        if (type == QLatin1String("number")) {
                            QVERIFY2(v.isDouble(), qPrintable(where));
                            auto &range = numberRanges[it.key()];
                            if (range.first == 0 && range.second == 0)
                                range = {v.toDouble(), v.toDouble()};
                            range.first = std::min(range.first, v.toDouble());
                            range.second = std::max(range.second, v.toDouble());
                        } else if (type == QLatin1String("boolean")) {
                            QVERIFY2(v.isBool(), qPrintable(where));
                        } else if (type == QLatin1String("enum")) {
                            QVERIFY2(f[QStringLiteral("enum_options")].toArray().contains(v),
                                     qPrintable(where));
                        } else if (type == QLatin1String("date")) {
                            QVERIFY2(QDate::fromString(v.toString(), Qt::ISODate).isValid(),
                                     qPrintable(where));
                        } else if (type == QLatin1String("datetime")) {
                            QVERIFY2(timeOf(v).isValid(), qPrintable(where));
                        } else {
                            QVERIFY2(v.isString() && !v.toString().isEmpty(), qPrintable(where));
                        }
                        seen.insert(type);
                    }
                    // A person who said yes talked longer.
                    if (result == QLatin1String("human") &&
                        o.value(QStringLiteral("interested")).isBool()) {
                        const qint64 secs = timeOf(a[QStringLiteral("answered_at")])
                                                .secsTo(timeOf(a[QStringLiteral("ended_at")]));
                        const bool yes = o.value(QStringLiteral("interested")).toBool();
                        (secs >= 90 ? longInterested : shortInterested) += yes ? 1 : 0;
                        ++(secs >= 90 ? longCalls : shortCalls);
                    }
                }
            }
            for (auto it = numberRanges.cbegin(); it != numberRanges.cend(); ++it) {
                if (it->first > 0 && it->second / it->first >= 5) {
                    spreadField = info.name + QLatin1Char('.') + it.key();
                    numberMin = it->first;
                    numberMax = it->second;
                }
            }
        }
        QCOMPARE(configured, allTypes);
        QCOMPARE(seen, allTypes);
        QVERIFY(humanOutputs > 50);
        QVERIFY(missingOptional > 0);
        QVERIFY(unconfiguredKey);
        QVERIFY2(!spreadField.isEmpty(), "no number field spreads over a range");
        qInfo("spread: %s from %g to %g", qPrintable(spreadField), numberMin, numberMax);
        QVERIFY(longCalls > 0 && shortCalls > 0);
        QVERIFY(longInterested / longCalls > shortInterested / shortCalls);
    }

    void attemptsStartInsideCallingWindows()
    {
        QSet<QString> zones;
        bool twoWindows = false;
        int checked = 0;
        for (const auto &info : m_server.campaigns()) {
            const Windows w = Windows::of(campaign(m_server, info.id));
            if (w.zone.isValid())
                zones.insert(QString::fromLatin1(w.zone.id()));
            twoWindows = twoWindows || w.list.size() >= 2;
            const int n = checkWindows(m_server, info.id);
            QVERIFY2(n >= 0, qPrintable(info.name));
            checked += n;
        }
        QVERIFY(checked > 500);
        QVERIFY2(zones.size() >= 5, qPrintable(QStringList(zones.values()).join(u',')));
        QVERIFY(twoWindows);
        // Later, every campaign's whole history still is.
        SimulatorServer later;
        SimulatorOptions options;
        options.seed = 7;
        options.speed = 0;
        options.rowsScale = 0.05;
        options.startTime = kStart.addDays(2).addSecs(5 * 3600 + 1234);
        QVERIFY(later.start(options));
        for (const auto &info : later.campaigns())
            QVERIFY2(checkWindows(later, info.id) >= 0, qPrintable(info.name));
    }

    void rowStatsAddUpAndMatchRows()
    {
        for (int round = 0; round < 2; ++round) {
            for (const auto &info : m_server.campaigns()) {
                const QJsonObject stats =
                    campaign(m_server, info.id)[QStringLiteral("row_stats")].toObject();
                const bool newer = stats.contains(QStringLiteral("not_launched"));
                QCOMPARE(newer, stats.contains(QStringLiteral("skipped")));
                QHash<QString, qint64> counted;
                for (const QJsonValue &row : allRows(m_server, info.id))
                    ++counted[SimHttp::rowStatsBucket(row[QStringLiteral("call")],
                                                      newer && info.isCancelled)];
                qint64 sum = 0;
                for (const char *bucket : {"calling", "completed", "failed", "pending", "retry",
                                           "not_launched", "skipped"}) {
                    const qint64 value = stats[QLatin1String(bucket)].toInteger();
                    sum += value;
                    QVERIFY2(value == counted.value(QLatin1String(bucket)),
                             qPrintable(info.name + QStringLiteral(": ") + QLatin1String(bucket)));
                }
                QCOMPARE(sum, stats[QStringLiteral("total")].toInteger());
                QCOMPARE(sum, info.rowCount);
            }
            m_server.advanceSeconds(3 * 3600 + 17);
        }
    }

    void notLaunchedAndSkippedWhereExpected()
    {
        int newer = 0, older = 0;
        bool cancelledChecked = false;
        for (const auto &info : m_server.campaigns()) {
            const QJsonObject stats =
                campaign(m_server, info.id)[QStringLiteral("row_stats")].toObject();
            if (!stats.contains(QStringLiteral("not_launched"))) {
                ++older;
                continue;
            }
            ++newer;
            if (!info.isCancelled)
                continue;
            // The cancelled campaign: undialled call orders are not_launched, rows never
            // called are skipped, calls waiting for a retry were cancelled.
            QVERIFY(stats[QStringLiteral("not_launched")].toInteger() > 0);
            QVERIFY(stats[QStringLiteral("skipped")].toInteger() > 0);
            QCOMPARE(stats[QStringLiteral("pending")].toInteger(), 0);
            QSet<QString> statuses;
            for (const QJsonValue &row : allRows(m_server, info.id)) {
                const QJsonValue call = row[QStringLiteral("call")];
                if (call.isObject())
                    statuses.insert(call[QStringLiteral("status")].toString());
            }
            QVERIFY(statuses.contains(QStringLiteral("not_launched")));
            QVERIFY(statuses.contains(QStringLiteral("cancelled")));
            // The statuses filter finds them.
            const QJsonObject notLaunched =
                get(m_server, QStringLiteral("/campaigns/%1/rows").arg(info.id),
                    QStringLiteral("statuses=skipped&page_size=1"));
            QCOMPARE(notLaunched[QStringLiteral("total")].toInteger(),
                     stats[QStringLiteral("skipped")].toInteger());
            cancelledChecked = true;
        }
        QVERIFY(cancelledChecked);
        QVERIFY(newer > 0);
        QVERIFY(older > 0);
    }

    void funnelStatsWhereExpected()
    {
        int with = 0, without = 0;
        for (const auto &info : m_server.campaigns()) {
            const QJsonObject c = campaign(m_server, info.id);
            const QJsonValue funnel = c[QStringLiteral("funnel_stats")];
            if (funnel.isUndefined()) {
                ++without;
                continue;
            }
            ++with;
            QVERIFY(funnel.isObject());
            const QJsonObject f = funnel.toObject();
            const QStringList steps{"contacts",      "dialled",    "connected",
                                    "reached_human", "interested", "converted"};
            QCOMPARE(f.keys().size(), steps.size());
            qint64 previous = std::numeric_limits<qint64>::max();
            for (const QString &step : steps) {
                QVERIFY2(f[step].isDouble(), qPrintable(step));
                QVERIFY2(f[step].toInteger() <= previous, qPrintable(info.name + u' ' + step));
                previous = f[step].toInteger();
            }
            QCOMPARE(f[QStringLiteral("contacts")].toInteger(), info.rowCount);
            qint64 dialled = 0, connected = 0, human = 0;
            for (const QJsonValue &row : allRows(m_server, info.id)) {
                const QJsonArray attempts = attemptsOf(row);
                dialled += attempts.isEmpty() ? 0 : 1;
                bool answered = false, person = false;
                for (const QJsonValue &a : attempts) {
                    answered = answered || a[QStringLiteral("result")].isString();
                    person = person || a[QStringLiteral("result")] == QStringLiteral("human");
                }
                connected += answered ? 1 : 0;
                human += person ? 1 : 0;
            }
            QCOMPARE(f[QStringLiteral("dialled")].toInteger(), dialled);
            QCOMPARE(f[QStringLiteral("connected")].toInteger(), connected);
            QCOMPARE(f[QStringLiteral("reached_human")].toInteger(), human);
            QVERIFY(human > 0);
        }
        QVERIFY(with > 0);
        QVERIFY(without > 0);
    }

    void demoCampaignMovesAtEveryHour()
    {
        // Several simulated hours of the day, on different weekdays.
        for (int i = 0; i < 8; ++i) {
            SimulatorServer server;
            SimulatorOptions options;
            options.seed = 5;
            options.speed = 0;
            options.rowsScale = 0.1;
            options.startTime = kStart.addDays(i).addSecs(qint64(i) * 3 * 3600 + 7 * 60);
            QVERIFY(server.start(options));
            const QString id = demoCampaign(server);
            QVERIFY(!id.isEmpty());
            const QJsonArray before = allRows(server, id);
            server.advanceSeconds(600);
            const QJsonArray after = allRows(server, id);
            QCOMPARE(after.size(), before.size());
            int changed = 0;
            for (qsizetype r = 0; r < before.size(); ++r)
                changed += before[r] != after[r] ? 1 : 0;
            QVERIFY2(changed > 0, qPrintable(options.startTime.toString(Qt::ISODate)));
            QVERIFY(checkWindows(server, id) >= 0);
        }
    }

    void closedWindowsPlaceNoCalls()
    {
        // 03:00 in Chicago: the Chicago campaign is running but its window is closed. Nothing
        // is in progress and nothing starts until it opens.
        SimulatorServer server;
        SimulatorOptions options;
        options.seed = 7;
        options.speed = 0;
        options.rowsScale = 0.05;
        options.startTime = kStart;
        QVERIFY(server.start(options));
        int closed = 0;
        for (const auto &info : server.campaigns()) {
            const QJsonObject c = campaign(server, info.id);
            const Windows w = Windows::of(c);
            if (c[QStringLiteral("status")] != QStringLiteral("running") ||
                w.windowAt(server.simulatedNow()) >= 0)
                continue;
            ++closed;
            QCOMPARE(c[QStringLiteral("row_stats")][QStringLiteral("calling")].toInteger(), 0);
            QVERIFY(c[QStringLiteral("row_stats")][QStringLiteral("retry")].toInteger() > 0);
            auto attempts = [&] {
                qint64 n = 0;
                for (const QJsonValue &row : allRows(server, info.id))
                    n += attemptsOf(row).size();
                return n;
            };
            const qint64 before = attempts();
            server.advanceSeconds(1800);
            QVERIFY(w.windowAt(server.simulatedNow()) < 0);
            QCOMPARE(attempts(), before);
        }
        QVERIFY(closed > 0);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorInsights)
#include "tst_simulatorinsights.moc"
