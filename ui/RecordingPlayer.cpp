#include "RecordingPlayer.h"

#include "PlayerControls.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QShortcut>
#include <QStandardPaths>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcPlayer, "revox.ui.player")

namespace revox {

RecordingPlayer::RecordingPlayer(QWidget *parent)
    : QWidget(parent)
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
    setRecordingUrl(QUrl());
}

RecordingPlayer::~RecordingPlayer()
{
    if (m_saveReply) {
        m_saveReply->abort();
    }
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
    auto add = [this, scope](QKeySequence keys, void (PlayerControls::*slot)()) {
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
    if (m_saveReply) {
        m_saveReply->abort();
    }
    if (!m_downloads) {
        // A manager of its own: recordings live on another host and must never get the
        // API client's credentials.
        m_downloads = new QNetworkAccessManager(this);
    }
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_downloads->get(request);
    m_saveReply = reply;
    showMessage(tr("Saving recording…"), false);
    connect(reply, &QNetworkReply::finished, this, [this, reply, path] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            const QString msg =
                tr("Could not download the recording: %1").arg(reply->errorString());
            showMessage(msg, true);
            emit saveFinished(false, msg);
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(reply->readAll()) < 0 ||
            !file.commit()) {
            const QString msg = tr("Could not write %1: %2").arg(path, file.errorString());
            showMessage(msg, true);
            emit saveFinished(false, msg);
            return;
        }
        const QString msg = tr("Recording saved to %1").arg(QFileInfo(path).fileName());
        showMessage(msg, false);
        emit saveFinished(true, msg);
    });
}

} // namespace revox
