#include "FaultInjector.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

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
        } else if (key == QLatin1String("trickle")) {
            spec.trickleBytesPerSecond = value.isEmpty() ? 4 : value.toInt(&ok);
            if (!ok || spec.trickleBytesPerSecond < 1 || spec.trickleBytesPerSecond > 1000000)
                return fail(QStringLiteral("expected bytes per second, e.g. trickle=4"));
        } else if (key == QLatin1String("lying-total")) {
            spec.listing.lyingTotal = value.toLongLong(&ok);
            if (!ok || spec.listing.lyingTotal < 0)
                return fail(QStringLiteral("expected the total to announce, e.g. lying-total=15"));
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
        } else if (key == QLatin1String("repeat-pages")) {
            spec.listing.repeatPages = true;
        } else if (key == QLatin1String("none")) {
            // explicit "no faults" (useful to override run-wide faults per request)
        } else {
            return fail(QStringLiteral("unknown fault"));
        }
    }
    return spec;
}

std::optional<FaultChoice> FaultChoice::parse(const QString &text, QString *error)
{
    FaultChoice choice;
    double total = 0;
    for (const QString &part : text.split(QLatin1Char('|'))) {
        const auto spec = FaultSpec::parse(part, error);
        if (!spec)
            return std::nullopt;
        total += spec->rate;
        choice.alternatives.append(*spec);
    }
    if (choice.alternatives.size() > 1 && total > 1.0 + 1e-9) {
        if (error)
            *error = QStringLiteral("faults \"%1\": the rates of the alternatives add up to "
                                    "more than 1")
                         .arg(text);
        return std::nullopt;
    }
    return choice;
}

FaultInjector::FaultInjector(quint64 seed)
    : m_random(seed ^ 0x5eed5eedULL)
{
}

bool FaultInjector::setRunWide(const QString &text, QString *error)
{
    const auto choice = FaultChoice::parse(text, error);
    if (!choice)
        return false;
    QMutexLocker lock(&m_mutex);
    m_runWide = *choice;
    m_runWideText = text;
    return true;
}

std::optional<FaultSpec> FaultInjector::decide(const QString &perRequest, const QString &path,
                                               QString *error, bool withRunWide)
{
    QMutexLocker lock(&m_mutex);
    FaultChoice choice = withRunWide ? m_runWide : FaultChoice();
    if (!perRequest.isEmpty()) {
        const auto parsed = FaultChoice::parse(perRequest, error);
        if (!parsed)
            return std::nullopt;
        choice = *parsed;
    }
    // The alternatives that concern this request; then one draw: alternative i applies when
    // the draw falls within its share of [0, 1).
    QList<FaultSpec> candidates;
    for (const FaultSpec &spec : std::as_const(choice.alternatives)) {
        if (!spec.isEmpty() && (spec.pathPrefix.isEmpty() || path.startsWith(spec.pathPrefix)))
            candidates.append(spec);
    }
    if (candidates.isEmpty())
        return std::nullopt;
    const bool needsDraw = std::any_of(candidates.cbegin(), candidates.cend(),
                                       [](const FaultSpec &s) { return s.rate < 1.0; });
    std::uniform_real_distribution<double> draw(0.0, 1.0);
    const double drawn = needsDraw ? draw(m_random) : 0.0;
    double below = 0.0;
    for (const FaultSpec &spec : std::as_const(candidates)) {
        below += spec.rate;
        if (drawn < below)
            return spec;
    }
    return std::nullopt;
}

QString FaultInjector::runWideText() const
{
    QMutexLocker lock(&m_mutex);
    return m_runWideText;
}

QString FaultInjector::help()
{
    return QStringLiteral(
        "Faults: for the whole run with --faults SPEC, or per request with the header\n"
        "X-Revox-Sim-Fault: SPEC or the query parameter sim_fault=SPEC. A SPEC is a\n"
        "comma-separated list; its items apply together.\n"
        "  latency=MS      Delay the response by MS milliseconds.\n"
        "                    e.g. latency=1500\n"
        "  stall           Send the headers and half of the body, then hang.\n"
        "                    e.g. stall\n"
        "  status=CODE     Answer with an error status (400-599) and a JSON error body.\n"
        "                    e.g. status=500   status=502   status=503\n"
        "  retry-after=S   Retry-After header (seconds) with the status; 429 and 503 send\n"
        "                  1 unless told.\n"
        "                    e.g. status=429,retry-after=5\n"
        "  drop            Close the connection without a response.\n"
        "                    e.g. drop\n"
        "  truncate        Announce the full Content-Length, send half the body, close.\n"
        "                    e.g. truncate\n"
        "  trickle[=B]     Announce the full Content-Length, then send the body at B bytes\n"
        "                  a second (default 4): never silent, never done.\n"
        "                    e.g. trickle   trickle=2\n"
        "  malformed       Send a body that is not valid JSON.\n"
        "                    e.g. malformed\n"
        "  wrong-types     Some fields carry the wrong JSON type (row_index as text, ...).\n"
        "                    e.g. wrong-types\n"
        "  unknown-enums   Enum fields carry values no client knows yet.\n"
        "                    e.g. unknown-enums\n"
        "  repeat-pages    Rows: every page answers the same rows, with total 1,000,000.\n"
        "                    e.g. repeat-pages,path=/campaigns/\n"
        "  lying-total=N   Rows: announce a total of N, whatever the campaign has.\n"
        "                    e.g. lying-total=15\n"
        "  rate=P          Apply the other items to a fraction P (0-1) of requests.\n"
        "                    e.g. status=503,rate=0.2\n"
        "  path=PREFIX     Only requests whose path (after /api) starts with PREFIX.\n"
        "                    e.g. drop,path=/campaigns/\n"
        "  none            No faults: overrides the run-wide faults for one request.\n"
        "SPEC | SPEC | ... are alternatives: one draw per request picks at most one,\n"
        "each with its own rate (the rates add up to at most 1).\n"
        "                    e.g. status=503,rate=0.0125|drop,rate=0.0125|trickle,rate=0.0125\n"
        "A per-request SPEC replaces the run-wide one for that request. Recordings take\n"
        "per-request faults only. Example:\n"
        "  curl -H 'Authorization: Bearer demo' -H 'X-Revox-Sim-Fault: status=429,retry-after=5' "
        "\\\n"
        "       http://127.0.0.1:PORT/api/campaigns\n");
}

} // namespace revox::sim
