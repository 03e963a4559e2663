// Every chart of a campaign's page reads in full at the window's usual sizes: no axis label,
// legend entry or chart text is cut to "..." (Qt Charts elides a text that does not fit the
// space the chart gives it). Each axis label is measured with QFontMetrics against the room
// the chart's layout leaves it (the plot area and the chart's margins), each legend entry
// against the legend's own rectangle. The all-campaigns table reads in full too: no word of a
// cell or of a header label wider than its column. The language comes from
// REVOX_TEST_LANGUAGE (en or fr).
#include "AllCampaignsPage.h"
#include "BackgroundFigures.h"
#include "CampaignPage.h"
#include "CampaignWatcher.h"
#include "CampaignsOverviewModel.h"
#include "ChartCard.h"
#include "DashboardSession.h"
#include "Language.h"
#include "MainWindow.h"
#include "ProgressHistoryChart.h"
#include "ResultBreakdownChart.h"
#include "WrappingHeaderView.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLegend>
#include <QLegendMarker>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QValueAxis>

#include <cmath>

using namespace revox;

namespace {

// Qt Charts' own spacing: the gap between an axis' labels and the plot (labelPadding) and
// the margin around every text it lays out (textMargin), in pixels.
constexpr qreal kLabelPadding = 4.0;
constexpr qreal kTextMargin = 0.5;

// A value axis' label for value, as Qt Charts formats it (labelFormat is a printf format).
QString valueLabel(const QValueAxis *axis, double value)
{
    const QString format = axis->labelFormat();
    if (format.isEmpty())
        return QString::number(value);
    static const QRegularExpression integer(QStringLiteral("%([-+ 0#]*\\d*)([di])"));
    if (integer.match(format).hasMatch()) {
        QString wide = format;
        wide.replace(integer, QStringLiteral("%\\1ll\\2"));
        return QString::asprintf(qPrintable(wide), qint64(value));
    }
    return QString::asprintf(qPrintable(format), value);
}

// The texts an axis draws under (or beside) its ticks, in full.
QStringList axisLabels(const QChart *chart, const QAbstractAxis *axis)
{
    QStringList labels;
    if (const auto *values = qobject_cast<const QValueAxis *>(axis)) {
        if (values->tickType() == QValueAxis::TicksDynamic && values->tickInterval() > 0) {
            const double step = values->tickInterval();
            double first = values->tickAnchor() +
                           std::ceil((values->min() - values->tickAnchor()) / step) * step;
            for (double v = first; v <= values->max() + step * 1e-9; v += step)
                labels << valueLabel(values, v);
        } else {
            const int count = values->tickCount();
            for (int i = 0; i < count; ++i)
                labels << valueLabel(values, values->min() + (values->max() - values->min()) * i /
                                                                 std::max(1, count - 1));
        }
    } else if (const auto *times = qobject_cast<const QDateTimeAxis *>(axis)) {
        const qint64 min = times->min().toMSecsSinceEpoch();
        const qint64 max = times->max().toMSecsSinceEpoch();
        const int count = times->tickCount();
        for (int i = 0; i < count; ++i)
            labels << chart->locale().toString(
                QDateTime::fromMSecsSinceEpoch(min + (max - min) * i / std::max(1, count - 1)),
                times->format());
    } else if (auto *bars = qobject_cast<QBarCategoryAxis *>(const_cast<QAbstractAxis *>(axis))) {
        labels = bars->categories();
    } else if (auto *categories =
                   qobject_cast<QCategoryAxis *>(const_cast<QAbstractAxis *>(axis))) {
        labels = categories->categoriesLabels();
    }
    for (QString &label : labels) // axis labels are rich text ("&lt;")
        label = QTextDocumentFragment::fromHtml(label).toPlainText();
    return labels;
}

// Where the chart lays out its axes: its rectangle less its margins and a visible legend.
QRectF axesArea(QChart *chart)
{
    const QMarginsF margins = chart->margins();
    QRectF area = QRectF(QPointF(0, 0), chart->size()).marginsRemoved(margins);
    QLegend *legend = chart->legend();
    if (legend->isVisible() && legend->isAttachedToChart()) {
        const QRectF box = legend->geometry();
        switch (legend->alignment()) {
        case Qt::AlignLeft:
            area.setLeft(box.right());
            break;
        case Qt::AlignRight:
            area.setRight(box.left());
            break;
        case Qt::AlignTop:
            area.setTop(box.bottom());
            break;
        case Qt::AlignBottom:
            area.setBottom(box.top());
            break;
        default:
            break;
        }
    }
    return area;
}

// The labels of chart's axes that do not fit the room the chart gives them: a vertical
// axis' labels share its height one band per label and get the width between the chart's
// edge and the plot; a horizontal axis' labels share the plot's width one band per label and
// get the height between the plot and the chart's edge.
QStringList axisLabelsCut(const QString &where, QChart *chart)
{
    QStringList cut;
    const QRectF plot = chart->plotArea();
    const QRectF area = axesArea(chart);
    for (QAbstractAxis *axis : chart->axes()) {
        if (!axis->isVisible() || !axis->labelsVisible())
            continue;
        const QStringList labels = axisLabels(chart, axis);
        if (labels.isEmpty())
            continue;
        const QFontMetricsF metrics(axis->labelsFont());
        const qreal textHeight = metrics.height() + 2 * kTextMargin;
        const bool vertical = axis->orientation() == Qt::Vertical;
        qreal width = 0;
        qreal height = 0;
        if (vertical) {
            width = (axis->alignment() == Qt::AlignRight ? area.right() - plot.right()
                                                         : plot.left() - area.left()) -
                    kLabelPadding;
            height = plot.height() / labels.size() - 2 * kLabelPadding;
        } else {
            width = plot.width() / labels.size() - 2 * kLabelPadding;
            height = (axis->alignment() == Qt::AlignTop ? plot.top() - area.top()
                                                        : area.bottom() - plot.bottom()) -
                     kLabelPadding;
        }
        for (const QString &label : labels) {
            if (label.isEmpty())
                continue;
            const qreal textWidth = metrics.horizontalAdvance(label) + 2 * kTextMargin;
            if (textWidth > width || textHeight > height) {
                cut << QStringLiteral("%1: %2 axis label \"%3\" needs %4x%5, has %6x%7")
                           .arg(where,
                                vertical ? QStringLiteral("vertical")
                                         : QStringLiteral("horizontal"),
                                label)
                           .arg(textWidth, 0, 'f', 1)
                           .arg(textHeight, 0, 'f', 1)
                           .arg(width, 0, 'f', 1)
                           .arg(height, 0, 'f', 1);
            }
        }
    }
    return cut;
}

// The legend entries that do not show in full: each needs its text's width beside its
// marker, and all of them the legend's height (a vertical legend) or width (a horizontal
// one), or the last ones are cut off.
QStringList legendEntriesCut(const QString &where, QChart *chart)
{
    QStringList cut;
    QLegend *legend = chart->legend();
    if (!legend->isVisible())
        return cut;
    const QFontMetricsF metrics(legend->font());
    const QRectF box = legend->geometry();
    const bool vertical =
        legend->alignment() == Qt::AlignLeft || legend->alignment() == Qt::AlignRight;
    // A marker is a square as high as the text, beside it.
    const qreal marker = metrics.height();
    for (QLegendMarker *entry : legend->markers()) {
        if (!entry->isVisible())
            continue;
        const QString label = QTextDocumentFragment::fromHtml(entry->label()).toPlainText();
        const qreal textWidth = metrics.horizontalAdvance(label) + marker + 2 * kLabelPadding;
        if (textWidth > box.width())
            cut << QStringLiteral("%1: legend entry \"%2\" needs %3 px, the legend is %4 wide")
                       .arg(where, label)
                       .arg(textWidth, 0, 'f', 1)
                       .arg(box.width(), 0, 'f', 1);
    }
    // Where the legend laid its entries out: each text inside the legend's rectangle, or
    // the legend cuts it off (it clips what does not fit, the last entries first).
    const QRectF inside = legend->rect().adjusted(-1, -1, 1, 1);
    QList<QGraphicsItem *> items = legend->childItems();
    int texts = 0;
    while (!items.isEmpty()) {
        QGraphicsItem *item = items.takeFirst();
        items << item->childItems();
        QString text;
        if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
            text = rich->toPlainText();
        else if (auto *plain = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            text = plain->text();
        if (text.isEmpty() || !item->isVisible())
            continue;
        ++texts;
        const QRectF at = item->mapRectToItem(legend, item->boundingRect());
        if (!inside.contains(at))
            cut << QStringLiteral("%1: legend entry \"%2\" at %3,%4 %5x%6 is outside the legend's "
                                  "%7x%8")
                       .arg(where, text)
                       .arg(at.x(), 0, 'f', 0)
                       .arg(at.y(), 0, 'f', 0)
                       .arg(at.width(), 0, 'f', 0)
                       .arg(at.height(), 0, 'f', 0)
                       .arg(box.width(), 0, 'f', 0)
                       .arg(box.height(), 0, 'f', 0);
    }
    if (texts < legend->markers().size() && vertical)
        cut << QStringLiteral("%1: %2 legend entries shown of %3")
                   .arg(where)
                   .arg(texts)
                   .arg(legend->markers().size());
    return cut;
}

// The texts of a chart that Qt Charts cut to fit.
QStringList elidedTexts(QChartView *view)
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
// The words of the all-campaigns table, cells and header labels, that are wider than their
// column leaves them: "Name/Enterprise" (a cell) or "header/Taux de réponse" (a label line).
QStringList tableWordsCut(const QTableView *table)
{
    static const QRegularExpression space(QStringLiteral("[ \\n]+"));
    QStringList cut;
    const QHeaderView *header = table->horizontalHeader();
    const QAbstractItemModel *model = table->model();
    const QStyle *style = table->style();
    const int cellMargin =
        2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    const int headerMargin = 2 * style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    QFont bold = header->font();
    bold.setBold(true);
    const QFontMetrics cellMetrics(table->font());
    const QFontMetrics headerMetrics(bold);
    for (int column = 0; column < model->columnCount(); ++column) {
        if (header->isSectionHidden(column) || column == CampaignsOverviewModel::Status)
            continue; // the status is a badge, sized by its delegate
        const int width = header->sectionSize(column);
        const QString label = model->headerData(column, Qt::Horizontal).toString();
        const int indicator = header->sortIndicatorSection() == column
                                  ? style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header)
                                  : 0;
        for (const QString &line :
             WrappingHeaderView::twoLines(label, headerMetrics).split(QLatin1Char('\n')))
            if (headerMetrics.horizontalAdvance(line) + headerMargin + indicator > width)
                cut << QStringLiteral("header/%1 (%2 px in %3)")
                           .arg(line)
                           .arg(headerMetrics.horizontalAdvance(line))
                           .arg(width);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->index(row, column).data().toString();
            for (const QString &word : text.split(space, Qt::SkipEmptyParts))
                if (cellMetrics.horizontalAdvance(word) + cellMargin > width)
                    cut << QStringLiteral("%1/%2 (%3 px in %4)")
                               .arg(label, word)
                               .arg(cellMetrics.horizontalAdvance(word))
                               .arg(width);
        }
    }
    return cut;
}

// Shows the window at size, or at a first start's size when size is not valid.
bool showAt(MainWindow &window, const QSize &size)
{
    if (size.isValid())
        window.resize(size);
    else
        window.restoreWindowState();
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

bool allCardsCounted(QWidget *tab)
{
    for (const ChartCard *card : tab->findChildren<ChartCard *>()) {
        if (card->isVisible() && card->summary().isEmpty())
            return false;
    }
    return true;
}

} // namespace

class ChartLabelsTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void noLabelIsCut_data();
    void noLabelIsCut();
    void allCampaignsTableReads_data();
    void allCampaignsTableReads();

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

void ChartLabelsTest::noLabelIsCut()
{
    QFETCH(QSize, size);
    DashboardSession session;
    DashboardSession::Options options;
    options.demo = true;
    // The demo's own sizes and pace: the figures, hence the labels, a user sees.
    options.demoSpeed = DashboardSession::Options().demoSpeed;
    options.demoRowsScale = DashboardSession::Options().demoRowsScale;
    QString error;
    QVERIFY2(session.start(options, &error), qPrintable(error));
    MainWindow window(session.data());
    QVERIFY(showAt(window, size));
    window.selectCampaign(session.suggestedDemoCampaign());
    QTRY_VERIFY_WITH_TIMEOUT(session.data().rowsWatcher->isFirstLoadDone(), 60000);
    CampaignPage *page = window.findChild<CampaignPage *>();
    QVERIFY(page);
    QStringList cut;
    int axesChecked = 0;
    for (int tab = 0; tab < page->views()->count(); ++tab) {
        page->views()->setCurrentIndex(tab);
        // The tab's charts are counted on a worker thread; each card says so in its summary.
        QWidget *shown = page->views()->currentWidget();
        QTRY_VERIFY_WITH_TIMEOUT(allCardsCounted(shown), 30000);
        QCoreApplication::sendPostedEvents(); // their layout, before the texts are read
        for (QChartView *view : shown->findChildren<QChartView *>()) {
            if (!view->isVisible())
                continue;
            const QString where =
                page->views()->tabText(tab).remove(u'&') + u'/' + view->objectName();
            cut << elidedTexts(view) << axisLabelsCut(where, view->chart())
                << legendEntriesCut(where, view->chart());
            for (const QAbstractAxis *axis : view->chart()->axes())
                axesChecked += axis->isVisible() && axis->labelsVisible() ? 1 : 0;
        }
    }
    QVERIFY2(axesChecked >= 4, "the tabs' charts have axes to check");
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));

    // The overview's charts with the figures a campaign may reach, not only the demo's: every
    // state of the donut at once with large counts, and progress up to any number of rows.
    page->views()->setCurrentIndex(0);
    auto *results = page->findChild<ResultBreakdownChart *>();
    auto *progress = page->findChild<ProgressHistoryChart *>();
    QVERIFY(results && progress);
    results->setCounts({{QStringLiteral("not_called"), 123456},
                        {QStringLiteral("in_progress"), 1234},
                        {QStringLiteral("human"), 23456},
                        {QStringLiteral("voicemail"), 12345},
                        {QStringLiteral("IVR"), 3456},
                        {QStringLiteral("unknown"), 2345},
                        {QStringLiteral("ios-screening-filter"), 1234},
                        {QStringLiteral("not_reached"), 34567},
                        {QStringLiteral("skipped"), 4567}});
    // The view grows for the legend, then the chart lays it out again.
    const int atLeast = results->minimumHeight();
    QTRY_VERIFY(results->height() >= atLeast);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(results->chart()->legend()->markers().size(), 9);
    cut << legendEntriesCut(QStringLiteral("every state"), results->chart());
    const QDateTime start = QDateTime::currentDateTime();
    for (const qint64 most : {1,  2,  3,  4,   5,   6,   7,    8,    9,    11,    13,    17,
                              23, 48, 99, 101, 555, 999, 1001, 4321, 9999, 12345, 99999, 123456}) {
        QList<ProgressHistoryChart::Sample> samples;
        for (int minute = 0; minute <= 90; minute += 15) {
            RowStats stats;
            stats.completed = most * minute / 90;
            stats.failed = most / 3;
            stats.total = most;
            samples.append({start.addSecs(60 * minute), stats});
        }
        progress->setHistory(samples);
        QCoreApplication::sendPostedEvents();
        cut << axisLabelsCut(QStringLiteral("progress up to %1").arg(most), progress->chart());
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

void ChartLabelsTest::allCampaignsTableReads_data()
{
    noLabelIsCut_data();
}

void ChartLabelsTest::allCampaignsTableReads()
{
    QFETCH(QSize, size);
    DashboardSession session;
    DashboardSession::Options options;
    options.demo = true;
    options.demoSpeed = 0;
    options.demoRowsScale = 0.1;
    options.backgroundBudgetBytes = 1LL << 40; // every campaign's figures, as a user sees them
    options.backgroundStartDelayMs = 0;
    QString error;
    QVERIFY2(session.start(options, &error), qPrintable(error));
    MainWindow window(session.data());
    QVERIFY(showAt(window, size));
    auto *action = window.findChild<QAction *>(QStringLiteral("allCampaignsAction"));
    QVERIFY(action);
    action->trigger();
    auto *page = window.findChild<AllCampaignsPage *>();
    QVERIFY(page && page->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(session.backgroundFigures()->state(), BackgroundFigures::State::Done,
                              120000);
    QTableView *table = page->table();
    QVERIFY(table->model()->rowCount() >= 5);
    // The funnel column has the server's figures, the longest words the table shows.
    bool funnel = false;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        funnel |= !table->model()
                       ->index(row, CampaignsOverviewModel::ServerFunnel)
                       .data()
                       .toString()
                       .isEmpty();
    QVERIFY(funnel);
    QCoreApplication::processEvents(); // the columns fitted to the last figures
    const QStringList cut = tableWordsCut(table);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    // Every column fits the window: nothing to scroll at these sizes.
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
}

QTEST_MAIN(ChartLabelsTest)
#include "tst_ChartLabels.moc"
