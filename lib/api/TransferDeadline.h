#pragma once

#include <QString>
#include <QtGlobal>

namespace revox {

// The longest one transfer may take, scaled to what it carries. A transfer must start and
// may fall silent for at most the timeout T (the --timeout or Settings value); the whole of
// it must arrive within T * (1 + bytes / BytesPerPeriod), where bytes is the size the server
// announced (Content-Length), else what the transfer is expected to carry, or what arrived
// so far when that is more. So a transfer that keeps coming at BytesPerPeriod per T or
// faster is never cut, and one that trickles ends at its deadline.
class TransferDeadline
{
public:
    // The slowest rate a transfer is allowed on average: 1 MiB per timeout period (about
    // 17 KB/s at the default 60 s).
    static constexpr qint64 BytesPerPeriod = 1024 * 1024;
    // What a transfer is expected to carry: one answer of the API (a campaign, a call, the
    // campaign list), a rows page of so many rows, a recording.
    static constexpr qint64 SmallAnswerBytes = 256 * 1024;
    static constexpr qint64 BytesPerRow = 8 * 1024;
    static constexpr qint64 RecordingBytes = 10LL * 1024 * 1024; // a ten-minute call's WAV
    static qint64 rowsPageBytes(qint64 rows) { return SmallAnswerBytes + rows * BytesPerRow; }

    TransferDeadline(int timeoutMs, qint64 expectedBytes);

    int timeoutMs() const { return m_timeoutMs; }
    // The size the server announced for the body (Content-Length); ignored when negative.
    void setAnnouncedBytes(qint64 bytes);
    // Milliseconds from the start the whole transfer may take once received bytes are in.
    qint64 limitMs(qint64 receivedBytes) const;

    // "the server sent 1.2 KB in 60 s": what a transfer cut at its deadline brought.
    static QString sentText(qint64 receivedBytes, qint64 elapsedMs);

private:
    int m_timeoutMs;
    qint64 m_expectedBytes;
    qint64 m_announcedBytes = -1;
};

} // namespace revox
