#include "CallAttemptsModel.h"
#include "ModelSpies.h"
#include "RowFactory.h"
#include "ShortenedText.h"
#include "StatusPalette.h"
#include "TextFold.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QtTest>

using namespace revox;
using namespace revox::testing;

// The call-detail models (attempts), transcript shortening, text folding and palette colours.
class TestDetailModels : public QObject
{
    Q_OBJECT
private slots:
    void attemptsMergeForTheSameCall();
    void transcriptShortensLongTextForDisplay();
    void foldText_data();
    void foldText();
    void coloursReadableOnLightAndDark();
};

static CallAttempt attempt(const QString &id, const QString &status)
{
    CallAttempt a;
    a.id = id;
    a.status = ApiEnum<AttemptStatus>::fromText(status);
    a.recordingUrl = QStringLiteral("http://127.0.0.1:9/rec/") + id + QStringLiteral(".wav");
    return a;
}

void TestDetailModels::attemptsMergeForTheSameCall()
{
    CallAttemptsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Call call;
    call.id = QStringLiteral("call-1");
    call.callAttempts = {attempt(QStringLiteral("a1"), QStringLiteral("completed"))};
    model.setCall(call);
    QCOMPARE(model.rowCount(), 1);
    ModelSpies spies(&model);
    model.setCall(call);
    QCOMPARE(spies.total(), 0);
    call.callAttempts.prepend(attempt(QStringLiteral("a2"), QStringLiteral("ringing")));
    model.setCall(call);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(model.index(0, 0).data(RowIdRole).toString(), QStringLiteral("a2"));
    call.callAttempts[0].status = ApiEnum<AttemptStatus>::fromText(QStringLiteral("ongoing"));
    model.setCall(call);
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(model.index(0, CallAttemptsModel::Status).data().toString(),
             QStringLiteral("Ongoing"));
    QCOMPARE(model.index(1, 0).data(RecordingUrlRole).toUrl().path(),
             QStringLiteral("/rec/a1.wav"));
    model.setCall(std::nullopt);
    QCOMPARE(model.rowCount(), 0);
}

void TestDetailModels::transcriptShortensLongTextForDisplay()
{
    // Short text is shown as it is; long text is cut, never inside a surrogate pair.
    QCOMPARE(ShortenedText::forDisplay(QStringLiteral("short"), 10), QStringLiteral("short"));
    const QString emoji =
        QStringLiteral("abc") + QString::fromUtf8("\xF0\x9F\x98\x80") + QStringLiteral("tail");
    const QString cut = ShortenedText::forDisplay(emoji, 4);
    QVERIFY2(cut.startsWith(QStringLiteral("abc\n")), qPrintable(cut));
    QVERIFY(cut.contains(QStringLiteral("shortened for display")));
    QVERIFY(ShortenedText::note(1024 * 1024).contains(QStringLiteral("1.0 MB entry")));
    QVERIFY(ShortenedText::note(300 * 1024).contains(QStringLiteral("300 KB entry")));
}

void TestDetailModels::foldText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("ascii") << QStringLiteral("Hello WORLD") << QStringLiteral("hello world");
    QTest::newRow("french") << QStringLiteral("Éloïse à Noël") << QStringLiteral("eloise a noel");
    QTest::newRow("cedilla") << QStringLiteral("FAÇADE") << QStringLiteral("facade");
    QTest::newRow("german") << QStringLiteral("Müller") << QStringLiteral("muller");
    QTest::newRow("decomposed") << QStringLiteral("e\u0301te\u0301") << QStringLiteral("ete");
    QTest::newRow("empty") << QString() << QString();
}

void TestDetailModels::foldText()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(TextFold::fold(text), folded);
}

static double luminance(const QColor &c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

void TestDetailModels::coloursReadableOnLightAndDark()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    const StatusPalette onLight(light);
    const StatusPalette onDark(dark);
    QVERIFY(!onLight.isDark());
    QVERIFY(onDark.isDark());
    for (CallResult r : {CallResult::Human, CallResult::Voicemail, CallResult::IVR}) {
        QVERIFY(luminance(onLight.resultColor(r)) < 0.45);
        QVERIFY(luminance(onDark.resultColor(r)) > 0.45);
    }
    QVERIFY(onLight.callStatusColor(CallStatus::Errored) !=
            onLight.callStatusColor(CallStatus::Completed));
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestDetailModels test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_detailmodels.moc"
