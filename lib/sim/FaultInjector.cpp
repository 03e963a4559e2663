#include "FaultInjector.h"

#include <QRegularExpression>
#include <QStringList>

namespace revox::sim {

std::optional<FaultSpec> FaultSpec::parse(const QString &text, QString *error)
{
    FaultSpec spec;
    const QStringList items =
        text.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts);
    for (const QString &rawItem : items) {
        const QString item = rawItem.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? item : item.left(eq)).trimmed().toLower();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
        bool ok = true;
        auto fail = [&](const QString &why) {
            if (error)
                *error = QStringLiteral("fault \"%1\": %2").arg(item, why);
            return std::nullopt;
        };
        if (key == QLatin1String("latency")) {
            spec.latencyMs = value.toInt(&ok);
            if (!ok || spec.latencyMs < 0 || spec.latencyMs > 600000)
                return fail(QStringLiteral("expected milliseconds, e.g. latency=500"));
        } else if (key == QLatin1String("status")) {
            spec.status = value.toInt(&ok);
            if (!ok || spec.status < 400 || spec.status > 599)
                return fail(QStringLiteral("expected an HTTP status from 400 to 599"));
        } else if (key == QLatin1String("retry-after")) {
            spec.retryAfter = value.toInt(&ok);
            if (!ok || spec.retryAfter < 0)
                return fail(QStringLiteral("expected seconds, e.g. retry-after=2"));
        } else if (key == QLatin1String("rate")) {
            spec.rate = value.toDouble(&ok);
            if (!ok || spec.rate < 0 || spec.rate > 1)
                return fail(QStringLiteral("expected a probability from 0 to 1"));
        } else if (key == QLatin1String("path")) {
            spec.pathPrefix = value;
        } else if (!value.isEmpty()) {
            return fail(QStringLiteral("takes no value"));
        } else if (key == QLatin1String("stall")) {
            spec.stall = true;
        } else if (key == QLatin1String("drop")) {
            spec.drop = true;
        } else if (key == QLatin1String("truncate")) {
            spec.truncate = true;
        } else if (key == QLatin1String("malformed")) {
            spec.malformed = true;
        } else if (key == QLatin1String("wrong-types")) {
            spec.wrongTypes = true;
        } else if (key == QLatin1String("unknown-enums")) {
            spec.unknownEnums = true;
        } else if (key == QLatin1String("none")) {
            // explicit "no faults" (useful to override run-wide faults per request)
        } else {
            return fail(QStringLiteral("unknown fault"));
        }
    }
    return spec;
}

FaultInjector::FaultInjector(quint64 seed)
    : m_random(seed ^ 0x5eed5eedULL)
{
}

bool FaultInjector::setRunWide(const QString &text, QString *error)
{
    const auto spec = FaultSpec::parse(text, error);
    if (!spec)
        return false;
    m_runWide = *spec;
    m_runWideText = text;
    return true;
}

std::optional<FaultSpec> FaultInjector::decide(const QString &perRequest, const QString &path,
                                               QString *error)
{
    FaultSpec spec = m_runWide;
    if (!perRequest.isEmpty()) {
        const auto parsed = FaultSpec::parse(perRequest, error);
        if (!parsed)
            return std::nullopt;
        spec = *parsed;
    }
    if (spec.isEmpty())
        return std::nullopt;
    if (!spec.pathPrefix.isEmpty() && !path.startsWith(spec.pathPrefix))
        return std::nullopt;
    if (spec.rate < 1.0) {
        std::uniform_real_distribution<double> draw(0.0, 1.0);
        if (draw(m_random) >= spec.rate)
            return std::nullopt;
    }
    return spec;
}

QString FaultInjector::help()
{
    return QStringLiteral(
        "Faults (--faults for the whole run, or per request with the header\n"
        "X-Revox-Sim-Fault: <spec> or the query parameter sim_fault=<spec>).\n"
        "A spec is a comma-separated list; all items apply together:\n"
        "  latency=MS        delay the response by MS milliseconds      latency=1500\n"
        "  stall             send the headers and half the body, then hang   stall\n"
        "  status=CODE       answer with an error status and a JSON error body  status=503\n"
        "  retry-after=S     Retry-After header for status=429/503 (default 1)\n"
        "                                                 status=429,retry-after=5\n"
        "  drop              close the connection without a response     drop\n"
        "  truncate          announce the full length, send half the body, close  truncate\n"
        "  malformed         send a body that is not valid JSON          malformed\n"
        "  wrong-types       some fields carry the wrong JSON type       wrong-types\n"
        "  unknown-enums     enum fields carry values no client knows    unknown-enums\n"
        "  rate=P            apply the faults to a fraction P of requests  status=500,rate=0.2\n"
        "  path=PREFIX       only requests whose path (after /api) starts with PREFIX\n"
        "                                                 drop,path=/campaigns/\n"
        "  none              no faults (overrides run-wide faults for one request)\n"
        "Per-request faults replace the run-wide ones for that request.");
}

} // namespace revox::sim
