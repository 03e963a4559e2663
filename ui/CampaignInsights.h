#pragma once

#include "CampaignEta.h"
#include "CampaignSummary.h"
#include "OutcomeFacets.h"

#include <QDateTime>
#include <QObject>

#include <optional>

class QTimer;

namespace revox {

class AppSettings;
class CallTimingView;
class CampaignStore;
class CampaignPage;
class FunnelView;
class CampaignWatcher;
class FilterBar;
class OutcomesView;
class RowsFilterProxy;
class RowStore;
struct DashboardData;

// The figures a campaign page shows beyond where its rows stand: the Outcomes tab (facets
// over the structured outputs, which filter the rows), the Funnel and When to call tabs,
// the finish estimate, and the summary the all-campaigns table keeps. Worked out from the
// rows on worker threads, coalesced (a tab only while it is shown; the summary at most
// every few seconds).
class CampaignInsights : public QObject
{
    Q_OBJECT
public:
    // Over the stores, watcher and settings of data, for page's rows shown through proxy.
    CampaignInsights(CampaignPage *page, const DashboardData &data, RowsFilterProxy *proxy,
                     FilterBar *filterBar);

    // The open campaign (empty id: none) and its latest values.
    void setCampaign(const QString &campaignId, const std::optional<Campaign> &campaign);
    // The rows or the filters changed: the figures follow (soon, coalesced).
    void rowsChanged();
    void filtersChanged();

    OutcomesView *outcomesView() const { return m_outcomes; }
    FunnelView *funnelView() const { return m_funnel; }
    CallTimingView *timingView() const { return m_timing; }
    std::optional<OutputCondition> successCondition() const { return m_success; }
    void setSuccessCondition(const std::optional<OutputCondition> &condition);
    QString estimateText() const { return m_estimateText; }

signals:
    void summaryChanged(const revox::CampaignSummary &summary);
    void estimateChanged(const QString &text);

private:
    void update();
    void updateOutcomes();
    void buildFacetIndex();
    // Runs work(rows) on a worker thread over the store's rows (shared with the store, not
    // copied) and hands the result to done() here, unless the rows changed or a newer
    // request of the same kind (request: its counter) was made meanwhile.
    template <typename Result, typename Work, typename Done>
    void onWorker(quint64 &request, Work work, Done done);
    void updateFunnel();
    void updateTiming();
    QList<OutputCondition> successChoices() const;
    void updateSummary(bool force);
    void updateEstimate();
    QList<StructuredOutputField> outputConfig() const;

    CampaignPage *m_page;
    const RowStore *m_rows;
    const CampaignStore *m_campaigns; // the progress history the estimate measures pace with
    RowsFilterProxy *m_proxy;
    FilterBar *m_filterBar;
    CampaignWatcher *m_watcher;
    AppSettings *m_settings;
    OutcomesView *m_outcomes;
    FunnelView *m_funnel;
    CallTimingView *m_timing;
    QTimer *m_soon;  // coalesces row and filter changes
    QTimer *m_clock; // the estimate moves with time
    QString m_campaignId;
    std::optional<Campaign> m_campaign;
    std::optional<OutputCondition> m_success;
    CampaignEta::Capacity m_capacity;
    std::optional<CampaignSummary> m_summary;
    QDateTime m_summaryAt; // when it was last worked out
    QString m_estimateText;
    bool m_outcomesStale = true;
    std::optional<OutcomeFacets> m_facetIndex; // the rows' buckets, until the rows change
    bool m_indexing = false;                   // an index is being built on a worker thread
    quint64 m_rowsGeneration = 0; // counts row changes (an index of older rows is dropped)
    quint64 m_funnelRequest = 0;  // the latest funnel, timing and summary asked of a worker
    quint64 m_timingRequest = 0;
    quint64 m_summaryRequest = 0;
    bool m_funnelStale = true;
    bool m_timingStale = true;
};

} // namespace revox
