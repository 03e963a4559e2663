#include "SimIds.h"

#include "SimRandom.h"

namespace revox::sim {

namespace {
quint32 payloadOf(SimIds::Kind kind, int campaign, qint64 row, int attempt)
{
    return (quint32(kind) & 0xF) << 28 | (quint32(campaign) & 0xF) << 24 |
           (quint32(attempt) & 0xF) << 20 | (quint32(row) & 0xFFFFF);
}
} // namespace

QString SimIds::make(Kind kind, int campaign, qint64 row, int attempt) const
{
    const quint32 payload = payloadOf(kind, campaign, row, attempt);
    const quint64 a = random::hash({m_seed, payload, 7});
    const quint64 r = a & 0xFFFFFFFFFFFFULL;
    const quint32 mask = quint32(random::hash({m_seed, r}) & 0xFFFFFFFFU);
    const quint32 check = quint32(random::hash({m_seed, payload}) >> 48);
    const quint32 g3 = 0x4000 | quint32((a >> 48) & 0xFFF);
    const quint32 g4 = 0x8000 | quint32((a >> 60) & 0xF) << 8 | quint32((a >> 52) & 0xFF);
    return QStringLiteral("%1-%2-%3-%4-%5")
        .arg(payload ^ mask, 8, 16, QLatin1Char('0'))
        .arg(check, 4, 16, QLatin1Char('0'))
        .arg(g3, 4, 16, QLatin1Char('0'))
        .arg(g4 & 0xBFFF, 4, 16, QLatin1Char('0'))
        .arg(r, 12, 16, QLatin1Char('0'));
}

std::optional<SimIds::Decoded> SimIds::decode(QStringView id) const
{
    if (id.size() != 36 || id[8] != u'-' || id[13] != u'-' || id[18] != u'-' || id[23] != u'-')
        return std::nullopt;
    bool ok1 = false, ok2 = false, ok3 = false;
    const quint32 g1 = id.mid(0, 8).toUInt(&ok1, 16);
    const quint32 check = id.mid(9, 4).toUInt(&ok2, 16);
    const quint64 r = id.mid(24, 12).toULongLong(&ok3, 16);
    if (!ok1 || !ok2 || !ok3)
        return std::nullopt;
    const quint32 mask = quint32(random::hash({m_seed, r}) & 0xFFFFFFFFU);
    const quint32 payload = g1 ^ mask;
    if (check != quint32(random::hash({m_seed, payload}) >> 48))
        return std::nullopt;
    Decoded d;
    d.kind = Kind((payload >> 28) & 0xF);
    d.campaign = int((payload >> 24) & 0xF);
    d.attempt = int((payload >> 20) & 0xF);
    d.row = qint64(payload & 0xFFFFF);
    if (make(d.kind, d.campaign, d.row, d.attempt).compare(id, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return d;
}

} // namespace revox::sim
