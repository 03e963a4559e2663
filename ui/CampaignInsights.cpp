#include "CampaignInsights.h"

#include "AppSettings.h"
#include "CallTiming.h"
#include "CallTimingView.h"
#include "CampaignPage.h"
#include "CampaignStore.h"
#include "CampaignWatcher.h"
#include "ChartCard.h"
#include "FilterBar.h"
#include "FunnelView.h"
#include "HumanText.h"
#include "MainWindow.h"
#include "OutcomeFacets.h"
#include "OutcomesView.h"
#include "RowStore.h"
#include "RowsFilterProxy.h"

#include <QFutureWatcher>
#include <QTabWidget>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace revox {

static constexpr int kSoonMs = 300;
static constexpr int kSummaryEverySecs = 10;

CampaignInsights::CampaignInsights(CampaignPage *page, const DashboardData &data,
                                   RowsFilterProxy *proxy, FilterBar *filterBar)
    : QObject(page)
    , m_page(page)
    , m_rows(data.rowStore)
    , m_campaigns(data.campaignStore)
    , m_proxy(proxy)
    , m_filterBar(filterBar)
    , m_watcher(data.rowsWatcher)
    , m_settings(data.settings)
{
    connect(m_campaigns, &CampaignStore::progressChanged, this, [this](const QString &id) {
        if (id == m_campaignId)
            updateEstimate();
    });
    m_outcomes = new OutcomesView(page);
    page->addView(m_outcomes, tr("Outcomes"));
    connect(m_outcomes, &OutcomesView::conditionToggled, filterBar,
            &FilterBar::toggleOutputCondition);
    m_funnel = new FunnelView(page);
    page->addView(m_funnel, tr("Funnel"));
    connect(m_funnel, &FunnelView::successConditionChanged, this,
            &CampaignInsights::setSuccessCondition);
    m_timing = new CallTimingView(page);
    page->addView(m_timing, tr("When to call"));
    connect(page->views(), &QTabWidget::currentChanged, this, [this] { update(); });

    m_soon = new QTimer(this);
    m_soon->setSingleShot(true);
    m_soon->setInterval(kSoonMs);
    connect(m_soon, &QTimer::timeout, this, &CampaignInsights::update);
    m_clock = new QTimer(this);
    m_clock->setInterval(30 * 1000);
    connect(m_clock, &QTimer::timeout, this, &CampaignInsights::updateEstimate);
    m_clock->start();
}

void CampaignInsights::setCampaign(const QString &campaignId,
                                   const std::optional<Campaign> &campaign)
{
    const bool switched = campaignId != m_campaignId;
    const bool configChanged = switched || (campaign ? campaign->assistant : nullptr) !=
                                               (m_campaign ? m_campaign->assistant : nullptr);
    if (switched) {
        m_campaignId = campaignId;
        m_summary.reset();
        m_summaryAt = QDateTime();
        m_capacity = {};
        m_outcomes->setFacets({}, {});
        m_facetIndex.reset();
        ++m_rowsGeneration;
        m_outcomesStale = m_funnelStale = m_timingStale = true;
    }
    m_campaign = campaign;
    if (configChanged) {
        // The success the user picked; until then, the campaign's default, which follows
        // its outputs as they arrive.
        const auto saved = m_settings->successCondition(m_campaignId);
        m_success = saved ? *saved : defaultSuccessCondition(outputConfig());
        m_funnelStale = true;
        m_funnel->setSuccessChoices(successChoices(), m_success);
    }
    m_funnel->setServerFunnel(campaign ? campaign->funnelStats : QJsonObject());
    updateEstimate();
}

void CampaignInsights::rowsChanged()
{
    m_facetIndex.reset();
    ++m_rowsGeneration;
    m_outcomesStale = m_funnelStale = m_timingStale = true;
    if (!m_soon->isActive())
        m_soon->start(m_watcher->state() == SyncState::Loading ? 4 * kSoonMs : kSoonMs);
}

void CampaignInsights::filtersChanged()
{
    m_outcomesStale = true;
    m_soon->start(0);
}

void CampaignInsights::setSuccessCondition(const std::optional<OutputCondition> &condition)
{
    if (condition == m_success)
        return;
    m_success = condition;
    if (!m_campaignId.isEmpty())
        m_settings->setSuccessCondition(m_campaignId, condition);
    m_funnel->setSuccessChoices(successChoices(), m_success);
    m_funnelStale = true;
    updateFunnel();
    updateSummary(true);
}

void CampaignInsights::update()
{
    updateOutcomes();
    updateFunnel();
    updateTiming();
    updateSummary(false);
    updateEstimate();
}

void CampaignInsights::buildFacetIndex()
{
    if (m_indexing)
        return; // the one under way is checked against the rows when it ends
    m_indexing = true;
    const quint64 generation = m_rowsGeneration;
    auto *watcher = new QFutureWatcher<OutcomeFacets>(this);
    connect(watcher, &QFutureWatcher<OutcomeFacets>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        m_indexing = false;
        if (generation == m_rowsGeneration)
            m_facetIndex = watcher->result();
        updateOutcomes(); // counts, or indexes the newer rows
    });
    // The list is shared with the store (no copy) while the worker reads it.
    watcher->setFuture(QtConcurrent::run([config = outputConfig(), rows = m_rows->rows()] {
        return OutcomeFacets::index(config, rows);
    }));
}

QList<StructuredOutputField> CampaignInsights::outputConfig() const
{
    if (m_campaign && m_campaign->assistant && m_campaign->assistant->structuredOutputConfig)
        return *m_campaign->assistant->structuredOutputConfig;
    return {};
}

void CampaignInsights::updateOutcomes()
{
    // Only while the tab is shown: 100,000 rows times a few fields is not free.
    if (!m_outcomesStale || m_page->views()->currentWidget() != m_outcomes ||
        m_campaignId.isEmpty())
        return;
    // The buckets of every row are read again (on a worker thread) only when the rows
    // changed; a filter change only counts again (about a millisecond for 100,000 rows).
    if (!m_facetIndex || m_facetIndex->rowCount() != m_rows->size()) {
        buildFacetIndex();
        return;
    }
    m_outcomesStale = false;
    const QList<OutputFacet> facets = m_facetIndex->count(
        m_rows->rows(), [this](int row) { return m_proxy->acceptsSourceRowButOutputs(row); },
        m_proxy->outputFilter());
    m_outcomes->setFacets(facets, m_proxy->outputFilter());
}

QList<OutputCondition> CampaignInsights::successChoices() const
{
    QList<OutputCondition> choices;
    for (const StructuredOutputField &f : outputConfig()) {
        QStringList values;
        if (f.type == OutputFieldType::Boolean)
            values = {QStringLiteral("true"), QStringLiteral("false")};
        else if (f.type == OutputFieldType::Enum)
            values = f.enumOptions;
        for (const QString &v : std::as_const(values)) {
            OutputCondition c;
            c.field = f.name;
            c.text = v;
            choices << c;
        }
    }
    if (m_success && !choices.contains(*m_success))
        choices << *m_success; // picked earlier, on a field the config no longer lists
    return choices;
}

template <typename Result, typename Work, typename Done>
void CampaignInsights::onWorker(quint64 &request, Work work, Done done)
{
    const quint64 id = ++request;
    const quint64 generation = m_rowsGeneration;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this,
            [this, watcher, id, &request, generation, done] {
                watcher->deleteLater();
                if (id == request && generation == m_rowsGeneration)
                    done(watcher->result());
            });
    watcher->setFuture(QtConcurrent::run([work, rows = m_rows->rows()] { return work(rows); }));
}

void CampaignInsights::updateFunnel()
{
    if (!m_funnelStale || m_page->views()->currentWidget() != m_funnel || m_campaignId.isEmpty())
        return;
    m_funnelStale = false;
    onWorker<CampaignFunnel>(
        m_funnelRequest,
        [success = m_success](const QList<Row> &rows) {
            return CampaignFunnel::compute(rows, success);
        },
        [this](const CampaignFunnel &funnel) { m_funnel->setFunnel(funnel); });
}

void CampaignInsights::updateTiming()
{
    if (!m_timingStale || m_page->views()->currentWidget() != m_timing || m_campaignId.isEmpty())
        return;
    m_timingStale = false;
    const CallingSchedule schedule =
        m_campaign ? CallingSchedule::forCampaign(*m_campaign) : CallingSchedule({}, {}, false);
    onWorker<CallTiming>(
        m_timingRequest,
        [zone = schedule.timeZone()](const QList<Row> &rows) {
            return CallTiming::compute(rows, zone);
        },
        [this, zone = QString::fromUtf8(schedule.timeZone().id()),
         fromConfig = schedule.zoneFromConfig()](const CallTiming &timing) {
            m_timing->setTiming(timing, zone, fromConfig);
        });
}

void CampaignInsights::updateSummary(bool force)
{
    if (m_campaignId.isEmpty() || !m_watcher->isFirstLoadDone() || m_rows->size() == 0)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!force && m_summaryAt.isValid() && m_summaryAt.secsTo(now) < kSummaryEverySecs)
        return;
    m_summaryAt = now;
    using Figures = std::pair<CampaignEta::Capacity, CampaignSummary>;
    onWorker<Figures>(
        m_summaryRequest,
        [id = m_campaignId, success = m_success, now](const QList<Row> &rows) {
            return Figures{CampaignEta::Capacity::fromRows(rows),
                           CampaignSummary::compute(id, rows, success, now)};
        },
        [this, force](const Figures &figures) {
            m_capacity = figures.first;
            updateEstimate();
            const CampaignSummary &summary = figures.second;
            if (m_summary && !force) {
                CampaignSummary same = summary;
                same.computedAt = m_summary->computedAt;
                if (same == *m_summary)
                    return;
            }
            m_summary = summary;
            emit summaryChanged(summary);
        });
}

void CampaignInsights::updateEstimate()
{
    QString text;
    if (m_campaign && !m_campaignId.isEmpty()) {
        QList<CampaignEta::Sample> samples;
        for (const ProgressSample &s : m_campaigns->progressOf(m_campaignId))
            samples.append({s.at.toUTC(), s.stats});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        text = HumanText::finishEstimate(
            CampaignEta::estimate(*m_campaign, samples, m_capacity, now), now);
    }
    if (text != m_estimateText) {
        m_estimateText = text;
        emit estimateChanged(text);
    }
}

} // namespace revox
