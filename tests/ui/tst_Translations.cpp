// The French translation is complete: every message of the .ts is finished and keeps its
// placeholders, the .ts holds every string the sources mark for translation (lupdate run
// afresh agrees), and with French chosen the real window shows no English text that has a
// translation.
#include "DashboardSession.h"
#include "FilterBar.h"
#include "Language.h"
#include "MainWindow.h"
#include "RowTableView.h"
#include "RowsFilterProxy.h"
#include "SettingsDialog.h"
#include "WindowParts.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace revox;
using namespace revox::testing;

namespace {

// One message of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    QString type;             // "unfinished", "vanished", "obsolete" or empty
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> out;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool plural = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                out << message;
            }
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = TsMessage{context, {}, {}, {}};
            plural = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!plural) { // a plural message holds <numerusform> children, read below
                const QString text = xml.readElementText();
                if (!text.trimmed().isEmpty()) {
                    message.translations << text;
                }
            }
        } else if (xml.name() == QLatin1String("numerusform")) {
            message.translations << xml.readElementText();
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return out;
}

// "%1", "%2", "%n", "%Ln": what a translation must keep.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        out.insert(it.next().captured(0));
    }
    return out;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyMessageIsTranslated();
    void tsFileHoldsEveryStringOfTheSources();
    void englishPluralsAreWritten();
    void frenchWindowShowsNoEnglish();
    void frenchSettingsShowNoEnglish();

private:
    void checkNoEnglish(QWidget *root);

    QTemporaryDir m_settingsDir;
    QList<TsMessage> m_messages;
    QHash<QString, QString> m_english; // English source -> its French, where they differ
};

void TranslationsTest::initTestCase()
{
    QString error;
    m_messages = readTs(QStringLiteral(REVOX_TS_FILE), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_messages.size() > 100);
    for (const TsMessage &m : std::as_const(m_messages)) {
        if (!m.translations.isEmpty() && m.translations.first() != m.source &&
            !m.source.contains(QLatin1Char('%'))) {
            m_english.insert(m.source, m.translations.first());
        }
    }
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RevoxDeskTranslationTest"));
    QCOMPARE(Language::apply(Language::Choice::French), QStringLiteral("fr"));
    QCOMPARE(QLocale().language(), QLocale::French);
}

void TranslationsTest::everyMessageIsTranslated()
{
    QStringList problems;
    for (const TsMessage &m : std::as_const(m_messages)) {
        const QString where = m.context + QStringLiteral(": ") + m.source;
        if (!m.type.isEmpty()) {
            problems << QStringLiteral("%1 (%2)").arg(where, m.type);
            continue;
        }
        if (m.translations.isEmpty()) {
            problems << QStringLiteral("%1 (empty)").arg(where);
            continue;
        }
        for (const QString &t : m.translations) {
            QSet<QString> expected = placeholders(m.source);
            if (t.trimmed().isEmpty() || placeholders(t) != expected) {
                problems << QStringLiteral("%1 (placeholders: %2)").arg(where, t);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TranslationsTest::tsFileHoldsEveryStringOfTheSources()
{
    // lupdate over the same sources into a fresh file: every string it finds must be in
    // the repository's .ts (else someone added a tr() without translating it).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh_fr.ts"));
    QStringList args{QStringLiteral("-silent"), QStringLiteral("-locations"),
                     QStringLiteral("none")};
    for (const QString &folder : QStringLiteral(REVOX_TRANSLATED_DIRS).split(QLatin1Char('|'))) {
        args << folder;
    }
    args << QStringLiteral("-ts") << fresh;
    QProcess lupdate;
    lupdate.start(QStringLiteral(REVOX_LUPDATE), args);
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    QString error;
    const QList<TsMessage> found = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!found.isEmpty());
    QSet<QString> known;
    for (const TsMessage &m : std::as_const(m_messages)) {
        known.insert(m.context + QLatin1Char('\x1f') + m.source);
    }
    QStringList missing;
    for (const TsMessage &m : found) {
        if (!known.contains(m.context + QLatin1Char('\x1f') + m.source)) {
            missing << m.context + QStringLiteral(": ") + m.source;
        }
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in translations/revox-desk_fr.ts (run the "
                                       "update_translations target and translate):\n") +
                        missing.join(QLatin1Char('\n'))));
}

void TranslationsTest::englishPluralsAreWritten()
{
    // English keeps its source texts but "%n row(s)" needs its two forms.
    QString error;
    const QList<TsMessage> english = readTs(QStringLiteral(REVOX_TS_EN_FILE), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> plurals;
    for (const TsMessage &m : english) {
        QVERIFY2(m.type.isEmpty() && m.translations.size() == 2,
                 qPrintable(m.context + QStringLiteral(": ") + m.source));
        QVERIFY2(!m.translations.join(QString()).contains(QStringLiteral("(s)")),
                 qPrintable(m.translations.join(QStringLiteral(" / "))));
        plurals.insert(m.context + QLatin1Char('\x1f') + m.source);
    }
    for (const TsMessage &m : std::as_const(m_messages)) {
        if (m.translations.size() == 2) { // a plural message of the French file
            QVERIFY2(plurals.contains(m.context + QLatin1Char('\x1f') + m.source),
                     qPrintable(QStringLiteral("no English plural forms for ") + m.source));
        }
    }
}

void TranslationsTest::checkNoEnglish(QWidget *root)
{
    QStringList english;
    auto check = [&](const QString &text, const QObject *where) {
        QString plain = text;
        plain.remove(QLatin1Char('&'));
        for (auto it = m_english.cbegin(); it != m_english.cend(); ++it) {
            QString source = it.key();
            source.remove(QLatin1Char('&'));
            if (!source.isEmpty() && plain == source) {
                english << QStringLiteral("%1 in %2")
                               .arg(text,
                                    where->objectName().isEmpty()
                                        ? QString::fromLatin1(where->metaObject()->className())
                                        : where->objectName());
            }
        }
    };
    check(root->windowTitle(), root);
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (auto *label = qobject_cast<QLabel *>(w)) {
            check(label->text(), w);
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            check(button->text(), w);
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            check(box->title(), w);
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            check(edit->placeholderText(), w);
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i) {
                check(combo->itemText(i), w);
            }
        } else if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model()) {
            for (int i = 0; i < header->count(); ++i) {
                check(header->model()->headerData(i, header->orientation()).toString(), w);
            }
        }
        check(w->toolTip(), w);
        check(w->accessibleName(), w);
        for (QAction *a : w->actions()) {
            check(a->text(), a);
            check(a->toolTip(), a);
        }
    }
    english.removeDuplicates();
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("English left in French:\n") +
                                           english.join(QLatin1Char('\n'))));
}

void TranslationsTest::frenchWindowShowsNoEnglish()
{
    DashboardSession session;
    DashboardSession::Options options;
    options.demo = true;
    options.demoSpeed = 0;
    options.demoRowsScale = 0.05;
    QString error;
    QVERIFY2(session.start(options, &error), qPrintable(error));
    MainWindow window(session.data());
    window.setDemoMode(true);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectCampaign(session.suggestedDemoCampaign());
    QTRY_VERIFY_WITH_TIMEOUT(rowsProxy(window)->rowCount() > 0, 30000);
    rowTable(window)->setCurrentIndex(rowsProxy(window)->index(0, 1));
    QCOMPARE(window.windowTitle(), QStringLiteral("Revox Desk — données de démo"));
    QVERIFY2(filterBar(window)->rowCountText().contains(QStringLiteral(" lignes sur ")),
             qPrintable(filterBar(window)->rowCountText()));
    checkNoEnglish(&window);
    for (QAction *menu : window.menuBar()->actions()) {
        QVERIFY(menu->menu());
        checkNoEnglish(menu->menu());
    }
}

void TranslationsTest::frenchSettingsShowNoEnglish()
{
    SettingsDialog dialog(SettingsDialog::Values{});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Paramètres"));
    checkNoEnglish(&dialog);
}

QTEST_MAIN(TranslationsTest)
#include "tst_Translations.moc"
