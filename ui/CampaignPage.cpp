#include "CampaignPage.h"

#include "CampaignInsights.h"

#include "AppSettings.h"

#include "ChartCard.h"
#include "OutcomeCounts.h"

#include "CacheSync.h"
#include "CampaignListModel.h"
#include "CampaignStore.h"
#include "CampaignWatcher.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "OverviewHeader.h"
#include "ResultBreakdownChart.h"
#include "RowTableView.h"
#include "RowsExportJob.h"
#include "RowsFilterProxy.h"
#include "RowsTableModel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcWindow, "revox.ui.window")

namespace revox {

CampaignPage::CampaignPage(const DashboardData &data, QWidget *parent)
    : QWidget(parent)
    , m_campaigns(data.campaigns)
    , m_campaignStore(data.campaignStore)
    , m_rows(data.rows)
    , m_watcher(data.rowsWatcher)
    , m_cache(data.cache)
    , m_settings(data.settings)
{
    setObjectName(QStringLiteral("campaignPage"));
    m_proxy = new RowsFilterProxy(this);
    m_proxy->setSourceModel(m_rows);
    m_proxy->setTextSearchesTranscripts(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("pageSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter);

    auto *top = new QWidget(m_splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(0);
    m_overview = new OverviewHeader(top);
    topLayout->addWidget(m_overview);
    m_views = new QTabWidget(top);
    m_views->setObjectName(QStringLiteral("campaignViews"));
    m_views->setDocumentMode(true); // no frame: the views sit flat under the header
    m_views->setTabBarAutoHide(true);
    topLayout->addWidget(m_views, 1);
    addView(buildOverviewTab(), tr("Overview"));
    m_splitter->addWidget(top);

    auto *rowsArea = new QWidget(m_splitter);
    auto *rowsLayout = new QVBoxLayout(rowsArea);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    rowsLayout->setSpacing(0);
    m_filterBar = new FilterBar(rowsArea);
    rowsLayout->addWidget(m_filterBar);
    m_table = new RowTableView(rowsArea);
    m_table->setModel(m_proxy);
    rowsLayout->addWidget(m_table, 1);
    m_splitter->addWidget(rowsArea);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({370, 560});

    m_insights = new CampaignInsights(this, data, m_proxy, m_filterBar);
    connect(m_insights, &CampaignInsights::summaryChanged, this, &CampaignPage::summaryChanged);
    connect(m_insights, &CampaignInsights::estimateChanged, m_overview,
            &OverviewHeader::setEstimate);

    m_rowsChanged = new QTimer(this);
    m_rowsChanged->setSingleShot(true);
    m_rowsChanged->setInterval(30);
    connectData();
    updateEmptyState();
    updateRowCounts();
}

CampaignPage::~CampaignPage() = default;

QWidget *CampaignPage::buildOverviewTab()
{
    auto *charts = new QWidget(m_views);
    auto *layout = new QHBoxLayout(charts);
    layout->setContentsMargins(12, 4, 12, 4);
    layout->setSpacing(0);
    m_resultChart = new ResultBreakdownChart(charts);
    m_progressChart = new ProgressHistoryChart(charts);
    auto *results = new ChartCard(tr("Where the rows stand"), m_resultChart, charts);
    auto *progress = new ChartCard(tr("Progress over time"), m_progressChart, charts);
    results->setObjectName(QStringLiteral("resultsCard"));
    progress->setObjectName(QStringLiteral("progressCard"));
    const auto showResults = [this, results] {
        results->setSummary(m_resultChart->summary());
        results->setData({tr("Key"), tr("Outcome"), tr("Rows"), tr("Share")},
                         m_resultChart->data());
    };
    const auto showProgress = [this, progress] {
        progress->setSummary(m_progressChart->summary());
        progress->setData(ProgressHistoryChart::dataHeader(), m_progressChart->data());
    };
    connect(m_resultChart, &ResultBreakdownChart::countsShown, results, showResults);
    connect(m_progressChart, &ProgressHistoryChart::historyShown, progress, showProgress);
    showResults();
    showProgress();
    layout->addWidget(results, 1);
    layout->addWidget(progress, 1);
    return charts;
}

int CampaignPage::addView(QWidget *view, const QString &title)
{
    const int index = m_views->addTab(view, title);
    // The tab bar shows, and takes the keyboard focus, once there is a choice of views: a
    // hidden tab bar that could take the focus would stop Tab (it is the tabs' focus proxy).
    m_views->tabBar()->setFocusPolicy(m_views->count() > 1 ? Qt::TabFocus : Qt::NoFocus);
    return index;
}

void CampaignPage::connectData()
{
    connect(m_rowsChanged, &QTimer::timeout, this, &CampaignPage::onRowsChanged);
    connect(m_rows, &QAbstractItemModel::rowsInserted, this, &CampaignPage::scheduleRowsChanged);
    connect(m_rows, &QAbstractItemModel::rowsRemoved, this, &CampaignPage::scheduleRowsChanged);
    connect(m_rows, &QAbstractItemModel::dataChanged, this, &CampaignPage::scheduleRowsChanged);
    connect(m_rows, &QAbstractItemModel::modelReset, this, &CampaignPage::scheduleRowsChanged);
    connect(m_rows, &QAbstractItemModel::columnsInserted, this,
            [this] { QTimer::singleShot(0, this, &CampaignPage::tryRestoreHeader); });
    connect(m_proxy, &RowsFilterProxy::countsChanged, this,
            [this] { m_filterBar->setCounts(m_proxy->resultCounts(), m_proxy->statusCounts()); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CampaignPage::updateRowCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CampaignPage::updateRowCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CampaignPage::updateRowCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CampaignPage::updateRowCounts);

    connect(m_filterBar, &FilterBar::filterChanged, this, &CampaignPage::onFilterChanged);
    connect(m_table, &RowTableView::currentRowChanged, this, &CampaignPage::onCurrentRowChanged);
    connect(m_table, &RowTableView::exportRequested, this, &CampaignPage::exportFilteredRows);
    connect(m_table, &RowTableView::emptyStateActionTriggered, this, [this] {
        if (m_emptyActionRetries) {
            emit refreshRequested();
        } else {
            m_filterBar->clearFilters();
        }
    });

    connect(m_campaigns, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_watcher->campaign() && !m_campaignId.isEmpty()) {
            onCampaignChanged();
        }
    });
    connect(m_watcher, &CampaignWatcher::campaignChanged, this, &CampaignPage::onCampaignChanged);
    connect(m_watcher, &CampaignWatcher::stateChanged, this, &CampaignPage::updateEmptyState);
    connect(m_watcher, &CampaignWatcher::loadingProgress, this, &CampaignPage::updateEmptyState);
    connect(m_watcher, &CampaignWatcher::refreshed, this, [this] {
        tryRestoreHeader();
        m_rowsChanged->start();
    });
    connect(m_campaignStore, &CampaignStore::progressChanged, this, [this](const QString &id) {
        if (id == m_campaignId)
            showProgress();
    });
    if (m_cache)
        connect(m_cache, &CacheSync::rowsRestored, this, &CampaignPage::updateEmptyState);
}

void CampaignPage::openCampaign(const QString &campaignId)
{
    if (campaignId == m_campaignId) {
        return;
    }
    saveViewState();
    m_campaignId = campaignId;
    m_currentRowId.clear();
    m_headerRestored = false;
    if (campaignId.isEmpty()) {
        return;
    }
    RowsFilterState filters = m_settings->filters(campaignId);
    filters.textSearchesTranscripts = true;
    m_filterBar->setState(filters);
    applyFilters(m_filterBar->state()); // as shown: a chip saved by an older version is "all"

    m_resultChart->setCounts({});
    m_insights->setCampaign(campaignId, std::nullopt);
    showProgress();
    m_watcher->setCampaignId(campaignId);
    m_watcher->start();
    onCampaignChanged();
    tryRestoreHeader();
    updateEmptyState();
    updateRowCounts();
}

void CampaignPage::applyFilters(const RowsFilterState &state)
{
    RowsFilterState wanted = state;
    // The search box also finds transcript text; the sort stays the table's (the header's).
    wanted.textSearchesTranscripts = true;
    wanted.transcriptText = m_proxy->transcriptFilter();
    wanted.sortColumn = m_proxy->sortColumn();
    wanted.sortDescending = m_proxy->sortOrder() == Qt::DescendingOrder;
    m_proxy->setFilterState(wanted);
}

void CampaignPage::onCampaignChanged()
{
    std::optional<Campaign> campaign = m_watcher->campaign();
    if (campaign && campaign->id != m_campaignId) {
        campaign.reset();
    }
    if (!campaign) {
        if (const Campaign *listed = m_campaigns->campaignById(m_campaignId)) {
            campaign = *listed;
        }
    }
    m_insights->setCampaign(m_campaignId, campaign);
    if (!campaign) {
        m_overview->clear();
        return;
    }
    m_overview->setCampaign(*campaign);
    m_overview->setEstimate(m_insights->estimateText());
}

void CampaignPage::showProgress()
{
    QList<ProgressHistoryChart::Sample> history;
    for (const ProgressSample &p : m_campaignStore->progressOf(m_campaignId))
        history.append({p.at.toLocalTime(), p.stats});
    m_progressChart->setHistory(history);
}

void CampaignPage::scheduleRowsChanged()
{
    // While a big first load streams in, recount a few times a second, not per page.
    const bool loading = m_watcher->state() == SyncState::Loading;
    if (!m_rowsChanged->isActive() || !loading) {
        m_rowsChanged->start(loading ? 400 : 30);
    }
}

void CampaignPage::onRowsChanged()
{
    updateResultChart();
    m_insights->rowsChanged();
    updateRowCounts();
    if (!m_currentRowId.isEmpty()) {
        if (const Row *row = m_rows->rowById(m_currentRowId)) {
            emit currentRowChanged(*row);
        }
    }
}

void CampaignPage::updateResultChart()
{
    // Every row in one slice, by its outcome (answered rows by result), from the facet codes.
    m_resultChart->setCounts(OutcomeCounts::count(
        m_rows->rowCount(), [this](int row) { return RowOutcome(m_rows->facetsOf(row).outcome); },
        [this](int row) { return m_rows->resultWire(row); }));
}

void CampaignPage::onCurrentRowChanged(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid()) {
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    if (!source.isValid()) {
        return;
    }
    const Row &row = m_rows->rowAt(source.row());
    m_currentRowId = row.id;
    emit currentRowChanged(row);
}

void CampaignPage::onFilterChanged()
{
    const RowsFilterState state = m_filterBar->state();
    applyFilters(state);
    m_insights->filtersChanged();
    if (!m_campaignId.isEmpty()) {
        m_settings->setFilters(m_campaignId, state);
    }
    updateRowCounts();
}

void CampaignPage::updateRowCounts()
{
    m_filterBar->setRowCounts(m_proxy->rowCount(), m_rows->rowCount());
    updateEmptyState();
}

void CampaignPage::updateEmptyState()
{
    m_emptyActionRetries = false;
    if (m_rows->rowCount() == 0) {
        const CampaignWatcher *w = m_watcher;
        if (w->state() == SyncState::Retrying && !w->isFirstLoadDone()) {
            m_emptyActionRetries = true;
            m_table->setEmptyState(tr("Could not load the rows:\n%1").arg(w->lastError().message),
                                   tr("Try again"));
        } else if (!w->isFirstLoadDone()) {
            m_table->setEmptyState(w->rowsTotal() > 0
                                       ? tr("Loading rows… %1 of %2")
                                             .arg(QLocale().toString(w->rowsLoaded()),
                                                  QLocale().toString(w->rowsTotal()))
                                       : tr("Loading rows…"));
        } else {
            m_table->setEmptyState(tr("This campaign has no rows yet."));
        }
    } else if (m_proxy->rowCount() == 0) {
        m_table->setEmptyState(tr("No rows match these filters."), tr("Clear filters"));
    } else {
        m_table->setEmptyState(QString());
    }
}

void CampaignPage::exportFilteredRows()
{
    if (m_campaignId.isEmpty() || m_proxy->rowCount() == 0) {
        emit statusMessage(tr("There are no rows to export."), 4000);
        return;
    }
    QString name;
    if (const Campaign *c = m_campaigns->campaignById(m_campaignId)) {
        name = c->name;
    }
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    if (name.isEmpty()) {
        name = QStringLiteral("campaign");
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        window(), tr("Export filtered rows"),
        dir + QLatin1Char('/') + name + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        exportFilteredRowsTo(path);
    }
}

void CampaignPage::exportFilteredRowsTo(const QString &path)
{
    QList<Row> rows;
    rows.reserve(m_proxy->rowCount());
    for (int i = 0; i < m_proxy->rowCount(); ++i) {
        rows << m_rows->rowAt(m_proxy->mapToSource(m_proxy->index(i, 0)).row());
    }
    RowsExportJob *job = RowsExportJob::runWithDialog(window(), std::move(rows), path);
    connect(job, &RowsExportJob::finished, this, [this](const RowsExportJob::Outcome &outcome) {
        emit statusMessage(outcome.message, 8000);
    });
}

void CampaignPage::tryRestoreHeader()
{
    if (m_headerRestored || m_campaignId.isEmpty()) {
        return;
    }
    const QByteArray saved = m_settings->rowHeaderState(m_campaignId);
    QHeaderView *header = m_table->horizontalHeader();
    if (saved.isEmpty()) {
        if (m_watcher->isFirstLoadDone() && m_rows->rowCount() > 0) {
            m_table->resizeColumnsToContents();
            for (int c = 0; c < header->count(); ++c) {
                header->resizeSection(c, qBound(60, header->sectionSize(c), 260));
            }
            m_headerRestored = true;
        }
        return;
    }
    if (header->restoreState(saved)) {
        m_headerRestored = true;
        qCDebug(lcWindow) << "restored the row table's columns";
    }
}

void CampaignPage::saveViewState()
{
    if (m_campaignId.isEmpty()) {
        return;
    }
    if (m_headerRestored) {
        m_settings->setRowHeaderState(m_campaignId, m_table->horizontalHeader()->saveState());
    }
    m_settings->setFilters(m_campaignId, m_filterBar->state());
}

} // namespace revox
