#include "CampaignStore.h"

#include <QSet>

namespace revox {

CampaignStore::CampaignStore(QObject *parent)
    : QObject(parent)
{
}

const Campaign *CampaignStore::campaignById(const QString &id) const
{
    const int at = indexOf(id);
    return at < 0 ? nullptr : &m_campaigns.at(at);
}

int CampaignStore::indexOf(const QString &id) const
{
    return m_indexById.value(id, -1);
}

void CampaignStore::removeMissing(const QList<Campaign> &incoming)
{
    QSet<QString> ids;
    ids.reserve(incoming.size());
    for (const Campaign &c : incoming)
        ids.insert(c.id);
    // In contiguous batches from the end.
    for (int last = size() - 1; last >= 0;) {
        if (ids.contains(m_campaigns.at(last).id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !ids.contains(m_campaigns.at(first - 1).id))
            --first;
        emit campaignsAboutToBeRemoved(first, last);
        m_campaigns.remove(first, last - first + 1);
        rebuildIndex();
        emit campaignsRemoved(first, last);
        last = first - 1;
    }
}

void CampaignStore::setCampaigns(const QList<Campaign> &campaigns)
{
    removeMissing(campaigns);
    QList<Campaign> added;
    for (const Campaign &c : campaigns) {
        const int at = indexOf(c.id);
        if (at < 0) {
            added.append(c);
            continue;
        }
        if (m_campaigns.at(at) == c)
            continue;
        m_campaigns[at] = c;
        emit campaignChanged(at);
    }
    if (added.isEmpty())
        return;
    const int first = size();
    const int last = first + int(added.size()) - 1;
    emit campaignsAboutToBeInserted(first, last);
    m_campaigns.append(added);
    rebuildIndex();
    emit campaignsInserted(first, last);
}

void CampaignStore::updateCampaign(const Campaign &campaign)
{
    const int at = indexOf(campaign.id);
    if (at < 0) {
        const int first = size();
        emit campaignsAboutToBeInserted(first, first);
        m_campaigns.append(campaign);
        m_indexById.insert(campaign.id, first);
        emit campaignsInserted(first, first);
        return;
    }
    Campaign merged = campaign;
    const Campaign &old = m_campaigns.at(at);
    if (!merged.rowStats)
        merged.rowStats = old.rowStats;
    if (!merged.assistant)
        merged.assistant = old.assistant;
    if (old == merged)
        return;
    m_campaigns[at] = merged;
    emit campaignChanged(at);
}

const CampaignSummary *CampaignStore::summaryOf(const QString &campaignId) const
{
    const auto found = m_summaries.constFind(campaignId);
    return found == m_summaries.constEnd() ? nullptr : &*found;
}

void CampaignStore::setSummary(const CampaignSummary &summary)
{
    if (summary.campaignId.isEmpty())
        return;
    const auto found = m_summaries.constFind(summary.campaignId);
    if (found != m_summaries.constEnd() && *found == summary)
        return;
    m_summaries.insert(summary.campaignId, summary);
    emit summaryChanged(summary.campaignId);
    emit summariesChanged();
}

void CampaignStore::mergeSummaries(const QList<CampaignSummary> &summaries)
{
    for (const CampaignSummary &s : summaries) {
        const auto held = m_summaries.constFind(s.campaignId);
        if (held == m_summaries.constEnd() || held->computedAt < s.computedAt)
            setSummary(s);
    }
}

void CampaignStore::clearSummaries(const QStringList &keep)
{
    QStringList dropped;
    for (auto it = m_summaries.cbegin(); it != m_summaries.cend(); ++it) {
        if (!keep.contains(it.key()))
            dropped << it.key();
    }
    if (dropped.isEmpty())
        return;
    for (const QString &id : std::as_const(dropped)) {
        m_summaries.remove(id);
        emit summaryChanged(id);
    }
    emit summariesChanged();
}

QList<ProgressSample> CampaignStore::progressOf(const QString &campaignId) const
{
    return m_progress.value(campaignId);
}

void CampaignStore::addProgress(const QString &campaignId, const ProgressSample &sample)
{
    QList<ProgressSample> &history = m_progress[campaignId];
    if (history.size() >= 2 && history.last().stats == sample.stats &&
        history.at(history.size() - 2).stats == sample.stats) {
        history.last().at = sample.at; // a flat stretch: move its end
    } else {
        history.append(sample);
    }
    if (history.size() > kMaxProgressSamples)
        history.removeFirst();
    emit progressChanged(campaignId);
}

void CampaignStore::restoreProgress(const QString &campaignId, const QList<ProgressSample> &saved)
{
    if (saved.isEmpty())
        return;
    QList<ProgressSample> &history = m_progress[campaignId];
    QList<ProgressSample> restored = saved;
    restored.append(history);
    history = restored;
    emit progressChanged(campaignId);
}

void CampaignStore::rebuildIndex()
{
    m_indexById.clear();
    m_indexById.reserve(m_campaigns.size());
    for (int i = 0; i < m_campaigns.size(); ++i)
        m_indexById.insert(m_campaigns.at(i).id, i);
}

} // namespace revox
