// Reads the real dashboard (offscreen, on the in-process simulator) as a screen reader does,
// through QAccessible: every interactive control has a name, a row and a campaign read as
// one sentence, the progress bar has a value, and Tab reaches every part of the window.
#include "BadgeLabel.h"
#include "CallDetailPane.h"
#include "CampaignListModel.h"
#include "DashboardSession.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "OverviewHeader.h"
#include "RowTableView.h"
#include "RowsFilterProxy.h"
#include "RowsTableModel.h"
#include "SegmentedProgressBar.h"
#include "SettingsDialog.h"
#include "WindowParts.h"

#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace revox;
using namespace revox::testing;

namespace {

// Roles a person acts on: each needs a name a screen reader can say.
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ScrollBar:
    case QAccessible::Dial:
    case QAccessible::ProgressBar:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::PageTabList:
    case QAccessible::PageTab:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

// "PushButton under Grouping under Client" with object names: enough to find the control.
QString describe(QAccessibleInterface *iface)
{
    QStringList path;
    for (QAccessibleInterface *i = iface; i && path.size() < 6; i = i->parent()) {
        QString part = QString::number(int(i->role()), 16);
        if (QObject *o = i->object()) {
            part = QStringLiteral("%1 %2").arg(QString::fromLatin1(o->metaObject()->className()),
                                               o->objectName());
        }
        path << part;
    }
    return path.join(QStringLiteral(" < "));
}

// Walks the tree under iface and lists the interactive controls without a name. Items of
// tables and lists are read through their own checks, not walked one by one.
void collectUnnamed(QAccessibleInterface *iface, QStringList *out, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 40 || iface->state().invisible) {
        return;
    }
    const QAccessible::Role role = iface->role();
    if (isInteractive(role) && iface->text(QAccessible::Name).trimmed().isEmpty()) {
        *out << describe(iface);
    }
    if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree) {
        return;
    }
    for (int i = 0; i < iface->childCount(); ++i) {
        collectUnnamed(iface->child(i), out, depth + 1);
    }
}

} // namespace

class AccessibilityTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyControlHasAName();
    void rowReadsAsASentence();
    void campaignReadsAsASentence();
    void attemptReadsAsASentence();
    void progressBarHasAValue();
    void badgesAndChartsSayWhatTheyAre();
    void tabReachesEveryPart();
    void focusIsVisible();
    void spaceActivatesTheFocusedButton();
    void settingsControlsHaveNames();

private:
    bool selectRowWithCall();
    QTemporaryDir m_settingsDir;
    std::unique_ptr<DashboardSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void AccessibilityTest::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RevoxDeskA11yTest"));

    m_session = std::make_unique<DashboardSession>();
    DashboardSession::Options options;
    options.demo = true;
    options.demoSpeed = 0;
    options.demoRowsScale = 0.05;
    options.refreshSeconds = 1;
    QString error;
    QVERIFY2(m_session->start(options, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_session->data());
    m_window->setDemoMode(true);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selectCampaign(m_session->suggestedDemoCampaign());
    QTRY_VERIFY_WITH_TIMEOUT(rowsProxy(*m_window)->rowCount() > 0, 30000);
    QVERIFY(selectRowWithCall());
    QTRY_VERIFY(!overview(*m_window)->statusText().isEmpty());
}

bool AccessibilityTest::selectRowWithCall()
{
    // A row with a call, so that the call detail (attempts, player, tabs) shows.
    const int callColumn = RowsTableModel::Duration;
    int row = 0;
    while (row < rowsProxy(*m_window)->rowCount() &&
           rowsProxy(*m_window)->index(row, callColumn).data().toString().isEmpty()) {
        ++row;
    }
    if (row >= rowsProxy(*m_window)->rowCount())
        return false;
    rowTable(*m_window)->setCurrentIndex(rowsProxy(*m_window)->index(row, 1));
    return true;
}

void AccessibilityTest::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
}

void AccessibilityTest::everyControlHasAName()
{
    QAccessibleInterface *window = QAccessible::queryAccessibleInterface(m_window.get());
    QVERIFY(window);
    QStringList unnamed;
    collectUnnamed(window, &unnamed);
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("controls without a name:\n") +
                                           unnamed.join(QLatin1Char('\n'))));
    // The internal parts Qt adds: the search box's clear button, the combo box's list.
    QLineEdit *search = filterBar(*m_window)->searchBox();
    QTest::keyClicks(search, QStringLiteral("3"));
    QStringList again;
    collectUnnamed(window, &again);
    QVERIFY2(again.isEmpty(), qPrintable(again.join(QLatin1Char('\n'))));
    search->clear();
}

void AccessibilityTest::rowReadsAsASentence()
{
    RowsFilterProxy *proxy = rowsProxy(*m_window);
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(rowTable(*m_window));
    QVERIFY(table && table->tableInterface());
    QCOMPARE(table->text(QAccessible::Name), QStringLiteral("Rows"));
    QAccessibleInterface *cell = table->tableInterface()->cellAt(0, RowsTableModel::Attempts);
    QVERIFY(cell);
    const QString sentence = cell->text(QAccessible::Name);
    const QString number = proxy->index(0, RowsTableModel::RowNumber).data().toString();
    const QString phone = proxy->index(0, RowsTableModel::Phone).data().toString();
    QVERIFY2(sentence.startsWith(QStringLiteral("Row %1, %2, ").arg(number, phone)),
             qPrintable(sentence));
    // Durations are said in words, not as "1:53".
    QVERIFY2(!sentence.contains(QRegularExpression(QStringLiteral("\\d:\\d\\d"))),
             qPrintable(sentence));
}

void AccessibilityTest::campaignReadsAsASentence()
{
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(campaignList(*m_window));
    QVERIFY(list);
    QCOMPARE(list->text(QAccessible::Name), QStringLiteral("Campaigns"));
    QVERIFY(list->childCount() > 0);
    const CampaignListModel *model = m_session->data().campaigns;
    const Campaign &first = model->campaignAt(0);
    QString itemName;
    for (int i = 0; i < list->childCount() && itemName.isEmpty(); ++i) {
        const QString name = list->child(i)->text(QAccessible::Name);
        if (name.startsWith(first.name)) {
            itemName = name;
        }
    }
    QVERIFY2(itemName.contains(QStringLiteral("% done")), qPrintable(itemName));
    QVERIFY2(itemName.contains(QStringLiteral(" rows")) ||
                 itemName.contains(QStringLiteral(" row")),
             qPrintable(itemName));
}

void AccessibilityTest::attemptReadsAsASentence()
{
    QTableView *attempts = detailPane(*m_window)->attemptsView();
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(attempts);
    QVERIFY(table && table->tableInterface());
    QCOMPARE(table->text(QAccessible::Name), QStringLiteral("Call attempts"));
    QVERIFY(attempts->model()->rowCount() > 0);
    QAccessibleInterface *cell = table->tableInterface()->cellAt(0, 0);
    QVERIFY(cell);
    const QString sentence = cell->text(QAccessible::Name);
    const QString started = attempts->model()->index(0, 0).data().toString();
    QVERIFY2(sentence.startsWith(QStringLiteral("Attempt at %1, ").arg(started)),
             qPrintable(sentence));
}

void AccessibilityTest::progressBarHasAValue()
{
    auto *bar = overview(*m_window)->findChild<SegmentedProgressBar *>();
    QVERIFY(bar);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(bar);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::ProgressBar);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Campaign progress"));
    QAccessibleValueInterface *value = iface->valueInterface();
    QVERIFY(value);
    QCOMPARE(value->currentValue().toDouble(), bar->stats().progressPercent());
    QCOMPARE(value->maximumValue().toDouble(), 100.0);
    QVERIFY2(iface->text(QAccessible::Description).contains(QStringLiteral("Completed: ")),
             qPrintable(iface->text(QAccessible::Description)));
}

void AccessibilityTest::badgesAndChartsSayWhatTheyAre()
{
    auto *badge = overview(*m_window)->findChild<BadgeLabel *>();
    QVERIFY(badge);
    QAccessibleInterface *badgeIface = QAccessible::queryAccessibleInterface(badge);
    QCOMPARE(badgeIface->role(), QAccessible::StaticText);
    QCOMPARE(badgeIface->text(QAccessible::Name), QStringLiteral("Running"));
    QCOMPARE(badgeIface->text(QAccessible::Description), QStringLiteral("Campaign status"));

    QWidget *results = m_window->findChild<QWidget *>(QStringLiteral("resultChart"));
    QAccessibleInterface *chart = QAccessible::queryAccessibleInterface(results);
    QCOMPARE(chart->role(), QAccessible::Chart);
    QCOMPARE(chart->text(QAccessible::Name), QStringLiteral("Where the rows stand"));
    // The figures the chart draws, in words: "Of 120 rows: Not called yet 62, Human 7, ...".
    QTRY_VERIFY2(chart->text(QAccessible::Description).contains(QStringLiteral("Human ")),
                 qPrintable(chart->text(QAccessible::Description)));
    QWidget *progress = m_window->findChild<QWidget *>(QStringLiteral("progressChart"));
    QCOMPARE(QAccessible::queryAccessibleInterface(progress)->role(), QAccessible::Chart);
    // Once a refresh added a sample: "1 sample since 02:05; now 6 completed, ...".
    QTRY_VERIFY2_WITH_TIMEOUT(QAccessible::queryAccessibleInterface(progress)
                                  ->text(QAccessible::Description)
                                  .contains(QStringLiteral(" completed, ")),
                              qPrintable(progress->accessibleDescription()), 20000);
}

void AccessibilityTest::tabReachesEveryPart()
{
    m_window->activateWindow();
    campaignList(*m_window)->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), campaignList(*m_window));
    QStringList reached;
    for (int i = 0; i < 80; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (!focus->objectName().isEmpty()) {
            reached << focus->objectName();
        }
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    for (const char *part :
         {"campaignList", "chip-all", "searchBox", "statusFilterButton", "dialErrorCombo",
          "rowTable", "attemptsView", "playButton", "seekSlider", "transcriptFind",
          "transcriptText", "resultChart", "progressChart"}) {
        QVERIFY2(reached.contains(QLatin1String(part)),
                 qPrintable(QStringLiteral("Tab never reaches %1; it reaches %2")
                                .arg(QLatin1String(part), reached.join(QStringLiteral(", ")))));
    }
    // The result chips are one choice: Tab stops on the chosen one, arrows move between them.
    QToolButton *all = filterBar(*m_window)->chip(QStringLiteral("all"));
    all->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), all);
    QTest::keyClick(all, Qt::Key_Right);
    QCOMPARE(QApplication::focusWidget(), filterBar(*m_window)->chip(QStringLiteral("not_called")));
    filterBar(*m_window)->clearFilters();
}

void AccessibilityTest::focusIsVisible()
{
    // Each of these looks different with the keyboard focus than without it.
    m_window->activateWindow();
    QVERIFY(selectRowWithCall()); // an earlier test may have filtered the chosen row away
    QList<QWidget *> parts{campaignList(*m_window),
                           filterBar(*m_window)->chip(QStringLiteral("human")),
                           filterBar(*m_window)->chip(QStringLiteral("all")),
                           filterBar(*m_window)->searchBox(),
                           rowTable(*m_window),
                           detailPane(*m_window)->attemptsView()};
    for (const char *name : {"resultChart", "progressChart", "statusFilterButton", "dialErrorCombo",
                             "playButton", "transcriptFind"}) {
        parts << m_window->findChild<QWidget *>(QLatin1String(name));
    }
    for (QWidget *part : parts) {
        QVERIFY(part);
        filterBar(*m_window)->searchBox()->setFocus(Qt::TabFocusReason);
        if (part == filterBar(*m_window)->searchBox()) {
            campaignList(*m_window)->setFocus(Qt::TabFocusReason);
        }
        QTRY_VERIFY(!part->hasFocus());
        const QImage without = part->grab().toImage();
        part->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(part->hasFocus());
        const QImage with = part->grab().toImage();
        QVERIFY2(with != without, qPrintable(part->objectName()));
    }
}

void AccessibilityTest::spaceActivatesTheFocusedButton()
{
    // Space plays the recording from anywhere, except where it presses a focused button.
    m_window->activateWindow();
    filterBar(*m_window)->clearFilters();
    QToolButton *voicemail = filterBar(*m_window)->chip(QStringLiteral("voicemail"));
    voicemail->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(voicemail->hasFocus());
    QVERIFY(!voicemail->isChecked());
    QTest::keyClick(voicemail, Qt::Key_Space);
    QVERIFY(voicemail->isChecked());
    QCOMPARE(rowsProxy(*m_window)->resultFilter(), QStringLiteral("voicemail"));
    filterBar(*m_window)->clearFilters();
}

void AccessibilityTest::settingsControlsHaveNames()
{
    SettingsDialog::Values values;
    SettingsDialog dialog(values, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(&dialog), &unnamed);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
}

QTEST_MAIN(AccessibilityTest)
#include "tst_Accessibility.moc"
