#pragma once

#include "BannerController.h"
#include "CampaignPage.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QLabel;
class QListView;
class QToolButton;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace revox {

class AllCampaignsPage;
class CallDetailPane;
class CampaignsOverviewModel;
class CampaignListModel;
class CampaignListWatcher;
class CampaignStore;
class CampaignWatcher;
class RowStore;
class RowsTableModel;
class CacheSync;
class AppSettings;
class StatusBanner;

// The stores, the models over them and the watchers the window shows; created and owned by
// the app's wiring.
struct DashboardData
{
    CampaignListModel *campaigns = nullptr;
    CampaignListWatcher *campaignsWatcher = nullptr;
    RowsTableModel *rows = nullptr;
    CampaignWatcher *rowsWatcher = nullptr;
    CacheSync *cache = nullptr; // null when there is no local cache
    CampaignStore *campaignStore = nullptr;
    RowStore *rowStore = nullptr;
    AppSettings *settings = nullptr; // the preferences and window state, one for the app
};

// The dashboard's shell: toolbar and menus, campaigns on the left, the open campaign's
// page (a CampaignPage) or every campaign side by side (AllCampaignsPage) in the middle,
// the call detail on the right; live status, banners and the demo badge. The call detail stays
// here, not on the page: it takes the window's full height beside the page (and beside the "no
// campaign" text), and its splitter position is one of the window's.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const DashboardData &data, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Says plainly that the window shows demo data (badge and banner).
    void setDemoMode(bool demo);
    // Opens a campaign by id (now, or once the campaign list contains it).
    void selectCampaign(const QString &campaignId);
    QString currentCampaignId() const { return m_page->campaignId(); }
    // Restores geometry and splitters from settings (call before show()).
    void restoreWindowState();
    void saveWindowState();
    // The network timeout of the call detail's recording downloads (the base of their
    // deadline, TransferDeadline).
    void setRecordingTimeoutMs(int ms);

signals:
    void settingsRequested();

public slots:
    void refreshNow();
    // Shows every campaign side by side; the campaign open before stops refreshing until it
    // is chosen again (this view never asks the server for rows).
    void showAllCampaigns();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildSidebar(QWidget *parent);
    QWidget *buildNoCampaignPage(QWidget *parent);
    void buildActions();
    void connectData();
    void applyStatusPalette();
    void onCampaignSelected(const QModelIndex &index);
    // The call detail shows a row (none: it hides, the rows take its room).
    void showRowDetail(const std::optional<Row> &row);
    // The pane shows when a row is chosen on a campaign's page and the user wants it.
    void updateDetailVisibility();
    void onBannerAction();
    void updateStatus();
    void updateBanner();
    void updateNoCampaignText(bool listComplete);
    void selectPendingCampaign();
    // Enables what only applies to an open campaign's page.
    void updatePageActions();
    void connectSummaries();
    QString campaignId() const { return m_page->campaignId(); }
    // Whether the middle shows every campaign side by side.
    bool isShowingAllCampaigns() const;

    DashboardData m_data;
    AppSettings *m_settings;
    QString m_pendingCampaignId;
    QString m_cacheMessage; // what the cache last said, shown in the banner until dismissed
    BannerController m_bannerController;
    bool m_demo = false;

    StatusBanner *m_banner;
    QListView *m_campaignList;
    QStackedWidget *m_pageStack;
    QWidget *m_noCampaignPage;
    QLabel *m_noCampaignText;
    CampaignPage *m_page;
    CampaignsOverviewModel *m_campaignsOverview;
    AllCampaignsPage *m_allPage;
    QToolButton *m_allButton = nullptr;
    QList<QAction *> m_campaignActions; // apply to the open campaign's page only
    CallDetailPane *m_detail;
    QAction *m_detailAction = nullptr; // the call detail beside the rows, or not
    QSplitter *m_mainSplitter;
    QToolBar *m_toolbar;
    QLabel *m_updated;
    QLabel *m_syncState;
};

} // namespace revox
