#include "TransferDeadline.h"

#include <algorithm>

namespace revox {

TransferDeadline::TransferDeadline(int timeoutMs, qint64 expectedBytes)
    : m_timeoutMs(std::max(1, timeoutMs))
    , m_expectedBytes(std::max<qint64>(0, expectedBytes))
{
}

void TransferDeadline::setAnnouncedBytes(qint64 bytes)
{
    m_announcedBytes = bytes;
}

qint64 TransferDeadline::limitMs(qint64 receivedBytes) const
{
    const qint64 bytes =
        std::max(m_announcedBytes >= 0 ? m_announcedBytes : m_expectedBytes, receivedBytes);
    // T * (1 + bytes / BytesPerPeriod), in whole milliseconds, without overflow for any body.
    const double periods = 1.0 + double(bytes) / double(BytesPerPeriod);
    return qint64(std::min(double(m_timeoutMs) * periods, 9.0e15));
}

QString TransferDeadline::sentText(qint64 receivedBytes, qint64 elapsedMs)
{
    QString size;
    if (receivedBytes < 1024)
        size = QStringLiteral("%1 B").arg(receivedBytes);
    else if (receivedBytes < 1024 * 1024)
        size = QStringLiteral("%1 KB").arg(double(receivedBytes) / 1024.0, 0, 'f', 1);
    else
        size = QStringLiteral("%1 MB").arg(double(receivedBytes) / (1024.0 * 1024.0), 0, 'f', 1);
    return QStringLiteral("the server sent %1 in %2 s")
        .arg(size, QString::number(double(elapsedMs) / 1000.0, 'f', elapsedMs < 10000 ? 1 : 0));
}

} // namespace revox
