// Every chart of a campaign's page reads in full at the window's usual sizes: no axis label,
// legend entry or chart text is cut to "..." (Qt Charts elides a text that does not fit the
// space the chart gives it). The language comes from REVOX_TEST_LANGUAGE (en or fr).
#include "CampaignPage.h"
#include "CampaignWatcher.h"
#include "ChartCard.h"
#include "DashboardSession.h"
#include "Language.h"
#include "MainWindow.h"

#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace revox;

class ChartLabelsTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void noLabelIsCut_data();
    void noLabelIsCut();

private:
    QTemporaryDir m_settingsDir;
};

void ChartLabelsTest::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RevoxDeskUiTest"));
    QCoreApplication::setApplicationName(QStringLiteral("revox-desk-labels-test"));
    const bool french = qEnvironmentVariable("REVOX_TEST_LANGUAGE") == QLatin1String("fr");
    Language::apply(french ? Language::Choice::French : Language::Choice::English);
}

void ChartLabelsTest::noLabelIsCut_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("default") << QSize();
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1440x900") << QSize(1440, 900);
    QTest::newRow("1600x1000") << QSize(1600, 1000);
}

// The texts of a chart that Qt Charts cut to fit.
static QStringList cutTexts(QChartView *view)
{
    QStringList cut;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (!item->isVisible())
            continue;
        QString text;
        if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
            text = rich->toPlainText();
        else if (auto *plain = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            text = plain->text();
        if (text.endsWith(QStringLiteral("...")) || text.contains(QChar(0x2026)))
            cut << view->objectName() + QStringLiteral(": ") + text;
    }
    return cut;
}

// Every visible chart card of the tab has its figures (a card's summary is set with them).
static bool allCardsCounted(QWidget *tab)
{
    for (const ChartCard *card : tab->findChildren<ChartCard *>()) {
        if (card->isVisible() && card->summary().isEmpty())
            return false;
    }
    return true;
}

void ChartLabelsTest::noLabelIsCut()
{
    QFETCH(QSize, size);
    DashboardSession session;
    DashboardSession::Options options;
    options.demo = true;
    options.demoSpeed = 0;
    options.demoRowsScale = 0.05;
    QString error;
    QVERIFY2(session.start(options, &error), qPrintable(error));
    MainWindow window(session.data());
    if (size.isValid())
        window.resize(size);
    else
        window.restoreWindowState(); // the default size of a first start
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectCampaign(session.suggestedDemoCampaign());
    QTRY_VERIFY_WITH_TIMEOUT(session.data().rowsWatcher->isFirstLoadDone(), 30000);
    CampaignPage *page = window.findChild<CampaignPage *>();
    QVERIFY(page);
    QStringList cut;
    for (int tab = 0; tab < page->views()->count(); ++tab) {
        page->views()->setCurrentIndex(tab);
        // The tab's charts are counted on a worker thread; each card says so in its summary.
        QWidget *shown = page->views()->currentWidget();
        QTRY_VERIFY_WITH_TIMEOUT(allCardsCounted(shown), 30000);
        QCoreApplication::sendPostedEvents(); // their layout, before the texts are read
        for (QChartView *view : page->views()->currentWidget()->findChildren<QChartView *>()) {
            if (view->isVisible())
                cut << cutTexts(view);
        }
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

QTEST_MAIN(ChartLabelsTest)
#include "tst_ChartLabels.moc"
