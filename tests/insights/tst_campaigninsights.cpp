#include "CallTiming.h"
#include "CallingSchedule.h"
#include "CampaignEta.h"
#include "CampaignFunnel.h"
#include "CampaignSummary.h"
#include "InsightRows.h"

#include <QtTest>

using namespace revox;
using namespace revox::testing;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

Campaign campaignWith(const QString &zone, const QList<CallingWindow> &windows,
                      const QString &status = QStringLiteral("running"))
{
    Campaign c;
    c.id = QStringLiteral("c1");
    c.status = ApiEnum<CampaignStatus>::fromText(status);
    CallRetryConfig config;
    config.timezone = zone;
    config.callingWindows = windows;
    config.maxRetryAttempts = 2;
    c.callRetryConfig = config;
    return c;
}

RowStats stats(qint64 total, qint64 done, qint64 calling = 0)
{
    RowStats s;
    s.total = total;
    s.completed = done;
    s.calling = calling;
    s.pending = total - done - calling;
    return s;
}

} // namespace

// The figures over a campaign's rows: calling schedules, the funnel, call timing, the
// finish estimate and the per-campaign summary.
class TestCampaignInsights : public QObject
{
    Q_OBJECT
private slots:
    void windowTimesParseInEveryWrittenForm()
    {
        QCOMPARE(CallingWindow::parseTime(QStringLiteral("09:00")), QTime(9, 0));
        QCOMPARE(CallingWindow::parseTime(QStringLiteral("9:30")), QTime(9, 30));
        QCOMPARE(CallingWindow::parseTime(QStringLiteral("10am")), QTime(10, 0));
        QCOMPARE(CallingWindow::parseTime(QStringLiteral("6pm")), QTime(18, 0));
        QCOMPARE(CallingWindow::parseTime(QStringLiteral("6:30 PM")), QTime(18, 30));
        QCOMPARE(CallingWindow::parseTime(QStringLiteral("12am")), QTime(0, 0));
        QCOMPARE(CallingWindow::parseTime(QStringLiteral("12pm")), QTime(12, 0));
        QCOMPARE(CallingWindow::parseTime(QStringLiteral("18h30")), QTime(18, 30));
        QVERIFY(!CallingWindow::parseTime(QStringLiteral("25:00")));
        QVERIFY(!CallingWindow::parseTime(QStringLiteral("13pm")));
        QVERIFY(!CallingWindow::parseTime(QStringLiteral("soon")));
        QVERIFY(!CallingWindow::parseTime(QStringLiteral("9")));
    }

    void scheduleFollowsTheCampaignsZone()
    {
        // 10am-6pm in Chicago (UTC-6 in winter) is 16:00-24:00 UTC.
        const Campaign c = campaignWith(QStringLiteral("America/Chicago"),
                                        {{QStringLiteral("10am"), QStringLiteral("6pm"), 900}});
        const CallingSchedule s = CallingSchedule::forCampaign(c, QTimeZone::utc());
        QVERIFY(s.zoneFromConfig());
        QVERIFY(!s.isOpenAt(utc("2026-11-30T15:59:00Z")));
        QVERIFY(s.isOpenAt(utc("2026-11-30T16:00:00Z")));
        QVERIFY(s.isOpenAt(utc("2026-11-30T23:59:00Z")));
        QVERIFY(!s.isOpenAt(utc("2026-12-01T00:00:00Z")));
        QCOMPARE(s.nextOpening(utc("2026-12-01T03:00:00Z")), utc("2026-12-01T16:00:00Z"));
        QCOMPARE(s.openSecondsBetween(utc("2026-11-30T12:00:00Z"), utc("2026-12-01T18:00:00Z")),
                 qint64(8 + 2) * 3600);
        // Four hours of calling from 22:00 UTC: two today, two from tomorrow's opening.
        QCOMPARE(s.addOpenSeconds(utc("2026-11-30T22:00:00Z"), 4 * 3600),
                 utc("2026-12-01T18:00:00Z"));
        // Two windows a day, and the API's defaults without a config.
        const Campaign two = campaignWith(QStringLiteral("Europe/Paris"),
                                          {{QStringLiteral("09:00"), QStringLiteral("12:00"), 60},
                                           {QStringLiteral("14:00"), QStringLiteral("18:00"), 60}});
        const CallingSchedule s2 = CallingSchedule::forCampaign(two);
        QCOMPARE(s2.windows().size(), 2);
        QVERIFY(!s2.isOpenAt(utc("2026-11-30T12:30:00Z"))); // 13:30 in Paris: lunch
        QCOMPARE(s2.nextOpening(utc("2026-11-30T12:30:00Z")), utc("2026-11-30T13:00:00Z"));
        Campaign bare;
        const CallingSchedule defaults = CallingSchedule::forCampaign(bare, QTimeZone::utc());
        QVERIFY(!defaults.zoneFromConfig());
        QCOMPARE(defaults.windows().size(), 1);
        QCOMPARE(defaults.windows().first().start, QTime(10, 0));
        // Windows that cannot be read leave the calls unrestricted (said as "any time").
        const Campaign unreadable =
            campaignWith(QString(), {{QStringLiteral("later"), QStringLiteral("?"), 60}});
        QVERIFY(CallingSchedule::forCampaign(unreadable).isAlwaysOpen());
    }

    void funnelStepsAreNested()
    {
        const QString t = QStringLiteral("2026-11-20T09:00:00Z");
        QList<Row> rows;
        rows << insightRow(0, {{QString(), t}, {QStringLiteral("human"), t}}, {{"ok", true}});
        rows << insightRow(1, {{QStringLiteral("human"), t}}, {{"ok", false}});
        rows << insightRow(2, {{QStringLiteral("voicemail"), t}}, {{"ok", true}});
        rows << insightRow(3, {{QString(), t}});
        rows << insightRow(4, {}, {}, QStringLiteral("scheduled"));
        OutputCondition ok;
        ok.field = QStringLiteral("ok");
        ok.text = QStringLiteral("true");
        const CampaignFunnel f = CampaignFunnel::compute(rows, ok);
        QCOMPARE(f.rows, 5);
        QCOMPARE(f.called, 4);
        QCOMPARE(f.answered, 3);
        QCOMPARE(f.human, 2);
        QCOMPARE(f.success, std::optional<qint64>(1)); // the voicemail's "ok" does not count
        QCOMPARE(CampaignFunnel::rate(f.human, f.called), std::optional<double>(0.5));
        QVERIFY(!CampaignFunnel::rate(1, 0));
        QVERIFY(!CampaignFunnel::compute(rows).success);
    }

    void timingIsReadInTheCampaignsZone()
    {
        QList<Row> rows;
        // 15:00 UTC is 09:00 in Chicago, on a Monday (2026-11-30).
        rows << insightRow(0, {{QString(), "2026-11-30T15:00:00Z", 0},
                               {QStringLiteral("human"), "2026-12-01T15:10:00Z", 45}});
        rows << insightRow(1, {{QStringLiteral("voicemail"), "2026-11-30T15:20:00Z", 20},
                               {QString(), "2026-12-01T16:00:00Z", 0},
                               {QStringLiteral("human"), "2026-12-02T16:30:00Z", 400}});
        rows << insightRow(2, {{QStringLiteral("IVR"), "2026-11-30T22:00:00Z", 90}});
        const CallTiming t = CallTiming::compute(rows, QTimeZone("America/Chicago"));
        QCOMPARE(t.attempts, 6);
        QCOMPARE(t.byHour[9].attempts, 3);
        QCOMPARE(t.byHour[9].answered, 2);
        QCOMPARE(t.byHour[9].human, 1);
        QCOMPARE(t.byHour[10].attempts, 2);
        QCOMPARE(t.byHour[16].attempts, 1);   // 22:00 UTC
        QCOMPARE(t.byWeekday[0].attempts, 3); // Monday
        QCOMPARE(t.byWeekday[1].attempts, 2);
        QCOMPARE(t.byWeekday[2].human, 1);
        QCOMPARE(t.attemptsToReach, (std::array<int, 4>{0, 1, 1, 0}));
        QCOMPARE(t.calledNeverReached, 1);
        QCOMPARE(t.durations, (std::array<int, 5>{1, 1, 1, 0, 1})); // 20, 45, 90, 400 s
    }

    void etaStatesFollowTheCampaign()
    {
        const CampaignEta::Capacity none;
        const QDateTime now = utc("2026-11-30T18:00:00Z");
        Campaign done = campaignWith(QString(), {}, QStringLiteral("completed"));
        QCOMPARE(CampaignEta::estimate(done, {}, none, now).state, CampaignEta::State::Finished);
        Campaign draft = campaignWith(QString(), {}, QStringLiteral("draft"));
        QCOMPARE(CampaignEta::estimate(draft, {}, none, now).state, CampaignEta::State::NotStarted);
        Campaign paused = campaignWith(QString(), {}, QStringLiteral("paused"));
        paused.rowStats = stats(100, 40);
        const CampaignEta p = CampaignEta::estimate(paused, {}, none, now);
        QCOMPARE(p.state, CampaignEta::State::Paused);
        QCOMPARE(p.remaining, 60);
        Campaign cancelled = campaignWith(QString(), {}, QStringLiteral("completed"));
        cancelled.isCancelled = true;
        QCOMPARE(CampaignEta::estimate(cancelled, {}, none, now).state,
                 CampaignEta::State::Cancelled);
        Campaign running = campaignWith(QString(), {});
        QCOMPARE(CampaignEta::estimate(running, {}, none, now).state, CampaignEta::State::NoCounts);
        running.rowStats = stats(100, 40);
        QCOMPARE(CampaignEta::estimate(running, {}, none, now).state,
                 CampaignEta::State::Estimating);
    }

    void etaFromTheMeasuredPaceAndTheWindows()
    {
        // Chicago 10am-6pm = 16:00-24:00 UTC. 60 rows finished in the last 30 min: 120/h.
        Campaign c = campaignWith(QStringLiteral("America/Chicago"),
                                  {{QStringLiteral("10am"), QStringLiteral("6pm"), 900}});
        c.rowStats = stats(1000, 700, 10);
        const QList<CampaignEta::Sample> history{
            {utc("2026-11-30T17:00:00Z"), stats(1000, 600)}, // older than an hour: unused
            {utc("2026-11-30T19:30:00Z"), stats(1000, 640)},
            {utc("2026-11-30T20:00:00Z"), stats(1000, 700, 10)}};
        const CampaignEta eta = CampaignEta::estimate(c, history, {}, utc("2026-11-30T20:00:00Z"));
        QCOMPARE(eta.state, CampaignEta::State::Running);
        QCOMPARE(eta.remaining, 300);
        QCOMPARE(eta.rowsPerHour, 120.0);
        QVERIFY(!eta.paceFromConcurrency);
        // 2.5 h of calling: 4 h are left today, so it finishes at 22:30 UTC.
        QCOMPARE(eta.finishAt, utc("2026-11-30T22:30:00Z"));

        // The same pace measured at night, outside the window: it waits for the opening.
        const QList<CampaignEta::Sample> evening{{utc("2026-11-30T23:00:00Z"), stats(1000, 580)},
                                                 {utc("2026-11-30T23:59:00Z"), stats(1000, 698)},
                                                 {utc("2026-12-01T00:30:00Z"), stats(1000, 700)}};
        const CampaignEta night =
            CampaignEta::estimate(c, evening, {}, utc("2026-12-01T00:30:00Z"));
        QCOMPARE(night.state, CampaignEta::State::OutsideHours);
        QCOMPARE(night.opensAt, utc("2026-12-01T16:00:00Z"));
        QCOMPARE(night.rowsPerHour, 120.0); // 120 rows over the last open hour
        QCOMPARE(night.finishAt, utc("2026-12-01T18:30:00Z"));
    }

    void etaFromConcurrencyWhenNothingWasMeasured()
    {
        Campaign c = campaignWith(QString(), {});
        c.callRetryConfig->callingWindows.clear(); // any time
        c.maxConcurrentCalls = 10;
        c.rowStats = stats(1000, 100);
        CampaignEta::Capacity capacity;
        capacity.secondsPerAttempt = 90;
        capacity.attemptsPerRow = 2;
        // 10 lines, 90 s a call, 2 calls a row: 200 rows an hour; 900 left: 4.5 h.
        const QDateTime now = utc("2026-11-30T10:00:00Z");
        const CampaignEta eta = CampaignEta::estimate(c, {}, capacity, now);
        QCOMPARE(eta.state, CampaignEta::State::Running);
        QVERIFY(eta.paceFromConcurrency);
        QCOMPARE(eta.rowsPerHour, 200.0);
        QCOMPARE(eta.finishAt, utc("2026-11-30T14:30:00Z"));
        // The capacity read from rows: mean attempt length and attempts per called row.
        QList<Row> rows;
        rows << insightRow(0, {{QString(), "2026-11-30T09:00:00Z", 30},
                               {QStringLiteral("human"), "2026-11-30T10:00:00Z", 90}});
        rows << insightRow(1, {{QStringLiteral("human"), "2026-11-30T09:00:00Z", 60}});
        rows << insightRow(2, {}, {}, QStringLiteral("scheduled"));
        const CampaignEta::Capacity read = CampaignEta::Capacity::fromRows(rows);
        QCOMPARE(read.secondsPerAttempt, 60.0);
        QCOMPARE(read.attemptsPerRow, 1.5);
    }

    void summaryRoundTripsAndRefusesDamage()
    {
        QList<Row> rows;
        rows << insightRow(0, {{QStringLiteral("human"), "2026-11-30T09:00:00Z", 30}},
                           {{"ok", true}});
        rows << insightRow(1, {{QStringLiteral("human"), "2026-11-30T09:10:00Z", 90}});
        rows << insightRow(2, {{QStringLiteral("voicemail"), "2026-11-30T09:20:00Z", 50}});
        StructuredOutputField ok;
        ok.name = QStringLiteral("ok");
        ok.type = ApiEnum<OutputFieldType>::fromText(QStringLiteral("boolean"));
        const std::optional<OutputCondition> success = defaultSuccessCondition({ok});
        QVERIFY(success);
        const CampaignSummary s = CampaignSummary::compute(QStringLiteral("c1"), rows, success,
                                                           utc("2026-11-30T10:00:00Z"));
        QCOMPARE(s.funnel.human, 2);
        QCOMPARE(s.funnel.success, std::optional<qint64>(1));
        QCOMPARE(s.medianDurationSecs, std::optional<qint64>(50));
        QCOMPARE(s.lastActivity, utc("2026-11-30T09:20:50Z"));
        QCOMPARE(CampaignSummary::fromJson(s.toJson()), std::optional<CampaignSummary>(s));
        QJsonObject damaged = s.toJson();
        damaged.insert(QStringLiteral("human"), QStringLiteral("two"));
        QVERIFY(!CampaignSummary::fromJson(damaged));
        QVERIFY(!CampaignSummary::fromJson({}));
        QVERIFY(!defaultSuccessCondition({}));
    }
};

QTEST_APPLESS_MAIN(TestCampaignInsights)
#include "tst_campaigninsights.moc"
