#pragma once

#include "ApiError.h"
#include "AppSettings.h"
#include "ProgressHistoryChart.h"
#include "SyncState.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListView;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolBar;

namespace revox {

class CallDetailPane;
class CampaignListModel;
class CampaignListWatcher;
class CampaignWatcher;
class FilterBar;
class OverviewHeader;
class ResultBreakdownChart;
class RowTableView;
class RowsFilterProxy;
class RowsTableModel;
class CacheSync;
class StatusBanner;

// The models and watchers the window shows; created and owned by the app's wiring.
struct DashboardData
{
    CampaignListModel *campaigns = nullptr;
    CampaignListWatcher *campaignsWatcher = nullptr;
    RowsTableModel *rows = nullptr;
    CampaignWatcher *rowsWatcher = nullptr;
    CacheSync *cache = nullptr; // null when there is no local cache
};

// The dashboard: campaigns on the left; the selected campaign's overview, charts, filter
// bar, rows and call detail on the right; live status, banners and the demo badge.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const DashboardData &data, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Says plainly that the window shows demo data (badge and banner).
    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_demo; }
    // Opens a campaign by id (now, or once the campaign list contains it).
    void selectCampaign(const QString &campaignId);
    QString currentCampaignId() const { return m_campaignId; }
    // Restores geometry and splitters from settings (call before show()).
    void restoreWindowState();
    void saveWindowState();

    // For tests and screenshots.
    QListView *campaignList() const { return m_campaignList; }
    RowTableView *rowTable() const { return m_table; }
    RowsFilterProxy *rowsProxy() const { return m_proxy; }
    FilterBar *filterBar() const { return m_filterBar; }
    CallDetailPane *detailPane() const { return m_detail; }
    StatusBanner *banner() const { return m_banner; }
    OverviewHeader *overview() const { return m_overview; }
    QString updatedText() const;
    // Samples the progress chart holds for the open campaign (this session's and saved ones).
    qsizetype progressSampleCount() const { return m_history.value(m_campaignId).size(); }
    QString demoBadgeText() const;

signals:
    void settingsRequested();

public slots:
    void refreshNow();
    void exportFilteredRows();
    // Exports the rows the filters show to path, in their current order, without a dialog.
    void exportFilteredRowsTo(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void applyStatusPalette();
    void onCampaignSelected(const QModelIndex &index);
    void onCampaignChanged();
    void sampleProgress();
    void onRowsChanged();
    void onCurrentRowChanged(const QModelIndex &proxyIndex);
    void onFilterChanged();
    void updateRowCounts();
    void updateEmptyState();
    void updateStatus();
    void updateBanner();
    void updateResultChart();
    void tryRestoreHeader();
    void saveCampaignViewState();
    void selectPendingCampaign();

    DashboardData m_data;
    AppSettings m_settings;
    RowsFilterProxy *m_proxy;
    QString m_campaignId;
    QString m_pendingCampaignId;
    QString m_currentRowId;
    bool m_headerRestored = false;
    bool m_emptyActionRetries = false; // the empty state's button retries (else clears filters)
    QString m_dismissedBanner;         // which banner the user dismissed
    QTimer *m_rowsChanged;             // coalesces model signals into one update
    bool m_demo = false;
    QHash<QString, QList<ProgressHistoryChart::Sample>> m_history;

    StatusBanner *m_banner;
    QListView *m_campaignList;
    QStackedWidget *m_pageStack;
    QWidget *m_noCampaignPage;
    QLabel *m_noCampaignText;
    OverviewHeader *m_overview;
    ResultBreakdownChart *m_resultChart;
    ProgressHistoryChart *m_progressChart;
    FilterBar *m_filterBar;
    RowTableView *m_table;
    CallDetailPane *m_detail;
    QSplitter *m_mainSplitter;
    QSplitter *m_pageSplitter;
    QToolBar *m_toolbar;
    QLabel *m_demoBadge;
    QLabel *m_updated;
    QLabel *m_syncState;
};

} // namespace revox
