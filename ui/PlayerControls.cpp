#include "PlayerControls.h"

#include "HumanText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace revox {

namespace {
constexpr qint64 kSkipMs = 10000;
}

PlayerControls::PlayerControls(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(2);
    auto *layout = new QHBoxLayout;
    layout->setSpacing(6);
    auto *second = new QHBoxLayout;
    second->setSpacing(6);
    outer->addLayout(layout);
    outer->addLayout(second);

    m_back = new QToolButton(this);
    m_back->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_back->setToolTip(tr("Back 10 seconds (Left)"));
    m_back->setAccessibleName(tr("Back 10 seconds"));
    m_play = new QToolButton(this);
    m_play->setObjectName(QStringLiteral("playButton"));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setToolTip(tr("Play (Space)"));
    m_play->setAccessibleName(tr("Play"));
    m_forward = new QToolButton(this);
    m_forward->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_forward->setToolTip(tr("Forward 10 seconds (Right)"));
    m_forward->setAccessibleName(tr("Forward 10 seconds"));

    m_seek = new QSlider(Qt::Horizontal, this);
    m_seek->setObjectName(QStringLiteral("seekSlider"));
    m_seek->setAccessibleName(tr("Position"));
    m_seek->setRange(0, 0);
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("timeLabel"));
    m_time->setMinimumWidth(
        m_time->fontMetrics().horizontalAdvance(QStringLiteral("00:00 / 00:00")) + 4);

    m_rate = new QComboBox(this);
    m_rate->setToolTip(tr("Playback speed"));
    for (double r : {0.5, 0.75, 1.0, 1.25, 1.5, 2.0}) {
        m_rate->addItem(tr("%1×").arg(QLocale().toString(r)), r);
    }
    m_rate->setCurrentIndex(2);

    auto *volumeIcon = new QLabel(this);
    volumeIcon->setPixmap(style()->standardIcon(QStyle::SP_MediaVolume).pixmap(16, 16));
    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setToolTip(tr("Volume"));
    m_volume->setRange(0, 100);
    m_volume->setValue(80);
    m_volume->setFixedWidth(80);

    m_save = new QToolButton(this);
    m_save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_save->setText(tr("Save as…"));
    m_save->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_save->setToolTip(tr("Save recording as…"));
    m_save->setAccessibleName(tr("Save recording as"));

    layout->addWidget(m_back);
    layout->addWidget(m_play);
    layout->addWidget(m_forward);
    layout->addWidget(m_seek, 1);
    layout->addWidget(m_time);
    auto *speedLabel = new QLabel(tr("Speed"), this);
    speedLabel->setBuddy(m_rate);
    second->addWidget(speedLabel);
    second->addWidget(m_rate);
    second->addSpacing(12);
    second->addWidget(volumeIcon);
    second->addWidget(m_volume);
    second->addStretch(1);
    second->addWidget(m_save);

    connect(m_play, &QToolButton::clicked, this, &PlayerControls::togglePlay);
    connect(m_back, &QToolButton::clicked, this, &PlayerControls::skipBackward);
    connect(m_forward, &QToolButton::clicked, this, &PlayerControls::skipForward);
    connect(m_seek, &QSlider::sliderMoved, this,
            [this](int value) { emit seekRequested(qint64(value)); });
    connect(m_seek, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove) {
            emit seekRequested(qint64(m_seek->sliderPosition()));
        }
    });
    connect(m_rate, &QComboBox::activated, this,
            [this](int index) { emit rateChangeRequested(m_rate->itemData(index).toDouble()); });
    connect(m_volume, &QSlider::valueChanged, this,
            [this](int value) { emit volumeChangeRequested(float(value) / 100.0f); });
    connect(m_save, &QToolButton::clicked, this, [this] {
        if (m_saving) {
            emit cancelSaveRequested();
        } else {
            emit saveRequested();
        }
    });
    setMediaAvailable(false);
    setSaveAvailable(false);
    updateTime();
}

void PlayerControls::setPlaying(bool playing)
{
    m_playing = playing;
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
    m_play->setAccessibleName(playing ? tr("Pause") : tr("Play"));
}

void PlayerControls::setDuration(qint64 ms)
{
    m_duration = qMax<qint64>(0, ms);
    m_seek->setRange(0, int(qMin<qint64>(m_duration, INT_MAX)));
    m_seek->setPageStep(int(kSkipMs));
    updateTime();
}

void PlayerControls::setPosition(qint64 ms)
{
    m_position = qMax<qint64>(0, ms);
    if (!m_seek->isSliderDown()) {
        m_seek->setValue(int(qMin<qint64>(m_position, INT_MAX)));
    }
    updateTime();
}

void PlayerControls::setRate(double rate)
{
    const int index = m_rate->findData(rate);
    if (index >= 0) {
        m_rate->setCurrentIndex(index);
    }
}

void PlayerControls::setVolume(float volume)
{
    m_volume->setValue(qRound(volume * 100.0f));
}

void PlayerControls::setMediaAvailable(bool available)
{
    m_available = available;
    for (QWidget *w : std::initializer_list<QWidget *>{m_play, m_back, m_forward, m_seek, m_rate}) {
        w->setEnabled(available);
    }
    if (!available) {
        setPlaying(false);
        setDuration(0);
        setPosition(0);
    }
}

void PlayerControls::setSaveAvailable(bool available)
{
    m_save->setEnabled(available || m_saving);
}

void PlayerControls::setSaving(bool saving)
{
    m_saving = saving;
    m_save->setIcon(style()->standardIcon(saving ? QStyle::SP_DialogCancelButton
                                                 : QStyle::SP_DialogSaveButton));
    m_save->setText(saving ? tr("Cancel saving") : tr("Save as…"));
    m_save->setToolTip(saving ? tr("Stop saving the recording") : tr("Save recording as…"));
    m_save->setAccessibleName(saving ? tr("Cancel saving the recording") : tr("Save recording as"));
    if (saving) {
        m_save->setEnabled(true);
    }
}

QString PlayerControls::timeText() const
{
    return m_time->text();
}

void PlayerControls::togglePlay()
{
    if (!m_available) {
        return;
    }
    if (m_playing) {
        emit pauseRequested();
    } else {
        emit playRequested();
    }
}

void PlayerControls::skipBackward()
{
    if (m_available) {
        emit seekRequested(qMax<qint64>(0, m_position - kSkipMs));
    }
}

void PlayerControls::skipForward()
{
    if (m_available) {
        const qint64 target = m_position + kSkipMs;
        emit seekRequested(m_duration > 0 ? qMin(target, m_duration) : target);
    }
}

void PlayerControls::updateTime()
{
    m_time->setText(QStringLiteral("%1 / %2").arg(HumanText::duration(m_position / 1000),
                                                  HumanText::duration(m_duration / 1000)));
}

} // namespace revox
