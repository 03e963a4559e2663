#include "CampaignStore.h"
#include "CampaignsOverviewModel.h"
#include "DisplayText.h"
#include "ModelSpies.h"
#include "RawValueSortProxy.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace revox;

using Col = CampaignsOverviewModel::Column;

// The all-campaigns model: one row per listed campaign, live; row_stats figures at once,
// row figures from summaries (empty, with a note, until there is one), sorting with empty
// values last, and the CSV cells.
class TestCampaignsOverviewModel : public QObject
{
    Q_OBJECT
private slots:
    void followsTheCampaignList();
    void rowStatsFigures();
    void figuresWaitForASummary();
    void summaryFigures();
    void summaryOlderThanTheCampaign();
    void serverFunnelAndWhereFiguresComeFrom();
    void mergeKeepsTheNewer();
    void clearKeepsTheOpenCampaign();
    void sortsWithEmptyValuesLast();
    void exportCells();
};

static Campaign makeCampaign(const QString &id, qint64 total, qint64 completed,
                             const char *updated = "2026-11-20T09:00:00Z")
{
    Campaign c;
    c.id = id;
    c.name = QStringLiteral("Campaign ") + id;
    c.status = ApiEnum<CampaignStatus>::fromText(QStringLiteral("running"));
    RowStats stats;
    stats.completed = completed;
    stats.pending = total - completed;
    stats.total = total;
    c.rowStats = stats;
    c.updatedAt = Timestamp::parseIso8601(QString::fromLatin1(updated));
    return c;
}

static CampaignSummary makeSummary(const QString &id, qint64 called, qint64 answered, qint64 human,
                                   std::optional<qint64> success,
                                   const char *computed = "2026-11-20T10:00:00Z")
{
    CampaignSummary s;
    s.campaignId = id;
    s.computedAt = QDateTime::fromString(QString::fromLatin1(computed), Qt::ISODate);
    s.funnel.rows = 100;
    s.funnel.called = called;
    s.funnel.answered = answered;
    s.funnel.human = human;
    s.funnel.success = success;
    if (success) {
        OutputCondition c;
        c.field = QStringLiteral("interested");
        c.text = QStringLiteral("true");
        s.successCondition = c;
    }
    if (answered > 0)
        s.medianDurationSecs = 75;
    s.lastActivity = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    return s;
}

static QVariant cell(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.index(row, column).data(role);
}

void TestCampaignsOverviewModel::followsTheCampaignList()
{
    CampaignStore campaigns;
    CampaignsOverviewModel model(&campaigns);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ModelSpies spies(&model);
    QSignalSpy summaries(&model, &CampaignsOverviewModel::summariesChanged);

    QList<Campaign> list{makeCampaign(QStringLiteral("a"), 100, 10),
                         makeCampaign(QStringLiteral("b"), 50, 50),
                         makeCampaign(QStringLiteral("c"), 10, 0)};
    campaigns.setCampaigns(list);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(CampaignsOverviewModel::ColumnCount));
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(model.campaignsWithoutSummary(), 3);
    QVERIFY(!summaries.isEmpty());

    spies.clear();
    list[0].rowStats->completed = 60;
    list.removeAt(1);
    list.append(makeCampaign(QStringLiteral("d"), 5, 1));
    campaigns.setCampaigns(list);
    QCOMPARE(spies.removed.count(), 1);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.campaignIdAt(2), QStringLiteral("d"));
    QCOMPARE(cell(model, 0, Col::Done, RawValueRole).toDouble(), 60.0);
    // Every column of the changed row is announced.
    const QList<QVariant> changed = spies.changed.first();
    QCOMPARE(changed.at(0).toModelIndex().column(), 0);
    QCOMPARE(changed.at(1).toModelIndex().column(), int(CampaignsOverviewModel::ColumnCount) - 1);

    spies.clear();
    campaigns.setSummary(makeSummary(QStringLiteral("a"), 50, 30, 20, 5));
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(model.campaignsWithoutSummary(), 2);
    spies.clear();
    campaigns.setSummary(makeSummary(QStringLiteral("a"), 50, 30, 20, 5)); // the same again
    QCOMPARE(spies.total(), 0);

    // A summary for a campaign not listed yet waits for it.
    campaigns.setSummary(makeSummary(QStringLiteral("e"), 1, 1, 1, std::nullopt));
    QCOMPARE(model.campaignsWithoutSummary(), 2);
    list.append(makeCampaign(QStringLiteral("e"), 1, 1));
    campaigns.setCampaigns(list);
    QCOMPARE(model.campaignsWithoutSummary(), 2);
    QCOMPARE(cell(model, 3, Col::AnswerRate).toString(), QStringLiteral("100%"));

    campaigns.setCampaigns({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.campaignsWithoutSummary(), 0);
}

void TestCampaignsOverviewModel::rowStatsFigures()
{
    CampaignStore campaigns;
    CampaignsOverviewModel model(&campaigns);
    Campaign noStats = makeCampaign(QStringLiteral("b"), 1, 0);
    noStats.rowStats.reset();
    campaigns.setCampaigns({makeCampaign(QStringLiteral("a"), 1200, 300), noStats});
    QCOMPARE(cell(model, 0, Col::Name).toString(), QStringLiteral("Campaign a"));
    QCOMPARE(cell(model, 0, Col::Name, RowIdRole).toString(), QStringLiteral("a"));
    QCOMPARE(cell(model, 0, Col::Status).toString(), QStringLiteral("Running"));
    QCOMPARE(cell(model, 0, Col::Rows, RawValueRole).toLongLong(), 1200);
    QCOMPARE(cell(model, 0, Col::Done).toString(), QStringLiteral("25%"));
    QCOMPARE(cell(model, 0, Col::Done, RawValueRole).toDouble(), 25.0);
    QVERIFY(!cell(model, 1, Col::Rows, RawValueRole).isValid());
    QVERIFY(!cell(model, 1, Col::Rows, Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(cell(model, 0, Col::Status, Qt::DecorationRole).value<QColor>().isValid());
    QVERIFY(cell(model, 0, Col::Name, Qt::AccessibleTextRole)
                .toString()
                .startsWith(QStringLiteral("Campaign a, Running, 1200 row")));
}

void TestCampaignsOverviewModel::figuresWaitForASummary()
{
    CampaignStore campaigns;
    CampaignsOverviewModel model(&campaigns);
    campaigns.setCampaigns({makeCampaign(QStringLiteral("a"), 100, 10)});
    for (int column : {Col::AnswerRate, Col::HumanRate, Col::SuccessRate, Col::MedianDuration}) {
        QVERIFY(CampaignsOverviewModel::needsRows(column));
        QVERIFY(!cell(model, 0, column).isValid());
        QVERIFY(!cell(model, 0, column, RawValueRole).isValid());
        QCOMPARE(cell(model, 0, column, Qt::ToolTipRole).toString(),
                 QStringLiteral("Not worked out yet: this figure shows once the campaign's "
                                "rows have been downloaded in the background or it has been "
                                "opened."));
    }
    QVERIFY(!CampaignsOverviewModel::needsRows(Col::Rows));
    // The last activity falls back on the campaign's update, marked as such.
    QVERIFY(cell(model, 0, Col::LastActivity).toString().startsWith(QStringLiteral("Updated ")));
    // To the minute, in the locale's way: no seconds.
    const QDateTime updated = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC).toLocalTime();
    QCOMPARE(cell(model, 0, Col::LastActivity).toString(),
             QStringLiteral("Updated %1 %2")
                 .arg(QLocale().toString(updated.date(), QLocale::ShortFormat),
                      QLocale().toString(updated.time(), DisplayText::minuteFormat())));
    QVERIFY(!cell(model, 0, Col::LastActivity)
                 .toString()
                 .contains(QRegularExpression(QStringLiteral("\\d:\\d\\d:\\d\\d"))));
    QCOMPARE(cell(model, 0, Col::LastActivity, RawValueRole).toLongLong(),
             QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
    QVERIFY(cell(model, 0, Col::LastActivity, Qt::FontRole).value<QFont>().italic());
    QVERIFY(model.headerData(Col::AnswerRate, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("this computer's copy, rows downloaded in the "
                                         "background, or the server's funnel figures")));
}

void TestCampaignsOverviewModel::summaryFigures()
{
    CampaignStore campaigns;
    CampaignsOverviewModel model(&campaigns);
    model.setConditionText(
        [](const OutputCondition &c) { return c.field + QStringLiteral(": yes"); });
    campaigns.setCampaigns(
        {makeCampaign(QStringLiteral("a"), 100, 10), makeCampaign(QStringLiteral("b"), 100, 10)});
    campaigns.setSummary(makeSummary(QStringLiteral("a"), 80, 60, 40, 10));
    campaigns.setSummary(makeSummary(QStringLiteral("b"), 0, 0, 0, std::nullopt));
    QCOMPARE(cell(model, 0, Col::AnswerRate).toString(), QStringLiteral("75%"));
    QCOMPARE(cell(model, 0, Col::AnswerRate, RawValueRole).toDouble(), 75.0);
    QCOMPARE(cell(model, 0, Col::AnswerRate, Qt::ToolTipRole).toString(),
             QStringLiteral("60 of 80 rows called\nFrom this computer's copy of the campaign's "
                            "rows."));
    QCOMPARE(cell(model, 0, Col::HumanRate).toString(), QStringLiteral("50%"));
    QCOMPARE(cell(model, 0, Col::SuccessRate).toString(), QStringLiteral("25%"));
    QVERIFY(cell(model, 0, Col::SuccessRate, Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Success: interested: yes.")));
    QCOMPARE(cell(model, 0, Col::MedianDuration).toString(), QStringLiteral("1:15"));
    QCOMPARE(cell(model, 0, Col::MedianDuration, RawValueRole).toLongLong(), 75);
    QVERIFY(!cell(model, 0, Col::LastActivity).toString().startsWith(QStringLiteral("Updated")));
    QVERIFY(!cell(model, 0, Col::LastActivity, Qt::FontRole).isValid());
    // The one condition every summary shares is in the header's tooltip.
    QVERIFY(model.headerData(Col::SuccessRate, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Success: interested: yes.")));

    // Nothing called yet: no rate, and the tooltip says why.
    QVERIFY(!cell(model, 1, Col::AnswerRate, RawValueRole).isValid());
    QCOMPARE(cell(model, 1, Col::AnswerRate).toString(), QStringLiteral("—"));
    QCOMPARE(cell(model, 1, Col::MedianDuration).toString(), QStringLiteral("—"));
    QCOMPARE(cell(model, 1, Col::AnswerRate, Qt::ToolTipRole).toString(),
             QStringLiteral("No row has been called yet.\nFrom this computer's copy of the "
                            "campaign's rows."));
    QVERIFY(cell(model, 1, Col::SuccessRate, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("no yes/no field")));
    QCOMPARE(model.campaignsWithoutSummary(), 0);
}

void TestCampaignsOverviewModel::serverFunnelAndWhereFiguresComeFrom()
{
    CampaignStore campaigns;
    CampaignsOverviewModel model(&campaigns);
    Campaign server = makeCampaign(QStringLiteral("a"), 300, 10);
    server.funnelStats = QJsonObject{{QStringLiteral("contacts"), 300},
                                     {QStringLiteral("dialled"), 200},
                                     {QStringLiteral("connected"), 150},
                                     {QStringLiteral("reached_human"), 50},
                                     {QStringLiteral("converted"), 5}};
    // Counts that do not narrow like a funnel are not the same thing: not read.
    Campaign odd = makeCampaign(QStringLiteral("b"), 100, 10);
    odd.funnelStats = QJsonObject{{QStringLiteral("dialled"), 20},
                                  {QStringLiteral("connected"), 40},
                                  {QStringLiteral("reached_human"), 50}};
    Campaign nested = makeCampaign(QStringLiteral("c"), 100, 10);
    nested.funnelStats =
        QJsonObject{{QStringLiteral("funnel"), QJsonObject{{QStringLiteral("called"), 40},
                                                           {QStringLiteral("answered"), 10}}}};
    campaigns.setCampaigns({server, odd, nested});

    // No summary at all: the server's counts still give the answer and person rates.
    QCOMPARE(cell(model, 0, Col::AnswerRate, RawValueRole).toDouble(), 75.0);
    QCOMPARE(cell(model, 0, Col::AnswerRate).toString(), QStringLiteral("75%"));
    QCOMPARE(cell(model, 0, Col::HumanRate, RawValueRole).toDouble(), 25.0);
    QCOMPARE(cell(model, 0, Col::AnswerRate, Qt::ToolTipRole).toString(),
             QStringLiteral("150 of 200 rows called\nFrom the server's funnel figures."));
    QCOMPARE(cell(model, 0, Col::HumanRate, Qt::ToolTipRole).toString(),
             QStringLiteral("50 of 200 rows called\nFrom the server's funnel figures."));
    QVERIFY(!cell(model, 0, Col::SuccessRate, RawValueRole).isValid()); // needs the rows
    QVERIFY(!cell(model, 1, Col::AnswerRate, RawValueRole).isValid());
    QCOMPARE(cell(model, 2, Col::AnswerRate, RawValueRole).toDouble(), 25.0);
    QVERIFY(!cell(model, 2, Col::HumanRate, RawValueRole).isValid());

    // Summaries downloaded in the background: the rest of the figures, saying so.
    CampaignSummary a = makeSummary(QStringLiteral("a"), 80, 60, 40, 10);
    a.source = CampaignSummary::Source::Background;
    campaigns.setSummary(a);
    CampaignSummary b = makeSummary(QStringLiteral("b"), 80, 60, 40, 10);
    b.source = CampaignSummary::Source::Background;
    campaigns.setSummary(b);
    QCOMPARE(cell(model, 0, Col::AnswerRate, RawValueRole).toDouble(), 75.0); // the server's
    QCOMPARE(cell(model, 0, Col::HumanRate, RawValueRole).toDouble(), 25.0);
    QCOMPARE(cell(model, 0, Col::SuccessRate, RawValueRole).toDouble(), 25.0);
    // "%n row(s)" as written: no translation gives it its plural here.
    const QString background = QStringLiteral("Worked out from 100 row(s) downloaded in the "
                                              "background.");
    QCOMPARE(cell(model, 0, Col::SuccessRate, Qt::ToolTipRole).toString(),
             QStringLiteral("Success: interested=true. 10 of 40 rows a person answered.\n") +
                 background);
    QCOMPARE(cell(model, 0, Col::MedianDuration, Qt::ToolTipRole).toString(), background);
    QCOMPARE(cell(model, 1, Col::AnswerRate, RawValueRole).toDouble(), 75.0); // the summary's
    QCOMPARE(cell(model, 1, Col::AnswerRate, Qt::ToolTipRole).toString(),
             QStringLiteral("60 of 80 rows called\n") + background);
    // A summary of this computer's copy says so.
    campaigns.setSummary(makeSummary(QStringLiteral("b"), 80, 60, 40, 10));
    QCOMPARE(cell(model, 1, Col::MedianDuration, Qt::ToolTipRole).toString(),
             QStringLiteral("From this computer's copy of the campaign's rows."));
}

void TestCampaignsOverviewModel::summaryOlderThanTheCampaign()
{
    CampaignStore campaigns;
    CampaignsOverviewModel model(&campaigns);
    model.setWhenText([](const QDateTime &t) { return t.toString(Qt::ISODate); });
    campaigns.setCampaigns({makeCampaign(QStringLiteral("a"), 100, 10, "2026-11-20T12:00:00Z")});
    campaigns.setSummary(makeSummary(QStringLiteral("a"), 80, 60, 40, 10, "2026-11-20T10:00:00Z"));
    const QString tip = cell(model, 0, Col::HumanRate, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("These figures are from 2026-11-20T10:00:00Z, before the "
                                         "campaign's latest update")),
             qPrintable(tip));
    // A summary newer than the update says nothing of its age.
    campaigns.setSummary(makeSummary(QStringLiteral("a"), 80, 60, 40, 10, "2026-11-20T13:00:00Z"));
    QVERIFY(!cell(model, 0, Col::HumanRate, Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("These figures")));
}

void TestCampaignsOverviewModel::mergeKeepsTheNewer()
{
    CampaignStore campaigns;
    CampaignsOverviewModel model(&campaigns);
    campaigns.setCampaigns({makeCampaign(QStringLiteral("a"), 100, 10)});
    campaigns.setSummary(makeSummary(QStringLiteral("a"), 80, 80, 40, 10, "2026-11-20T11:00:00Z"));
    campaigns.mergeSummaries(
        {makeSummary(QStringLiteral("a"), 80, 20, 10, 1, "2026-11-20T10:00:00Z"),
         makeSummary(QStringLiteral("x"), 1, 1, 1, 1)});
    QCOMPARE(campaigns.summaryOf(QStringLiteral("a"))->funnel.answered, 80);
    QVERIFY(campaigns.summaryOf(QStringLiteral("x")));
    campaigns.mergeSummaries(
        {makeSummary(QStringLiteral("a"), 80, 20, 10, 1, "2026-11-20T12:00:00Z")});
    QCOMPARE(campaigns.summaryOf(QStringLiteral("a"))->funnel.answered, 20);
}

void TestCampaignsOverviewModel::clearKeepsTheOpenCampaign()
{
    CampaignStore campaigns;
    CampaignsOverviewModel model(&campaigns);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    campaigns.setCampaigns(
        {makeCampaign(QStringLiteral("a"), 100, 10), makeCampaign(QStringLiteral("b"), 10, 1)});
    campaigns.setSummary(makeSummary(QStringLiteral("a"), 8, 6, 4, 1));
    campaigns.setSummary(makeSummary(QStringLiteral("b"), 8, 6, 4, 1));
    QSignalSpy summaries(&model, &CampaignsOverviewModel::summariesChanged);
    campaigns.clearSummaries({QStringLiteral("b")});
    QCOMPARE(summaries.count(), 1);
    QVERIFY(!campaigns.summaryOf(QStringLiteral("a")));
    QVERIFY(campaigns.summaryOf(QStringLiteral("b")));
    QCOMPARE(model.campaignsWithoutSummary(), 1);
    campaigns.clearSummaries();
    QCOMPARE(model.campaignsWithoutSummary(), 2);
}

void TestCampaignsOverviewModel::sortsWithEmptyValuesLast()
{
    CampaignStore campaigns;
    CampaignsOverviewModel model(&campaigns);
    RawValueSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    campaigns.setCampaigns({makeCampaign(QStringLiteral("a"), 100, 10),
                            makeCampaign(QStringLiteral("b"), 100, 10),
                            makeCampaign(QStringLiteral("c"), 100, 10)});
    campaigns.setSummary(makeSummary(QStringLiteral("a"), 100, 20, 10, 1));
    campaigns.setSummary(makeSummary(QStringLiteral("c"), 100, 90, 50, 1));
    const auto order = [&proxy] {
        QStringList ids;
        for (int i = 0; i < proxy.rowCount(); ++i)
            ids << proxy.index(i, 0).data(RowIdRole).toString();
        return ids.join(u',');
    };
    proxy.sort(Col::AnswerRate, Qt::AscendingOrder);
    QCOMPARE(order(), QStringLiteral("a,c,b"));
    proxy.sort(Col::AnswerRate, Qt::DescendingOrder);
    QCOMPARE(order(), QStringLiteral("c,a,b"));
    // Live: a summary arriving moves its campaign into place.
    campaigns.setSummary(makeSummary(QStringLiteral("b"), 100, 100, 50, 1));
    QCOMPARE(order(), QStringLiteral("b,c,a"));
    proxy.sort(Col::Name, Qt::DescendingOrder);
    QCOMPARE(order(), QStringLiteral("c,b,a"));
}

void TestCampaignsOverviewModel::exportCells()
{
    CampaignStore campaigns;
    CampaignsOverviewModel model(&campaigns);
    campaigns.setCampaigns(
        {makeCampaign(QStringLiteral("a"), 3, 1), makeCampaign(QStringLiteral("b"), 1200, 0)});
    campaigns.setSummary(makeSummary(QStringLiteral("a"), 3, 2, 1, 1));
    QCOMPARE(model.exportHeader().size(), int(CampaignsOverviewModel::ColumnCount));
    QCOMPARE(model.exportCells(0),
             (QStringList{QStringLiteral("Campaign a"), QStringLiteral("Running"),
                          QStringLiteral("3"), QStringLiteral("33.3"), QStringLiteral("66.7"),
                          QStringLiteral("33.3"), QStringLiteral("100.0"), QStringLiteral("75"),
                          QStringLiteral("2026-11-20T09:30:00.000Z"), QString()}));
    // A newer server's funnel_stats: shown and exported as they came.
    Campaign withFunnel = makeCampaign(QStringLiteral("a"), 3, 1);
    withFunnel.funnelStats =
        QJsonObject{{QStringLiteral("dialled"), 2}, {QStringLiteral("reached_human"), 1}};
    campaigns.updateCampaign(withFunnel);
    QCOMPARE(model.index(0, CampaignsOverviewModel::ServerFunnel).data().toString(),
             QStringLiteral("dialled 2 · reached_human 1"));
    QCOMPARE(model.headerData(CampaignsOverviewModel::ServerFunnel, Qt::Horizontal).toString(),
             QStringLiteral("Server's funnel"));
    QCOMPARE(model.exportCells(0).last(), QStringLiteral("{\"dialled\":2,\"reached_human\":1}"));
    // No summary: the row figures are empty, the last activity is the campaign's update.
    QCOMPARE(
        model.exportCells(1),
        (QStringList{QStringLiteral("Campaign b"), QStringLiteral("Running"),
                     QStringLiteral("1200"), QStringLiteral("0.0"), QString(), QString(), QString(),
                     QString(), QStringLiteral("2026-11-20T09:00:00.000Z"), QString()}));
    QVERIFY(model.exportCells(5).isEmpty());
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestCampaignsOverviewModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_campaignsoverviewmodel.moc"
