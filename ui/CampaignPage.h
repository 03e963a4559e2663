#pragma once

#include "CampaignSummary.h"
#include "ProgressHistoryChart.h"
#include "RowsFilterState.h"

#include <QHash>
#include <QWidget>

class QSplitter;
class QTabWidget;
class QTimer;

namespace revox {

class AppSettings;
class CacheSync;
class CampaignInsights;
class CampaignListModel;
class CampaignStore;
class CampaignWatcher;
class FilterBar;
class OverviewHeader;
class ResultBreakdownChart;
class RowTableView;
class RowsFilterProxy;
class RowsTableModel;
struct DashboardData;
struct Row;

// One open campaign: its overview header and charts above, its filtered rows below, with
// what is kept per campaign (filters, columns, progress samples) and the CSV export.
class CampaignPage : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignPage(const DashboardData &data, QWidget *parent = nullptr);
    ~CampaignPage() override;

    // Shows a campaign (an empty id shows none): saves the one open before, restores this
    // one's filters, columns and progress history and starts watching its rows.
    void openCampaign(const QString &campaignId);
    QString campaignId() const { return m_campaignId; }
    // Saves the open campaign's columns and filters to the settings.
    void saveViewState();

    // The views above the rows: a tab each; "Overview" (the charts) is the first. The tab
    // bar shows once there are two. Returns the new tab's index.
    int addView(QWidget *view, const QString &title);
    QTabWidget *views() const { return m_views; }
    CampaignInsights *insights() const { return m_insights; }

    QSplitter *splitter() const { return m_splitter; }
    OverviewHeader *overview() const { return m_overview; }
    FilterBar *filterBar() const { return m_filterBar; }
    RowTableView *rowTable() const { return m_table; }
    RowsFilterProxy *rowsProxy() const { return m_proxy; }

public slots:
    // Asks where to save, then exports the rows the filters show.
    void exportFilteredRows();
    // Exports the rows the filters show to path, in their current order, without a dialog.
    void exportFilteredRowsTo(const QString &path);
    // Shows why the table is empty (loading, failing, filtered out), or nothing.
    void updateEmptyState();

signals:
    // The row the call detail should show (the current one, or its newer copy).
    void currentRowChanged(const revox::Row &row);
    // The empty table's "Try again": the window refreshes.
    void refreshRequested();
    // A short note for the status bar.
    void statusMessage(const QString &text, int timeoutMs);
    // The open campaign's figures that need its rows (for the all-campaigns table and the
    // cache), after its rows were loaded and again as they change (at most every few s).
    void summaryChanged(const revox::CampaignSummary &summary);

private:
    QWidget *buildOverviewTab();
    void connectData();
    void applyFilters(const RowsFilterState &state);
    void onCampaignChanged();
    // Shows the open campaign's progress history as the campaign store holds it.
    void showProgress();
    void scheduleRowsChanged();
    void onRowsChanged();
    void onCurrentRowChanged(const QModelIndex &proxyIndex);
    void onFilterChanged();
    void updateRowCounts();
    void updateResultChart();
    void tryRestoreHeader();

    const CampaignListModel *m_campaigns;
    CampaignStore *m_campaignStore;
    RowsTableModel *m_rows;
    CampaignWatcher *m_watcher;
    CacheSync *m_cache;
    AppSettings *m_settings;
    QString m_campaignId;
    QString m_currentRowId;
    bool m_headerRestored = false;
    bool m_emptyActionRetries = false; // the empty state's button retries (else clears filters)
    QTimer *m_rowsChanged;             // coalesces model signals into one update

    RowsFilterProxy *m_proxy;
    QSplitter *m_splitter;
    OverviewHeader *m_overview;
    QTabWidget *m_views;
    ResultBreakdownChart *m_resultChart;
    ProgressHistoryChart *m_progressChart;
    FilterBar *m_filterBar;
    RowTableView *m_table;
    CampaignInsights *m_insights;
};

} // namespace revox
