#pragma once

#include "SimWorld.h"

#include <QByteArray>
#include <QHash>
#include <QUrl>

namespace revox::sim {

class JsonOut;

// Deliberate deviations from the documented shape, for fault tests.
struct SimQuirks
{
    bool wrongTypes = false;   // some fields carry a value of the wrong JSON type
    bool unknownEnums = false; // enum fields carry values no client knows yet
};

// Writes the simulated world as the Revox API's JSON (the seeds' shape), at one instant.
class SimRenderer
{
public:
    SimRenderer(const SimWorld &world, const QUrl &recordingsBase, qint64 nowMs,
                SimQuirks quirks = {});

    // The newest server's attempts: speech events matching the recording, handled_by_ai
    // and handled_by_human (older servers send none of them).
    void setConversationDetail(bool on) { m_conversationDetail = on; }

    QByteArray campaignList();
    QByteArray campaignResponse(const SimCampaign &c);
    // { rows } alone: the newest SDKs' unpaged answer.
    QByteArray rowsOnly(const SimCampaign &c, const QList<qint64> &rows);
    // total < 0: left out (a server that pages without a total).
    QByteArray rowsPage(const SimCampaign &c, const QList<qint64> &rows, qint64 page,
                        qint64 pageSize, qint64 total);
    QByteArray callResponse(const SimCampaign &c, qint64 row);
    QByteArray authStatus();

    static const char *callStatusText(SimCallStatus s);
    QString recordingUrl(const SimCampaign &c, qint64 row, int attempt) const;

private:
    void writeCampaign(JsonOut &out, const SimCampaign &c);
    void writeAssistant(JsonOut &out, const SimAssistant &a);
    void writeRetryConfig(JsonOut &out, const std::optional<SimRetryConfig> &config);
    void writeLlmModel(JsonOut &out, const SimAssistant &a);
    void writeRow(JsonOut &out, const SimCampaign &c, qint64 row);
    void writeCall(JsonOut &out, const SimCampaign &c, qint64 row, const SimRowPlan &plan,
                   const SimRowState &state);
    void writeAttempt(JsonOut &out, const SimCampaign &c, qint64 row, const SimRowPlan &plan,
                      int k);
    void writeConversationDetail(JsonOut &out, const SimCampaign &c, qint64 row,
                                 const SimAttemptPlan &a, int k);
    void writeEnum(JsonOut &out, const char *name, const char *value, const char *unknownValue);
    void writeNullableTime(JsonOut &out, const char *name, qint64 ms, bool present);
    void writeNullableText(JsonOut &out, const char *name, const QString &text);

    const SimWorld &m_world;
    QUrl m_recordingsBase;
    qint64 m_now;
    SimQuirks m_quirks;
    bool m_conversationDetail = false;
    QHash<int, QByteArray> m_assistantJson; // per assistant, rendered once per response
};

} // namespace revox::sim
