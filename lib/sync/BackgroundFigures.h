#pragma once

#include "CampaignSummary.h"
#include "Row.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class QTimer;

namespace revox {

struct Campaign;
class CampaignStore;
class RevoxApi;
class RowsListing;

// Works out, in the background, the figures of the campaigns that have none yet (not opened
// on this computer): one campaign at a time, the newest activity first, each one's rows
// paged through the API and summed up into the store's CampaignSummary (source
// Background). Every byte the answers take on the wire counts against a budget; when it is
// spent, or when stop() is called, the campaign in progress is dropped and nothing more is
// downloaded. A campaign's figures are stored only when all its rows came, and only if it
// still has none (opening it meanwhile wins).
class BackgroundFigures : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,        // nothing to do yet (no campaign waits), or waiting to begin
        Working,     // downloading a campaign's rows
        Stopped,     // stop() was called; start() goes on
        BudgetSpent, // the budget is used up; a larger one goes on
        Done         // every campaign has its figures (or could not get them)
    };
    Q_ENUM(State)

    BackgroundFigures(RevoxApi *api, CampaignStore *campaigns, QObject *parent = nullptr);
    ~BackgroundFigures() override;

    // The most bytes the rows answers may take in all; 0 downloads nothing.
    void setBudgetBytes(qint64 bytes);
    qint64 budgetBytes() const { return m_budget; }
    qint64 bytesUsed() const { return m_used; }
    // Rows per page asked for (the server may send fewer).
    void setPageSize(int rows) { m_pageSize = rows; }
    // How long after the first start() the work begins (the summaries saved earlier come
    // from the cache meanwhile).
    void setStartDelayMs(int ms);

    State state() const { return m_state; }
    // Whether stop() was the last word (start() not called since).
    bool isStopped() const { return m_stopped; }
    // The campaign whose rows are being downloaded; empty when none.
    QString currentCampaignId() const { return m_currentId; }
    // Rows of the current campaign received so far.
    qint64 currentRows() const { return m_rows.size(); }
    // Campaigns whose figures were worked out here.
    int campaignsDone() const { return m_done; }
    // Campaigns of the store without figures, not yet tried.
    int campaignsWaiting() const;

public slots:
    // Begins, or goes on after stop().
    void start();
    // Drops the campaign in progress and downloads nothing more until start().
    void stop();

signals:
    // The state, the bytes used or the campaign in progress changed.
    void progressChanged();

private:
    void schedule();
    void next();
    // Has no figures and was not tried this session.
    bool waits(const Campaign &campaign) const;
    QString nextCampaign() const;
    bool onPage(quint64 generation, QList<Row> &rows, qint64 wireBytes);
    void finishCampaign(quint64 generation, bool complete, bool failed);
    void cancelCurrent();
    void setState(State state);

    RevoxApi *m_api;
    CampaignStore *m_campaigns;
    QTimer *m_startTimer;
    QPointer<RowsListing> m_listing;
    QString m_currentId;
    QList<Row> m_rows;
    QSet<QString> m_tried; // worked out, or failed: not tried again this session
    quint64 m_generation = 0;
    qint64 m_budget = 0;
    qint64 m_used = 0;
    int m_pageSize = 500;
    int m_done = 0;
    bool m_started = false; // start() was called and the delay has passed
    bool m_stopped = false;
    bool m_scheduled = false;
    State m_state = State::Idle;
};

} // namespace revox
