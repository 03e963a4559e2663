#include "ServerFunnelCounts.h"

#include <QJsonValue>
#include <QLatin1StringView>

#include <cmath>
#include <initializer_list>

namespace revox {

namespace {

// The first of names that holds a whole, non-negative count.
std::optional<qint64> count(const QJsonObject &object, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QJsonValue v = object.value(QLatin1StringView(name));
        if (!v.isDouble())
            continue;
        const double d = v.toDouble();
        if (d >= 0 && d <= 9007199254740991.0 && std::floor(d) == d)
            return qint64(d);
    }
    return std::nullopt;
}

} // namespace

ServerFunnelCounts ServerFunnelCounts::read(const QJsonObject &funnelStats)
{
    // Flat ({dialled, connected, reached_human, ...}) or under "funnel" ({called, ...}).
    const QJsonObject nested = funnelStats.value(QLatin1StringView("funnel")).toObject();
    ServerFunnelCounts f;
    for (const QJsonObject &o : {funnelStats, nested}) {
        if (!f.called)
            f.called = count(o, {"called", "dialled", "dialed"});
        if (!f.answered)
            f.answered = count(o, {"answered", "connected"});
        if (!f.human)
            f.human = count(o, {"human", "humans", "reached_human"});
    }
    // A funnel narrows: figures that do not are not the same thing as ours.
    if (f.called && f.answered && *f.answered > *f.called)
        f.answered.reset();
    if (f.called && f.human && *f.human > *f.called)
        f.human.reset();
    if (f.answered && f.human && *f.human > *f.answered)
        f.human.reset();
    return f;
}

} // namespace revox
