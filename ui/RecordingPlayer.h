#pragma once

#include <QMediaPlayer>
#include <QPointer>
#include <QUrl>
#include <QWidget>

class QAudioOutput;
class QLabel;
class QNetworkAccessManager;

namespace revox {

class PlayerControls;
class RecordingDownload;

// Plays an attempt's recording straight from its URL (no API credentials go with it),
// with an inline message when there is no recording, it fails to load or no audio exists.
class RecordingPlayer : public QWidget
{
    Q_OBJECT
public:
    explicit RecordingPlayer(QWidget *parent = nullptr);
    ~RecordingPlayer() override;

    // Loads a recording; an empty URL shows "no recording" and disables the controls.
    void setRecordingUrl(const QUrl &url);
    QUrl recordingUrl() const { return m_url; }
    // Adds Left and Right (-10 s / +10 s) shortcuts active while focus is inside scope.
    void installShortcuts(QWidget *scope);

    QMediaPlayer *mediaPlayer() const { return m_player; }
    PlayerControls *controls() const { return m_controls; }
    QString message() const;
    // Saves the recording into path as it downloads (no dialog); reports through
    // saveFinished. A host that sends nothing for stallTimeoutMs ends it.
    void saveTo(const QString &path);
    void cancelSave();
    bool isSaving() const { return !m_download.isNull(); }
    void setSaveStallTimeoutMs(int ms) { m_saveStallTimeoutMs = ms; }
    void setSaveMaxBytes(qint64 bytes) { m_saveMaxBytes = bytes; }

signals:
    // Bytes of the recording written to the file so far, of total (-1 while unknown).
    void saveProgress(qint64 written, qint64 total);
    void saveFinished(bool ok, const QString &message);

public slots:
    void play();
    void pause();
    void togglePlay();
    void stop();

private:
    void ensurePlayer();
    void showMessage(const QString &text, bool isError);
    void onMediaStatus(QMediaPlayer::MediaStatus status);
    void onError(QMediaPlayer::Error error, const QString &text);
    void askAndSave();

    PlayerControls *m_controls;
    QLabel *m_message;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QNetworkAccessManager *m_downloads = nullptr;
    QPointer<RecordingDownload> m_download;
    int m_saveStallTimeoutMs;
    qint64 m_saveMaxBytes;
    QUrl m_url;
    bool m_noAudioDevice = false;
};

} // namespace revox
