#pragma once

#include "ApiBodyReader.h"
#include "Campaign.h"
#include "JsonReader.h"
#include "RequiredMembers.h"
#include "Row.h"

#include <QJsonArray>
#include <QJsonObject>

namespace revox::json {

// Turns the API's JSON objects (campaign, row, call order, call attempt, assistant and
// their parts) into domain values, field by field, as the seeds describe them.
class JsonDomainReader
{
public:
    JsonDomainReader(QList<ParseProblem> &problems, AssistantCache &cache,
                     qsizetype maxProblems = JsonReader::kMaxProblems)
        : m_reader(problems, maxProblems)
        , m_cache(cache)
    {
    }

    Campaign campaign(const QJsonObject &o, const JsonPath &path);
    // False when the row has no usable id: the row is then left out (with a problem).
    bool row(const QJsonObject &o, const JsonPath &path, Row &out);
    Call call(const QJsonObject &o, const JsonPath &path);
    CallAttempt callAttempt(const QJsonObject &o, const JsonPath &path);
    Assistant assistant(const QJsonObject &o, const JsonPath &path);
    // The assistant of a row or campaign, shared through the cache; null when absent.
    AssistantPtr sharedAssistant(const QJsonValue &v, const JsonPath &path);

    std::optional<CallRetryConfig> callRetryConfig(const QJsonValue &v, const JsonPath &path);
    LlmModel llmModel(const QJsonValue &v, const JsonPath &path, Need need);

    SpeechEvent speechEvent(const QJsonObject &o, const JsonPath &path);
    std::optional<QList<TranscriptEntry>> transcript(const QJsonValue &v, const JsonPath &path);
    // An array of objects kept as they came (their inner fields are not public).
    std::optional<QList<QJsonObject>> objectList(const QJsonValue &v, const JsonPath &path);

    // The members of a row (all but call), a call order (all but last_call_attempt), a call
    // attempt and a transcript entry, one at a time: this reader and the rows-page reader
    // on simdjson read each member with these. required is the object's (its path and the
    // members seen); the lists are what each object must have, reported after a pass.
    void rowMember(Row &out, const QString &key, const QJsonValue &v, RequiredMembers &required);
    void callMember(Call &c, const QString &key, const QJsonValue &v, RequiredMembers &required);
    void callAttemptMember(CallAttempt &a, const QString &key, const QJsonValue &v,
                           RequiredMembers &required);
    void transcriptEntryMember(TranscriptEntry &e, const QString &key, const QJsonValue &v,
                               RequiredMembers &required);
    static std::span<const RequiredMembers::Member> rowRequired();
    static std::span<const RequiredMembers::Member> callRequired();
    static std::span<const RequiredMembers::Member> callAttemptRequired();
    static std::span<const RequiredMembers::Member> transcriptEntryRequired();

    // A rows page's paging (page, page_size and total, the last optional) from the members
    // of its top-level object (others are ignored); hasPaging when any of them is there.
    static void rowsPaging(const QJsonObject &members, JsonReader &reader, RowsPage &page);

    JsonReader &reader() { return m_reader; }

private:
    TranscriptEntry transcriptEntry(const QJsonObject &o, const JsonPath &path);
    RowStats rowStats(const QJsonObject &o, const JsonPath &path);
    StructuredOutputField structuredOutputField(const QJsonObject &o, const JsonPath &path);
    FaqItem faqItem(const QJsonObject &o, const JsonPath &path);

    // The last object of one kind read without problems, and its value: rows repeat the
    // same configuration, which is then shared instead of read again.
    template <typename T> struct LastRead
    {
        QJsonObject json;
        T value;
        bool valid = false;
        bool matches(const QJsonObject &o) const { return valid && o == json; }
        void remember(const QJsonObject &o, const T &v)
        {
            json = o;
            value = v;
            valid = true;
        }
    };

    JsonReader m_reader;
    AssistantCache &m_cache;
    QJsonObject m_lastAssistantObject; // the JSON of m_lastAssistant, as last seen
    AssistantPtr m_lastAssistant;
    LastRead<CallRetryConfig> m_lastRetryConfig;
    LastRead<LlmModel> m_lastLlmModel;
};

} // namespace revox::json
