// Tests the funnel and call timing views offscreen: their summaries and copied figures for
// known counts, the success choice, empty campaigns, the server's funnel figures, the light
// and dark palettes, and pictures of both views at the sizes of the campaign page's tabs.
#include "BadgeColors.h"
#include "CallTimingView.h"
#include "ChartCard.h"
#include "FunnelView.h"
#include "Language.h"
#include "Theme.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QJsonObject>
#include <QScrollArea>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace revox;

namespace {

OutputCondition equals(const QString &field, const QString &text)
{
    OutputCondition c;
    c.field = field;
    c.text = text;
    return c;
}

CampaignFunnel knownFunnel(bool withSuccess)
{
    CampaignFunnel f;
    f.rows = 1200;
    f.called = 640;
    f.answered = 410;
    f.human = 250;
    if (withSuccess)
        f.success = 120;
    return f;
}

CallTiming knownTiming()
{
    CallTiming t;
    t.byHour[9] = {10, 9, 9};        // the best rates, but too few attempts to count
    t.byHour[11] = {1204, 746, 494}; // 62% answered, 41% a person
    t.byHour[14] = {500, 250, 150};  // 50%, 30%
    t.byHour[17] = {300, 90, 45};    // 30%, 15%: the fewest answers
    t.byWeekday[1] = {2014, 1095, 698};
    t.attempts = 2014;
    t.attemptsToReach = {448, 150, 70, 32};
    t.calledNeverReached = 300;
    t.durations = {90, 160, 300, 200, 50};
    return t;
}

QStringList dataLines(const ChartCard *card)
{
    return card->dataText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// A picture of a shown widget, as grab() takes it: its size and the colours painted in it.
struct Picture
{
    explicit Picture(QWidget *widget)
        : image(widget->grab().toImage().convertToFormat(QImage::Format_RGB32))
        , expectedSize(widget->size() * widget->devicePixelRatio())
    {
    }
    bool hasWidgetSize() const { return image.size() == expectedSize; }
    // How many colours it holds, counted up to limit.
    int colours(int limit = 64) const
    {
        QSet<QRgb> seen;
        for (int y = 0; y < image.height() && seen.size() < limit; y += 2) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width() && seen.size() < limit; ++x)
                seen.insert(line[x]);
        }
        return int(seen.size());
    }
    // Pixels painted exactly in colour (a bar's inside is; its edges are blended).
    int pixelsOf(const QColor &colour) const
    {
        const QRgb wanted = colour.rgb();
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x)
                n += line[x] == wanted ? 1 : 0;
        }
        return n;
    }
    QImage image;
    QSize expectedSize;
};

} // namespace

// The tests of FunnelView and CallTimingView.
class InsightViewsTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void funnelSummaryAndData();
    void funnelWithoutSuccessCondition();
    void funnelComboEmitsCondition();
    void funnelWithoutRowsSaysSo();
    void serverFunnelShowsAndHides();
    void timingSummariesAndData();
    void timingTitlesNameTheZone();
    void timingWithFewAttemptsNamesNoBest();
    void timingWithoutAttemptsSaysSo();
    void chartsAreFocusableAndNamed();
    void chartsFollowThePalette();
    void screenshots();
};

void InsightViewsTest::initTestCase()
{
    Language::apply(Language::Choice::English);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Theme::apply(Theme::Choice::Light);
}

void InsightViewsTest::funnelSummaryAndData()
{
    FunnelView view;
    const OutputCondition yes = equals(QStringLiteral("interested"), QStringLiteral("true"));
    const OutputCondition no = equals(QStringLiteral("interested"), QStringLiteral("false"));
    view.setSuccessChoices({yes, no}, yes);
    view.setFunnel(knownFunnel(true));
    QCOMPARE(view.card()->summary(),
             QStringLiteral("Of 1,200 rows, 640 were called, 410 answered, 250 reached a person, "
                            "120 said interested: yes (48% of people reached)."));
    const QStringList lines = dataLines(view.card());
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.at(0), QStringLiteral("Step\tCount\t% of previous step\t% of rows"));
    QCOMPARE(lines.at(1), QStringLiteral("Rows\t1200\t\t100%"));
    QCOMPARE(lines.at(2), QStringLiteral("Called\t640\t53%\t53%"));
    QCOMPARE(lines.at(3), QStringLiteral("Answered\t410\t64%\t34%"));
    QCOMPARE(lines.at(4), QStringLiteral("Human\t250\t61%\t21%"));
    QCOMPARE(lines.at(5), QStringLiteral("Success (interested: yes)\t120\t48%\t10%"));
    QCOMPARE(view.successCombo()->currentText(), QStringLiteral("interested: yes"));
    QCOMPARE(view.successCombo()->count(), 3);
}

void InsightViewsTest::funnelWithoutSuccessCondition()
{
    FunnelView view;
    view.setSuccessChoices({equals(QStringLiteral("plan"), QStringLiteral("Pro"))}, std::nullopt);
    view.setFunnel(knownFunnel(false));
    QCOMPARE(view.card()->summary(),
             QStringLiteral("Of 1,200 rows, 640 were called, 410 answered, 250 reached a person."));
    const QStringList lines = dataLines(view.card());
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.last(), QStringLiteral("Human\t250\t61%\t21%"));
    QCOMPARE(view.successCombo()->currentIndex(), 0);
    QCOMPARE(view.successCombo()->itemText(0), QStringLiteral("Not set"));
    QCOMPARE(view.successCombo()->itemText(1), QStringLiteral("plan: Pro"));
}

void InsightViewsTest::funnelComboEmitsCondition()
{
    FunnelView view;
    QSignalSpy spy(&view, &FunnelView::successConditionChanged);
    const OutputCondition yes = equals(QStringLiteral("interested"), QStringLiteral("true"));
    const OutputCondition pro = equals(QStringLiteral("plan"), QStringLiteral("Pro"));
    view.setSuccessChoices({yes, pro}, std::nullopt);
    QCOMPARE(spy.count(), 0); // setting the choices is not a change by the user
    view.successCombo()->setCurrentIndex(2);
    QCOMPARE(spy.count(), 1);
    auto chosen = spy.at(0).at(0).value<std::optional<OutputCondition>>();
    QVERIFY(chosen.has_value());
    QCOMPARE(*chosen, pro);
    view.successCombo()->setCurrentIndex(0);
    QCOMPARE(spy.count(), 2);
    chosen = spy.at(1).at(0).value<std::optional<OutputCondition>>();
    QVERIFY(!chosen.has_value());
    view.setSuccessChoices({yes, pro}, yes);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(view.successCombo()->currentIndex(), 1);
}

void InsightViewsTest::funnelWithoutRowsSaysSo()
{
    FunnelView view;
    view.setFunnel(CampaignFunnel{});
    QVERIFY2(view.card()->summary().contains(QStringLiteral("no rows")),
             qPrintable(view.card()->summary()));
    QVERIFY(!view.card()->copyButton()->isEnabled());
}

void InsightViewsTest::serverFunnelShowsAndHides()
{
    FunnelView view;
    QVERIFY(view.serverFunnelText().isEmpty());
    QJsonObject stats{{QStringLiteral("conversion_rate"), 0.25},
                      {QStringLiteral("stages"),
                       QJsonObject{{QStringLiteral("reached"), 12}, {QStringLiteral("won"), 3}}},
                      {QStringLiteral("note"), QJsonValue::Null}};
    view.setServerFunnel(stats);
    const QString text = view.serverFunnelText();
    QVERIFY2(text.contains(QStringLiteral("conversion_rate: 0.25")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("stages: {\"reached\":12,\"won\":3}")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("note: —")), qPrintable(text));
    QCOMPARE(text.count(QLatin1Char('\n')), 2);
    view.setServerFunnel(QJsonObject{});
    QVERIFY(view.serverFunnelText().isEmpty());
}

void InsightViewsTest::timingSummariesAndData()
{
    CallTimingView view;
    view.setTiming(knownTiming(), QStringLiteral("America/Chicago"), true);
    const QList<ChartCard *> cards = view.cards();
    QCOMPARE(cards.size(), 4);
    QCOMPARE(cards.at(0)->summary(),
             QStringLiteral("Best hour: 11:00–12:00, 62% answered, 41% a person (1,204 attempts). "
                            "Fewest answers at 17:00 (30% answered)."));
    QCOMPARE(cards.at(1)->summary(),
             QStringLiteral("Best day: Tuesday, 54% answered, 35% a person (2,014 attempts)."));
    QCOMPARE(cards.at(2)->summary(),
             QStringLiteral("Most people were reached on the first attempt (64%). 300 rows "
                            "called without reaching a person yet."));
    QCOMPARE(
        cards.at(3)->summary(),
        QStringLiteral("Of 800 answered calls, half last under 2 min. 6% last 5 min or more."));

    const QStringList hours = dataLines(cards.at(0));
    QCOMPARE(hours.size(), 25);
    QCOMPARE(hours.at(0),
             QStringLiteral("Hour\tAttempts\tAnswered\tA person\tAnswered %\tA person %"));
    QCOMPARE(hours.at(12), QStringLiteral("11:00–12:00\t1204\t746\t494\t62%\t41%"));
    QCOMPARE(hours.at(1), QStringLiteral("00:00–01:00\t0\t0\t0\t\t"));
    QCOMPARE(hours.at(24), QStringLiteral("23:00–00:00\t0\t0\t0\t\t"));
    const QStringList days = dataLines(cards.at(1));
    QCOMPARE(days.size(), 8);
    QCOMPARE(days.at(2), QStringLiteral("Tuesday\t2014\t1095\t698\t54%\t35%"));
    const QStringList attempts = dataLines(cards.at(2));
    QCOMPARE(attempts.size(), 6);
    QCOMPARE(attempts.at(1), QStringLiteral("1st attempt\t448\t45%"));
    QCOMPARE(attempts.at(4), QStringLiteral("4th attempt or later\t32\t3%"));
    QCOMPARE(attempts.at(5), QStringLiteral("Not reached yet\t300\t30%"));
    const QStringList lengths = dataLines(cards.at(3));
    QCOMPARE(lengths.size(), 6);
    QCOMPARE(lengths.at(0), QStringLiteral("Length\tAnswered calls\tShare"));
    QCOMPARE(lengths.at(1), QStringLiteral("< 30 s\t90\t11%"));
    QCOMPARE(lengths.at(5), QStringLiteral("5 min +\t50\t6%"));
}

void InsightViewsTest::timingTitlesNameTheZone()
{
    CallTimingView view;
    view.setTiming(knownTiming(), QStringLiteral("America/Chicago"), true);
    QCOMPARE(view.cards().at(0)->content()->accessibleName(),
             QStringLiteral("By hour (America/Chicago)"));
    view.setTiming(knownTiming(), QStringLiteral("Europe/Paris"), false);
    QCOMPARE(view.cards().at(0)->content()->accessibleName(),
             QStringLiteral("By hour (your time: Europe/Paris)"));
    QCOMPARE(view.cards().at(1)->content()->accessibleName(),
             QStringLiteral("By weekday (your time: Europe/Paris)"));
}

void InsightViewsTest::timingWithFewAttemptsNamesNoBest()
{
    CallTiming t;
    t.byHour[10] = {12, 6, 3};
    t.byWeekday[0] = {12, 6, 3};
    t.attempts = 14;
    t.undated = 2;
    t.attemptsToReach = {2, 1, 0, 0};
    t.durations = {1, 0, 3, 2, 0};
    CallTimingView view;
    view.setTiming(t, QStringLiteral("Europe/Paris"), true);
    const QString hours = view.cards().at(0)->summary();
    QVERIFY2(!hours.contains(QStringLiteral("Best")), qPrintable(hours));
    QCOMPARE(hours, QStringLiteral("The figures are still few: no hour has 20 attempts or more "
                                   "(12 attempts in all). 2 attempts without a start time are "
                                   "left out."));
    QVERIFY(!view.cards().at(1)->summary().contains(QStringLiteral("Best")));
    QCOMPARE(view.cards().at(2)->summary(),
             QStringLiteral("Most people were reached on the first attempt (67%)."));
    QCOMPARE(view.cards().at(3)->summary(),
             QStringLiteral("Of 6 answered calls, half last under 2 min."));
}

void InsightViewsTest::timingWithoutAttemptsSaysSo()
{
    CallTimingView view;
    view.setTiming(CallTiming{}, QStringLiteral("Europe/Paris"), true);
    for (ChartCard *card : view.cards()) {
        QCOMPARE(card->summary(), QStringLiteral("No calls yet."));
        QVERIFY(!card->copyButton()->isEnabled());
    }
}

void InsightViewsTest::chartsAreFocusableAndNamed()
{
    FunnelView funnel;
    CallTimingView timing;
    QList<ChartCard *> cards = timing.cards();
    cards.prepend(funnel.card());
    for (ChartCard *card : cards) {
        QWidget *chart = card->content();
        QCOMPARE(chart->focusPolicy(), Qt::TabFocus);
        QVERIFY(!chart->accessibleName().isEmpty());
        QVERIFY(!chart->accessibleDescription().isEmpty());
    }
    QVERIFY(!funnel.successCombo()->accessibleName().isEmpty());
}

void InsightViewsTest::chartsFollowThePalette()
{
    FunnelView funnel;
    funnel.setFunnel(knownFunnel(false));
    CallTimingView timing;
    timing.setTiming(knownTiming(), QStringLiteral("Europe/Paris"), true);
    // Without a running event loop QApplication does not pass its new palette on to the
    // widgets that exist: hand it over as the running app would.
    const auto switchTo = [&](Theme::Choice choice) {
        Theme::apply(choice);
        funnel.setPalette(QApplication::palette());
        timing.setPalette(QApplication::palette());
    };
    const auto background = [](ChartCard *card) {
        return static_cast<QChartView *>(card->content())->chart()->backgroundBrush().color();
    };
    switchTo(Theme::Choice::Dark);
    const QColor darkBase = QApplication::palette().color(QPalette::Base);
    QCOMPARE(background(funnel.card()), darkBase);
    for (ChartCard *card : timing.cards())
        QCOMPARE(background(card), darkBase);
    // The bars take the dark variants of the result colours.
    const auto firstBarColor = [](ChartCard *card) {
        QChart *chart = static_cast<QChartView *>(card->content())->chart();
        auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().constFirst());
        return series->barSets().constFirst()->color();
    };
    QCOMPARE(firstBarColor(timing.cards().at(0)), BadgeColors::forResult(QStringLiteral("human")));
    QCOMPARE(firstBarColor(funnel.card()), BadgeColors::pending());
    switchTo(Theme::Choice::Light);
    const QColor lightBase = QApplication::palette().color(QPalette::Base);
    QVERIFY(lightBase != darkBase);
    QCOMPARE(background(funnel.card()), lightBase);
    for (ChartCard *card : timing.cards())
        QCOMPARE(background(card), lightBase);
}

void InsightViewsTest::screenshots()
{
    const OutputCondition yes = equals(QStringLiteral("interested"), QStringLiteral("true"));
    for (const auto theme : {Theme::Choice::Light, Theme::Choice::Dark}) {
        Theme::apply(theme);
        const QString name = Theme::toString(theme);
        for (const QSize size : {QSize(900, 300), QSize(600, 300)}) {
            const QString suffix =
                QStringLiteral("%1-%2x%3.png").arg(name).arg(size.width()).arg(size.height());
            FunnelView funnel;
            funnel.setSuccessChoices({yes}, yes);
            funnel.setFunnel(knownFunnel(true));
            funnel.setServerFunnel(QJsonObject{
                {QStringLiteral("conversion_rate"), 0.25},
                {QStringLiteral("stages"),
                 QJsonObject{{QStringLiteral("called"), 640},
                             {QStringLiteral("answered"), 410},
                             {QStringLiteral("human"), 250},
                             {QStringLiteral("interested"), 120},
                             {QStringLiteral("callback_requested"), 14},
                             {QStringLiteral("do_not_call_requested"), 3},
                             {QStringLiteral("wrong_number_reported_by_contact"), 7}}}});
            funnel.resize(size);
            funnel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&funnel));
            // The funnel's bars are drawn (its first step in the pending colour), at the
            // view's size, among the texts and the server's figures.
            QTRY_VERIFY(Picture(&funnel).pixelsOf(BadgeColors::pending()) > 100);
            const Picture funnelShot(&funnel);
            QVERIFY(funnelShot.hasWidgetSize());
            QVERIFY(funnelShot.colours() > 16);
            QVERIFY(funnelShot.image.save(QStringLiteral("/tmp/views-funnel-") + suffix));

            CallTimingView timing;
            timing.setTiming(knownTiming(), QStringLiteral("America/Chicago"), true);
            timing.resize(size);
            timing.show();
            QVERIFY(QTest::qWaitForWindowExposed(&timing));
            // The people reached (the hours' and attempts' bars) and the hour with too few
            // attempts to judge (pale) are drawn, at the view's size.
            const QColor human = BadgeColors::forResult(QStringLiteral("human"));
            QTRY_VERIFY(Picture(&timing).pixelsOf(human) > 100);
            const Picture timingShot(&timing);
            QVERIFY(timingShot.hasWidgetSize());
            QVERIFY(timingShot.pixelsOf(BadgeColors::pending()) > 0);
            QVERIFY(timingShot.colours() > 16);
            QVERIFY(timingShot.image.save(QStringLiteral("/tmp/views-timing-") + suffix));
            // Everything the scroll area holds, as a user scrolling down sees it.
            auto *scroll = timing.findChild<QScrollArea *>();
            QVERIFY(scroll && scroll->widget());
            QVERIFY(
                scroll->widget()->grab().save(QStringLiteral("/tmp/views-timing-all-") + suffix));
        }
        FunnelView empty;
        empty.resize(600, 300);
        empty.show();
        QVERIFY(QTest::qWaitForWindowExposed(&empty));
        // No bars without rows, but not a blank picture: the card's title and its words.
        const Picture emptyFunnel(&empty);
        QVERIFY(emptyFunnel.hasWidgetSize());
        QCOMPARE(emptyFunnel.pixelsOf(BadgeColors::pending()), 0);
        QVERIFY(emptyFunnel.colours() > 4);
        QVERIFY(emptyFunnel.image.save(QStringLiteral("/tmp/views-funnel-empty-%1.png").arg(name)));
        CallTimingView none;
        none.setTiming(CallTiming{}, QStringLiteral("Europe/Paris"), false);
        none.resize(600, 300);
        none.show();
        QVERIFY(QTest::qWaitForWindowExposed(&none));
        const Picture emptyTiming(&none);
        QVERIFY(emptyTiming.hasWidgetSize());
        QCOMPARE(emptyTiming.pixelsOf(BadgeColors::forResult(QStringLiteral("human"))), 0);
        QVERIFY(emptyTiming.colours() > 4);
        QVERIFY(emptyTiming.image.save(QStringLiteral("/tmp/views-timing-empty-%1.png").arg(name)));
    }
    Theme::apply(Theme::Choice::Light);
}

QTEST_MAIN(InsightViewsTest)
#include "tst_InsightViews.moc"
