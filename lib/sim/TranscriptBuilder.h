#pragma once

#include "SimCatalog.h"
#include "SimWorld.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace revox::sim {

class JsonOut;

// One line of a simulated transcript, timed from the moment the call was answered.
struct SimTranscriptLine
{
    enum class Arguments { Null, Object, String };

    const char *role = "assistant";
    QString content;
    QString toolName;     // empty: null
    int toolIsError = -1; // -1: null, 0: false, 1: true
    Arguments argumentsKind = Arguments::Null;
    QByteArray argumentsJson; // Object: a JSON object; String: the text to send as a string
    qint64 offsetMs = 0;
};

// Writes believable dialogues, end reasons and structured outputs for simulated attempts.
class TranscriptBuilder
{
public:
    TranscriptBuilder(const SimWorld &world, const SimCampaign &campaign, qint64 row);

    QList<SimTranscriptLine> lines(const SimAttemptPlan &attempt, int attemptIndex) const;
    static const char *endedBy(SimScenario scenario);   // nullptr: null
    static const char *endReason(SimScenario scenario); // nullptr: null
    // Writes the structured_output value (an object, or null when nothing was extracted).
    void writeStructuredOutput(JsonOut &out, const SimAttemptPlan &attempt, int attemptIndex) const;

private:
    QString fill(QString text) const;
    QString greeting() const;
    QString pitch() const;
    QString confirmTool() const;

    const SimWorld &m_world;
    const SimCampaign &m_campaign;
    const SimAssistant &m_assistant;
    qint64 m_row;
    QList<std::pair<QString, QString>> m_input;
};

} // namespace revox::sim
