#pragma once

#include "TransferDeadline.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace revox {

// One recording saved to a file as it arrives: each piece goes straight to a QSaveFile, which
// replaces the target only once the whole recording is in. Ends when nothing arrives for the
// stall timeout, when the whole recording is not in by its deadline (TransferDeadline: the
// stall timeout scaled to the recording's size), past the size cap, on cancel(), or when the
// host refuses; finished() then says why in words, and any earlier file at that path is left
// as it was.
class RecordingDownload : public QObject
{
    Q_OBJECT
public:
    // The longest wait for the next bytes of the recording, and the base of its deadline.
    static constexpr int DefaultStallTimeoutMs = 60 * 1000;
    // The largest recording saved by default (a ten-minute call is a few tens of MB).
    static constexpr qint64 DefaultMaxBytes = qint64(1) << 30;

    RecordingDownload(QNetworkAccessManager *network, const QUrl &url, const QString &path,
                      QObject *parent = nullptr);
    ~RecordingDownload() override;

    void setStallTimeoutMs(int ms) { m_stallTimeoutMs = ms; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    // Starts the transfer; finished() follows exactly once.
    void start();
    // Stops the transfer; the file at the path is left as it was.
    void cancel();

    QString path() const { return m_file.fileName(); }
    qint64 bytesWritten() const { return m_written; }

signals:
    // Bytes written to the file so far, of total (-1 while unknown).
    void progress(qint64 written, qint64 total);
    void finished(bool ok, const QString &message);

private:
    void onReadyRead();
    void onFinished();
    // Writes what has arrived; a non-empty text says why the transfer must stop.
    QString writeArrived();
    void stopWith(const QString &reason);
    void armDeadline();
    QString failureText() const;

    QNetworkAccessManager *m_network;
    QUrl m_url;
    QSaveFile m_file;
    QPointer<QNetworkReply> m_reply;
    QTimer m_stallTimer;
    QTimer m_deadlineTimer;
    QElapsedTimer m_elapsed;
    TransferDeadline m_deadline{DefaultStallTimeoutMs, TransferDeadline::RecordingBytes};
    int m_stallTimeoutMs = DefaultStallTimeoutMs;
    qint64 m_maxBytes = DefaultMaxBytes;
    qint64 m_written = 0;
    qint64 m_total = -1;
    QString m_stopReason; // set when we end the transfer ourselves
    bool m_done = false;
};

} // namespace revox
