#pragma once

#include "CacheTypes.h"
#include "Campaign.h"
#include "CampaignSummary.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

namespace revox {

// The account's campaigns by id in list order, the figures worked out from each one's rows
// (its CampaignSummary) and each one's progress history. The sync layer writes to it; the
// campaign list and the all-campaigns table are views over it and follow its signals,
// which come in begin/end pairs like QAbstractItemModel's: a change that changes nothing
// emits nothing.
class CampaignStore : public QObject
{
    Q_OBJECT
public:
    // The most samples a campaign's progress history keeps (the oldest go first).
    static constexpr qsizetype kMaxProgressSamples = 2000;

    explicit CampaignStore(QObject *parent = nullptr);

    int size() const { return int(m_campaigns.size()); }
    const Campaign &at(int index) const { return m_campaigns.at(index); }
    const QList<Campaign> &campaigns() const { return m_campaigns; }
    const Campaign *campaignById(const QString &id) const;
    int indexOf(const QString &id) const; // -1 when absent

    // Replaces the list: updates campaigns by id (campaignChanged for those that changed),
    // removes the ones missing, appends new ones.
    void setCampaigns(const QList<Campaign> &campaigns);
    // Updates (or appends) one campaign, e.g. from GET /campaigns/{id}; what it lacks
    // (row_stats, the assistant) is kept from the copy held.
    void updateCampaign(const Campaign &campaign);

    // A campaign's summary; null when there is none (listed or not).
    const CampaignSummary *summaryOf(const QString &campaignId) const;
    const QHash<QString, CampaignSummary> &summaries() const { return m_summaries; }
    // Adds or replaces a campaign's summary (listed or not yet).
    void setSummary(const CampaignSummary &summary);
    // Summaries read back from the cache: each one is taken unless the one held is newer.
    void mergeSummaries(const QList<CampaignSummary> &summaries);
    // Forgets the summaries, but those of the campaigns in keep.
    void clearSummaries(const QStringList &keep = {});

    // A campaign's progress over time, oldest first.
    QList<ProgressSample> progressOf(const QString &campaignId) const;
    // Appends a sample; a third equal sample in a row only moves the flat stretch's end.
    void addProgress(const QString &campaignId, const ProgressSample &sample);
    // Samples saved earlier (the cache's), put before the ones held.
    void restoreProgress(const QString &campaignId, const QList<ProgressSample> &saved);

signals:
    void campaignsAboutToBeInserted(int first, int last);
    void campaignsInserted(int first, int last);
    void campaignsAboutToBeRemoved(int first, int last);
    void campaignsRemoved(int first, int last);
    // The campaign at index changed in place.
    void campaignChanged(int index);
    // One campaign's summary was added, replaced or dropped.
    void summaryChanged(const QString &campaignId);
    // After a call that changed summaries (once per call).
    void summariesChanged();
    // A campaign's progress history has another sample, or its saved ones.
    void progressChanged(const QString &campaignId);

private:
    void rebuildIndex();
    void removeMissing(const QList<Campaign> &incoming);

    QList<Campaign> m_campaigns;
    QHash<QString, int> m_indexById;
    QHash<QString, CampaignSummary> m_summaries;
    QHash<QString, QList<ProgressSample>> m_progress;
};

} // namespace revox
