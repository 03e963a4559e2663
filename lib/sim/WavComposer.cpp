#include "WavComposer.h"

#include "SimLogging.h"
#include "SimRandom.h"

#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace revox::sim {

namespace {

enum Clip {
    AgentGreeting,
    AgentBooking,
    AgentGoodbye,
    CalleeHello,
    CalleeSure,
    CalleeTuesday,
    CalleeObjection,
    IvrMenu,
    VoicemailGreeting,
    ClipCount
};

// Reads the PCM samples of a 16-bit mono WAV file.
std::vector<qint16> readWav(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSim) << "missing audio clip" << path;
        return {};
    }
    const QByteArray data = file.readAll();
    if (data.size() < 12 || !data.startsWith("RIFF") || data.mid(8, 4) != "WAVE")
        return {};
    qsizetype pos = 12;
    while (pos + 8 <= data.size()) {
        const QByteArray id = data.mid(pos, 4);
        const quint32 size = qFromLittleEndian<quint32>(data.constData() + pos + 4);
        const qsizetype body = pos + 8;
        if (id == "data") {
            const qsizetype n = std::min<qsizetype>(size, data.size() - body) / 2;
            std::vector<qint16> samples(static_cast<size_t>(n));
            for (qsizetype i = 0; i < n; ++i)
                samples[size_t(i)] = qFromLittleEndian<qint16>(data.constData() + body + 2 * i);
            return samples;
        }
        pos = body + qsizetype(size) + (size & 1);
    }
    return {};
}

const std::vector<std::vector<qint16>> &clips()
{
    static const std::vector<std::vector<qint16>> loaded = [] {
        static const char *names[ClipCount] = {
            "agent-greeting",   "agent-booking", "agent-goodbye",
            "callee-hello",     "callee-sure",   "callee-tuesday",
            "callee-objection", "ivr-menu",      "voicemail-greeting"};
        std::vector<std::vector<qint16>> list;
        for (const char *name : names)
            list.push_back(
                readWav(QStringLiteral(":/revox/sim/audio/%1.wav").arg(QLatin1String(name))));
        return list;
    }();
    return loaded;
}

} // namespace

bool WavComposer::clipsAvailable()
{
    return std::all_of(clips().begin(), clips().end(), [](const auto &c) { return !c.empty(); });
}

WavComposer::WavComposer(qint64 durationMs, quint64 variation, Kind kind)
    : m_samples(std::max<qint64>(0, durationMs) * kSampleRate / 1000)
{
    const auto &pool = clips();
    qint64 at = 0;
    quint64 h = variation;
    auto pause = [&](qint64 minMs, qint64 maxMs) {
        h = random::mix(h);
        const qint64 n = random::range(h, minMs, maxMs) * kSampleRate / 1000;
        m_segments.push_back({at, n, -1});
        at += n;
    };
    auto clip = [&](int index, bool agent) {
        const qint64 n = qint64(pool[size_t(index)].size());
        if (n == 0)
            return;
        m_segments.push_back({at, n, index, agent, false});
        at += n;
    };
    // Now and then the other side breaks in: the clip stops early and the reply follows
    // closely.
    auto maybeCut = [&] {
        h = random::mix(h);
        if (h % 9 != 0 || m_segments.empty() || m_segments.back().clip < 0)
            return false;
        Segment &last = m_segments.back();
        const qint64 kept = last.length * random::range(h >> 8, 40, 70) / 100;
        at -= last.length - kept;
        last.length = kept;
        last.cut = true;
        return true;
    };
    // Now and then the caller's line carries a short noise that is no turn.
    auto maybeNoise = [&] {
        h = random::mix(h);
        if (h % 7 != 0)
            return;
        const qint64 n = random::range(h >> 8, 150, 400) * kSampleRate / 1000;
        m_segments.push_back({at, n, -3, false, false});
        at += n;
    };
    pause(250, 600);
    switch (kind) {
    case Kind::Voicemail:
        clip(VoicemailGreeting, false);
        pause(300, 500);
        m_segments.push_back({at, kSampleRate / 2, -2}); // the tone
        at += kSampleRate / 2;
        pause(400, 800);
        break;
    case Kind::Ivr:
        clip(IvrMenu, false);
        pause(800, 1500);
        break;
    case Kind::Conversation:
        break;
    }
    clip(AgentGreeting, true);
    pause(400, 900);
    clip(CalleeHello, false);
    static const int agentTurns[] = {AgentBooking, AgentGreeting, AgentGoodbye};
    static const int calleeTurns[] = {CalleeSure, CalleeTuesday, CalleeObjection, CalleeHello};
    bool agent = true;
    while (at < m_samples) {
        if (maybeCut()) {
            pause(100, 250);
        } else {
            pause(200, 550);
            if (agent)
                maybeNoise();
            pause(150, 550);
        }
        h = random::mix(h);
        clip(agent ? agentTurns[h % 3] : calleeTurns[h % 4], agent);
        agent = !agent;
    }
}

QList<WavComposer::Turn> WavComposer::turns() const
{
    QList<Turn> list;
    const qint64 endMs = m_samples * 1000 / kSampleRate;
    for (const Segment &s : m_segments) {
        if (s.clip == -1 || s.start >= m_samples)
            continue;
        Turn t;
        t.startMs = s.start * 1000 / kSampleRate;
        t.endMs = std::min(endMs, (s.start + s.length) * 1000 / kSampleRate);
        t.agent = s.agent;
        t.real = s.clip >= 0;
        t.cut = s.cut;
        t.clip = s.clip >= 0 ? s.clip : -1;
        if (t.endMs > t.startMs)
            list.append(t);
    }
    return list;
}

QString WavComposer::clipText(int clip)
{
    switch (clip) {
    case AgentGreeting:
        return QStringLiteral("Hello, this is the assistant calling on behalf of the clinic.");
    case AgentBooking:
        return QStringLiteral("I can book you in; which day suits you best?");
    case AgentGoodbye:
        return QStringLiteral("Thank you for your time, goodbye.");
    case CalleeHello:
        return QStringLiteral("Hello?");
    case CalleeSure:
        return QStringLiteral("Sure, go ahead.");
    case CalleeTuesday:
        return QStringLiteral("Tuesday would work for me.");
    case CalleeObjection:
        return QStringLiteral("I'm not really interested.");
    case IvrMenu:
        return QStringLiteral("For sales, press one. For support, press two.");
    case VoicemailGreeting:
        return QStringLiteral("Please leave a message after the tone.");
    default:
        return {};
    }
}

QByteArray WavComposer::header() const
{
    QByteArray out(kHeaderBytes, '\0');
    char *p = out.data();
    const quint32 dataBytes = quint32(2 * m_samples);
    std::copy_n("RIFF", 4, p);
    qToLittleEndian<quint32>(36 + dataBytes, p + 4);
    std::copy_n("WAVEfmt ", 8, p + 8);
    qToLittleEndian<quint32>(16, p + 16);
    qToLittleEndian<quint16>(1, p + 20); // PCM
    qToLittleEndian<quint16>(1, p + 22); // mono
    qToLittleEndian<quint32>(kSampleRate, p + 24);
    qToLittleEndian<quint32>(kSampleRate * 2, p + 28);
    qToLittleEndian<quint16>(2, p + 32);
    qToLittleEndian<quint16>(16, p + 34);
    std::copy_n("data", 4, p + 36);
    qToLittleEndian<quint32>(dataBytes, p + 40);
    return out;
}

qint16 WavComposer::sampleAt(qint64 index, qsizetype &hint) const
{
    if (hint < 0 || hint >= qsizetype(m_segments.size()) ||
        m_segments[size_t(hint)].start > index ||
        m_segments[size_t(hint)].start + m_segments[size_t(hint)].length <= index) {
        auto it = std::upper_bound(m_segments.begin(), m_segments.end(), index,
                                   [](qint64 i, const Segment &s) { return i < s.start; });
        hint = qsizetype(it - m_segments.begin()) - 1;
    }
    const quint32 noiseSeed = quint32(index) * 1103515245U + 12345U;
    const qint16 noise = qint16(int((noiseSeed >> 16) % 41) - 20);
    if (hint < 0)
        return noise;
    const Segment &s = m_segments[size_t(hint)];
    const qint64 offset = index - s.start;
    if (s.clip == -2)
        return qint16(6000.0 * std::sin(2.0 * M_PI * 1000.0 * double(offset) / kSampleRate));
    if (s.clip == -3)
        return qint16(int((noiseSeed >> 16) % 2401) - 1200);
    if (s.clip < 0)
        return noise;
    return qint16(
        std::clamp(int(clips()[size_t(s.clip)][size_t(offset)] * 0.8) + noise, -32768, 32767));
}

QByteArray WavComposer::bytes(qint64 offset, qint64 length) const
{
    const qint64 total = totalBytes();
    offset = std::clamp<qint64>(offset, 0, total);
    length = std::clamp<qint64>(length, 0, total - offset);
    QByteArray out;
    out.reserve(length);
    if (offset < kHeaderBytes) {
        out.append(header().mid(offset, std::min<qint64>(length, kHeaderBytes - offset)));
    }
    qint64 pos = std::max<qint64>(offset, kHeaderBytes);
    const qint64 end = offset + length;
    qsizetype hint = -1;
    while (pos < end) {
        const qint64 sampleIndex = (pos - kHeaderBytes) / 2;
        const quint16 v = quint16(sampleAt(sampleIndex, hint));
        const bool highByte = (pos - kHeaderBytes) % 2 == 1;
        out.append(char(highByte ? (v >> 8) : (v & 0xFF)));
        ++pos;
    }
    return out;
}

} // namespace revox::sim
