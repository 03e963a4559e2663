#include "RecordingDownload.h"

#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcDownload, "revox.ui.download")

namespace revox {

RecordingDownload::RecordingDownload(QNetworkAccessManager *network, const QUrl &url,
                                     const QString &path, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(url)
    , m_file(path)
{
    m_stallTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        stopWith(tr("The recording host stopped sending (nothing for %1 s); the download was "
                    "stopped.")
                     .arg(m_stallTimeoutMs / 1000.0, 0, 'g', 3));
    });
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] {
        if (m_deadline.limitMs(m_written) > m_elapsed.elapsed()) {
            armDeadline(); // more came since the timer was set
            return;
        }
        stopWith(tr("The recording host sent %1 in %2 s, too slowly; the download was stopped.")
                     .arg(QLocale().formattedDataSize(m_written, 1))
                     .arg(QLocale().toString(m_elapsed.elapsed() / 1000.0, 'f', 0)));
    });
}

void RecordingDownload::armDeadline()
{
    const qint64 left = m_deadline.limitMs(m_written) - m_elapsed.elapsed();
    m_deadlineTimer.start(int(std::clamp<qint64>(left, 0, std::numeric_limits<int>::max())));
}

RecordingDownload::~RecordingDownload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (!m_done)
        m_file.cancelWriting();
}

void RecordingDownload::start()
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        m_done = true;
        const QString message = tr("Could not write %1: %2").arg(path(), m_file.errorString());
        QMetaObject::invokeMethod(
            this, [this, message] { emit finished(false, message); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &RecordingDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &RecordingDownload::onFinished);
    m_stallTimer.start(m_stallTimeoutMs);
    m_deadline = TransferDeadline(m_stallTimeoutMs, TransferDeadline::RecordingBytes);
    m_elapsed.start();
    armDeadline();
}

void RecordingDownload::cancel()
{
    stopWith(tr("Saving the recording was cancelled."));
}

void RecordingDownload::stopWith(const QString &reason)
{
    if (m_done || !m_reply || !m_stopReason.isEmpty())
        return;
    m_stopReason = reason;
    m_reply->abort(); // finished() follows, synchronously
}

void RecordingDownload::onReadyRead()
{
    if (m_done || !m_stopReason.isEmpty())
        return;
    m_stallTimer.start(m_stallTimeoutMs);
    const QString problem = writeArrived();
    if (!problem.isEmpty())
        stopWith(problem);
}

QString RecordingDownload::writeArrived()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300)
        return {}; // an error page, not the recording: onFinished() reports the status
    if (m_total < 0) {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        m_total = length.isValid() ? length.toLongLong() : -1;
        m_deadline.setAnnouncedBytes(m_total);
        if (m_total > m_maxBytes)
            return tr("The recording is too large to save (%1; the limit is %2).")
                .arg(QLocale().formattedDataSize(m_total), QLocale().formattedDataSize(m_maxBytes));
    }
    const QByteArray piece = m_reply->readAll();
    if (piece.isEmpty())
        return {};
    if (m_written + piece.size() > m_maxBytes)
        return tr("The recording is too large to save (over %1).")
            .arg(QLocale().formattedDataSize(m_maxBytes));
    if (m_file.write(piece) != piece.size())
        return tr("Could not write %1: %2").arg(path(), m_file.errorString());
    m_written += piece.size();
    armDeadline();
    emit progress(m_written, m_total);
    return {};
}

QString RecordingDownload::failureText() const
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300) {
        const QString reason =
            m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return tr("The recording host refused the download (HTTP %1%2).")
            .arg(status)
            .arg(reason.isEmpty() ? QString() : QLatin1Char(' ') + reason);
    }
    switch (m_reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        return tr("The recording host cannot be reached: %1").arg(m_reply->errorString());
    case QNetworkReply::RemoteHostClosedError:
        return tr("The recording host closed the connection after %1 bytes; nothing was saved.")
            .arg(m_written);
    case QNetworkReply::TimeoutError:
        return tr("The recording host did not answer in time.");
    default:
        return tr("Could not download the recording: %1").arg(m_reply->errorString());
    }
}

void RecordingDownload::onFinished()
{
    if (m_done)
        return;
    m_done = true;
    m_stallTimer.stop();
    m_deadlineTimer.stop();
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString failure = m_stopReason;
    if (failure.isEmpty() && (reply->error() != QNetworkReply::NoError || status >= 300))
        failure = failureText();
    if (failure.isEmpty())
        failure = writeArrived(); // whatever came with the end
    if (failure.isEmpty() && m_total >= 0 && m_written != m_total)
        failure = tr("The recording host sent %1 of %2 bytes; nothing was saved.")
                      .arg(m_written)
                      .arg(m_total);
    if (failure.isEmpty() && !m_file.commit())
        failure = tr("Could not write %1: %2").arg(path(), m_file.errorString());
    if (!failure.isEmpty()) {
        m_file.cancelWriting();
        qCInfo(lcDownload) << "recording not saved:" << failure;
        emit finished(false, failure);
        return;
    }
    emit finished(true, tr("Recording saved to %1").arg(QFileInfo(path()).fileName()));
}

} // namespace revox
