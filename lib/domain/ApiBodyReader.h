#pragma once

#include "AssistantCache.h"
#include "Campaign.h"
#include "Row.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Reading of Revox API bodies against the documented schema, on top of QJsonDocument:
// bytes in, plain values and a list of problems (by JSON path) out.
namespace revox {

// Something wrong in a body that did not stop the parse, located by JSON path:
// "rows[3].call.call_attempts[0].status: expected string, got number".
struct ParseProblem
{
    QString path;
    QString message;
    // About how the server paged (rows it repeated, a total it never sent), not a value.
    bool aboutListing = false;
    QString toString() const { return path + QStringLiteral(": ") + message; }
};

// The outcome of parsing one body. fatal is set when the body as a whole could not be
// used (not JSON, not an object, top-level field missing); value is then empty.
template <typename T> struct Parsed
{
    T value{};
    QList<ParseProblem> problems;
    std::optional<QString> fatal;
    bool ok() const { return !fatal.has_value(); }
};

namespace json {

// GET /campaigns -> { "campaigns": [Campaign] }
Parsed<QList<Campaign>> parseCampaignList(const QByteArray &body, AssistantCache *cache = nullptr);
// GET /campaigns/{id} -> { "campaign": Campaign }
Parsed<Campaign> parseCampaignResponse(const QByteArray &body, AssistantCache *cache = nullptr);
// GET /campaigns/{id}/rows -> { page, page_size, rows, total } or { rows }
Parsed<RowsPage> parseRowsPage(const QByteArray &body, AssistantCache *cache = nullptr);
// GET /call/{id} -> { "call": Call }
Parsed<Call> parseCallResponse(const QByteArray &body, AssistantCache *cache = nullptr);
// GET /auth-status -> any JSON object (or an empty body); 200 means authenticated.
Parsed<AuthStatus> parseAuthStatus(const QByteArray &body);

// The first bytes of a body, printable, for error messages ("<html><head>...").
QString bodyExcerpt(const QByteArray &body, int maxChars = 120);

} // namespace json
} // namespace revox
