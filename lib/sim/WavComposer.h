#pragma once

#include <QByteArray>
#include <QList>

#include <vector>

namespace revox::sim {

// Composes call recordings (16-bit mono 8 kHz PCM WAV) of any length from a few short speech
// clips and low background noise; any byte range is produced on demand, nothing is held.
class WavComposer
{
public:
    enum class Kind { Conversation, Voicemail, Ivr };

    static constexpr int kSampleRate = 8000;
    static constexpr int kHeaderBytes = 44;

    WavComposer(qint64 durationMs, quint64 variation, Kind kind);

    qint64 sampleCount() const { return m_samples; }
    qint64 totalBytes() const { return kHeaderBytes + 2 * m_samples; }
    // Bytes [offset, offset + length) of the WAV file (clamped to its size).
    QByteArray bytes(qint64 offset, qint64 length) const;

    // The speech clips compiled into the library (loaded once); false when none loaded.
    static bool clipsAvailable();

private:
    struct Segment
    {
        qint64 start = 0;  // first sample
        qint64 length = 0; // samples
        int clip = -1;     // -1: background noise, -2: a beep
    };

    QByteArray header() const;
    qint16 sampleAt(qint64 index, qsizetype &segmentHint) const;

    qint64 m_samples;
    std::vector<Segment> m_segments;
};

} // namespace revox::sim
