// "Save as" in the recording player, with real widgets (offscreen) against the simulator's
// recordings origin over loopback: the file is written as the recording arrives, and a host
// that stalls, trickles, refuses, drops or cuts the transfer short, or a cancel, ends it with a
// clear message and leaves any earlier file at that path as it was.
#include "PlayerControls.h"
#include "RecordingPlayer.h"
#include "SimHttp.h"
#include "SimulatorServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>

using namespace revox;
using revox::sim::SimulatorOptions;
using revox::sim::SimulatorServer;

namespace {

const QByteArray kEarlier = "an earlier file the user keeps";

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The save button of a player's controls (its text says what a click does).
QToolButton *saveButton(RecordingPlayer &player)
{
    for (QToolButton *button : player.controls()->findChildren<QToolButton *>()) {
        if (button->text() == QStringLiteral("Save as…") ||
            button->text() == QStringLiteral("Cancel saving"))
            return button;
    }
    return nullptr;
}

} // namespace

class TestRecordingDownload : public QObject
{
    Q_OBJECT

private:
    SimulatorServer m_server;
    QUrl m_recording;
    QByteArray m_recordingBytes;
    QTemporaryDir m_dir;
    std::unique_ptr<RecordingPlayer> m_player;

    // The recording's address with a fault the recordings origin applies to each request.
    QUrl withFault(const QString &spec) const
    {
        QUrl url = m_recording;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sim_fault"), spec);
        url.setQuery(query);
        return url;
    }

    // Points the player at url and saves into a fresh path holding an earlier file.
    QString startSaving(const QUrl &url, int stallTimeoutMs)
    {
        QString path = m_dir.filePath(QStringLiteral("%1.wav").arg(QTest::currentTestFunction()));
        if (!writeFile(path, kEarlier))
            return {};
        m_player->setRecordingUrl(url);
        m_player->setSaveStallTimeoutMs(stallTimeoutMs);
        m_player->saveTo(path);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SimulatorOptions options;
        options.speed = 0;
        options.rowsScale = 0.05;
        options.seed = 3;
        options.startTime = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        QVERIFY(m_server.start(options));
        for (const auto &c : m_server.campaigns()) {
            QUrl u = m_server.baseUrl();
            u.setPath(u.path() + QStringLiteral("/campaigns/%1/rows").arg(c.id));
            u.setQuery(QStringLiteral("page_size=1000"));
            const QJsonArray rows =
                QJsonDocument::fromJson(
                    SimHttp::get(u, {{"Authorization", "Bearer k"}}).body)[QStringLiteral("rows")]
                    .toArray();
            for (const QJsonValue &row : rows) {
                for (const QJsonValue &a :
                     row[QStringLiteral("call")][QStringLiteral("call_attempts")].toArray()) {
                    if (m_recording.isEmpty() && a[QStringLiteral("recording_url")].isString())
                        m_recording = QUrl(a[QStringLiteral("recording_url")].toString());
                }
            }
        }
        QVERIFY(m_recording.isValid());
        const SimHttp::Reply whole = SimHttp::get(m_recording);
        QCOMPARE(whole.status, 200);
        m_recordingBytes = whole.body;
        QVERIFY(m_recordingBytes.size() > 10000);
    }

    void init()
    {
        m_player = std::make_unique<RecordingPlayer>();
        m_player->resize(500, 80);
        m_player->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_player.get()));
    }

    void cleanup() { m_player.reset(); }

    void savesTheWholeRecording()
    {
        QSignalSpy progress(m_player.get(), &RecordingPlayer::saveProgress);
        QSignalSpy done(m_player.get(), &RecordingPlayer::saveFinished);
        const QString path = startSaving(m_recording, 600000);
        QVERIFY(!path.isEmpty());
        QVERIFY(m_player->controls()->isSaving());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(contents(path), m_recordingBytes);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(m_recordingBytes.size()));
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(m_recordingBytes.size()));
        QVERIFY(m_player->message().contains(QStringLiteral("saved")));
        QVERIFY(!m_player->controls()->isSaving());
        QToolButton *button = saveButton(*m_player);
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Save as…"));
    }

    void writesAsItArrivesAndEndsWhenTheHostStalls()
    {
        // The host sends half the recording, then nothing: that half goes to the file while
        // the transfer is open, then the stall ends it and the earlier file stays.
        QList<QString> events;
        connect(m_player.get(), &RecordingPlayer::saveProgress, this,
                [&events](qint64 written, qint64) {
                    events << QStringLiteral("wrote %1").arg(written);
                });
        connect(m_player.get(), &RecordingPlayer::saveFinished, this,
                [&events](bool ok, const QString &message) {
                    events << (ok ? QStringLiteral("saved") : QStringLiteral("failed: ") + message);
                });
        const QString path = startSaving(withFault(QStringLiteral("stall")), 1000);
        QVERIFY(!path.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            !events.isEmpty() && events.last().startsWith(QLatin1String("failed")), 20000);
        QVERIFY2(events.size() >= 2, qPrintable(events.join(QLatin1Char('\n'))));
        QCOMPARE(events.at(events.size() - 2),
                 QStringLiteral("wrote %1").arg(m_recordingBytes.size() / 2));
        QVERIFY2(events.last().contains(QStringLiteral("stopped sending")),
                 qPrintable(events.last()));
        QCOMPARE(contents(path), kEarlier);
        QVERIFY(m_player->message().contains(QStringLiteral("stopped sending")));
        QVERIFY(!m_player->controls()->isSaving());
    }

    void endsWhenTheHostTrickles()
    {
        // A few hundred bytes a second: never silent for the stall timeout, but the whole
        // recording cannot be in by its deadline, which ends it; the earlier file stays.
        qint64 written = 0;
        connect(m_player.get(), &RecordingPlayer::saveProgress, this,
                [&written](qint64 bytes, qint64) { written = bytes; });
        QSignalSpy done(m_player.get(), &RecordingPlayer::saveFinished);
        const QString path = startSaving(withFault(QStringLiteral("trickle=300")), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QCOMPARE(done.first().at(0).toBool(), false);
        const QString message = done.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("too slowly")), qPrintable(message));
        QVERIFY(written > 0);
        QVERIFY(written < m_recordingBytes.size());
        QCOMPARE(contents(path), kEarlier);
    }

    void refusalIsSaid()
    {
        QSignalSpy done(m_player.get(), &RecordingPlayer::saveFinished);
        const QString path = startSaving(withFault(QStringLiteral("status=403")), 600000);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
        QCOMPARE(done.first().at(0).toBool(), false);
        const QString message = done.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("refused")) &&
                     message.contains(QStringLiteral("403")),
                 qPrintable(message));
        QCOMPARE(contents(path), kEarlier);
    }

    void droppedConnectionIsSaid()
    {
        QSignalSpy done(m_player.get(), &RecordingPlayer::saveFinished);
        const QString path = startSaving(withFault(QStringLiteral("drop")), 600000);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
        QCOMPARE(done.first().at(0).toBool(), false);
        const QString message = done.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("closed the connection")), qPrintable(message));
        QCOMPARE(contents(path), kEarlier);
    }

    void cutShortIsNotSaved()
    {
        QSignalSpy done(m_player.get(), &RecordingPlayer::saveFinished);
        const QString path = startSaving(withFault(QStringLiteral("truncate")), 600000);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY2(done.first().at(1).toString().contains(QStringLiteral("nothing was saved")),
                 qPrintable(done.first().at(1).toString()));
        QCOMPARE(contents(path), kEarlier);
    }

    void cancelEndsItAndKeepsTheFile()
    {
        // Stalled with no timeout in sight: only the cancel button can end it.
        QSignalSpy progress(m_player.get(), &RecordingPlayer::saveProgress);
        QSignalSpy done(m_player.get(), &RecordingPlayer::saveFinished);
        const QString path = startSaving(withFault(QStringLiteral("stall")), 600000);
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 20000);
        QToolButton *button = saveButton(*m_player);
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Cancel saving"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY2(done.first().at(1).toString().contains(QStringLiteral("cancelled")),
                 qPrintable(done.first().at(1).toString()));
        QCOMPARE(contents(path), kEarlier);
        QCOMPARE(button->text(), QStringLiteral("Save as…"));
        QVERIFY(!m_player->isSaving());
    }

    void tooLargeIsNotSaved()
    {
        QSignalSpy progress(m_player.get(), &RecordingPlayer::saveProgress);
        QSignalSpy done(m_player.get(), &RecordingPlayer::saveFinished);
        m_player->setSaveMaxBytes(m_recordingBytes.size() - 1);
        const QString path = startSaving(m_recording, 600000);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY2(done.first().at(1).toString().contains(QStringLiteral("too large")),
                 qPrintable(done.first().at(1).toString()));
        QVERIFY(progress.isEmpty()); // refused on its announced length, before any byte
        QCOMPARE(contents(path), kEarlier);
    }

    void unreachableHostIsSaid()
    {
        // A port of the recordings origin's host that nothing listens on any more.
        SimulatorServer gone;
        SimulatorOptions options;
        options.speed = 0;
        options.rowsScale = 0.05;
        QVERIFY(gone.start(options));
        QUrl url = m_recording;
        url.setPort(gone.recordingsBaseUrl().port());
        gone.stop();
        QSignalSpy done(m_player.get(), &RecordingPlayer::saveFinished);
        const QString path = startSaving(url, 600000);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY2(done.first().at(1).toString().contains(QStringLiteral("cannot be reached")),
                 qPrintable(done.first().at(1).toString()));
        QCOMPARE(contents(path), kEarlier);
    }
};

QTEST_MAIN(TestRecordingDownload)
#include "tst_RecordingDownload.moc"
