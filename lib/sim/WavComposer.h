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

    // One stretch of sound the recording holds, in ms from its start: a clip of speech
    // (an agent or a caller turn, cut short when the other side broke in), or a burst of
    // noise or the voicemail tone on the caller's side, which are no turns at all.
    struct Turn
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
        bool agent = false; // the agent's side; else the caller's
        bool real = true;   // false: noise
        bool cut = false;   // the clip stops early: the other side broke in
        int clip = -1;      // the clip heard; -1 for noise or a tone
    };

    WavComposer(qint64 durationMs, quint64 variation, Kind kind);

    // What is heard, in order, each within the recording's length.
    QList<Turn> turns() const;
    // The words of a clip (what a transcription of it reads).
    static QString clipText(int clip);

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
        int clip = -1;     // -1: background noise, -2: a beep, -3: a burst of noise
        bool agent = false;
        bool cut = false;
    };

    QByteArray header() const;
    qint16 sampleAt(qint64 index, qsizetype &segmentHint) const;

    qint64 m_samples;
    std::vector<Segment> m_segments;
};

} // namespace revox::sim
