#include "RecordingPlayer.h"

#include "PlayerControls.h"
#include "RecordingDownload.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QNetworkAccessManager>
#include <QShortcut>
#include <QStandardPaths>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcPlayer, "revox.ui.player")

namespace revox {

RecordingPlayer::RecordingPlayer(QWidget *parent)
    : QWidget(parent)
    , m_saveStallTimeoutMs(RecordingDownload::DefaultStallTimeoutMs)
    , m_saveMaxBytes(RecordingDownload::DefaultMaxBytes)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_controls = new PlayerControls(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("playerMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_controls);
    layout->addWidget(m_message);

    connect(m_controls, &PlayerControls::playRequested, this, &RecordingPlayer::play);
    connect(m_controls, &PlayerControls::pauseRequested, this, &RecordingPlayer::pause);
    connect(m_controls, &PlayerControls::seekRequested, this, [this](qint64 ms) {
        if (m_player) {
            m_player->setPosition(ms);
        }
    });
    connect(m_controls, &PlayerControls::rateChangeRequested, this, [this](double rate) {
        if (m_player) {
            m_player->setPlaybackRate(rate);
        }
    });
    connect(m_controls, &PlayerControls::volumeChangeRequested, this, [this](float volume) {
        if (m_audio) {
            m_audio->setVolume(volume);
        }
    });
    connect(m_controls, &PlayerControls::saveRequested, this, &RecordingPlayer::askAndSave);
    connect(m_controls, &PlayerControls::cancelSaveRequested, this, &RecordingPlayer::cancelSave);
    setRecordingUrl(QUrl());
}

RecordingPlayer::~RecordingPlayer()
{
    // A download in flight ends with the player; the file at its path stays as it was.
    delete m_download;
}

void RecordingPlayer::ensurePlayer()
{
    if (m_player) {
        return;
    }
    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_audio->setVolume(0.8f);
    m_player->setAudioOutput(m_audio);
    m_noAudioDevice = QMediaDevices::audioOutputs().isEmpty();
    connect(m_player, &QMediaPlayer::durationChanged, m_controls, &PlayerControls::setDuration);
    connect(m_player, &QMediaPlayer::positionChanged, m_controls, &PlayerControls::setPosition);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState state) {
                m_controls->setPlaying(state == QMediaPlayer::PlayingState);
            });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &RecordingPlayer::onMediaStatus);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &RecordingPlayer::onError);
}

void RecordingPlayer::setRecordingUrl(const QUrl &url)
{
    if (url == m_url && !url.isEmpty()) {
        return;
    }
    m_url = url;
    if (m_player) {
        m_player->stop();
        m_player->setSource(QUrl());
    }
    m_controls->setMediaAvailable(false);
    m_controls->setSaveAvailable(false);
    if (url.isEmpty()) {
        showMessage(tr("No recording for this attempt."), false);
        return;
    }
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https") &&
         url.scheme() != QLatin1String("file"))) {
        showMessage(tr("The recording address cannot be played: %1").arg(url.toDisplayString()),
                    true);
        return;
    }
    ensurePlayer();
    m_controls->setMediaAvailable(true);
    m_controls->setSaveAvailable(url.scheme() != QLatin1String("file"));
    showMessage(m_noAudioDevice ? tr("No audio output device found: playback is silent; "
                                     "you can still save the recording.")
                                : tr("Loading recording…"),
                false);
    m_player->setSource(url);
}

void RecordingPlayer::installShortcuts(QWidget *scope)
{
    auto add = [this, scope](const QKeySequence &keys, void (PlayerControls::*slot)()) {
        auto *s = new QShortcut(keys, scope);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(s, &QShortcut::activated, m_controls, slot);
    };
    add(QKeySequence(Qt::Key_Left), &PlayerControls::skipBackward);
    add(QKeySequence(Qt::Key_Right), &PlayerControls::skipForward);
}

QString RecordingPlayer::message() const
{
    return m_message->text();
}

void RecordingPlayer::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setForegroundRole(isError ? QPalette::BrightText : QPalette::PlaceholderText);
    if (isError) {
        QPalette p = m_message->palette();
        p.setColor(QPalette::WindowText, QColor(0xd0, 0x47, 0x3f));
        m_message->setPalette(p);
        m_message->setForegroundRole(QPalette::WindowText);
    } else {
        m_message->setPalette(QPalette());
    }
}

void RecordingPlayer::onMediaStatus(QMediaPlayer::MediaStatus status)
{
    switch (status) {
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferedMedia:
        if (!m_noAudioDevice) {
            showMessage(QString(), false);
        }
        break;
    case QMediaPlayer::InvalidMedia:
        showMessage(tr("This recording could not be played (unsupported or damaged file)."), true);
        m_controls->setMediaAvailable(false);
        break;
    case QMediaPlayer::EndOfMedia:
        m_controls->setPosition(m_player->duration());
        break;
    default:
        break;
    }
}

void RecordingPlayer::onError(QMediaPlayer::Error error, const QString &text)
{
    if (error == QMediaPlayer::NoError) {
        return;
    }
    qCWarning(lcPlayer) << "recording failed to load:" << error << text;
    showMessage(
        tr("The recording failed to load: %1").arg(text.isEmpty() ? tr("unknown error") : text),
        true);
    m_controls->setMediaAvailable(false);
    m_controls->setSaveAvailable(!m_url.isEmpty() && m_url.scheme() != QLatin1String("file"));
}

void RecordingPlayer::play()
{
    if (m_player && !m_url.isEmpty()) {
        if (m_player->mediaStatus() == QMediaPlayer::EndOfMedia) {
            m_player->setPosition(0);
        }
        m_player->play();
    }
}

void RecordingPlayer::pause()
{
    if (m_player) {
        m_player->pause();
    }
}

void RecordingPlayer::togglePlay()
{
    m_controls->togglePlay();
}

void RecordingPlayer::stop()
{
    if (m_player) {
        m_player->stop();
    }
}

void RecordingPlayer::askAndSave()
{
    if (m_url.isEmpty()) {
        return;
    }
    QString name = QFileInfo(m_url.path()).fileName();
    if (name.isEmpty()) {
        name = QStringLiteral("recording.wav");
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save recording as"), dir + QLatin1Char('/') + name);
    if (!path.isEmpty()) {
        saveTo(path);
    }
}

void RecordingPlayer::saveTo(const QString &path)
{
    if (m_download) {
        m_download->cancel(); // reported as cancelled through saveFinished
    }
    if (!m_downloads) {
        // A manager of its own: recordings live on another host and must never get the
        // API client's credentials.
        m_downloads = new QNetworkAccessManager(this);
    }
    auto *download = new RecordingDownload(m_downloads, m_url, path, this);
    download->setStallTimeoutMs(m_saveStallTimeoutMs);
    download->setMaxBytes(m_saveMaxBytes);
    m_download = download;
    connect(download, &RecordingDownload::progress, this, [this](qint64 written, qint64 total) {
        showMessage(total > 0
                        ? tr("Saving recording… %1 of %2 KB").arg(written / 1024).arg(total / 1024)
                        : tr("Saving recording… %1 KB").arg(written / 1024),
                    false);
        emit saveProgress(written, total);
    });
    connect(download, &RecordingDownload::finished, this,
            [this, download](bool ok, const QString &message) {
                download->deleteLater();
                if (m_download == download) {
                    m_download.clear();
                    m_controls->setSaving(false);
                    m_controls->setSaveAvailable(!m_url.isEmpty() &&
                                                 m_url.scheme() != QLatin1String("file"));
                    showMessage(message, !ok);
                }
                emit saveFinished(ok, message);
            });
    m_controls->setSaving(true);
    showMessage(tr("Saving recording…"), false);
    download->start();
}

void RecordingPlayer::cancelSave()
{
    if (m_download) {
        m_download->cancel();
    }
}

} // namespace revox
