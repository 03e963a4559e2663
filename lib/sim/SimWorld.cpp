#include "SimWorld.h"

#include "SimCalendar.h"
#include "SimRandom.h"

#include <QDate>

#include <algorithm>
#include <cmath>

namespace revox::sim {

const std::array<const char *, 5> SimWorld::kResults{"IVR", "voicemail", "human", "unknown",
                                                     "ios-screening-filter"};
const std::array<const char *, 8> SimWorld::kDialErrors{
    "number_non_attributed",   "too_many_calls",      "busy",
    "temporarily_unavailable", "no_answer",           "no_international_permission",
    "precondition_failed",     "non_classified_error"};

namespace {

constexpr int kResultIvr = 0;
constexpr int kResultVoicemail = 1;
constexpr int kResultHuman = 2;
constexpr int kResultUnknown = 3;
// 4: ios-screening-filter, never picked by index

constexpr qint64 kMaxCallLeadMs = 120000;

// Picks an index by weight from a hash.
template <size_t N> int weighted(quint64 h, const std::array<int, N> &weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int x = int(h % quint64(total));
    for (size_t i = 0; i < N; ++i) {
        if (x < weights[i])
            return int(i);
        x -= weights[i];
    }
    return int(N) - 1;
}

bool isNonRetryable(int dialError)
{
    return dialError == 0 || dialError == 5 || dialError == 6;
}

quint16 pack(const SimRowState &s)
{
    return quint16(0x8000 | (quint16(s.status) & 0xF) << 11 | quint16(s.latestResult + 1) << 8 |
                   (s.startedAttempts > 0 ? 0x80 : 0) | (s.interested ? 0x40 : 0) |
                   (s.converted ? 0x20 : 0));
}

// startedAttempts comes back as 1 for "at least one".
SimRowState unpack(quint16 b)
{
    SimRowState s;
    s.status = SimCallStatus((b >> 11) & 0xF);
    s.latestResult = int((b >> 8) & 0x7) - 1;
    s.startedAttempts = (b & 0x80) ? 1 : 0;
    s.interested = (b & 0x40) != 0;
    s.converted = (b & 0x20) != 0;
    return s;
}

// How reachable people are at a local hour and weekday (1: an ordinary weekday hour):
// better late in the morning and early in the evening, poor over lunch and at night, worse
// at weekends (Sunday most of all).
double reachability(int hour, int weekday)
{
    static constexpr std::array<double, 24> byHour{0.30, 0.25, 0.22, 0.22, 0.25, 0.30, 0.45, 0.60,
                                                   0.75, 0.90, 1.10, 1.20, 0.80, 0.70, 0.85, 0.90,
                                                   1.00, 1.20, 1.30, 1.10, 0.90, 0.70, 0.50, 0.40};
    static constexpr std::array<double, 7> byWeekday{0.90, 1.05, 1.08, 1.00, 0.92, 0.80, 0.65};
    return byHour[size_t(hour)] * byWeekday[size_t(weekday)];
}

} // namespace

SimWorld::SimWorld(quint64 seed, double rowsScale, qint64 startMs, double speed)
    : m_seed(seed)
    , m_ids(seed)
    , m_speed(std::max(0.0, speed))
    , m_segmentStartMs(double(startMs))
{
    m_assistants = catalog::makeAssistants(seed, startMs);
    m_campaigns = catalog::makeCampaigns(seed, startMs, rowsScale, m_assistants);
    for (SimCampaign &c : m_campaigns) {
        // A campaign stopped on a newer server is stopped while the next row's call order
        // waits for its first dial: that call stays not_launched.
        if (c.stopMs == SimCampaign::kNever || c.launchMs == SimCampaign::kNever ||
            !c.newerRowStats)
            continue;
        const qint64 stop = c.stopMs;
        c.stopMs = SimCampaign::kNever;
        for (qint64 row = 0; row < c.rowCount; ++row) {
            const SimRowPlan p = plan(c, row);
            if (p.firstDialMs > stop) {
                c.stopMs = std::max(stop, p.callCreatedMs + 5000);
                break;
            }
        }
        if (c.stopMs == SimCampaign::kNever)
            c.stopMs = stop;
    }
    m_finalStates.resize(size_t(m_campaigns.size()));
    m_segmentTimer.start();
}

qint64 SimWorld::nowMs() const
{
    QMutexLocker lock(&m_clockMutex);
    return qint64(m_segmentStartMs + double(m_segmentTimer.nsecsElapsed()) / 1.0e6 * m_speed);
}

void SimWorld::advanceSeconds(double seconds)
{
    QMutexLocker lock(&m_clockMutex);
    if (seconds > 0)
        m_segmentStartMs += seconds * 1000.0;
}

void SimWorld::setSpeed(double speed)
{
    QMutexLocker lock(&m_clockMutex);
    m_segmentStartMs += double(m_segmentTimer.nsecsElapsed()) / 1.0e6 * m_speed;
    m_segmentTimer.restart();
    m_speed = std::max(0.0, speed);
}

double SimWorld::speed() const
{
    QMutexLocker lock(&m_clockMutex);
    return m_speed;
}

int SimWorld::campaignIndex(QStringView id) const
{
    for (const SimCampaign &c : m_campaigns) {
        if (c.id == id)
            return c.index;
    }
    return -1;
}

SimRowPlan SimWorld::plan(const SimCampaign &c, qint64 row) const
{
    using namespace random;
    SimRowPlan p;
    if (c.launchMs == SimCampaign::kNever)
        return p;
    const SimAssistant &assistant = assistantOf(c);
    const quint64 h0 = hash({m_seed, quint64(c.index), quint64(row), 1});
    const SimCalendar &calendar = *c.calendar;
    const double interval = 1000.0 / c.rowsPerSecond;
    // Rows are dialled one after the other while the calling windows are open.
    p.firstDialMs =
        calendar.wallAtOpen(c.launchOpenMs + qint64((double(row) + unit(h0) * 0.9) * interval));
    p.callCreatedMs = p.firstDialMs - 90000 - range(mix(h0), 0, 30000);
    const int maxAttempts = c.maxAttempts();
    qint64 t = p.firstDialMs;
    for (int k = 0; k < maxAttempts; ++k) {
        const quint64 h = hash({m_seed, quint64(c.index), quint64(row), quint64(10 + k)});
        const quint64 h2 = mix(h);
        const quint64 h3 = mix(h2);
        SimAttemptPlan &a = p.attempts[size_t(k)];
        a.startMs = t;
        a.ringStartMs = t + range(h, 800, 2500);
        const SimCalendar::Span *span = calendar.spanAt(t);
        const double reach = span ? reachability(SimCalendar::localHour(*span, t),
                                                 SimCalendar::localWeekday(*span, t))
                                  : 1.0;
        if (unit(h2) < std::clamp(0.22 * (2.2 - reach) / 1.2, 0.08, 0.6)) {
            // busy, no answer and friends
            int e = weighted(h3, std::array<int, 8>{7, 6, 30, 12, 35, 3, 3, 4});
            // What is wrong with the number itself shows on the first try, not after it
            // got through: a retry fails as busy or unanswered.
            if (k > 0 && isNonRetryable(e))
                e = (h3 >> 40) % 2 ? 2 : 4;
            qint64 ringMs = range(h3 >> 8, 1000, 4000);
            if (e == 2)
                ringMs = range(h3 >> 8, 2000, 5000);
            else if (e == 4)
                ringMs = range(h3 >> 8, 25000, 35000);
            else if (e == 3)
                ringMs = range(h3 >> 8, 3000, 8000);
            a.dialError = e;
            a.answerMs = a.endMs = a.ringStartMs + ringMs;
            a.scenario = SimScenario::DialFailure;
        } else {
            a.answerMs = a.ringStartMs + range(h3, 4000, 18000);
            const int r = weighted(h3 >> 16, std::array<int, 5>{10, int(22 * (1.6 - 0.6 * reach)),
                                                                int(50 * reach), 12, 6});
            a.result = r;
            const quint64 hs = h3 >> 24;
            qint64 durationMs = 0;
            switch (r) {
            case kResultHuman: {
                const int s = weighted(hs, std::array<int, 6>{34, 26, 14, 10, 10, 6});
                a.scenario = std::array<SimScenario, 6>{SimScenario::Booking,
                                                        SimScenario::Objection,
                                                        SimScenario::Callback,
                                                        SimScenario::Transfer,
                                                        SimScenario::ToolError,
                                                        SimScenario::MaxDuration}[size_t(s)];
                switch (a.scenario) {
                case SimScenario::Booking:
                    durationMs = range(hs >> 8, 95000, 210000);
                    break;
                case SimScenario::Objection:
                    durationMs = range(hs >> 8, 22000, 50000);
                    break;
                case SimScenario::Callback:
                    durationMs = range(hs >> 8, 35000, 80000);
                    break;
                case SimScenario::Transfer:
                    durationMs = range(hs >> 8, 50000, 110000);
                    break;
                case SimScenario::ToolError:
                    durationMs = range(hs >> 8, 120000, 230000);
                    break;
                default:
                    durationMs = qint64(assistant.maxCallDurationSecs * 1000.0);
                    break;
                }
                break;
            }
            case kResultVoicemail:
                a.scenario = SimScenario::Voicemail;
                durationMs = assistant.voicemailMessage.isEmpty() ? range(hs, 4000, 7000)
                                                                  : range(hs, 18000, 32000);
                break;
            case kResultIvr:
                a.scenario = assistant.ivrNavigationEnabled ? SimScenario::IvrNavigated
                                                            : SimScenario::IvrStuck;
                durationMs = a.scenario == SimScenario::IvrNavigated ? range(hs, 40000, 75000)
                                                                     : range(hs, 15000, 28000);
                break;
            case kResultUnknown:
                a.scenario = SimScenario::Silence;
                durationMs = range(hs, 6000, 18000);
                break;
            default:
                a.scenario = SimScenario::Screening;
                durationMs = range(hs, 10000, 24000);
                break;
            }
            a.endMs = a.answerMs + durationMs;
        }
        p.attemptCount = k + 1;
        if (a.result == kResultHuman || (a.dialError >= 0 && isNonRetryable(a.dialError)))
            break;
        // The next try waits the delay of the window this one started in, then for a
        // window to be open.
        const qint64 retryDelayMs = qint64(c.retryDelaySeconds(span ? span->window : 0)) * 1000;
        const qint64 due = a.endMs + retryDelayMs + range(mix(h3), 0, retryDelayMs / 10);
        t = calendar.nextOpen(due);
        if (t != due) {
            const SimCalendar::Span *opens = calendar.spanAt(t);
            const qint64 room = opens ? (opens->endMs - opens->startMs) / 3 : 0;
            t += range(mix(h3 ^ 0x5bd1e995), 0, std::clamp<qint64>(room, 0, 20 * 60 * 1000));
        }
    }
    return p;
}

SimRowState SimWorld::state(const SimCampaign &c, const SimRowPlan &p, qint64 nowMs) const
{
    SimRowState s;
    if (c.launchMs == SimCampaign::kNever)
        return s;
    const qint64 cut = std::min(nowMs, c.stopMs);
    const bool cancelledNow = c.isCancelled && nowMs >= c.stopMs;
    if (p.callCreatedMs > cut) {
        if (cancelledNow && c.newerRowStats)
            s.status = SimCallStatus::Skipped;
        return s;
    }
    int started = 0;
    while (started < p.attemptCount && p.attempts[size_t(started)].startMs <= cut)
        ++started;
    s.startedAttempts = started;
    if (started == 0) {
        if (cancelledNow)
            s.status = c.newerRowStats ? SimCallStatus::NotLaunched : SimCallStatus::Cancelled;
        else if (nowMs < p.callCreatedMs + 4000)
            s.status = SimCallStatus::Initializing;
        else
            s.status = SimCallStatus::QueuedForCalling;
        return s;
    }
    for (int k = started - 1; k >= 0; --k) {
        const SimAttemptPlan &a = p.attempts[size_t(k)];
        if (a.answered() && a.answerMs <= nowMs) {
            s.latestResult = a.result;
            break;
        }
    }
    const SimAttemptPlan &last = p.attempts[size_t(started - 1)];
    if (nowMs < last.endMs) {
        s.status = SimCallStatus::Calling;
    } else if (started == p.attemptCount) {
        bool anyAnswered = false;
        for (int k = 0; k < started; ++k)
            anyAnswered = anyAnswered || p.attempts[size_t(k)].answered();
        s.status = anyAnswered ? SimCallStatus::Completed : SimCallStatus::Errored;
        if (s.status == SimCallStatus::Completed && s.latestResult == kResultHuman) {
            const SimScenario scenario = last.scenario;
            s.converted = scenario == SimScenario::Booking || scenario == SimScenario::ToolError;
            s.interested = s.converted || scenario == SimScenario::Transfer;
        }
    } else {
        s.status = cancelledNow ? SimCallStatus::Cancelled : SimCallStatus::Scheduled;
    }
    return s;
}

SimRowState SimWorld::state(const SimCampaign &c, qint64 row, qint64 nowMs) const
{
    return state(c, plan(c, row), nowMs);
}

bool SimWorld::isRowStatusFinal(SimCallStatus s)
{
    return s == SimCallStatus::Completed || s == SimCallStatus::Errored ||
           s == SimCallStatus::Cancelled || s == SimCallStatus::NotLaunched ||
           s == SimCallStatus::Skipped;
}

SimRowState SimWorld::stateCached(const SimCampaign &c, qint64 row, qint64 nowMs) const
{
    std::vector<quint16> &cache = m_finalStates[size_t(c.index)];
    if (cache.empty())
        cache.assign(size_t(c.rowCount), 0);
    const quint16 packed = cache[size_t(row)];
    if (packed != 0)
        return unpack(packed);
    const SimRowState s = state(c, row, nowMs);
    if (isRowStatusFinal(s.status))
        cache[size_t(row)] = pack(s);
    return s;
}

qint64 SimWorld::noCallFrontier(const SimCampaign &c, qint64 nowMs) const
{
    if (c.launchMs == SimCampaign::kNever)
        return 0;
    const qint64 cut = std::min(nowMs, c.stopMs);
    const double interval = 1000.0 / c.rowsPerSecond;
    // A call is created at most kMaxCallLeadMs before its first dial, which happens at
    // row * interval of open time or later.
    const double reach =
        double(c.calendar->openAt(cut + kMaxCallLeadMs) - c.launchOpenMs) / interval;
    if (reach < 0)
        return 0;
    return std::clamp<qint64>(qint64(std::floor(reach)) + 1, 0, c.rowCount);
}

SimRowState SimWorld::beyondFrontier(const SimCampaign &c, qint64 nowMs) const
{
    SimRowState s;
    if (c.newerRowStats && c.isCancelled && nowMs >= c.stopMs)
        s.status = SimCallStatus::Skipped;
    return s;
}

SimRowStats SimWorld::rowStats(const SimCampaign &c, qint64 nowMs) const
{
    SimRowStats stats;
    stats.total = c.rowCount;
    const qint64 frontier = noCallFrontier(c, nowMs);
    if (beyondFrontier(c, nowMs).status == SimCallStatus::Skipped)
        stats.skipped = c.rowCount - frontier;
    else
        stats.pending = c.rowCount - frontier;
    for (qint64 row = 0; row < frontier; ++row) {
        const SimRowState s = stateCached(c, row, nowMs);
        stats.dialled += s.startedAttempts > 0 ? 1 : 0;
        stats.connected += s.latestResult >= 0 ? 1 : 0;
        stats.human += s.latestResult == kResultHuman ? 1 : 0;
        stats.interested += s.interested ? 1 : 0;
        stats.converted += s.converted ? 1 : 0;
        switch (s.status) {
        case SimCallStatus::NotLaunched:
            ++stats.notLaunched;
            break;
        case SimCallStatus::Skipped:
            ++stats.skipped;
            break;
        case SimCallStatus::None:
        case SimCallStatus::Initializing:
        case SimCallStatus::QueuedForCalling:
            ++stats.pending;
            break;
        case SimCallStatus::Calling:
            ++stats.calling;
            break;
        case SimCallStatus::Scheduled:
            ++stats.retry;
            break;
        case SimCallStatus::Completed:
            ++stats.completed;
            break;
        case SimCallStatus::Cancelled:
        case SimCallStatus::Errored:
            ++stats.failed;
            break;
        }
    }
    return stats;
}

qint64 SimWorld::updatedAtMs(const SimCampaign &c, qint64 nowMs) const
{
    if (c.launchMs == SimCampaign::kNever)
        return c.createdAtMs + 40 * 60 * 1000;
    if (c.stopMs != SimCampaign::kNever)
        return std::min(nowMs, c.stopMs + 5 * 60 * 1000);
    // About when the last retry ends: the calls take the open time of the windows.
    const qint64 lastActivity = c.calendar->wallAtOpen(
        c.launchOpenMs + qint64(double(c.rowCount) * 1000.0 / c.rowsPerSecond) +
        qint64(c.maxAttempts()) * (qint64(c.retryDelaySeconds()) * 1100 + 600000));
    const qint64 t = std::min(nowMs, lastActivity);
    return t - t % 1000;
}

bool SimWorld::matchesQuery(const SimCampaign &c, qint64 row, const QString &needle) const
{
    if (phoneNumber(c, row).contains(needle, Qt::CaseInsensitive))
        return true;
    const auto data = inputData(c, row);
    for (const auto &kv : data) {
        if (kv.second.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    // Ids are lower-case hex and dashes: only a needle made of those can be part of one.
    const bool idLike = std::all_of(needle.begin(), needle.end(), [](QChar ch) {
        const QChar lower = ch.toLower();
        return ch == u'-' || (ch >= u'0' && ch <= u'9') || (lower >= u'a' && lower <= u'f');
    });
    return idLike &&
           (m_ids.make(SimIds::Kind::Row, c.index, row).contains(needle, Qt::CaseInsensitive) ||
            m_ids.make(SimIds::Kind::Call, c.index, row).contains(needle, Qt::CaseInsensitive));
}

std::pair<QList<qint64>, qint64> SimWorld::findRows(const SimCampaign &c,
                                                    const SimRowFilter &filter, qint64 offset,
                                                    qint64 limit, qint64 nowMs) const
{
    QList<qint64> slice;
    const bool anyFilter = !filter.query.isEmpty() || filter.result != -2 || filter.statusesGiven;
    if (!anyFilter) {
        for (qint64 row = offset; row < c.rowCount && row < offset + limit; ++row)
            slice.append(row);
        return {slice, c.rowCount};
    }
    auto stateMatches = [&filter](const SimRowState &s) {
        if (filter.result == -1 && s.latestResult >= 0)
            return false;
        if (filter.result >= 0 && s.latestResult != filter.result)
            return false;
        if (filter.statusesGiven) {
            if (s.status == SimCallStatus::None)
                return filter.matchNoCall;
            if (s.status == SimCallStatus::Skipped)
                return filter.matchSkipped;
            return filter.statuses.contains(s.status);
        }
        return true;
    };
    const qint64 frontier = noCallFrontier(c, nowMs);
    qint64 total = 0;
    auto take = [&](qint64 row) {
        if (total >= offset && total < offset + limit)
            slice.append(row);
        ++total;
    };
    for (qint64 row = 0; row < frontier; ++row) {
        if (!stateMatches(stateCached(c, row, nowMs)))
            continue;
        if (!filter.query.isEmpty() && !matchesQuery(c, row, filter.query))
            continue;
        take(row);
    }
    // Rows past the frontier have no call yet: they all match or none does.
    if (frontier < c.rowCount && stateMatches(beyondFrontier(c, nowMs))) {
        if (filter.query.isEmpty()) {
            const qint64 count = c.rowCount - frontier;
            const qint64 firstPosition = total; // position of the frontier row among matches
            const qint64 from = std::max(offset, firstPosition);
            const qint64 to = std::min(offset + limit, firstPosition + count);
            for (qint64 position = from; position < to; ++position)
                slice.append(frontier + (position - firstPosition));
            total += count;
        } else {
            for (qint64 row = frontier; row < c.rowCount; ++row) {
                if (matchesQuery(c, row, filter.query))
                    take(row);
            }
        }
    }
    return {slice, total};
}

QString SimWorld::phoneNumber(const SimCampaign &c, qint64 row) const
{
    const quint64 h = random::hash({m_seed, quint64(c.index), quint64(row), 3});
    if (c.country == QLatin1String("FR"))
        return QStringLiteral("+33%1%2")
            .arg(6 + int(h % 2))
            .arg(h / 2 % 100000000, 8, 10, QLatin1Char('0'));
    if (c.country == QLatin1String("GB"))
        return QStringLiteral("+447%1").arg(h % 1000000000, 9, 10, QLatin1Char('0'));
    if (c.country == QLatin1String("JP"))
        return QStringLiteral("+81%1%2")
            .arg(h % 3 == 0 ? 80 : 90)
            .arg(h / 3 % 100000000, 8, 10, QLatin1Char('0'));
    static const int areaCodes[] = {212, 312, 415, 512, 617, 303, 206, 305, 404, 615, 602, 503};
    return QStringLiteral("+1%1%2%3")
        .arg(areaCodes[h % 12])
        .arg(200 + (h / 12) % 800)
        .arg((h / 12 / 800) % 10000, 4, 10, QLatin1Char('0'));
}

QList<std::pair<QString, QString>> SimWorld::inputData(const SimCampaign &c, qint64 row) const
{
    using namespace catalog;
    const quint64 h = random::hash({m_seed, quint64(c.index), quint64(row), 2});
    const quint64 h2 = random::mix(h);
    const QString first = firstNames()[int(h % quint64(firstNames().size()))];
    const QString last = lastNames()[int((h >> 8) % quint64(lastNames().size()))];
    const QString company = companies()[int((h >> 16) % quint64(companies().size()))];
    const QString city = cities(c.country)[int((h >> 24) % 12)];
    QList<std::pair<QString, QString>> d;
    d.append({QStringLiteral("first_name"), first});
    d.append({QStringLiteral("last_name"), last});
    const QDate anchorDate = QDateTime::fromMSecsSinceEpoch(c.createdAtMs, Qt::UTC).date();
    switch (assistantOf(c).script) {
    case SimScript::Renewal: {
        static const QStringList plans{QStringLiteral("Starter"), QStringLiteral("Pro"),
                                       QStringLiteral("Enterprise")};
        d.append({QStringLiteral("company"), company});
        d.append({QStringLiteral("city"), city});
        d.append({QStringLiteral("plan"), plans[int(h2 % 3)]});
        d.append({QStringLiteral("renewal_date"),
                  anchorDate.addDays(20 + qint64(h2 >> 8) % 40).toString(Qt::ISODate)});
        d.append({QStringLiteral("account_manager"), owners()[int((h2 >> 16) % 5)]});
        break;
    }
    case SimScript::Prospecting:
        d.append({QStringLiteral("company"), company});
        d.append({QStringLiteral("job_title"), jobTitles()[int(h2 % 10)]});
        d.append({QStringLiteral("industry"), industries()[int((h2 >> 8) % 10)]});
        d.append({QStringLiteral("employees"), QString::number(10 + (h2 >> 16) % 4990)});
        d.append({QStringLiteral("city"), city});
        break;
    case SimScript::Reminder: {
        static const QStringList dentists{QStringLiteral("Dr. Moreau"),
                                          QStringLiteral("Dr. Haddad"),
                                          QStringLiteral("Dr. Lefebvre")};
        const QDate day = anchorDate.addDays(4 + qint64(h2 % 6));
        d.append({QStringLiteral("appointment"),
                  day.toString(Qt::ISODate) +
                      QStringLiteral(" %1:%2")
                          .arg(9 + (h2 >> 8) % 9, 2, 10, QLatin1Char('0'))
                          .arg((h2 >> 16) % 2 ? 30 : 0, 2, 10, QLatin1Char('0'))});
        d.append({QStringLiteral("dentist"), dentists[int((h2 >> 24) % 3)]});
        d.append({QStringLiteral("clinic"), QStringLiteral("Bluebird Dental ") + city});
        break;
    }
    case SimScript::FollowUp: {
        static const QStringList sessions{QStringLiteral("Keynote"),
                                          QStringLiteral("Workshop: data contracts"),
                                          QStringLiteral("Panel: AI in operations")};
        d.append({QStringLiteral("email"), first.toLower() + QLatin1Char('.') + last.toLower() +
                                               QStringLiteral("@example.com")});
        d.append({QStringLiteral("company"), company});
        d.append({QStringLiteral("session"), sessions[int(h2 % 3)]});
        d.append({QStringLiteral("attended"),
                  (h2 >> 8) % 3 ? QStringLiteral("yes") : QStringLiteral("no")});
        break;
    }
    case SimScript::Insurance: {
        static const QStringList types{QStringLiteral("apartment"), QStringLiteral("house")};
        static const QStringList sources{QStringLiteral("website"), QStringLiteral("partner"),
                                         QStringLiteral("facebook_ads")};
        d.append({QStringLiteral("city"), city});
        d.append({QStringLiteral("postcode"),
                  QStringLiteral("%1").arg(10000 + h2 % 85000, 5, 10, QLatin1Char('0'))});
        d.append({QStringLiteral("property_type"), types[int((h2 >> 20) % 2)]});
        d.append({QStringLiteral("lead_source"), sources[int((h2 >> 24) % 3)]});
        break;
    }
    case SimScript::Support: {
        static const QStringList issues{QStringLiteral("billing"), QStringLiteral("network"),
                                        QStringLiteral("device"), QStringLiteral("roaming")};
        d.append({QStringLiteral("city"), city});
        d.append({QStringLiteral("ticket"), QStringLiteral("T-%1").arg(100000 + h2 % 900000)});
        d.append({QStringLiteral("reported_issue"), issues[int((h2 >> 20) % 4)]});
        d.append({QStringLiteral("customer_since"), QString::number(2012 + (h2 >> 28) % 14)});
        break;
    }
    }
    std::sort(d.begin(), d.end());
    return d;
}

QList<std::pair<QString, QString>> SimWorld::metadata(const SimCampaign &c, qint64 row) const
{
    const quint64 h = random::hash({m_seed, quint64(c.index), quint64(row), 4});
    return {{QStringLiteral("crm_id"), QStringLiteral("HS-%1").arg(100000 + h % 900000)},
            {QStringLiteral("owner"), catalog::owners()[int((h >> 24) % 5)]},
            {QStringLiteral("source"),
             (h >> 32) % 2 ? QStringLiteral("hubspot") : QStringLiteral("csv_import")}};
}

} // namespace revox::sim
