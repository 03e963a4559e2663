#include "ApiBodyReader.h"

#include "JsonDomainReader.h"
#include "JsonPath.h"
#include "JsonReader.h"
#include "JsonUtf8Check.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace revox::json {
namespace {

Q_LOGGING_CATEGORY(lcJson, "revox.domain.json", QtWarningMsg)

// True for a body of nothing but blanks (stops at the first other byte: no copy).
bool isBlank(const QByteArray &body)
{
    return std::all_of(body.cbegin(), body.cend(),
                       [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
}

QString quotedExcerpt(const QByteArray &body)
{
    const QString excerpt = bodyExcerpt(body);
    return excerpt.isEmpty() ? u"(empty body)"_s : u'"' + excerpt + u'"';
}

template <typename T> void setFatal(Parsed<T> &out, const QString &message)
{
    qCDebug(lcJson) << "response not understood:" << message;
    out.value = T{};
    out.fatal = message;
}

// Parses the body into its top-level object. Invalid UTF-8 inside strings is replaced
// with U+FFFD (and reported) rather than losing the whole body.
template <typename T> std::optional<QJsonObject> openBody(const QByteArray &body, Parsed<T> &out)
{
    if (isBlank(body)) {
        setFatal(out, u"the response body is empty"_s);
        return std::nullopt;
    }
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::IllegalUTF8String) {
        const qsizetype badByte = error.offset;
        QJsonParseError retryError;
        QJsonDocument repaired =
            QJsonDocument::fromJson(QString::fromUtf8(body).toUtf8(), &retryError);
        if (retryError.error == QJsonParseError::NoError) {
            QList<ParseProblem> found = invalidUtf8Problems(body);
            if (found.isEmpty()) // not where the strings are: the body's own place
                found.append(ParseProblem{
                    u"(body)"_s,
                    u"invalid UTF-8 near byte %1, replaced with U+FFFD"_s.arg(badByte)});
            out.problems.append(found);
            doc = std::move(repaired);
            error = retryError;
        }
    }
    if (error.error != QJsonParseError::NoError) {
        setFatal(out, u"the response is not JSON (%1 at byte %2): %3"_s.arg(
                          error.errorString(), QString::number(error.offset), quotedExcerpt(body)));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        setFatal(out, u"the response is not a JSON object: "_s + quotedExcerpt(body));
        return std::nullopt;
    }
    return doc.object();
}

// The top-level member every answer of this endpoint carries; fatal when absent.
template <typename T>
std::optional<QJsonValue> topMember(const QJsonObject &root, QLatin1StringView name,
                                    QJsonValue::Type type, const QByteArray &body, Parsed<T> &out)
{
    const QJsonValue v = root.value(name);
    if (v.isUndefined()) {
        setFatal(out, u"the response has no \"%1\" member: %2"_s.arg(name, quotedExcerpt(body)));
        return std::nullopt;
    }
    if (v.type() != type) {
        setFatal(out, u"the response's \"%1\" is %2, expected %3: %4"_s.arg(
                          name, typeName(v), typeName(QJsonValue(type)), quotedExcerpt(body)));
        return std::nullopt;
    }
    return v;
}

// A body opened for reading: its top-level object, the member every answer of the endpoint
// carries, and the domain reader that reads on (on the caller's assistant cache, or on one of
// its own). Problems go to the Parsed the body was opened for.
class OpenedBody
{
public:
    template <typename T>
    static std::unique_ptr<OpenedBody> open(const QByteArray &body, QLatin1StringView name,
                                            QJsonValue::Type type, AssistantCache *cache,
                                            Parsed<T> &out)
    {
        auto root = openBody(body, out);
        if (!root)
            return nullptr;
        auto member = topMember(*root, name, type, body, out);
        if (!member)
            return nullptr;
        return std::unique_ptr<OpenedBody>(
            new OpenedBody(std::move(*root), std::move(*member), name, cache, out.problems));
    }

    const QJsonObject &root() const { return m_root; }
    const QJsonValue &member() const { return m_member; }
    // The member's path ("rows", "campaign", ...).
    const JsonPath &memberPath() const { return m_memberPath; }
    JsonDomainReader &domain() { return m_domain; }
    JsonReader &reader() { return m_domain.reader(); }

private:
    OpenedBody(QJsonObject root, QJsonValue member, QLatin1StringView name, AssistantCache *cache,
               QList<ParseProblem> &problems)
        : m_root(std::move(root))
        , m_member(std::move(member))
        , m_memberPath(m_top.member(name))
        , m_domain(problems, cache ? *cache : m_localCache)
    {
    }

    QJsonObject m_root;
    QJsonValue m_member;
    JsonPath m_top;
    JsonPath m_memberPath;
    AssistantCache m_localCache; // before m_domain, which may read into it
    JsonDomainReader m_domain;
};

// A body that wraps one object under a key ({"campaign": {...}}, {"call": {...}}), read by
// one of JsonDomainReader's readers.
template <typename T>
Parsed<T> parseWrappedObject(const QByteArray &body, AssistantCache *cache, QLatin1StringView key,
                             T (JsonDomainReader::*read)(const QJsonObject &, const JsonPath &))
{
    Parsed<T> out;
    const auto opened = OpenedBody::open(body, key, QJsonValue::Object, cache, out);
    if (!opened)
        return out;
    out.value = (opened->domain().*read)(opened->member().toObject(), opened->memberPath());
    opened->reader().finish();
    return out;
}

} // namespace

Parsed<QList<Campaign>> parseCampaignList(const QByteArray &body, AssistantCache *cache)
{
    Parsed<QList<Campaign>> out;
    const auto opened = OpenedBody::open(body, "campaigns"_L1, QJsonValue::Array, cache, out);
    if (!opened)
        return out;
    const QJsonArray array = opened->member().toArray();
    out.value.reserve(array.size());
    for (qsizetype i = 0, n = array.size(); i < n; ++i) {
        const QJsonValue v = array.at(i);
        const JsonPath at = opened->memberPath().at(i);
        if (opened->reader().check(v, QJsonValue::Object, at, Need::Required))
            out.value.append(opened->domain().campaign(v.toObject(), at));
    }
    opened->reader().finish();
    return out;
}

Parsed<Campaign> parseCampaignResponse(const QByteArray &body, AssistantCache *cache)
{
    return parseWrappedObject<Campaign>(body, cache, "campaign"_L1, &JsonDomainReader::campaign);
}

Parsed<RowsPage> parseRowsPage(const QByteArray &body, AssistantCache *cache)
{
    Parsed<RowsPage> out;
    const auto opened = OpenedBody::open(body, "rows"_L1, QJsonValue::Array, cache, out);
    if (!opened)
        return out;
    JsonDomainReader &domain = opened->domain();
    JsonReader &reader = opened->reader();

    // The newer shape is { rows } alone; a paged answer has page and page_size, and a total
    // only on servers that count (paging without it is a documented form, not a problem).
    RowsPage &page = out.value;
    JsonDomainReader::rowsPaging(opened->root(), reader, page);

    const JsonPath &rowsPath = opened->memberPath();
    const QJsonArray array = opened->member().toArray();
    page.rows.reserve(array.size());
    for (qsizetype i = 0, n = array.size(); i < n; ++i) {
        const QJsonValue v = array.at(i);
        const JsonPath at = rowsPath.at(i);
        if (!reader.check(v, QJsonValue::Object, at, Need::Required))
            continue;
        Row row;
        if (domain.row(v.toObject(), at, row))
            page.rows.append(std::move(row));
        else
            reader.problem(at, u"row left out: it has no usable id"_s);
    }
    reader.finish();
    return out;
}

Parsed<Call> parseCallResponse(const QByteArray &body, AssistantCache *cache)
{
    return parseWrappedObject<Call>(body, cache, "call"_L1, &JsonDomainReader::call);
}

Parsed<AuthStatus> parseAuthStatus(const QByteArray &body)
{
    Parsed<AuthStatus> out;
    out.value.authenticated = true; // the endpoint answers 200 only for a valid key
    if (isBlank(body))
        return out;
    const auto root = openBody(body, out);
    if (!root)
        return out;
    // No schema is published: take the usual member names when they are there.
    for (const auto name : {"organization_id"_L1, "organizationId"_L1, "org_id"_L1}) {
        const QJsonValue v = root->value(name);
        if (v.isString()) {
            out.value.organizationId = v.toString();
            break;
        }
    }
    for (const auto name : {"message"_L1, "status"_L1, "detail"_L1}) {
        const QJsonValue v = root->value(name);
        if (v.isString()) {
            out.value.message = v.toString();
            break;
        }
    }
    const QJsonValue authenticated = root->value("authenticated"_L1);
    if (authenticated.isBool())
        out.value.authenticated = authenticated.toBool();
    return out;
}

QString bodyExcerpt(const QByteArray &body, int maxChars)
{
    if (maxChars <= 0 || body.isEmpty())
        return {};
    // Decode only the head: four bytes per character at most in UTF-8.
    const QByteArray head = body.left(qsizetype(maxChars) * 4);
    const QString text = QString::fromUtf8(head);
    QString out;
    out.reserve(maxChars + 3);
    bool pendingSpace = false;
    qsizetype i = 0;
    for (; i < text.size() && out.size() < maxChars; ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += u' ';
            pendingSpace = false;
            if (out.size() >= maxChars)
                break;
        }
        out += (c.isPrint() || c.isSurrogate()) ? c : QChar(u'?');
    }
    if (!out.isEmpty() && out.back().isHighSurrogate())
        out.chop(1);
    bool truncated = head.size() < body.size();
    for (qsizetype rest = i; rest < text.size() && !truncated; ++rest)
        truncated = !text.at(rest).isSpace();
    if (truncated)
        out += u"..."_s;
    return out;
}

} // namespace revox::json
