#include "SimdRowsPageReader.h"

#include "JsonDomainReader.h"
#include "JsonPath.h"
#include "JsonReader.h"

#include <simdjson.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <string_view>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace revox::json {
namespace {

namespace od = simdjson::ondemand;

// Thrown where a body is to be read by the reference reader instead; never leaves this file.
struct NeedsReferenceReader
{
};

// How deep a value is turned into QJsonValue here: QJsonDocument's own limit.
constexpr int kMaxJsonDepth = 1024;

// True when arrays and objects in the bytes nest deeper than limit (strings skipped): such a
// body goes to the reference reader before simdjson's parser meets a depth it does not take.
bool nestsDeeperThan(const QByteArray &body, int limit)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit)
                return true;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// QtPrivate::QHashCombine, the combiner qHash(QJsonObject) folds its members with.
constexpr size_t combine(size_t seed, size_t h)
{
    return seed ^ (h + 0x9e3779b9 + (seed << 6) + (seed >> 2));
}

// The members of one object as qHash(QJsonObject) sees them: in key order, each one the
// hash of its (key, value) pair. Two members of one name send the body to the reference.
class MemberHashes
{
public:
    void add(const QString &key, size_t valueHash) { m_members.emplace_back(key, valueHash); }
    size_t finish(size_t seed)
    {
        std::sort(m_members.begin(), m_members.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        for (size_t i = 0; i < m_members.size(); ++i) {
            if (i > 0 && m_members[i].first == m_members[i - 1].first)
                throw NeedsReferenceReader{};
            seed =
                combine(seed, combine(combine(0, qHash(m_members[i].first)), m_members[i].second));
        }
        return seed;
    }

private:
    std::vector<std::pair<QString, size_t>> m_members;
};

// The problems one object's members report, put back in key order once the object is
// read: the reference reader visits members in QJsonObject's (sorted) order.
class ProblemsByMember
{
public:
    explicit ProblemsByMember(QList<ParseProblem> &problems)
        : m_problems(problems)
        , m_base(problems.size())
    {
    }
    void begin(const QString &key) { m_starts.emplace_back(key, m_problems.size()); }
    void finish()
    {
        if (m_problems.size() == m_base)
            return;
        const auto byKey = [](const auto &a, const auto &b) {
            return a.first < b.first;
        };
        if (std::is_sorted(m_starts.cbegin(), m_starts.cend(), byKey))
            return;
        std::vector<std::pair<QString, std::pair<qsizetype, qsizetype>>> ranges;
        for (size_t i = 0; i < m_starts.size(); ++i) {
            const qsizetype end =
                i + 1 < m_starts.size() ? m_starts[i + 1].second : m_problems.size();
            ranges.push_back({m_starts[i].first, {m_starts[i].second, end}});
        }
        std::stable_sort(ranges.begin(), ranges.end(), byKey);
        QList<ParseProblem> sorted;
        for (const auto &range : ranges)
            for (qsizetype i = range.second.first; i < range.second.second; ++i)
                sorted.append(m_problems.at(i));
        m_problems.resize(m_base);
        m_problems.append(sorted);
    }

private:
    QList<ParseProblem> &m_problems;
    qsizetype m_base;
    std::vector<std::pair<QString, qsizetype>> m_starts;
};

// A number as QJsonDocument keeps it: an integer when written without fraction or
// exponent and within qint64, a double otherwise.
QJsonValue number(od::value &v)
{
    const std::string_view raw = v.raw_json_token();
    od::number n;
    // Integers past 64 bits (and anything simdjson refuses) are the reference reader's.
    if (v.get_number().get(n) != simdjson::SUCCESS)
        throw NeedsReferenceReader{};
    const QByteArray token = QByteArray::fromRawData(raw.data(), qsizetype(raw.size())).trimmed();
    bool ok = false;
    if (!token.contains('.') && !token.contains('e') && !token.contains('E')) {
        const qint64 i = token.toLongLong(&ok);
        if (ok)
            return QJsonValue(i);
    }
    const double d = token.toDouble(&ok);
    if (!ok)
        throw NeedsReferenceReader{};
    return QJsonValue(d);
}

// Any JSON value as QJsonDocument would give it, for the parts the domain keeps as JSON.
// Deeper than QJsonDocument reads (and than a thread's stack takes): the reference reader
// says what it makes of it.
QJsonValue toJson(od::value v, int depth = 0)
{
    if (depth > kMaxJsonDepth)
        throw NeedsReferenceReader{};
    switch (od::json_type(v.type())) {
    case od::json_type::object: {
        QJsonObject o;
        for (auto field : v.get_object()) {
            const QString key = text(field.unescaped_key());
            if (o.contains(key))
                throw NeedsReferenceReader{};
            o.insert(key, toJson(field.value(), depth + 1));
        }
        return o;
    }
    case od::json_type::array: {
        QJsonArray a;
        for (auto element : v.get_array())
            a.append(toJson(element.value(), depth + 1));
        return a;
    }
    case od::json_type::string:
        return text(v.get_string());
    case od::json_type::number:
        return number(v);
    case od::json_type::boolean:
        return bool(v.get_bool());
    case od::json_type::null:
        if (!bool(v.is_null()))
            throw NeedsReferenceReader{};
        return QJsonValue(QJsonValue::Null);
    }
    throw NeedsReferenceReader{};
}

// A hash that tells value types apart (qHash gives {} and null alike), members in any
// order: with the id it tells a repeated call attempt from one that only looks alike.
size_t strongHash(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return 0x11;
    case QJsonValue::Bool:
        return 0x22 + size_t(v.toBool());
    case QJsonValue::Double:
        return combine(0x33, qHash(v.toDouble()));
    case QJsonValue::String:
        return combine(0x44, qHash(v.toString()));
    case QJsonValue::Array: {
        size_t h = 0x55;
        for (const QJsonValue &e : v.toArray())
            h = combine(h, strongHash(e));
        return h;
    }
    case QJsonValue::Object: {
        size_t h = 0x66;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(), end = o.end(); it != end; ++it)
            h += combine(qHash(it.key()), strongHash(it.value()));
        return h;
    }
    case QJsonValue::Undefined:
        break;
    }
    return 0;
}

// MemberHashes that also sums strongHash() of the object as it goes: 0x66 plus, per
// member, the hash of its key combined with its value's strong hash.
class StrongMemberHashes : public MemberHashes
{
public:
    void add(const QString &key, size_t valueHash, size_t strongValueHash)
    {
        MemberHashes::add(key, valueHash);
        m_strong += combine(qHash(key), strongValueHash);
    }
    void add(const QString &key, const QJsonValue &json)
    {
        add(key, qHash(json), strongHash(json));
    }
    size_t strong() const { return m_strong; }

private:
    size_t m_strong = 0x66;
};

// Reads the rows of one page into domain values with the reference reader's checks.
class PageReading
{
public:
    PageReading(QList<ParseProblem> &problems, AssistantCache &cache)
        : m_problems(problems)
        , m_domain(problems, cache, std::numeric_limits<qsizetype>::max())
        , m_reader(m_domain.reader())
    {
    }

    void rows(od::array array, const JsonPath &path, QList<Row> &out)
    {
        qsizetype i = 0;
        for (auto element : array) {
            od::value v = element.value();
            const JsonPath at = path.at(i++);
            if (od::json_type(v.type()) != od::json_type::object) {
                m_reader.check(toJson(v), QJsonValue::Object, at, Need::Required);
                continue;
            }
            Row row;
            if (this->row(v.get_object(), at, row))
                out.append(std::move(row));
        }
    }

private:
    bool row(od::object o, const JsonPath &path, Row &out)
    {
        const qsizetype before = m_problems.size();
        ProblemsByMember order(m_problems);
        MemberHashes hashes;
        RequiredMembers required(m_reader, path);
        QJsonValue id(QJsonValue::Undefined);
        QList<ParseProblem> callProblems;
        for (auto field : o) {
            const QString key = text(field.unescaped_key());
            od::value v = field.value();
            order.begin(key);
            if (key == "call"_L1) {
                od::value callValue = v;
                const JsonPath callPath = path.member("call"_L1);
                if (od::json_type(callValue.type()) == od::json_type::object) {
                    QList<ParseProblem> kept;
                    std::swap(kept, m_problems);
                    Call call;
                    size_t h = 0;
                    try {
                        h = this->call(callValue.get_object(), callPath, call);
                    } catch (...) {
                        std::swap(kept, m_problems);
                        throw;
                    }
                    std::swap(kept, m_problems);
                    callProblems = std::move(kept);
                    out.call = std::move(call);
                    hashes.add(key, h);
                } else {
                    const QJsonValue json = toJson(callValue);
                    QList<ParseProblem> kept;
                    std::swap(kept, m_problems);
                    m_reader.check(json, QJsonValue::Object, callPath, Need::Optional);
                    std::swap(kept, m_problems);
                    callProblems = std::move(kept);
                    hashes.add(key, qHash(json));
                }
                continue;
            }
            const QJsonValue json = toJson(v);
            hashes.add(key, qHash(json));
            if (key == "id"_L1)
                id = json;
            else
                m_domain.rowMember(out, key, json, required);
        }
        order.finish();
        out.contentHash = hashes.finish(kRowContentHashSeed);
        if (!id.isString()) {
            m_problems.resize(before);
            m_reader.check(id, QJsonValue::String, path.member("id"_L1), Need::Required);
            m_reader.problem(path, u"row left out: it has no usable id"_s);
            return false;
        }
        out.id = id.toString();
        required.report(JsonDomainReader::rowRequired());
        m_problems.append(callProblems);
        return true;
    }

    // The hash of the call object (as qHash(QJsonValue) gives it); c its value.
    size_t call(od::object o, const JsonPath &path, Call &c)
    {
        ProblemsByMember order(m_problems);
        MemberHashes hashes;
        std::vector<std::pair<bool, size_t>> attemptHashes; // per element: object?, hash
        std::vector<QString> attemptIds;
        bool hasLast = false;
        QJsonValue lastNonObject(QJsonValue::Undefined);
        CallAttempt last;
        QJsonValue lastId;
        size_t lastHash = 0;
        QList<ParseProblem> lastProblems;
        RequiredMembers required(m_reader, path);
        for (auto field : o) {
            const QString key = text(field.unescaped_key());
            od::value v = field.value();
            order.begin(key);
            const od::json_type type = v.type();
            if (key == "call_attempts"_L1 && type == od::json_type::array) {
                const JsonPath at = required.seen("call_attempts"_L1);
                size_t h = 0;
                qsizetype i = 0;
                for (auto element : v.get_array()) {
                    od::value ev = element.value();
                    const JsonPath elementPath = at.at(i++);
                    size_t eh = 0;
                    if (od::json_type(ev.type()) == od::json_type::object) {
                        CallAttempt a;
                        QJsonValue aid;
                        size_t strong = 0;
                        eh = callAttempt(ev.get_object(), elementPath, a, aid, strong);
                        attemptHashes.emplace_back(true, strong);
                        attemptIds.push_back(a.id);
                        c.callAttempts.append(std::move(a));
                    } else {
                        const QJsonValue json = toJson(ev);
                        m_reader.check(json, QJsonValue::Object, elementPath, Need::Required);
                        eh = qHash(json);
                        attemptHashes.emplace_back(false, eh);
                    }
                    h = combine(h, eh);
                }
                hashes.add(key, h);
                continue;
            }
            if (key == "last_call_attempt"_L1) {
                hasLast = true;
                if (type == od::json_type::object) {
                    QList<ParseProblem> kept;
                    std::swap(kept, m_problems);
                    try {
                        hashes.add(key,
                                   callAttempt(v.get_object(), path.member("last_call_attempt"_L1),
                                               last, lastId, lastHash));
                    } catch (...) {
                        std::swap(kept, m_problems);
                        throw;
                    }
                    std::swap(kept, m_problems);
                    lastProblems = std::move(kept);
                } else {
                    lastNonObject = toJson(v);
                    hashes.add(key, qHash(lastNonObject));
                }
                continue;
            }
            if (key == "assistant"_L1 && type == od::json_type::object) {
                hashes.add(key, assistant(v.get_object(), path.member("assistant"_L1), c));
                continue;
            }
            const QJsonValue json = toJson(v);
            hashes.add(key, qHash(json));
            m_domain.callMember(c, key, json, required);
        }
        order.finish();
        const size_t hash = hashes.finish(0);
        required.report(JsonDomainReader::callRequired());
        if (hasLast && !lastNonObject.isUndefined()) {
            m_reader.check(lastNonObject, QJsonValue::Object, path.member("last_call_attempt"_L1),
                           Need::Optional);
        } else if (hasLast) {
            if (lastId.isString()) {
                const QString idText = lastId.toString();
                for (qsizetype i = 0, n = c.callAttempts.size(); i < n; ++i) {
                    if (c.callAttempts[i].id == idText && size_t(i) < attemptHashes.size() &&
                        attemptHashes[size_t(i)].first &&
                        attemptHashes[size_t(i)].second == lastHash) {
                        c.lastCallAttemptIndex = int(i);
                        break;
                    }
                }
            }
            if (c.lastCallAttemptIndex < 0) {
                m_problems.append(lastProblems);
                c.lastCallAttemptSeparate = std::move(last);
            }
        }
        return hash;
    }

    // The assistant of a call: bytes equal to the last one read are not read again.
    size_t assistant(od::object o, const JsonPath &path, Call &c)
    {
        const std::string_view raw = o.raw_json();
        if (m_lastAssistant && raw.size() == size_t(m_lastAssistantRaw.size()) &&
            std::equal(raw.begin(), raw.end(), m_lastAssistantRaw.cbegin())) {
            c.assistant = m_lastAssistant;
            return m_lastAssistantHash;
        }
        QByteArray bytes(raw.data(), qsizetype(raw.size()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            throw NeedsReferenceReader{};
        const QJsonValue json(doc.object());
        c.assistant = m_domain.sharedAssistant(json, path);
        m_lastAssistant = c.assistant;
        m_lastAssistantRaw = std::move(bytes);
        m_lastAssistantHash = qHash(json);
        return m_lastAssistantHash;
    }

    // The qHash of the attempt's object; strong: its strongHash().
    size_t callAttempt(od::object o, const JsonPath &path, CallAttempt &a, QJsonValue &id,
                       size_t &strong)
    {
        ProblemsByMember order(m_problems);
        StrongMemberHashes hashes;
        RequiredMembers required(m_reader, path);
        for (auto field : o) {
            const QString key = text(field.unescaped_key());
            od::value v = field.value();
            order.begin(key);
            if (key == "transcript"_L1 && od::json_type(v.type()) == od::json_type::array) {
                const JsonPath at = path.member("transcript"_L1);
                QList<TranscriptEntry> entries;
                size_t h = 0;
                size_t strongArray = 0x55;
                qsizetype i = 0;
                for (auto element : v.get_array()) {
                    od::value ev = element.value();
                    const JsonPath entryPath = at.at(i++);
                    if (od::json_type(ev.type()) == od::json_type::object) {
                        TranscriptEntry e;
                        size_t strongEntry = 0;
                        h = combine(h, transcriptEntry(ev.get_object(), entryPath, e, strongEntry));
                        strongArray = combine(strongArray, strongEntry);
                        entries.append(std::move(e));
                    } else {
                        const QJsonValue json = toJson(ev);
                        m_reader.check(json, QJsonValue::Object, entryPath, Need::Required);
                        h = combine(h, qHash(json));
                        strongArray = combine(strongArray, strongHash(json));
                    }
                }
                a.transcript = std::move(entries);
                hashes.add(key, h, strongArray);
                continue;
            }
            const QJsonValue json = toJson(v);
            hashes.add(key, json);
            if (key == "id"_L1)
                id = json;
            m_domain.callAttemptMember(a, key, json, required);
        }
        order.finish();
        required.report(JsonDomainReader::callAttemptRequired());
        strong = hashes.strong();
        return hashes.finish(0);
    }

    size_t transcriptEntry(od::object o, const JsonPath &path, TranscriptEntry &e, size_t &strong)
    {
        ProblemsByMember order(m_problems);
        StrongMemberHashes hashes;
        RequiredMembers required(m_reader, path);
        for (auto field : o) {
            const QString key = text(field.unescaped_key());
            order.begin(key);
            const QJsonValue json = toJson(field.value());
            hashes.add(key, json);
            m_domain.transcriptEntryMember(e, key, json, required);
        }
        order.finish();
        required.report(JsonDomainReader::transcriptEntryRequired());
        strong = hashes.strong();
        return hashes.finish(0);
    }

    QList<ParseProblem> &m_problems;
    JsonDomainReader m_domain;
    JsonReader &m_reader;
    AssistantPtr m_lastAssistant;
    QByteArray m_lastAssistantRaw;
    size_t m_lastAssistantHash = 0;
};

Parsed<RowsPage> read(const QByteArray &body, AssistantCache &cache)
{
    if (nestsDeeperThan(body, int(simdjson::DEFAULT_MAX_DEPTH) - 8))
        throw NeedsReferenceReader{};
    simdjson::padded_string padded(body.constData(), size_t(body.size()));
    od::parser parser;
    od::document doc = parser.iterate(padded);
    od::object root = doc.get_object();

    Parsed<RowsPage> out;
    QList<ParseProblem> rowProblems;
    PageReading reading(rowProblems, cache);
    QJsonObject paging; // page, page_size and total as they came
    bool hasRows = false;
    for (auto field : root) {
        const QString key = text(field.unescaped_key());
        od::value v = field.value();
        if (key == "rows"_L1) {
            if (hasRows || od::json_type(v.type()) != od::json_type::array)
                throw NeedsReferenceReader{};
            hasRows = true;
            const JsonPath top;
            reading.rows(v.get_array(), top.member("rows"_L1), out.value.rows);
            continue;
        }
        const QJsonValue json = toJson(v);
        if (key == "page"_L1 || key == "page_size"_L1 || key == "total"_L1) {
            if (paging.contains(key))
                throw NeedsReferenceReader{};
            paging.insert(key, json);
        }
    }
    const char *trailing = nullptr; // found only when something follows the root object
    if (!hasRows || doc.current_location().get(trailing) == simdjson::SUCCESS)
        throw NeedsReferenceReader{};

    JsonReader reader(out.problems);
    JsonDomainReader::rowsPaging(paging, reader, out.value);
    // The reference reader lists the first problems of the body and counts the rest.
    const qsizetype all = out.problems.size() + rowProblems.size();
    for (const ParseProblem &p : std::as_const(rowProblems)) {
        if (out.problems.size() >= JsonReader::kMaxProblems)
            break;
        out.problems.append(p);
    }
    if (all > out.problems.size()) {
        const qsizetype listedRowProblems = out.problems.size() - (all - rowProblems.size());
        out.problems.append(JsonReader::moreProblems(rowProblems.at(listedRowProblems).path,
                                                     all - out.problems.size()));
    }
    return out;
}

} // namespace

Parsed<RowsPage> parseRowsPageSimd(const QByteArray &body, AssistantCache *cache)
{
    AssistantCache localCache;
    try {
        return read(body, cache ? *cache : localCache);
    } catch (const NeedsReferenceReader &) {
    } catch (const simdjson::simdjson_error &) {
    }
    return parseRowsPage(body, cache);
}

} // namespace revox::json
