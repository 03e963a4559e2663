// The simulator's API over loopback HTTP: every body parses through revox::json with zero
// problems, paging and filters hold, auth is enforced, the world is deterministic and moves.
#include "ApiBodyReader.h"
#include "SimHttp.h"
#include "SimulatorServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <random>

using revox::sim::SimulatorOptions;
using revox::sim::SimulatorServer;

namespace {

const QByteArray kKey = "test-key-123";
// Late morning in Chicago, early evening in Paris, night in Tokyo: most running campaigns'
// calling windows are open.
const QDateTime kStart = QDateTime(QDate(2026, 11, 20), QTime(17, 0), Qt::UTC);

QString problemsText(const QList<revox::ParseProblem> &problems)
{
    QStringList lines;
    for (const auto &p : problems.mid(0, 5))
        lines << p.toString();
    return lines.join(QStringLiteral("; "));
}

// The result of a row's most recent answered attempt, "none" when no attempt was answered.
QString latestResult(const QJsonValue &call)
{
    if (!call.isObject())
        return QStringLiteral("none");
    for (const QJsonValue &a : call[QStringLiteral("call_attempts")].toArray()) {
        if (a[QStringLiteral("result")].isString())
            return a[QStringLiteral("result")].toString();
    }
    return QStringLiteral("none");
}

// The response example of an API document (tests/data/seed-*.json).
QJsonObject seedExample(const QString &fileName)
{
    QFile file(QStringLiteral(REVOX_SEEDS_DIR "/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Checks that value has every field the seed example shows, with a compatible type
// (null allowed for optional data; "{}" in the seed stands for a timestamp string).
void compareShape(const QJsonValue &seed, const QJsonValue &value, const QString &path,
                  QStringList &mismatches)
{
    if (value.isNull() || value.isUndefined())
        return;
    if (seed.isObject()) {
        const QJsonObject seedObject = seed.toObject();
        if (seedObject.isEmpty()) { // a timestamp
            if (!value.isString())
                mismatches << path + QStringLiteral(": expected a timestamp string");
            return;
        }
        if (!value.isObject()) {
            if (!path.endsWith(QLatin1String("tool_arguments")) || !value.isString())
                mismatches << path + QStringLiteral(": expected an object");
            return;
        }
        // Free-form maps and the model union: keys differ by design.
        for (const char *freeForm :
             {"input_data", "metadata", "structured_output", "llm_model", "tool_arguments"}) {
            if (path.endsWith(QLatin1String(freeForm)))
                return;
        }
        const QJsonObject object = value.toObject();
        for (auto it = seedObject.begin(); it != seedObject.end(); ++it) {
            if (!object.contains(it.key()))
                mismatches << path + QLatin1Char('.') + it.key() + QStringLiteral(": missing");
            else
                compareShape(it.value(), object.value(it.key()), path + QLatin1Char('.') + it.key(),
                             mismatches);
        }
        return;
    }
    if (seed.isArray()) {
        if (!value.isArray()) {
            mismatches << path + QStringLiteral(": expected an array");
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            compareShape(seed.toArray().at(0), array.at(i), path + QStringLiteral("[%1]").arg(i),
                         mismatches);
        return;
    }
    if (seed.type() != value.type())
        mismatches << path + QStringLiteral(": expected JSON type %1, got %2")
                                 .arg(int(seed.type()))
                                 .arg(int(value.type()));
}

} // namespace

class TestSimulatorApi : public QObject
{
    Q_OBJECT

private:
    SimulatorServer m_server;

    SimHttp::Reply api(const QString &path, const QUrlQuery &query = {},
                       SimulatorServer *server = nullptr)
    {
        QUrl url = (server ? server : &m_server)->baseUrl();
        url.setPath(url.path() + path);
        url.setQuery(query);
        return SimHttp::get(url, {{"Authorization", "Bearer " + kKey}});
    }
    QJsonObject apiJson(const QString &path, const QUrlQuery &query = {})
    {
        const SimHttp::Reply r = api(path, query);
        if (r.status != 200)
            qWarning() << path << r.status << r.body.left(200);
        return QJsonDocument::fromJson(r.body).object();
    }
    // Every row of a campaign (in pages of 1000) as JSON objects, with the filter given.
    QJsonArray allRows(const QString &campaignId, const QUrlQuery &query = {},
                       qint64 *totalOut = nullptr)
    {
        QJsonArray rows;
        qint64 total = -1;
        for (int page = 0; page < 200; ++page) {
            QUrlQuery q = query;
            q.addQueryItem(QStringLiteral("page"), QString::number(page));
            q.addQueryItem(QStringLiteral("page_size"), QStringLiteral("1000"));
            const QJsonObject body =
                apiJson(QStringLiteral("/campaigns/%1/rows").arg(campaignId), q);
            total = body[QStringLiteral("total")].toInteger();
            const QJsonArray pageRows = body[QStringLiteral("rows")].toArray();
            for (const QJsonValue &r : pageRows)
                rows.append(r);
            if (pageRows.isEmpty() || rows.size() >= total)
                break;
        }
        if (totalOut)
            *totalOut = total;
        return rows;
    }
    QString campaignIdWithStatus(const QString &status) const
    {
        for (const auto &c : m_server.campaigns()) {
            if (c.status == status && !c.isCancelled)
                return c.id;
        }
        return {};
    }
    // A running campaign placing calls now (its calling windows are open), with calls in
    // progress and calls waiting for a retry.
    QString liveCampaignId()
    {
        for (const auto &c : m_server.campaigns()) {
            if (c.status != QLatin1String("running") || c.isCancelled)
                continue;
            const QJsonObject stats =
                apiJson(QStringLiteral("/campaigns/%1")
                            .arg(c.id))[QStringLiteral("campaign")][QStringLiteral("row_stats")]
                    .toObject();
            if (stats[QStringLiteral("calling")].toInteger() > 0 &&
                stats[QStringLiteral("retry")].toInteger() > 0 &&
                stats[QStringLiteral("completed")].toInteger() > 0)
                return c.id;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        SimulatorOptions options;
        options.apiKey = QString::fromLatin1(kKey);
        options.seed = 7;
        options.speed = 0;
        options.rowsScale = 0.05;
        options.startTime = kStart;
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
        QVERIFY(m_server.baseUrl().toString().startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(m_server.baseUrl().path() == QLatin1String("/api"));
        QVERIFY(m_server.recordingsBaseUrl().port() != m_server.baseUrl().port());
    }

    void worldCoversEveryCampaignStatus()
    {
        QSet<QString> statuses;
        int cancelled = 0;
        qint64 smallest = std::numeric_limits<qint64>::max(), largest = 0;
        for (const auto &c : m_server.campaigns()) {
            statuses.insert(c.status);
            cancelled += c.isCancelled ? 1 : 0;
            smallest = std::min(smallest, c.rowCount);
            largest = std::max(largest, c.rowCount);
        }
        QCOMPARE(statuses, (QSet<QString>{"draft", "running", "paused", "completed"}));
        QCOMPARE(cancelled, 1);
        QCOMPARE(largest, 5000); // 100,000 rows scaled by 0.05
        QVERIFY(smallest <= 12);
        int running = 0;
        for (const auto &c : m_server.campaigns())
            running += c.status == QLatin1String("running") ? 1 : 0;
        QVERIFY(running >= 2);
    }

    void campaignsParseWithoutProblems()
    {
        const SimHttp::Reply list = api(QStringLiteral("/campaigns"));
        QCOMPARE(list.status, 200);
        QVERIFY(list.header("Content-Type").startsWith("application/json"));
        const auto parsed = revox::json::parseCampaignList(list.body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.fatal.value_or(QString())));
        QVERIFY2(parsed.problems.isEmpty(), qPrintable(problemsText(parsed.problems)));
        QCOMPARE(parsed.value.size(), m_server.campaigns().size());
        for (const revox::Campaign &c : parsed.value) {
            QVERIFY(c.createdAt.isValid());
            QVERIFY(c.updatedAt.isValid());
            QVERIFY(c.assistant);
            QVERIFY(c.rowStats.has_value());
            const SimHttp::Reply one = api(QStringLiteral("/campaigns/%1").arg(c.id));
            QCOMPARE(one.status, 200);
            const auto single = revox::json::parseCampaignResponse(one.body);
            QVERIFY2(single.ok() && single.problems.isEmpty(),
                     qPrintable(problemsText(single.problems)));
            QCOMPARE(single.value.id, c.id);
            QCOMPARE(single.value.rowStats->total, c.rowStats->total);
        }
        // Timestamps are ISO 8601 UTC with milliseconds.
        const QJsonObject first =
            QJsonDocument::fromJson(list.body)[QStringLiteral("campaigns")][0].toObject();
        QVERIFY(QRegularExpression(
                    QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                    .match(first[QStringLiteral("created_at")].toString())
                    .hasMatch());
    }

    void everyFieldOfTheSeedsIsPresent()
    {
        const QJsonObject campaignSeed = seedExample(QStringLiteral("seed-campaign.json"));
        const QJsonObject rowsSeed = seedExample(QStringLiteral("seed-rows-page.json"));
        QVERIFY(campaignSeed.contains(QStringLiteral("campaign")));
        QVERIFY(rowsSeed.contains(QStringLiteral("rows")));
        QStringList mismatches;
        int attemptsSeen = 0;
        for (const auto &c : m_server.campaigns()) {
            compareShape(campaignSeed, apiJson(QStringLiteral("/campaigns/%1").arg(c.id)), c.name,
                         mismatches);
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("page_size"), QStringLiteral("200"));
            const QJsonObject page = apiJson(QStringLiteral("/campaigns/%1/rows").arg(c.id), q);
            compareShape(rowsSeed, page, c.name, mismatches);
            for (const QJsonValue &row : page[QStringLiteral("rows")].toArray())
                attemptsSeen += int(
                    row[QStringLiteral("call")][QStringLiteral("call_attempts")].toArray().size());
        }
        QVERIFY(attemptsSeen > 100);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.mid(0, 10).join(QLatin1Char('\n'))));
    }

    void rowsPagesParseWithoutProblems()
    {
        for (const auto &c : m_server.campaigns()) {
            const qint64 lastPage = (c.rowCount - 1) / 50;
            for (qint64 page : {qint64(0), qint64(1), lastPage / 2, lastPage}) {
                QUrlQuery q;
                q.addQueryItem(QStringLiteral("page"), QString::number(page));
                q.addQueryItem(QStringLiteral("page_size"), QStringLiteral("50"));
                const SimHttp::Reply r = api(QStringLiteral("/campaigns/%1/rows").arg(c.id), q);
                QCOMPARE(r.status, 200);
                const auto parsed = revox::json::parseRowsPage(r.body);
                QVERIFY2(parsed.ok(), qPrintable(parsed.fatal.value_or(QString())));
                QVERIFY2(parsed.problems.isEmpty(),
                         qPrintable(c.name + QStringLiteral(": ") + problemsText(parsed.problems)));
                QCOMPARE(parsed.value.total, c.rowCount);
                QCOMPARE(parsed.value.page, page);
                const qint64 expected = std::clamp<qint64>(c.rowCount - page * 50, 0, 50);
                QCOMPARE(parsed.value.rows.size(), expected);
                for (const revox::Row &row : parsed.value.rows) {
                    QVERIFY(!row.inputData.isEmpty());
                    QVERIFY(row.phoneNumber.startsWith(QLatin1Char('+')));
                    if (row.call) {
                        QCOMPARE(row.call->callsCount, row.call->callAttempts.size());
                        QVERIFY(row.call->assistant);
                    }
                }
            }
        }
    }

    void callsParseWithoutProblems()
    {
        int checked = 0;
        for (const auto &c : m_server.campaigns()) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("page_size"), QStringLiteral("40"));
            const QJsonArray rows =
                apiJson(QStringLiteral("/campaigns/%1/rows").arg(c.id), q)[QStringLiteral("rows")]
                    .toArray();
            for (const QJsonValue &row : rows) {
                if (!row[QStringLiteral("call")].isObject())
                    continue;
                const QString id = row[QStringLiteral("call")][QStringLiteral("id")].toString();
                const SimHttp::Reply r = api(QStringLiteral("/call/%1").arg(id));
                QCOMPARE(r.status, 200);
                const auto parsed = revox::json::parseCallResponse(r.body);
                QVERIFY2(parsed.ok() && parsed.problems.isEmpty(),
                         qPrintable(problemsText(parsed.problems)));
                QCOMPARE(parsed.value.id, id);
                QCOMPARE(parsed.value.campaign->id, c.id);
                // The call endpoint and the rows endpoint describe the same call.
                QCOMPARE(QJsonDocument::fromJson(r.body)[QStringLiteral("call")].toObject(),
                         row[QStringLiteral("call")].toObject());
                ++checked;
            }
        }
        QVERIFY(checked > 20);
        const SimHttp::Reply missing =
            api(QStringLiteral("/call/00000000-0000-4000-8000-000000000000"));
        QCOMPARE(missing.status, 404);
        QVERIFY(QJsonDocument::fromJson(missing.body)[QStringLiteral("message")].isString());
        QCOMPARE(api(QStringLiteral("/campaigns/nope")).status, 404);
        QCOMPARE(api(QStringLiteral("/campaigns/nope/rows")).status, 404);
        QCOMPARE(api(QStringLiteral("/nothing-here")).status, 404);
    }

    void contentCoversEveryEnumValue()
    {
        QSet<QString> attemptStatuses, results, dialErrors, endedBy, endReasons, callStatuses,
            argumentKinds, roles;
        bool toolError = false, structuredOutput = false, recording = false, metadata = false;
        for (const auto &c : m_server.campaigns()) {
            for (const QJsonValue &row : allRows(c.id)) {
                const QJsonValue call = row[QStringLiteral("call")];
                if (!call.isObject())
                    continue;
                callStatuses.insert(call[QStringLiteral("status")].toString());
                metadata = metadata || call[QStringLiteral("metadata")].isObject();
                for (const QJsonValue &a : call[QStringLiteral("call_attempts")].toArray()) {
                    attemptStatuses.insert(a[QStringLiteral("status")].toString());
                    if (a[QStringLiteral("result")].isString())
                        results.insert(a[QStringLiteral("result")].toString());
                    if (a[QStringLiteral("dial_error")].isString())
                        dialErrors.insert(a[QStringLiteral("dial_error")].toString());
                    if (a[QStringLiteral("ended_by")].isString())
                        endedBy.insert(a[QStringLiteral("ended_by")].toString());
                    if (a[QStringLiteral("end_reason")].isString())
                        endReasons.insert(a[QStringLiteral("end_reason")].toString());
                    structuredOutput =
                        structuredOutput || a[QStringLiteral("structured_output")].isObject();
                    recording = recording || a[QStringLiteral("recording_url")].isString();
                    for (const QJsonValue &line : a[QStringLiteral("transcript")].toArray()) {
                        roles.insert(line[QStringLiteral("role")].toString());
                        const QJsonValue args = line[QStringLiteral("tool_arguments")];
                        argumentKinds.insert(args.isObject()   ? QStringLiteral("object")
                                             : args.isString() ? QStringLiteral("string")
                                                               : QStringLiteral("null"));
                        toolError = toolError || line[QStringLiteral("tool_is_error")].toBool();
                    }
                }
            }
        }
        // Calls just created or in progress, from every campaign.
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("statuses"),
                       QStringLiteral("initializing,queued_for_calling,calling"));
        q.addQueryItem(QStringLiteral("page_size"), QStringLiteral("1000"));
        for (const auto &c : m_server.campaigns()) {
            for (const QJsonValue &row :
                 apiJson(QStringLiteral("/campaigns/%1/rows").arg(c.id), q)[QStringLiteral("rows")]
                     .toArray()) {
                const QJsonValue call = row[QStringLiteral("call")];
                callStatuses.insert(call[QStringLiteral("status")].toString());
                for (const QJsonValue &a : call[QStringLiteral("call_attempts")].toArray())
                    attemptStatuses.insert(a[QStringLiteral("status")].toString());
            }
        }
        QCOMPARE(attemptStatuses,
                 (QSet<QString>{"queued", "ringing", "ongoing", "completed", "error"}));
        QCOMPARE(results,
                 (QSet<QString>{"IVR", "voicemail", "human", "unknown", "ios-screening-filter"}));
        QCOMPARE(dialErrors.size(), 8);
        QCOMPARE(endedBy, (QSet<QString>{"agent", "user", "system"}));
        for (const char *reason :
             {"tool_end_call", "voicemail", "transfer", "ivr_no_navigate", "max_duration"})
            QVERIFY2(endReasons.contains(QLatin1String(reason)), reason);
        for (const char *status : {"initializing", "queued_for_calling", "calling", "scheduled",
                                   "completed", "cancelled", "errored"})
            QVERIFY2(callStatuses.contains(QLatin1String(status)), status);
        QCOMPARE(argumentKinds, (QSet<QString>{"object", "string", "null"}));
        QCOMPARE(roles, (QSet<QString>{"user", "assistant", "tool"}));
        QVERIFY(toolError);
        QVERIFY(structuredOutput);
        QVERIFY(recording);
        QVERIFY(metadata);
    }

    void pagingCoversEveryRowOnce()
    {
        const QString id = campaignIdWithStatus(QStringLiteral("paused"));
        QVERIFY(!id.isEmpty());
        QSet<QString> ids;
        qint64 expectedIndex = 0;
        qint64 total = -1;
        for (int page = 0;; ++page) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("page"), QString::number(page));
            q.addQueryItem(QStringLiteral("page_size"), QStringLiteral("7"));
            const QJsonObject body = apiJson(QStringLiteral("/campaigns/%1/rows").arg(id), q);
            QCOMPARE(body[QStringLiteral("page")].toInteger(), page);
            QCOMPARE(body[QStringLiteral("page_size")].toInteger(), 7);
            total = body[QStringLiteral("total")].toInteger();
            const QJsonArray rows = body[QStringLiteral("rows")].toArray();
            if (rows.isEmpty())
                break;
            QVERIFY(rows.size() <= 7);
            for (const QJsonValue &r : rows) {
                QCOMPARE(r[QStringLiteral("row_index")].toInteger(), expectedIndex++);
                ids.insert(r[QStringLiteral("id")].toString());
            }
        }
        QCOMPARE(qint64(ids.size()), total);
        QCOMPARE(expectedIndex, total);

        QUrlQuery bad;
        bad.addQueryItem(QStringLiteral("page"), QStringLiteral("-1"));
        QCOMPARE(api(QStringLiteral("/campaigns/%1/rows").arg(id), bad).status, 400);
        QUrlQuery text;
        text.addQueryItem(QStringLiteral("page_size"), QStringLiteral("ten"));
        QCOMPARE(api(QStringLiteral("/campaigns/%1/rows").arg(id), text).status, 400);
    }

    void resultFilterMatchesRows_data()
    {
        QTest::addColumn<QString>("result");
        for (const char *r :
             {"IVR", "voicemail", "human", "unknown", "ios-screening-filter", "none"})
            QTest::newRow(r) << QString::fromLatin1(r);
    }
    void resultFilterMatchesRows()
    {
        QFETCH(QString, result);
        const QString id = campaignIdWithStatus(QStringLiteral("completed"));
        const QJsonArray everything = allRows(id);
        int expected = 0;
        for (const QJsonValue &row : everything)
            expected += latestResult(row[QStringLiteral("call")]) == result ? 1 : 0;
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("result"), result);
        qint64 total = -1;
        const QJsonArray rows = allRows(id, q, &total);
        QCOMPARE(total, qint64(expected));
        QCOMPARE(rows.size(), expected);
        for (const QJsonValue &row : rows)
            QCOMPARE(latestResult(row[QStringLiteral("call")]), result);
    }

    void resultFilterAllAndInvalid()
    {
        const QString id = liveCampaignId();
        QVERIFY(!id.isEmpty());
        QUrlQuery all;
        all.addQueryItem(QStringLiteral("result"), QStringLiteral("all"));
        qint64 total = 0;
        allRows(id, all, &total);
        qint64 unfiltered = 0;
        allRows(id, {}, &unfiltered);
        QCOMPARE(total, unfiltered);
        QUrlQuery bad;
        bad.addQueryItem(QStringLiteral("result"), QStringLiteral("robot"));
        const SimHttp::Reply r = api(QStringLiteral("/campaigns/%1/rows").arg(id), bad);
        QCOMPARE(r.status, 422);
        QVERIFY(QJsonDocument::fromJson(r.body)[QStringLiteral("error")].isString());
    }

    void statusesFilterMatchesRows()
    {
        const QString id = liveCampaignId();
        QVERIFY(!id.isEmpty());
        const QJsonArray everything = allRows(id);
        for (const QString &statuses :
             {QStringLiteral("completed,errored"), QStringLiteral("calling"),
              QStringLiteral("scheduled"), QStringLiteral("pending")}) {
            const QStringList wanted = statuses.split(QLatin1Char(','));
            int expected = 0;
            for (const QJsonValue &row : everything) {
                const QJsonValue call = row[QStringLiteral("call")];
                const QString s = call.isObject() ? call[QStringLiteral("status")].toString()
                                                  : QStringLiteral("pending");
                expected += wanted.contains(s) ? 1 : 0;
            }
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("statuses"), statuses);
            qint64 total = -1;
            const QJsonArray rows = allRows(id, q, &total);
            QCOMPARE(total, qint64(expected));
            QVERIFY2(expected > 0, qPrintable(statuses));
            for (const QJsonValue &row : rows) {
                const QJsonValue call = row[QStringLiteral("call")];
                QVERIFY(wanted.contains(call.isObject() ? call[QStringLiteral("status")].toString()
                                                        : QStringLiteral("pending")));
            }
        }
    }

    void queryFilterFindsText()
    {
        const QString id = liveCampaignId();
        QVERIFY(!id.isEmpty());
        const QJsonArray everything = allRows(id);
        const QJsonObject target = everything[everything.size() / 3].toObject();
        // By phone number: the row is found.
        for (const QString &needle :
             {target[QStringLiteral("phone_number")].toString(),
              target[QStringLiteral("id")].toString(),
              target[QStringLiteral("input_data")][QStringLiteral("last_name")]
                  .toString()
                  .toUpper()}) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("query"), needle);
            qint64 total = -1;
            const QJsonArray rows = allRows(id, q, &total);
            QVERIFY2(total >= 1, qPrintable(needle));
            bool found = false;
            for (const QJsonValue &row : rows) {
                found = found || row[QStringLiteral("id")] == target[QStringLiteral("id")];
                const QByteArray text = QJsonDocument(row.toObject()).toJson();
                QVERIFY(QString::fromUtf8(text).contains(needle, Qt::CaseInsensitive));
            }
            QVERIFY(found);
        }
        QUrlQuery none;
        none.addQueryItem(QStringLiteral("query"), QStringLiteral("zzzz-no-such-text"));
        qint64 total = -1;
        allRows(id, none, &total);
        QCOMPARE(total, 0);
    }

    void authIsEnforced()
    {
        QUrl url = m_server.baseUrl();
        url.setPath(url.path() + QStringLiteral("/campaigns"));
        for (const QList<std::pair<QByteArray, QByteArray>> &headers :
             {QList<std::pair<QByteArray, QByteArray>>{},
              QList<std::pair<QByteArray, QByteArray>>{{"Authorization", "Bearer wrong"}},
              QList<std::pair<QByteArray, QByteArray>>{{"Authorization", "Bearer "}},
              QList<std::pair<QByteArray, QByteArray>>{{"Authorization", "Basic dGVzdA=="}}}) {
            const SimHttp::Reply r = SimHttp::get(url, headers);
            QCOMPARE(r.status, 401);
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            QVERIFY(body[QStringLiteral("error")].isString());
            QVERIFY(!body[QStringLiteral("message")].toString().isEmpty());
        }
        const SimHttp::Reply ok = api(QStringLiteral("/auth-status"));
        QCOMPARE(ok.status, 200);
        const auto parsed = revox::json::parseAuthStatus(ok.body);
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value.authenticated);

        // Without a configured key, any non-empty token is accepted.
        SimulatorServer open;
        SimulatorOptions options;
        options.speed = 0;
        options.rowsScale = 0.01;
        QVERIFY(open.start(options));
        QUrl openUrl = open.baseUrl();
        openUrl.setPath(openUrl.path() + QStringLiteral("/auth-status"));
        QCOMPARE(SimHttp::get(openUrl, {{"Authorization", "Bearer anything"}}).status, 200);
        QCOMPARE(SimHttp::get(openUrl).status, 401);
    }

    void sameSeedSameBytes()
    {
        auto snapshot = [](quint64 seed) {
            SimulatorServer server;
            SimulatorOptions options;
            options.seed = seed;
            options.speed = 0;
            options.rowsScale = 0.05;
            options.startTime = kStart;
            options.apiKey = QString::fromLatin1(kKey);
            options.port = 0;
            if (!server.start(options))
                return QByteArray();
            QByteArray all;
            auto get = [&](const QString &path, const QString &query) {
                QUrl url = server.baseUrl();
                url.setPath(url.path() + path);
                url.setQuery(query);
                QByteArray body = SimHttp::get(url, {{"Authorization", "Bearer " + kKey}}).body;
                // Recording URLs name the (ephemeral) recordings port: compare without it.
                body.replace(server.recordingsBaseUrl().toString().toUtf8(), "REC");
                return body;
            };
            all += get(QStringLiteral("/campaigns"), QString());
            for (const auto &c : server.campaigns())
                all += get(QStringLiteral("/campaigns/%1/rows").arg(c.id),
                           QStringLiteral("page=1&page_size=100"));
            return all;
        };
        const QByteArray a = snapshot(42);
        const QByteArray b = snapshot(42);
        const QByteArray c = snapshot(43);
        QVERIFY(a.size() > 100000);
        QVERIFY(a == b);
        QVERIFY(a != c);
    }

    void rowStatsAgreeWithRows()
    {
        for (const auto &c : m_server.campaigns()) {
            const QJsonObject stats =
                apiJson(QStringLiteral("/campaigns/%1")
                            .arg(c.id))[QStringLiteral("campaign")][QStringLiteral("row_stats")]
                    .toObject();
            // Newer servers add not_launched and skipped.
            const bool newer = stats.contains(QStringLiteral("skipped"));
            QHash<QString, qint64> counted;
            for (const QJsonValue &row : allRows(c.id))
                ++counted[SimHttp::rowStatsBucket(row[QStringLiteral("call")],
                                                  newer && c.isCancelled)];
            for (const char *bucket :
                 {"calling", "completed", "failed", "pending", "retry", "not_launched", "skipped"})
                QCOMPARE(stats[QLatin1String(bucket)].toInteger(),
                         counted.value(QLatin1String(bucket)));
            QCOMPARE(stats[QStringLiteral("total")].toInteger(), c.rowCount);
        }
    }

    void timeMovesRunningCampaigns()
    {
        const QString id = liveCampaignId();
        QVERIFY(!id.isEmpty());
        const QJsonObject before =
            apiJson(QStringLiteral("/campaigns/%1").arg(id))[QStringLiteral("campaign")].toObject();
        const QJsonArray rowsBefore = allRows(id);
        m_server.advanceSeconds(600);
        const QJsonObject after =
            apiJson(QStringLiteral("/campaigns/%1").arg(id))[QStringLiteral("campaign")].toObject();
        const QJsonArray rowsAfter = allRows(id);
        QVERIFY(after[QStringLiteral("updated_at")].toString() >
                before[QStringLiteral("updated_at")].toString());
        const QJsonObject s0 = before[QStringLiteral("row_stats")].toObject();
        const QJsonObject s1 = after[QStringLiteral("row_stats")].toObject();
        QVERIFY(s1[QStringLiteral("pending")].toInteger() <
                s0[QStringLiteral("pending")].toInteger());
        QVERIFY(s1[QStringLiteral("completed")].toInteger() >
                s0[QStringLiteral("completed")].toInteger());
        QCOMPARE(rowsAfter.size(), rowsBefore.size());
        int changed = 0, gainedAttempts = 0;
        for (qsizetype i = 0; i < rowsBefore.size(); ++i) {
            if (rowsBefore[i] != rowsAfter[i])
                ++changed;
            const auto attempts = [](const QJsonValue &row) {
                return row[QStringLiteral("call")][QStringLiteral("call_attempts")]
                    .toArray()
                    .size();
            };
            if (attempts(rowsAfter[i]) > attempts(rowsBefore[i]))
                ++gainedAttempts;
            // Time only moves forward: a final row stays as it was.
            const QString s =
                rowsBefore[i][QStringLiteral("call")][QStringLiteral("status")].toString();
            if (s == QLatin1String("completed") || s == QLatin1String("errored"))
                QCOMPARE(rowsAfter[i], rowsBefore[i]);
        }
        QVERIFY(changed > 10);
        QVERIFY(gainedAttempts > 10);
        // Once every row is final, the running campaign reports itself completed.
        m_server.advanceSeconds(7 * 24 * 3600);
        const QJsonObject done =
            apiJson(QStringLiteral("/campaigns/%1").arg(id))[QStringLiteral("campaign")].toObject();
        QCOMPARE(done[QStringLiteral("status")].toString(), QStringLiteral("completed"));
        QCOMPARE(done[QStringLiteral("row_stats")][QStringLiteral("pending")].toInteger(), 0);
        QCOMPARE(done[QStringLiteral("row_stats")][QStringLiteral("calling")].toInteger(), 0);
        QCOMPARE(done[QStringLiteral("row_stats")][QStringLiteral("retry")].toInteger(), 0);
        // Paused and completed campaigns do not move.
        const QString paused = campaignIdWithStatus(QStringLiteral("paused"));
        const QByteArray pausedBefore = api(QStringLiteral("/campaigns/%1/rows").arg(paused)).body;
        m_server.advanceSeconds(3600);
        QCOMPARE(api(QStringLiteral("/campaigns/%1/rows").arg(paused)).body, pausedBefore);
    }

    void badRequestsDoNotCrash()
    {
        const quint16 port = quint16(m_server.baseUrl().port());
        for (const QByteArray &garbage :
             {QByteArray("HELLO\r\n\r\n"), QByteArray("GET\r\n\r\n"),
              QByteArray("GET /api/campaigns HTTP/1.1\r\nBroken header line\r\n\r\n"),
              QByteArray("GET /api/campaigns HTTP/1.1\r\nContent-Length: -5\r\n\r\n"),
              QByteArray(40000, 'A')}) {
            const SimHttp::Raw raw = SimHttp::raw(port, garbage, 800);
            const SimHttp::Reply reply = SimHttp::parseRaw(raw.bytes);
            QVERIFY2(reply.status >= 400 && reply.status < 500, garbage.left(40).constData());
        }
        // Random bytes, some shaped like a request head.
        std::mt19937 random(11);
        for (int i = 0; i < 40; ++i) {
            QByteArray blob(int(random() % 3000) + 1, '\0');
            for (char &ch : blob)
                ch = char(random() % 256);
            if (i % 2)
                blob.prepend("GET /api/campaigns?page=" + QByteArray::number(i) + " HTTP/1.1\r\n");
            blob.append("\r\n\r\n");
            SimHttp::raw(port, blob, 150);
        }
        QCOMPARE(api(QStringLiteral("/auth-status")).status, 200);
        // Keep-alive: two requests on one connection, both answered.
        const QByteArray two =
            "GET /api/auth-status HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + kKey +
            "\r\n\r\nGET /api/campaigns HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + kKey +
            "\r\nConnection: close\r\n\r\n";
        const SimHttp::Raw raw = SimHttp::raw(port, two, 3000);
        QCOMPARE(raw.bytes.count("HTTP/1.1 200 OK"), 2);
        QVERIFY(raw.closedByServer);
        QUrl url = m_server.baseUrl();
        url.setPath(url.path() + QStringLiteral("/campaigns"));
        QCOMPARE(SimHttp::get(url, {{"Authorization", "Bearer " + kKey}}, 5000, "POST").status,
                 405);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorApi)
#include "tst_simulatorapi.moc"
