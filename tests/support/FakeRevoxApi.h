#pragma once

#include "RevoxApi.h"

#include <QHash>
#include <QStringList>

namespace revox {

// RevoxApi answered from memory, for tests of what the sync layer asks of the API (as a
// mock account or wallet interface stands in for the real one): campaigns, their rows paged
// with a total as a Revox server pages them (the statuses filter honoured), calls by id.
// Every request is recorded in order ("campaign c1", "rows c1 page=0 size=2
// statuses=calling", "call k1", "campaigns") and answered on the next turn of the event loop.
class FakeRevoxApi : public RevoxApi
{
    Q_OBJECT
public:
    using RevoxApi::RevoxApi;

    void setCampaign(const Campaign &campaign) { m_campaigns.insert(campaign.id, campaign); }
    void setRows(const QString &campaignId, const QList<Row> &rows) { m_rows[campaignId] = rows; }
    const QStringList &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

    QPointer<ApiRequest> listCampaigns(QObject *context, CampaignsCallback done) override;
    QPointer<ApiRequest> getCampaign(const QString &id, QObject *context,
                                     CampaignCallback done) override;
    QPointer<ApiRequest> getRowsPage(const QString &campaignId, const RowsQuery &query,
                                     QObject *context, RowsPageCallback done) override;
    QPointer<ApiRequest> getCall(const QString &callId, QObject *context,
                                 CallCallback done) override;

private:
    QHash<QString, Campaign> m_campaigns;
    QHash<QString, QList<Row>> m_rows;
    QStringList m_requests;
};

} // namespace revox
