// Tests which banner the window shows, what its button does and how a dismissal is kept,
// without a window.
#include "BannerController.h"
#include "DisplayText.h"

#include <QRegularExpression>
#include <QTest>

using namespace revox;

namespace {

using Kind = BannerController::Kind;
using Action = BannerController::Action;

const QDateTime kNow(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

BannerController::Inputs failing(ApiErrorKind kind, const QString &message = QStringLiteral("x"))
{
    BannerController::Inputs in;
    in.error.kind = kind;
    in.error.message = message;
    in.lastGood = kNow.addSecs(-300);
    in.now = kNow;
    return in;
}

BannerController::Inputs problems(qsizetype kinds)
{
    BannerController::Inputs in;
    in.problemKinds = kinds;
    in.now = kNow;
    return in;
}

BannerController::Inputs demo()
{
    BannerController::Inputs in;
    in.demo = true;
    in.now = kNow;
    return in;
}

} // namespace

class BannerControllerTest : public QObject
{
    Q_OBJECT
private slots:
    void nothingToSayHidesTheBanner();
    void priorityOrder();
    void eachBannerTriggersItsAction();
    void saysHowOldTheDataIs();
    void dismissalIsRememberedPerBanner();
    void aNewProblemShowsAgainAfterADismissal();
    void moreKindsOfDataProblemShowAgain();
    void pagesThatDoNotAddUpAreNotCalledUnreadValues();
    void theDemoBannerKeepsAnEarlierDismissal();
    void refreshForgetsTheDismissal();
};

void BannerControllerTest::nothingToSayHidesTheBanner()
{
    BannerController banners;
    const BannerController::Banner b = banners.update({});
    QCOMPARE(b.kind, Kind::None);
    QCOMPARE(b.action, Action::None);
    QVERIFY(!b.visible);
    QVERIFY(b.text.isEmpty());
}

void BannerControllerTest::priorityOrder()
{
    BannerController banners;
    // A refused key comes before data problems and the demo note.
    BannerController::Inputs in = failing(ApiErrorKind::Authentication);
    in.problemKinds = 2;
    in.demo = true;
    QCOMPARE(banners.update(in).kind, Kind::AuthRefused);
    in.error.kind = ApiErrorKind::Permission;
    QCOMPARE(banners.update(in).kind, Kind::AuthRefused);
    // Any other failure: unreachable, still before data problems and the demo note.
    in.error.kind = ApiErrorKind::Server;
    QCOMPARE(banners.update(in).kind, Kind::Unreachable);
    // Data problems before the demo note.
    in.error = ApiError();
    QCOMPARE(banners.update(in).kind, Kind::DataProblems);
    in.problemKinds = 0;
    QCOMPARE(banners.update(in).kind, Kind::Demo);
    in.demo = false;
    QCOMPARE(banners.update(in).kind, Kind::None);
}

void BannerControllerTest::eachBannerTriggersItsAction()
{
    BannerController banners;
    BannerController::Banner b =
        banners.update(failing(ApiErrorKind::Authentication, QStringLiteral("401")));
    QCOMPARE(b.action, Action::OpenSettings);
    QCOMPARE(b.severity, StatusBanner::Kind::Error);
    QCOMPARE(b.actionText, QStringLiteral("Open settings"));
    QVERIFY2(b.text.startsWith(QStringLiteral("The Revox API refused the API key (401). ")),
             qPrintable(b.text));
    QCOMPARE(banners.current().action, Action::OpenSettings);

    b = banners.update(failing(ApiErrorKind::Network, QStringLiteral("refused")));
    QCOMPARE(b.action, Action::Retry);
    QCOMPARE(b.severity, StatusBanner::Kind::Warning);
    QCOMPARE(b.actionText, QStringLiteral("Retry now"));
    QVERIFY2(b.text.startsWith(QStringLiteral("Cannot reach the Revox API. ")), qPrintable(b.text));
    QVERIFY2(b.text.endsWith(QStringLiteral(" Retrying automatically. (refused)")),
             qPrintable(b.text));
    b = banners.update(failing(ApiErrorKind::Timeout));
    QVERIFY(b.text.startsWith(QStringLiteral("Cannot reach the Revox API. ")));
    b = banners.update(failing(ApiErrorKind::InvalidResponse));
    QCOMPARE(b.action, Action::Retry);
    QVERIFY(b.text.startsWith(QStringLiteral("The Revox API is not answering properly. ")));

    b = banners.update(problems(3));
    QCOMPARE(b.action, Action::ShowProblems);
    QCOMPARE(b.severity, StatusBanner::Kind::Warning);
    QVERIFY(!b.actionText.isEmpty());
    QCOMPARE(banners.current().action, Action::ShowProblems);

    b = banners.update(demo());
    QCOMPARE(b.action, Action::OpenSettings);
    QCOMPARE(b.severity, StatusBanner::Kind::Info);
    QVERIFY(b.text.startsWith(QStringLiteral("You are looking at demo data")));
}

void BannerControllerTest::saysHowOldTheDataIs()
{
    BannerController banners;
    BannerController::Inputs in = failing(ApiErrorKind::Network);
    QVERIFY2(
        banners.update(in).text.contains(QStringLiteral("The data shown was loaded 5 min ago.")),
        qPrintable(banners.current().text));
    in.lastGood = QDateTime();
    in.saved = kNow.addSecs(-120);
    in.failingSince = kNow.addSecs(-60);
    const QString since = DisplayText::timeOfDay(in.failingSince.toLocalTime().time());
    QVERIFY2(!since.contains(QRegularExpression(QStringLiteral("\\d:\\d\\d:\\d\\d"))),
             qPrintable(since)); // to the minute
    QVERIFY2(banners.update(in).text.contains(
                 QStringLiteral("Offline since %1: showing the copy saved on this computer "
                                "2 min ago.")
                     .arg(since)),
             qPrintable(banners.current().text));
    in.saved = QDateTime();
    QVERIFY(banners.update(in).text.contains(QStringLiteral("No data could be loaded yet.")));
}

void BannerControllerTest::dismissalIsRememberedPerBanner()
{
    BannerController banners;
    QVERIFY(banners.update(failing(ApiErrorKind::Network)).visible);
    banners.dismiss();
    QVERIFY(!banners.current().visible);
    // The same problem, asked again and again (the clock ticks): still hidden.
    QVERIFY(!banners.update(failing(ApiErrorKind::Network)).visible);
    QVERIFY(!banners.update(failing(ApiErrorKind::Timeout)).visible);
    QCOMPARE(banners.current().kind, Kind::Unreachable);
    // Another banner is not covered by that dismissal.
    QVERIFY(banners.update(failing(ApiErrorKind::Authentication)).visible);
}

void BannerControllerTest::aNewProblemShowsAgainAfterADismissal()
{
    BannerController banners;
    banners.update(failing(ApiErrorKind::Network));
    banners.dismiss();
    // The connection came back: the next failure is a new problem.
    QVERIFY(!banners.update({}).visible);
    QVERIFY(banners.update(failing(ApiErrorKind::Network)).visible);

    banners.dismiss();
    QVERIFY(banners.update(failing(ApiErrorKind::Authentication)).visible);
    QVERIFY(banners.update(failing(ApiErrorKind::Network)).visible);
}

void BannerControllerTest::moreKindsOfDataProblemShowAgain()
{
    BannerController banners;
    QVERIFY(banners.update(problems(2)).visible);
    banners.dismiss();
    QVERIFY(!banners.update(problems(2)).visible);
    QVERIFY(banners.update(problems(3)).visible);
    QCOMPARE(banners.current().kind, Kind::DataProblems);
}

void BannerControllerTest::pagesThatDoNotAddUpAreNotCalledUnreadValues()
{
    BannerController banners;
    BannerController::Inputs in = problems(0);
    in.listingProblems = {QStringLiteral("the server announced 15 rows and sent 5 distinct rows")};
    BannerController::Banner b = banners.update(in);
    QCOMPARE(b.kind, Kind::DataProblems);
    QCOMPARE(b.action, Action::ShowProblems);
    QCOMPARE(b.text, QStringLiteral("The server's pages of rows did not add up (the server "
                                    "announced 15 rows and sent 5 distinct rows). Every row it "
                                    "sent is shown."));
    // Values that could not be read as well: both are said, values first.
    in.problemKinds = 1;
    b = banners.update(in);
    QVERIFY2(b.text.startsWith(QStringLiteral("Some values in the server's answers could not be "
                                              "read (1 kind")) &&
                 b.text.endsWith(QStringLiteral("Every row it sent is shown.")),
             qPrintable(b.text));
    // A dismissed banner shows again when the server does another thing with its pages.
    banners.dismiss();
    QVERIFY(!banners.update(in).visible);
    // The next listing counts other rows: the same problem, still dismissed.
    in.listingProblems = {QStringLiteral("the server announced 15 rows and sent 7 distinct rows")};
    QVERIFY(!banners.update(in).visible);
    in.listingProblems.append(
        QStringLiteral("the server kept sending the same rows; 5 distinct rows"));
    QVERIFY(banners.update(in).visible);
}

void BannerControllerTest::theDemoBannerKeepsAnEarlierDismissal()
{
    BannerController banners;
    QVERIFY(banners.update(demo()).visible);
    banners.dismiss();
    QVERIFY(!banners.update(demo()).visible);

    // The demo note is no problem: it does not make a dismissed failure show again.
    BannerController other;
    other.update(failing(ApiErrorKind::Network));
    other.dismiss();
    QVERIFY(other.update(demo()).visible);
    QVERIFY(!other.update(failing(ApiErrorKind::Network)).visible);
}

void BannerControllerTest::refreshForgetsTheDismissal()
{
    BannerController banners;
    banners.update(failing(ApiErrorKind::Authentication));
    banners.dismiss();
    QVERIFY(!banners.update(failing(ApiErrorKind::Authentication)).visible);
    banners.reset();
    QVERIFY(banners.update(failing(ApiErrorKind::Authentication)).visible);
}

QTEST_MAIN(BannerControllerTest)
#include "tst_BannerController.moc"
