#include "CampaignEventDetector.h"

#include "CampaignListModel.h"
#include "CampaignListWatcher.h"

#include <QLocale>

namespace revox {

CampaignEventDetector::CampaignEventDetector(CampaignListModel *campaigns,
                                             CampaignListWatcher *watcher, QObject *parent)
    : QObject(parent)
    , m_campaigns(campaigns)
{
    connect(watcher, &CampaignListWatcher::refreshed, this, &CampaignEventDetector::onRefreshed);
    connect(watcher, &CampaignListWatcher::lastErrorChanged, this, &CampaignEventDetector::onError);
}

void CampaignEventDetector::onRefreshed()
{
    m_apiFailures = 0;
    m_apiFailingArmed = true;
    if (!m_campaigns) {
        return;
    }
    const bool baseline = !m_baselineTaken;
    m_baselineTaken = true;
    for (int i = 0; i < m_campaigns->rowCount(); ++i) {
        const Campaign &c = m_campaigns->campaignAt(i);
        const QString status = c.effectiveStatusText();
        const qint64 done = c.rowStats ? c.rowStats->completed + c.rowStats->failed : 0;
        const qint64 failed = c.rowStats ? c.rowStats->failed : 0;
        const QString name = c.name.isEmpty() ? c.id : c.name;
        auto it = m_seen.find(c.id);
        if (baseline || it == m_seen.end()) {
            Seen seen;
            seen.status = status;
            seen.windowStartDone = done;
            seen.windowStartFailed = failed;
            // Already finished or paused when first seen: nothing happened while we watched.
            seen.finishedArmed = status != QLatin1String("completed");
            seen.pausedArmed = status != QLatin1String("paused");
            m_seen.insert(c.id, seen);
            continue;
        }
        Seen &seen = it.value();
        const QString before = seen.status;
        seen.status = status;
        seen.runningRefreshes = status == QLatin1String("running") ? seen.runningRefreshes + 1 : 0;
        if (seen.runningRefreshes >= kRearmRefreshes) {
            seen.finishedArmed = true;
            seen.pausedArmed = true;
        }
        if (status != before && status == QLatin1String("completed") && seen.finishedArmed) {
            seen.finishedArmed = false;
            const QLocale locale;
            emit campaignEvent({CampaignEvent::Kind::Finished, c.id, name,
                                c.rowStats ? tr("Rows completed: %1; failed: %2.")
                                                 .arg(locale.toString(c.rowStats->completed),
                                                      locale.toString(c.rowStats->failed))
                                           : tr("All rows are done.")});
        } else if (before == QLatin1String("running") && status == QLatin1String("paused") &&
                   seen.pausedArmed) {
            seen.pausedArmed = false;
            emit campaignEvent({CampaignEvent::Kind::Paused, c.id, name,
                                tr("No more calls are made until it is resumed.")});
        }
        checkFailing(c.id, name, seen, done, failed);
    }
}

void CampaignEventDetector::checkFailing(const QString &id, const QString &name, Seen &seen,
                                         qint64 done, qint64 failed)
{
    if (done < seen.windowStartDone || failed < seen.windowStartFailed) {
        seen.windowStartDone = done; // counts went back (a reset campaign): a new window
        seen.windowStartFailed = failed;
        return;
    }
    const qint64 outcomes = done - seen.windowStartDone;
    if (outcomes < kFailingWindow) {
        return;
    }
    const qint64 failures = failed - seen.windowStartFailed;
    seen.windowStartDone = done;
    seen.windowStartFailed = failed;
    if (failures * 2 < outcomes) {
        seen.failingArmed = true; // a healthy window
        return;
    }
    if (seen.failingArmed) {
        seen.failingArmed = false;
        const QLocale locale;
        emit campaignEvent({CampaignEvent::Kind::Failing, id, name,
                            tr("%1 of the last %2 calls failed.")
                                .arg(locale.toString(failures), locale.toString(outcomes))});
    }
}

void CampaignEventDetector::onError(const ApiError &error)
{
    if (!error.isError()) {
        return; // recovery is handled by the next refresh
    }
    ++m_apiFailures;
    if (m_apiFailures >= kApiFailuresInARow && m_apiFailingArmed) {
        m_apiFailingArmed = false;
        emit campaignEvent(
            {CampaignEvent::Kind::Failing, QString(), QString(),
             tr("%n refreshes in a row failed: %1", nullptr, m_apiFailures).arg(error.message)});
    }
}

} // namespace revox
