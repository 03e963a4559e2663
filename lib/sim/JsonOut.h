#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

namespace revox::sim {

// A small, fast streaming JSON writer (compact output) for the simulator's responses.
class JsonOut
{
public:
    JsonOut() { m_out.reserve(4096); }

    JsonOut &beginObject();
    JsonOut &endObject();
    JsonOut &beginArray();
    JsonOut &endArray();
    JsonOut &key(const char *name);

    JsonOut &str(QStringView text);
    JsonOut &str(const char *latin1);
    JsonOut &num(qint64 value);
    JsonOut &num(double value);
    JsonOut &boolean(bool value);
    JsonOut &null();
    // An ISO 8601 UTC timestamp with milliseconds ("2026-11-20T09:15:03.123Z").
    JsonOut &time(qint64 msSinceEpoch);
    // A pre-rendered JSON value, inserted as it is.
    JsonOut &raw(const QByteArray &json);

    // key + value shorthands
    JsonOut &field(const char *name, QStringView text) { return key(name).str(text); }
    JsonOut &field(const char *name, const char *latin1) { return key(name).str(latin1); }
    JsonOut &field(const char *name, qint64 value) { return key(name).num(value); }
    JsonOut &field(const char *name, int value) { return key(name).num(qint64(value)); }
    JsonOut &field(const char *name, double value) { return key(name).num(value); }
    JsonOut &fieldBool(const char *name, bool value) { return key(name).boolean(value); }
    JsonOut &fieldNull(const char *name) { return key(name).null(); }
    JsonOut &fieldTime(const char *name, qint64 ms) { return key(name).time(ms); }

    const QByteArray &bytes() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

    static QByteArray isoTime(qint64 msSinceEpoch);

private:
    void separate();

    QByteArray m_out;
    QVarLengthArray<bool, 16> m_first; // per open container: no element written yet
    bool m_afterKey = false;
};

} // namespace revox::sim
