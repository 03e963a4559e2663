#include "SimulatorEngine.h"

#include "FaultInjector.h"
#include "HttpListener.h"
#include "SimCatalog.h"
#include "SimLogging.h"
#include "SimRandom.h"
#include "SimRecording.h"
#include "SimRenderer.h"
#include "SimWorld.h"
#include "WavComposer.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTimer>

#include <cmath>

#include <zlib.h>

namespace revox::sim {

namespace {

const QString kApiPrefix = QStringLiteral("/api");

std::optional<SimCallStatus> callStatusFromText(QStringView text)
{
    static const std::pair<const char *, SimCallStatus> table[] = {
        {"initializing", SimCallStatus::Initializing},
        {"queued_for_calling", SimCallStatus::QueuedForCalling},
        {"calling", SimCallStatus::Calling},
        {"scheduled", SimCallStatus::Scheduled},
        {"completed", SimCallStatus::Completed},
        {"cancelled", SimCallStatus::Cancelled},
        {"errored", SimCallStatus::Errored},
        {"not_launched", SimCallStatus::NotLaunched}};
    for (const auto &entry : table) {
        if (text == QLatin1String(entry.first))
            return entry.second;
    }
    return std::nullopt;
}

// A non-negative integer query parameter ("2" or "2.0"); nullopt when malformed.
std::optional<qint64> integerParameter(const QUrlQuery &query, const QString &name, qint64 fallback)
{
    if (!query.hasQueryItem(name))
        return fallback;
    const QString text = query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0 || value != std::floor(value) || value > 9007199254740991.0)
        return std::nullopt;
    return qint64(value);
}

} // namespace

SimulatorEngine::SimulatorEngine(SimWorld *world, FaultInjector *faults, const QString &apiKey)
    : m_world(world)
    , m_faults(faults)
    , m_apiKey(apiKey)
{
}

SimulatorEngine::~SimulatorEngine() = default;

bool SimulatorEngine::listen(quint16 port, quint16 recordingsPort, QString *error)
{
    m_apiListener = new HttpListener(
        [this](const HttpRequest &r, HttpConnection *c) { handleRequest(r, c, true); }, this);
    m_recordingsListener = new HttpListener(
        [this](const HttpRequest &r, HttpConnection *c) { handleRequest(r, c, false); }, this);
    if (!m_apiListener->listen(port, error) ||
        !m_recordingsListener->listen(recordingsPort, error)) {
        close();
        return false;
    }
    m_apiPort = m_apiListener->port();
    m_recordingsBase =
        QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_recordingsListener->port()));
    return true;
}

void SimulatorEngine::close()
{
    for (HttpListener **listener : {&m_apiListener, &m_recordingsListener}) {
        if (*listener) {
            (*listener)->close();
            delete *listener;
            *listener = nullptr;
        }
    }
}

void SimulatorEngine::handleRequest(const HttpRequest &request, HttpConnection *connection,
                                    bool api)
{
    m_requestCount.fetch_add(1);
    if (!api && !request.header("authorization").isEmpty())
        m_recordingRequestsWithAuthorization.fetch_add(1);
    QString faultText = QString::fromUtf8(request.header("x-revox-sim-fault"));
    if (faultText.isEmpty())
        faultText = request.query.queryItemValue(QStringLiteral("sim_fault"), QUrl::FullyDecoded);
    QString error;
    std::optional<FaultSpec> faults;
    if (api) {
        const QString path = request.path.startsWith(kApiPrefix)
                                 ? request.path.mid(kApiPrefix.size())
                                 : request.path;
        faults = m_faults->decide(faultText, path, &error);
    } else {
        faults = m_faults->decide(faultText, request.path, &error, false);
    }
    if (!error.isEmpty()) {
        HttpResponse r = HttpResponse::error(400, "bad_fault_spec", error);
        r.omitBody = request.isHead();
        connection->send(std::move(r));
        return;
    }
    const FaultSpec spec = faults.value_or(FaultSpec());
    if (spec.latencyMs > 0) {
        QTimer::singleShot(spec.latencyMs, connection, [this, request, connection, api, spec] {
            respond(request, connection, api, spec);
        });
        return;
    }
    respond(request, connection, api, spec);
}

void SimulatorEngine::respond(const HttpRequest &request, HttpConnection *connection, bool api,
                              const FaultSpec &faults)
{
    if (faults.drop) {
        connection->drop();
        return;
    }
    HttpResponse response;
    if (faults.status != 0) {
        const int s = faults.status;
        const QString message = s == 429 ? QStringLiteral("Too many requests, slow down")
                                         : QStringLiteral("Simulated server error %1").arg(s);
        response = HttpResponse::error(s, s == 429 ? "rate_limited" : "server_error", message);
        if (s == 429 || s == 503 || faults.retryAfter >= 0)
            response.setHeader("Retry-After",
                               QByteArray::number(faults.retryAfter >= 0 ? faults.retryAfter : 1));
    } else if (api) {
        response = apiResponse(request, faults.wrongTypes, faults.unknownEnums, faults.listing);
    } else {
        response = recordingResponse(request);
    }
    if (faults.malformed && !response.bodySource && !response.body.isEmpty()) {
        // Cut the JSON short and end it with something no parser accepts.
        response.body = response.body.left(response.body.size() * 2 / 3) + "\",]}<<";
    }
    const bool trickle = faults.trickleBytesPerSecond > 0;
    if (api && !faults.malformed && !faults.truncate && !faults.stall && !trickle)
        negotiate(request, response);
    response.omitBody = request.isHead();
    if (api) {
        qint64 headerBytes = 32; // status line and the connection's own headers, about
        for (const auto &[name, value] : std::as_const(response.headers))
            headerBytes += name.size() + value.size() + 4;
        m_apiBytesSent.fetch_add(
            quint64(headerBytes + (response.omitBody ? 0 : response.bodyLength())));
    }
    HttpConnection::Delivery delivery = HttpConnection::Delivery::Normal;
    if (faults.stall)
        delivery = HttpConnection::Delivery::Stall;
    else if (faults.truncate)
        delivery = HttpConnection::Delivery::Truncate;
    else if (trickle)
        delivery = HttpConnection::Delivery::Trickle;
    connection->send(std::move(response), delivery, faults.trickleBytesPerSecond);
}

// gzip (RFC 1952) of a body, at level 1 (what nginx uses unless told otherwise).
static QByteArray gzip(const QByteArray &data)
{
    z_stream zs{};
    if (deflateInit2(&zs, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&zs, uLong(data.size()))) + 32);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int status = deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return status == Z_STREAM_END ? out : QByteArray();
}

void SimulatorEngine::negotiate(const HttpRequest &request, HttpResponse &response)
{
    if (response.status != 200 || response.bodySource || response.body.isEmpty())
        return;
    const QByteArray tag =
        '"' + QCryptographicHash::hash(response.body, QCryptographicHash::Sha1).toHex().left(32) +
        '"';
    response.setHeader("ETag", tag);
    const QList<QByteArray> asked = request.header("if-none-match").split(',');
    for (const QByteArray &candidate : asked) {
        if (candidate.trimmed() == tag || candidate.trimmed() == "W/" + tag) {
            response.status = 304;
            response.body.clear();
            response.headers.removeIf([](const auto &h) {
                return h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
            });
            return;
        }
    }
    const QByteArray accepts = request.header("accept-encoding").toLower();
    if (response.body.size() >= 1024 && accepts.contains("gzip")) {
        QByteArray packed = gzip(response.body);
        if (!packed.isEmpty()) {
            response.body = std::move(packed);
            response.setHeader("Content-Encoding", "gzip");
            response.setHeader("Vary", "Accept-Encoding");
        }
    }
}

HttpResponse SimulatorEngine::apiResponse(const HttpRequest &request, bool wrongTypes,
                                          bool unknownEnums, const RowsListingFaults &listing)
{
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse r =
            HttpResponse::error(405, "method_not_allowed", QStringLiteral("Only GET is supported"));
        r.setHeader("Allow", "GET, HEAD");
        return r;
    }
    QString path = request.path;
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.startsWith(kApiPrefix + QLatin1Char('/')))
        return HttpResponse::error(
            404, "not_found",
            QStringLiteral("No route for %1 (the API lives under /api)").arg(request.path));
    path = path.mid(kApiPrefix.size());

    const QByteArray authorization = request.header("authorization");
    const QByteArray token =
        authorization.startsWith("Bearer ") ? authorization.mid(7).trimmed() : QByteArray();
    if (token.isEmpty())
        return HttpResponse::error(401, "unauthorized",
                                   QStringLiteral("Missing API key: send Authorization: Bearer "
                                                  "<key>"));
    if (!m_apiKey.isEmpty() && token != m_apiKey.toUtf8())
        return HttpResponse::error(401, "unauthorized", QStringLiteral("Invalid API key"));

    const qint64 now = m_world->nowMs();
    SimRenderer renderer(*m_world, m_recordingsBase, now, {wrongTypes, unknownEnums});
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() == 1 && parts[0] == QLatin1String("auth-status"))
        return HttpResponse::json(200, renderer.authStatus());
    if (parts.size() == 1 && parts[0] == QLatin1String("campaigns"))
        return HttpResponse::json(200, renderer.campaignList());
    if (parts.size() >= 2 && parts.size() <= 3 && parts[0] == QLatin1String("campaigns")) {
        const int index = m_world->campaignIndex(parts[1]);
        if (index < 0)
            return HttpResponse::error(404, "not_found",
                                       QStringLiteral("Campaign %1 not found").arg(parts[1]));
        if (parts.size() == 2)
            return HttpResponse::json(200, renderer.campaignResponse(m_world->campaigns()[index]));
        if (parts[2] == QLatin1String("rows"))
            return rowsResponse(request, index, wrongTypes, unknownEnums, listing);
    }
    if (parts.size() == 2 && parts[0] == QLatin1String("call")) {
        const auto decoded = m_world->ids().decode(parts[1]);
        if (decoded && decoded->kind == SimIds::Kind::Call &&
            decoded->campaign < m_world->campaigns().size()) {
            const SimCampaign &c = m_world->campaigns()[decoded->campaign];
            const SimCallStatus status = decoded->row < c.rowCount
                                             ? m_world->state(c, decoded->row, now).status
                                             : SimCallStatus::None;
            if (status != SimCallStatus::None && status != SimCallStatus::Skipped) {
                renderer.setConversationDetail(newestServer(request));
                return HttpResponse::json(200, renderer.callResponse(c, decoded->row));
            }
        }
        return HttpResponse::error(404, "not_found",
                                   QStringLiteral("Call %1 not found").arg(parts[1]));
    }
    return HttpResponse::error(404, "not_found",
                               QStringLiteral("No route for %1").arg(request.path));
}

QString SimulatorEngine::pagingAsked(const HttpRequest &request)
{
    const QString text = QString::fromUtf8(request.header("x-revox-sim-paging"));
    if (!text.isEmpty())
        return text.trimmed();
    return request.query.queryItemValue(QStringLiteral("sim_paging"), QUrl::FullyDecoded).trimmed();
}

bool SimulatorEngine::newestServer(const HttpRequest &request) const
{
    const auto asked = simRowsPagingFromText(pagingAsked(request));
    return asked.value_or(m_rowsPaging) == SimRowsPaging::Unpaged;
}

HttpResponse SimulatorEngine::rowsResponse(const HttpRequest &request, int campaign,
                                           bool wrongTypes, bool unknownEnums,
                                           const RowsListingFaults &listing)
{
    const QUrlQuery &q = request.query;
    SimRowsPaging paging = m_rowsPaging;
    const QString pagingText = pagingAsked(request);
    if (!pagingText.isEmpty()) {
        const auto asked = simRowsPagingFromText(pagingText);
        if (!asked)
            return HttpResponse::error(400, "bad_sim_paging",
                                       QStringLiteral("sim paging must be paged, no-total or "
                                                      "unpaged"));
        paging = *asked;
    }
    if (paging == SimRowsPaging::Unpaged) {
        // The newest SDKs' form: every row, no paging, no filters.
        const SimCampaign &c = m_world->campaigns()[campaign];
        const qint64 now = m_world->nowMs();
        const auto [rows, total] = m_world->findRows(c, SimRowFilter(), 0, c.rowCount, now);
        SimRenderer renderer(*m_world, m_recordingsBase, now, {wrongTypes, unknownEnums});
        renderer.setConversationDetail(true);
        return HttpResponse::json(200, renderer.rowsOnly(c, rows));
    }
    const auto page = integerParameter(q, QStringLiteral("page"), 0);
    const auto pageSize = integerParameter(q, QStringLiteral("page_size"), 50);
    if (!page || !pageSize)
        return HttpResponse::error(400, "bad_request",
                                   QStringLiteral("page and page_size must be non-negative "
                                                  "integers"));
    const qint64 size = std::min<qint64>(*pageSize, 1000);
    SimRowFilter filter;
    filter.query = q.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded).trimmed();
    const QString result = q.queryItemValue(QStringLiteral("result"), QUrl::FullyDecoded);
    if (!result.isEmpty() && result != QLatin1String("all")) {
        if (result == QLatin1String("none")) {
            filter.result = -1;
        } else {
            const auto &results = SimWorld::kResults;
            const auto it = std::find_if(results.begin(), results.end(),
                                         [&](const char *r) { return result == QLatin1String(r); });
            if (it == results.end())
                return HttpResponse::error(
                    422, "invalid_result",
                    QStringLiteral("result must be one of IVR, voicemail, human, unknown, "
                                   "ios-screening-filter, all, none"));
            filter.result = int(it - results.begin());
        }
    }
    const QString statuses = q.queryItemValue(QStringLiteral("statuses"), QUrl::FullyDecoded);
    if (!statuses.trimmed().isEmpty()) {
        filter.statusesGiven = true;
        for (const QString &s : statuses.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString name = s.trimmed();
            // pending: rows without a call yet; skipped: rows a cancelled campaign never
            // called; not_launched: calls never dialled, and both kinds of rows without one.
            if (name == QLatin1String("pending") || name == QLatin1String("not_launched"))
                filter.matchNoCall = true;
            if (name == QLatin1String("skipped") || name == QLatin1String("not_launched"))
                filter.matchSkipped = true;
            if (const auto status = callStatusFromText(name))
                filter.statuses.append(*status);
        }
    }
    const SimCampaign &c = m_world->campaigns()[campaign];
    const qint64 now = m_world->nowMs();
    qint64 offset = *page > c.rowCount ? c.rowCount : *page * size;
    if (listing.repeatPages)
        offset = 0; // every page answers the first page's rows
    const auto [rows, found] = m_world->findRows(c, filter, offset, size, now);
    qint64 total = found;
    if (listing.repeatPages)
        total = RowsListingFaults::kRepeatedTotal;
    if (listing.lyingTotal >= 0)
        total = listing.lyingTotal;
    SimRenderer renderer(*m_world, m_recordingsBase, now, {wrongTypes, unknownEnums});
    const bool withTotal = paging == SimRowsPaging::Paged;
    return HttpResponse::json(200, renderer.rowsPage(c, rows, *page, size, withTotal ? total : -1));
}

HttpResponse SimulatorEngine::recordingResponse(const HttpRequest &request)
{
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse r = HttpResponse::error(405, "method_not_allowed",
                                             QStringLiteral("Only GET and HEAD are supported"));
        r.setHeader("Allow", "GET, HEAD");
        return r;
    }
    static const QRegularExpression pattern(
        QStringLiteral("^/recordings/([0-9a-fA-F-]{36})\\.wav$"));
    const auto match = pattern.match(request.path);
    const auto notFound = [&request] {
        return HttpResponse::error(404, "not_found",
                                   QStringLiteral("No recording at %1").arg(request.path));
    };
    if (!match.hasMatch())
        return notFound();
    const auto decoded = m_world->ids().decode(match.captured(1));
    if (!decoded || decoded->kind != SimIds::Kind::Attempt ||
        decoded->campaign >= m_world->campaigns().size())
        return notFound();
    const SimCampaign &c = m_world->campaigns()[decoded->campaign];
    if (decoded->row >= c.rowCount)
        return notFound();
    const qint64 now = m_world->nowMs();
    const SimRowPlan plan = m_world->plan(c, decoded->row);
    const SimRowState state = m_world->state(c, plan, now);
    if (decoded->attempt >= state.startedAttempts)
        return notFound();
    const SimAttemptPlan &attempt = plan.attempts[size_t(decoded->attempt)];
    if (!attempt.answered() || now < attempt.endMs)
        return notFound();

    const auto wav = std::make_shared<WavComposer>(
        simRecording(*m_world, c, decoded->row, decoded->attempt, attempt));
    const qint64 total = wav->totalBytes();

    qint64 first = 0;
    qint64 last = total - 1;
    bool partial = false;
    const QByteArray range = request.header("range").trimmed();
    if (range.startsWith("bytes=") && !range.contains(',')) {
        const QByteArray spec = range.mid(6).trimmed();
        const qsizetype dash = spec.indexOf('-');
        bool okFirst = false, okLast = false;
        const QByteArray a = dash < 0 ? QByteArray() : spec.left(dash).trimmed();
        const QByteArray b = dash < 0 ? QByteArray() : spec.mid(dash + 1).trimmed();
        const qint64 va = a.toLongLong(&okFirst);
        const qint64 vb = b.toLongLong(&okLast);
        bool satisfiable = true;
        if (dash < 0 || (a.isEmpty() && b.isEmpty())) {
            satisfiable = false;
        } else if (a.isEmpty()) { // suffix: the last vb bytes
            satisfiable = okLast && vb > 0;
            first = std::max<qint64>(0, total - vb);
        } else {
            satisfiable = okFirst && va >= 0 && va < total && (b.isEmpty() || (okLast && vb >= va));
            first = va;
            if (!b.isEmpty() && okLast)
                last = std::min(vb, total - 1);
        }
        if (!satisfiable) {
            HttpResponse r = HttpResponse::error(416, "range_not_satisfiable",
                                                 QStringLiteral("Bad range %1 for %2 bytes")
                                                     .arg(QString::fromLatin1(range))
                                                     .arg(total));
            r.setHeader("Content-Range", "bytes */" + QByteArray::number(total));
            r.setHeader("Accept-Ranges", "bytes");
            return r;
        }
        partial = true;
    }
    HttpResponse r;
    r.status = partial ? 206 : 200;
    r.setHeader("Content-Type", "audio/wav");
    r.setHeader("Accept-Ranges", "bytes");
    r.setHeader("Cache-Control", "public, max-age=3600");
    if (partial)
        r.setHeader("Content-Range", "bytes " + QByteArray::number(first) + '-' +
                                         QByteArray::number(last) + '/' +
                                         QByteArray::number(total));
    r.bodySourceLength = last - first + 1;
    r.bodySource = [wav, first](qint64 offset, qint64 length) {
        return wav->bytes(first + offset, length);
    };
    return r;
}

} // namespace revox::sim
