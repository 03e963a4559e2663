#pragma once

#include <QWidget>

class QAbstractButton;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace revox {

// Transport controls for a recording (play/pause, seek, skip, speed, volume), knowing
// nothing about the media backend: it only emits requests and shows the state it is given.
class PlayerControls : public QWidget
{
    Q_OBJECT
public:
    explicit PlayerControls(QWidget *parent = nullptr);

    void setPlaying(bool playing);
    void setDuration(qint64 ms);
    void setPosition(qint64 ms);
    void setRate(double rate);
    void setVolume(float volume);
    void setMediaAvailable(bool available);
    void setSaveAvailable(bool available);
    // While a recording is being saved the save button cancels it.
    void setSaving(bool saving);

    bool isPlaying() const { return m_playing; }
    bool isSaving() const { return m_saving; }
    qint64 duration() const { return m_duration; }
    qint64 position() const { return m_position; }
    QString timeText() const;

signals:
    void playRequested();
    void pauseRequested();
    void seekRequested(qint64 ms);
    void rateChangeRequested(double rate);
    void volumeChangeRequested(float volume);
    void saveRequested();
    void cancelSaveRequested();

public slots:
    void togglePlay();
    void skipBackward();
    void skipForward();

private:
    void updateTime();

    QToolButton *m_play;
    QToolButton *m_back;
    QToolButton *m_forward;
    QSlider *m_seek;
    QLabel *m_time;
    QComboBox *m_rate;
    QSlider *m_volume;
    QToolButton *m_save;
    bool m_playing = false;
    bool m_saving = false;
    bool m_available = false;
    qint64 m_duration = 0;
    qint64 m_position = 0;
};

} // namespace revox
