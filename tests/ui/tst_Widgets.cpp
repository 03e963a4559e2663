// Tests single widgets of the dashboard offscreen: transcript, player controls, filter bar,
// settings dialog, overview header.
#include "ApiKeyStore.h"
#include "CallAttemptsDisplayModel.h"
#include "Campaign.h"
#include "DisplayText.h"
#include "FilterBar.h"
#include "HumanText.h"
#include "OverviewHeader.h"
#include "PlainToolTips.h"
#include "PlayerControls.h"
#include "RecordingPlayer.h"
#include "RowTableView.h"
#include "SettingsDialog.h"
#include "Theme.h"
#include "TranscriptView.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace revox;

namespace {

TranscriptEntry turn(TranscriptRole role, const QString &text)
{
    TranscriptEntry e;
    e.role = role;
    e.setContent(text);
    return e;
}

} // namespace

class WidgetsTest : public QObject
{
    Q_OBJECT
private slots:
    void selectedRowStaysWholeWhenAColumnArrives();
    void finishEstimateInWords();
    void timesOfDayToTheMinute_data();
    void timesOfDayToTheMinute();
    void transcriptShowsHtmlAndMarkdownLiterally();
    void transcriptToolCallsExpand();
    void transcriptFindHighlightsEveryMatch();
    void transcriptCopiesPlainText();
    void transcriptWithoutEntriesSaysSo();
    void transcriptShortensHugeEntryButCopiesItWhole();
    void attemptTimesAreShortForToday();
    void playerControlsSkipWithinBounds();
    void playerWithoutRecordingSaysSo();
    void filterBarDebouncesSearchAndEscapeClears();
    void filterBarChipEmitsResult();
    void settingsRejectsInsecureBaseUrl();
    void overviewDescribesRetryPolicy();
    void statusMenuSelectsSeveral();
    void darkThemeAppliesAndReverts();
    void keyFallsBackToPrivateFileWithoutKeychain();
    void toolTipsAreEscaped();
    void durations_data();
    void durations();
};

void WidgetsTest::transcriptShowsHtmlAndMarkdownLiterally()
{
    TranscriptView view;
    const QString html = QStringLiteral("<b>bold</b> <img src=x onerror=alert(1)> **stars**");
    view.setTranscript(QList<TranscriptEntry>{
        turn(TranscriptRole::User, html), turn(TranscriptRole::Assistant, QStringLiteral("Hi"))});
    QVERIFY(view.displayedText().contains(html));
    QCOMPARE(view.turnCount(), 2);
}

void WidgetsTest::transcriptToolCallsExpand()
{
    TranscriptView view;
    TranscriptEntry tool;
    tool.role = TranscriptRole::Tool;
    tool.editTool().name = QStringLiteral("transfer_call");
    tool.editTool().isError = true;
    tool.editTool().arguments = QJsonObject{{QStringLiteral("number"), QStringLiteral("+33123")}};
    tool.setContent(QStringLiteral("line busy"));
    TranscriptEntry stringArgs = tool;
    stringArgs.editTool().name = QStringLiteral("press_digit");
    stringArgs.editTool().isError = false;
    stringArgs.editTool().arguments = QStringLiteral("{\"digit\":\"2\"}");
    view.setTranscript(QList<TranscriptEntry>{turn(TranscriptRole::User, QStringLiteral("Hello")),
                                              tool, stringArgs});
    QCOMPARE(view.entryCount(), 3);
    QCOMPARE(view.turnCount(), 1);
    QVERIFY(view.displayedText().contains(QStringLiteral("transfer_call")));
    QVERIFY(view.displayedText().contains(QStringLiteral("error")));
    QVERIFY(!view.displayedText().contains(QStringLiteral("+33123"))); // collapsed
    view.setToolExpanded(1, true);
    QVERIFY(view.displayedText().contains(QStringLiteral("\"number\": \"+33123\"")));
    QVERIFY(view.displayedText().contains(QStringLiteral("line busy")));
    view.setToolExpanded(2, true);
    QVERIFY(view.displayedText().contains(QStringLiteral("\"digit\": \"2\""))); // pretty-printed
    view.setToolExpanded(1, false);
    QVERIFY(!view.displayedText().contains(QStringLiteral("+33123")));
}

void WidgetsTest::transcriptFindHighlightsEveryMatch()
{
    TranscriptView view;
    view.setTranscript(QList<TranscriptEntry>{
        turn(TranscriptRole::Assistant, QStringLiteral("Is Tuesday fine?")),
        turn(TranscriptRole::User, QStringLiteral("tuesday works, TUESDAY at ten"))});
    view.setFindText(QStringLiteral("tuesday"));
    QCOMPARE(view.matchCount(), 3);
    view.setFindText(QStringLiteral("friday"));
    QCOMPARE(view.matchCount(), 0);
    view.setFindText(QString());
    QCOMPARE(view.matchCount(), 0);
}

void WidgetsTest::transcriptCopiesPlainText()
{
    TranscriptView view;
    view.setTranscript(
        QList<TranscriptEntry>{turn(TranscriptRole::Assistant, QStringLiteral("Hi")),
                               turn(TranscriptRole::User, QStringLiteral("<i>Yo</i>"))});
    view.copyToClipboard();
    const QString text = QApplication::clipboard()->text();
    QVERIFY(text.contains(QStringLiteral("Assistant: Hi")));
    QVERIFY(text.contains(QStringLiteral("Caller: <i>Yo</i>")));
}

void WidgetsTest::transcriptShortensHugeEntryButCopiesItWhole()
{
    QString huge = QStringLiteral("start ");
    while (huge.size() < 300 * 1024)
        huge += QStringLiteral("needle hay ");
    huge += QStringLiteral("THE-END");
    TranscriptView view;
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTranscript(QList<TranscriptEntry>{turn(TranscriptRole::Assistant, huge),
                                              turn(TranscriptRole::User, QStringLiteral("ok"))});
    const QString shown = view.displayedText();
    QVERIFY(shown.contains(QStringLiteral("start needle")));
    QVERIFY(!shown.contains(QStringLiteral("THE-END")));
    QVERIFY2(
        shown.contains(QStringLiteral("shortened for display; Copy transcript gives it whole")),
        qPrintable(shown.right(300)));
    QVERIFY(shown.contains(QStringLiteral("Caller")));
    QCOMPARE(view.shownEntryCount(), 2);
    view.setFindText(QStringLiteral("THE-END"));
    QCOMPARE(view.matchCount(), 0);
    view.setFindText(QStringLiteral("needle"));
    QCOMPARE(view.matchCount(), int(shown.count(QStringLiteral("needle"))));
    QVERIFY(view.matchCount() > 1000);
    view.copyToClipboard();
    const QString copied = QApplication::clipboard()->text();
    QVERIFY(copied.contains(huge));
    QVERIFY(!copied.contains(QStringLiteral("shortened for display")));
}

void WidgetsTest::attemptTimesAreShortForToday()
{
    const QDateTime now(QDate(2026, 11, 23), QTime(16, 30));
    QCOMPARE(
        CallAttemptsDisplayModel::shortTime(QDateTime(QDate(2026, 11, 23), QTime(9, 5, 7)), now),
        QStringLiteral("09:05:07"));
    const QString thisYear =
        CallAttemptsDisplayModel::shortTime(QDateTime(QDate(2026, 3, 2), QTime(9, 5)), now);
    QVERIFY2(thisYear.startsWith(QStringLiteral("2 ")) &&
                 thisYear.endsWith(QStringLiteral("09:05")),
             qPrintable(thisYear));
    QCOMPARE(
        CallAttemptsDisplayModel::shortTime(QDateTime(QDate(2025, 12, 31), QTime(23, 59)), now),
        QStringLiteral("2025-12-31 23:59"));
    QCOMPARE(CallAttemptsDisplayModel::shortTime(QDateTime(), now), QString());
}

void WidgetsTest::transcriptWithoutEntriesSaysSo()
{
    TranscriptView view;
    view.setTranscript(std::nullopt);
    QVERIFY(view.displayedText().contains(QStringLiteral("No transcript")));
    QCOMPARE(view.entryCount(), 0);
}

void WidgetsTest::playerControlsSkipWithinBounds()
{
    PlayerControls controls;
    QSignalSpy seeks(&controls, &PlayerControls::seekRequested);
    controls.skipForward(); // no media: nothing
    QCOMPARE(seeks.count(), 0);
    controls.setMediaAvailable(true);
    controls.setDuration(25000);
    controls.setPosition(20000);
    controls.skipForward();
    QCOMPARE(seeks.takeFirst().at(0).toLongLong(), 25000);
    controls.setPosition(4000);
    controls.skipBackward();
    QCOMPARE(seeks.takeFirst().at(0).toLongLong(), 0);
    QCOMPARE(controls.timeText(), QStringLiteral("0:04 / 0:25"));
    QSignalSpy plays(&controls, &PlayerControls::playRequested);
    QSignalSpy pauses(&controls, &PlayerControls::pauseRequested);
    controls.togglePlay();
    QCOMPARE(plays.count(), 1);
    controls.setPlaying(true);
    controls.togglePlay();
    QCOMPARE(pauses.count(), 1);
}

void WidgetsTest::playerWithoutRecordingSaysSo()
{
    RecordingPlayer player;
    player.setRecordingUrl(QUrl());
    QVERIFY(player.message().contains(QStringLiteral("No recording")));
    player.setRecordingUrl(QUrl(QStringLiteral("ftp://example.com/a.wav")));
    QVERIFY(player.message().contains(QStringLiteral("cannot be played")));
    player.togglePlay(); // must not crash without media
}

void WidgetsTest::filterBarDebouncesSearchAndEscapeClears()
{
    FilterBar bar;
    bar.show();
    QSignalSpy changes(&bar, &FilterBar::filterChanged);
    QTest::keyClicks(bar.searchBox(), QStringLiteral("anna"));
    QCOMPARE(changes.count(), 0); // debounced
    QTRY_COMPARE(changes.count(), 1);
    QCOMPARE(bar.state().text, QStringLiteral("anna"));
    QVERIFY(bar.state().textSearchesTranscripts);
    bar.searchBox()->setFocus();
    QTest::keyClick(bar.searchBox(), Qt::Key_Escape);
    QTRY_COMPARE(changes.count(), 2);
    QCOMPARE(bar.state().text, QString());
}

void WidgetsTest::filterBarChipEmitsResult()
{
    FilterBar bar;
    bar.show();
    QSignalSpy changes(&bar, &FilterBar::filterChanged);
    bar.setCounts({{QStringLiteral("human"), 7}, {QStringLiteral("all"), 20}}, {});
    QCOMPARE(bar.chipCount(QStringLiteral("human")), 7);
    QVERIFY(bar.chip(QStringLiteral("human"))->text().contains(QStringLiteral("7")));
    QTest::mouseClick(bar.chip(QStringLiteral("human")), Qt::LeftButton);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(bar.state().result, QStringLiteral("human"));
    RowsFilterState restored;
    restored.result = QStringLiteral("voicemail");
    bar.setState(restored); // programmatic: no signal
    QCOMPARE(changes.count(), 1);
    QVERIFY(bar.chip(QStringLiteral("voicemail"))->isChecked());
    bar.setRowCounts(3, 1200);
    QVERIFY(bar.rowCountText().contains(QStringLiteral("3 of")));
}

void WidgetsTest::settingsRejectsInsecureBaseUrl()
{
    SettingsDialog::Values values;
    values.baseUrl = QUrl(QStringLiteral("https://www.getrevox.com/api"));
    SettingsDialog dialog(values);
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(edit && ok);
    QVERIFY(ok->isEnabled());
    edit->setText(QStringLiteral("http://example.com/api"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.baseUrlProblem().isEmpty());
    edit->setText(QStringLiteral("http://127.0.0.1:9000/api"));
    QVERIFY(ok->isEnabled());
    auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    key->setText(QStringLiteral(" sk-test "));
    QVERIFY(dialog.apiKeyChanged());
    QCOMPARE(dialog.values().apiKey, QStringLiteral("sk-test"));
}

void WidgetsTest::overviewDescribesRetryPolicy()
{
    Campaign c;
    c.id = QStringLiteral("c1");
    c.name = QStringLiteral("<h1>Spring</h1>");
    c.status = ApiEnum<CampaignStatus>::fromText(QStringLiteral("running"));
    RowStats stats;
    stats.completed = 5;
    stats.failed = 5;
    stats.pending = 10;
    stats.total = 20;
    c.rowStats = stats;
    CallRetryConfig retry;
    retry.maxRetryAttempts = 3;
    retry.timezone = QStringLiteral("Europe/Paris");
    retry.callingWindows = {{QStringLiteral("09:00"), QStringLiteral("12:00"), 3600}};
    c.callRetryConfig = retry;
    OverviewHeader header;
    header.setCampaign(c);
    QCOMPARE(header.statusText(), QStringLiteral("running"));
    QVERIFY(header.progressText().startsWith(QStringLiteral("50.0%")));
    bool literalName = false;
    for (QLabel *label : header.findChildren<QLabel *>()) {
        if (label->text() == c.name) {
            literalName = label->textFormat() == Qt::PlainText;
        }
        if (label->text().contains(QStringLiteral("Up to 3 retries"))) {
            QVERIFY(label->text().contains(QStringLiteral("Europe/Paris")));
        }
        if (label->text().contains(QStringLiteral("09:00"))) {
            QVERIFY(label->text().contains(QStringLiteral("1 h")));
        }
    }
    QVERIFY(literalName);
}

void WidgetsTest::statusMenuSelectsSeveral()
{
    FilterBar bar;
    bar.show();
    auto *button = bar.findChild<QToolButton *>(QStringLiteral("statusFilterButton"));
    QVERIFY(button && button->menu());
    QSignalSpy changes(&bar, &FilterBar::filterChanged);
    for (QAction *a : button->menu()->actions()) {
        const QString wire = a->data().toString();
        if (wire == QLatin1String("calling") || wire == QLatin1String("errored")) {
            a->trigger();
        }
    }
    QCOMPARE(changes.count(), 2);
    QCOMPARE(bar.state().callStatuses,
             (QStringList{QStringLiteral("calling"), QStringLiteral("errored")}));
    QCOMPARE(button->text(), QStringLiteral("2 statuses"));
}

void WidgetsTest::darkThemeAppliesAndReverts()
{
    Theme::apply(Theme::Choice::Dark);
    QVERIFY(Theme::isDark());
    TranscriptView view;
    view.setTranscript(QList<TranscriptEntry>{turn(TranscriptRole::User, QStringLiteral("Hi"))});
    QVERIFY(view.displayedText().contains(QStringLiteral("Hi")));
    Theme::apply(Theme::Choice::Light);
    QVERIFY(!Theme::isDark());
    QVERIFY(view.displayedText().contains(QStringLiteral("Hi"))); // rebuilt for the new palette
    QCOMPARE(Theme::fromString(QStringLiteral("DARK")), Theme::Choice::Dark);
    QCOMPARE(Theme::fromString(QStringLiteral("bogus")), Theme::Choice::System);
}

void WidgetsTest::keyFallsBackToPrivateFileWithoutKeychain()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(ApiKeyStore::privateFilePath());
    ApiKeyStore probe;
    QSignalSpy loaded(&probe, &ApiKeyStore::loaded);
    probe.load();
    QVERIFY(loaded.wait(10000) || loaded.count() == 1);
    if (probe.keychainAvailable()) {
        QSKIP("A system keychain answers here; this test covers machines without one.");
    }
    // Without the user's consent the key stays in memory only.
    ApiKeyStore sessionOnly;
    QSignalSpy sessionSaved(&sessionOnly, &ApiKeyStore::saved);
    sessionOnly.save(QStringLiteral("sk-session"), false);
    QVERIFY(sessionSaved.wait(10000) || sessionSaved.count() == 1);
    QCOMPARE(sessionSaved.first().at(0).toBool(), false);
    QVERIFY(!QFile::exists(ApiKeyStore::privateFilePath()));
    QCOMPARE(sessionOnly.key(), QStringLiteral("sk-session"));

    // With consent: a file only the user can read.
    ApiKeyStore store;
    QSignalSpy saved(&store, &ApiKeyStore::saved);
    store.save(QStringLiteral("sk-file"), true);
    QVERIFY(saved.wait(10000) || saved.count() == 1);
    QCOMPARE(saved.first().at(0).toBool(), true);
    QFile file(ApiKeyStore::privateFilePath());
    QVERIFY(file.exists());
    QCOMPARE(file.permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    ApiKeyStore reader;
    QSignalSpy read(&reader, &ApiKeyStore::loaded);
    reader.load();
    QVERIFY(read.wait(10000) || read.count() == 1);
    QCOMPARE(reader.key(), QStringLiteral("sk-file"));
    QCOMPARE(reader.source(), ApiKeyStore::Source::PrivateFile);
    reader.forget();
    QVERIFY(!QFile::exists(ApiKeyStore::privateFilePath()));
}

void WidgetsTest::toolTipsAreEscaped()
{
    const QString tip = PlainToolTips::escaped(QStringLiteral("<b>end</b> & co"));
    QVERIFY(tip.contains(QStringLiteral("&lt;b&gt;end&lt;/b&gt; &amp; co")));
    QVERIFY(!tip.contains(QStringLiteral("<b>")));
    QCOMPARE(PlainToolTips::escaped(QString()), QString());
}

void WidgetsTest::durations_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown") << qint64(-1) << QStringLiteral("—");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0:00");
    QTest::newRow("minute") << qint64(75) << QStringLiteral("1:15");
    QTest::newRow("hour") << qint64(3725) << QStringLiteral("1:02:05");
}

void WidgetsTest::durations()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(HumanText::duration(seconds), text);
}

void WidgetsTest::selectedRowStaysWholeWhenAColumnArrives()
{
    // A new structured-output field adds a column while a row is selected.
    QStandardItemModel model(3, 2);
    RowTableView view;
    view.setModel(&model);
    view.selectRow(1);
    QCOMPARE(view.selectionModel()->selectedRows().size(), 1);
    model.insertColumns(2, 1);
    QCOMPARE(view.selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view.selectionModel()->selectedRows().first().row(), 1);
}

void WidgetsTest::finishEstimateInWords()
{
    const QDateTime now = QDateTime::currentDateTime().toUTC();
    CampaignEta eta;
    eta.state = CampaignEta::State::Running;
    eta.rowsPerHour = 120;
    eta.finishAt = now.addSecs(2 * 3600 + 30 * 60);
    QString text = HumanText::finishEstimate(eta, now);
    QVERIFY2(text.contains(QStringLiteral("2 h 30 min")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("120 rows/h")), qPrintable(text));
    eta.state = CampaignEta::State::OutsideHours;
    eta.opensAt = now.addSecs(3600);
    text = HumanText::finishEstimate(eta, now);
    QVERIFY2(text.startsWith(QStringLiteral("Outside calling hours until ")), qPrintable(text));
    eta.paceFromConcurrency = true;
    QVERIFY(HumanText::finishEstimate(eta, now).contains(QStringLiteral("concurrency")));
    eta.state = CampaignEta::State::Paused;
    eta.remaining = 12;
    QVERIFY(HumanText::finishEstimate(eta, now).startsWith(QStringLiteral("Paused, 12 row")));
    QCOMPARE(HumanText::span(30), QStringLiteral("under a minute"));
    QVERIFY(HumanText::span(26 * 3600).endsWith(QStringLiteral(" 2 h")));
}

void WidgetsTest::timesOfDayToTheMinute_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("ten");
    QTest::newRow("C (seconds in its short format)") << QLocale::c() << QStringLiteral("10:00");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates)
                           << QStringLiteral("10:00 AM");
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                           << QStringLiteral("10:00");
    QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France) << QStringLiteral("10:00");
}

void WidgetsTest::timesOfDayToTheMinute()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, ten);
    const QLocale before;
    QLocale::setDefault(locale);
    const QDateTime now(QDate(2026, 11, 20), QTime(8, 0));
    CampaignEta eta;
    eta.state = CampaignEta::State::OutsideHours;
    eta.rowsPerHour = 60;
    eta.opensAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0, 0));
    eta.finishAt = QDateTime(QDate(2026, 11, 21), QTime(11, 40, 0));
    const QString text = HumanText::finishEstimate(eta, now);
    const QString expected = QStringLiteral("Outside calling hours until today %1; ").arg(ten);
    const QString banner = DisplayText::dateAndTime(QDateTime(QDate(2026, 11, 20), QTime(9, 5, 7)));
    QLocale::setDefault(before);
    QVERIFY2(text.startsWith(expected), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("tomorrow ")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral(":00:00")) && !text.contains(QStringLiteral(":40:00")),
             qPrintable(text));
    QVERIFY2(banner.contains(QStringLiteral("9:05")) && !banner.contains(QStringLiteral(":07")),
             qPrintable(banner));
}

QTEST_MAIN(WidgetsTest)
#include "tst_Widgets.moc"
