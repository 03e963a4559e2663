#pragma once

#include "ApiError.h"
#include "CampaignEvent.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace revox {

class CampaignListModel;
class CampaignListWatcher;

// Turns the campaign list's refreshes into campaign events worth a notification, one per
// event and never a storm:
// - the first complete list, and a campaign seen for the first time, only set the baseline;
// - Finished: the status becomes "completed"; Paused: "running" becomes "paused". Each
//   fires again only after the campaign was seen running in kRearmRefreshes refreshes in a
//   row, so a campaign flapping between two states notifies once;
// - Failing (calls): over the next kFailingWindow call outcomes (completed + failed rows
//   added since the window opened), at least half failed. It fires again only after a
//   window with fewer failures;
// - Failing (API): kApiFailuresInARow list refreshes in a row failed; again only after a
//   refresh succeeded.
class CampaignEventDetector : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRearmRefreshes = 3;
    static constexpr qint64 kFailingWindow = 20;
    static constexpr int kApiFailuresInARow = 3;

    CampaignEventDetector(CampaignListModel *campaigns, CampaignListWatcher *watcher,
                          QObject *parent = nullptr);

signals:
    void campaignEvent(const revox::CampaignEvent &event);

private:
    // What the detector remembers of a campaign between refreshes.
    struct Seen
    {
        QString status;
        int runningRefreshes = 0; // refreshes in a row seen running
        bool finishedArmed = true;
        bool pausedArmed = true;
        bool failingArmed = true;
        qint64 windowStartDone = 0;   // completed + failed when the window opened
        qint64 windowStartFailed = 0; // failed when the window opened
    };

    void onRefreshed();
    void onError(const ApiError &error);
    void checkFailing(const QString &id, const QString &name, Seen &seen, qint64 done,
                      qint64 failed);

    QPointer<CampaignListModel> m_campaigns;
    QHash<QString, Seen> m_seen;
    bool m_baselineTaken = false;
    int m_apiFailures = 0;
    bool m_apiFailingArmed = true;
};

} // namespace revox
