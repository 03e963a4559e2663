#pragma once

#include "SimCatalog.h"
#include "SimIds.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace revox::sim {

// Call order statuses as the simulator tracks them ("None": the row has no call yet;
// "Skipped": it never will, the campaign was cancelled first, on newer servers).
enum class SimCallStatus : quint8 {
    None,
    Initializing,
    QueuedForCalling,
    Calling,
    Scheduled,
    Completed,
    Cancelled,
    Errored,
    NotLaunched,
    Skipped
};

// How an answered call went; selects its dialogue.
enum class SimScenario : quint8 {
    Booking,
    Objection,
    Callback,
    Transfer,
    ToolError,
    MaxDuration,
    Voicemail,
    IvrNavigated,
    IvrStuck,
    Silence,
    Screening,
    DialFailure
};

// One planned call attempt of a row (times in simulated ms since the epoch).
struct SimAttemptPlan
{
    qint64 startMs = 0;
    qint64 ringStartMs = 0; // queued before, ringing after
    qint64 answerMs = 0;    // when answered (or when dialling failed)
    qint64 endMs = 0;
    int result = -1;    // index into kResults; -1: not answered
    int dialError = -1; // index into kDialErrors; -1: none
    SimScenario scenario = SimScenario::DialFailure;
    bool answered() const { return result >= 0; }
};

// Everything that will ever happen to one row, derived from the seed.
struct SimRowPlan
{
    qint64 callCreatedMs = 0;
    qint64 firstDialMs = 0;
    int attemptCount = 0;
    std::array<SimAttemptPlan, 3> attempts;
};

// Where a row stands at a given simulated time.
struct SimRowState
{
    SimCallStatus status = SimCallStatus::None;
    int startedAttempts = 0; // attempts that exist (most recent last in the plan)
    int latestResult = -1;   // result of the most recent answered attempt; -1: none
    bool interested = false; // completed with a person who wanted what was offered
    bool converted = false;  // ... and it was booked or confirmed
};

// The rows endpoint's filters.
struct SimRowFilter
{
    QString query;                 // case-insensitive text in phone, input data and ids
    int result = -2;               // -2: all; -1: none (no answered attempt); else a result index
    QList<SimCallStatus> statuses; // empty: any
    bool statusesGiven = false;    // a statuses parameter was sent (may match nothing)
    bool matchNoCall = false;      // statuses named pending/not_launched: rows without a call
    bool matchSkipped = false;     // statuses named skipped/not_launched: rows skipped
};

// The row_stats object (notLaunched and skipped on newer servers), and the funnel's counts.
// Buckets: pending = no call yet, initializing or queued_for_calling; calling; retry =
// scheduled; completed; failed = errored or cancelled; not_launched = call orders a stopped
// campaign never dialled; skipped = rows a cancelled campaign never gave a call.
struct SimRowStats
{
    qint64 calling = 0, completed = 0, failed = 0, pending = 0, retry = 0, total = 0;
    qint64 notLaunched = 0, skipped = 0;
    // Funnel: rows dialled at least once; with an answered attempt; that reached a person;
    // whose conversation ended well; that ended in a booking or confirmation.
    qint64 dialled = 0, connected = 0, human = 0, interested = 0, converted = 0;
};

// The simulated world: assistants, campaigns, a simulated clock, and each row's state
// derived on demand from (seed, campaign, row index, time). Holds almost nothing per row.
class SimWorld
{
public:
    static const std::array<const char *, 5> kResults;    // IVR, voicemail, human, ...
    static const std::array<const char *, 8> kDialErrors; // number_non_attributed, ...

    SimWorld(quint64 seed, double rowsScale, qint64 startMs, double speed);

    // The clock.
    qint64 nowMs() const;
    void advanceSeconds(double seconds);
    void setSpeed(double speed);
    double speed() const;

    quint64 seed() const { return m_seed; }
    const SimIds &ids() const { return m_ids; }
    const QList<SimAssistant> &assistants() const { return m_assistants; }
    const QList<SimCampaign> &campaigns() const { return m_campaigns; }
    int campaignIndex(QStringView id) const; // -1 when unknown
    const SimAssistant &assistantOf(const SimCampaign &c) const
    {
        return m_assistants[c.assistant];
    }

    SimRowPlan plan(const SimCampaign &c, qint64 row) const;
    SimRowState state(const SimCampaign &c, const SimRowPlan &plan, qint64 nowMs) const;
    SimRowState state(const SimCampaign &c, qint64 row, qint64 nowMs) const;

    SimRowStats rowStats(const SimCampaign &c, qint64 nowMs) const;
    qint64 updatedAtMs(const SimCampaign &c, qint64 nowMs) const;

    // The rows matching filter, in row order: the slice [offset, offset + limit) and the total.
    std::pair<QList<qint64>, qint64> findRows(const SimCampaign &c, const SimRowFilter &filter,
                                              qint64 offset, qint64 limit, qint64 nowMs) const;

    // A row's contact data (sorted by key) and phone number.
    QList<std::pair<QString, QString>> inputData(const SimCampaign &c, qint64 row) const;
    QString phoneNumber(const SimCampaign &c, qint64 row) const;
    QList<std::pair<QString, QString>> metadata(const SimCampaign &c, qint64 row) const;

    static bool isRowStatusFinal(SimCallStatus s);

private:
    SimRowState stateCached(const SimCampaign &c, qint64 row, qint64 nowMs) const;
    bool matchesQuery(const SimCampaign &c, qint64 row, const QString &needle) const;
    // Rows from this index on have no call yet at nowMs.
    qint64 noCallFrontier(const SimCampaign &c, qint64 nowMs) const;
    // The state of every row past that frontier.
    SimRowState beyondFrontier(const SimCampaign &c, qint64 nowMs) const;

    quint64 m_seed;
    SimIds m_ids;
    QList<SimAssistant> m_assistants;
    QList<SimCampaign> m_campaigns;

    // The clock is read by the thread answering requests and moved by the server's owner.
    mutable QMutex m_clockMutex;
    double m_speed;
    double m_segmentStartMs; // simulated time when the current speed segment began
    QElapsedTimer m_segmentTimer;

    // Per campaign, per row: a state that can no longer change, packed in two bytes
    // (0: not known yet). Keeps repeated scans of large campaigns cheap. Touched only by
    // the thread answering requests.
    mutable std::vector<std::vector<quint16>> m_finalStates;
};

} // namespace revox::sim
