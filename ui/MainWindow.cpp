#include "MainWindow.h"

#include "AccessibleNames.h"
#include "AllCampaignsPage.h"
#include "AppSettings.h"
#include "AsyncCampaignCache.h"
#include "CacheSync.h"
#include "CallAttemptsModel.h"
#include "CallDetailPane.h"
#include "CampaignDelegate.h"
#include "CampaignListModel.h"
#include "CampaignListWatcher.h"
#include "CampaignWatcher.h"
#include "CampaignsOverviewModel.h"
#include "DataProblemsDialog.h"
#include "FilterBar.h"
#include "HumanText.h"
#include "PlainToolTips.h"
#include "RecordingPlayer.h"
#include "RowTableView.h"
#include "RowsTableModel.h"
#include "SpaceForFocusedButtons.h"
#include "StatusBanner.h"
#include "StatusPalette.h"
#include "Theme.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace revox {

namespace {

QLabel *makeDemoBadge(QWidget *parent)
{
    auto *badge = new QLabel(QObject::tr("Demo data"), parent);
    badge->setObjectName(QStringLiteral("demoBadge"));
    badge->setToolTip(QObject::tr("This window shows simulated campaigns from the built-in demo "
                                  "server, not your account."));
    badge->setStyleSheet(QStringLiteral("QLabel { background: #c77c12; color: white; "
                                        "border-radius: 9px; padding: 2px 10px; "
                                        "font-weight: 600; }"));
    return badge;
}

} // namespace

MainWindow::MainWindow(const DashboardData &data, QWidget *parent)
    : QMainWindow(parent)
    , m_data(data)
    , m_settings(data.settings)
    , m_campaignsOverview(new CampaignsOverviewModel(data.campaignStore, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    AccessibleNames::install();
    SpaceForFocusedButtons::install();
    setWindowTitle(tr("Revox Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/revox-desk.svg")));

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_banner = new StatusBanner(central);
    centralLayout->addWidget(m_banner);

    m_mainSplitter = new QSplitter(Qt::Horizontal, central);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(buildSidebar(m_mainSplitter));
    m_pageStack = new QStackedWidget(m_mainSplitter);
    m_pageStack->addWidget(buildNoCampaignPage(m_pageStack));
    m_page = new CampaignPage(m_data, m_pageStack);
    m_pageStack->addWidget(m_page);
    m_allPage = new AllCampaignsPage(m_campaignsOverview, m_pageStack);
    m_allPage->setBackgroundFigures(data.backgroundFigures);
    m_pageStack->addWidget(m_allPage);
    m_mainSplitter->addWidget(m_pageStack);
    // The call detail takes the full height on the right: transcripts need room.
    m_detail = new CallDetailPane(m_mainSplitter);
    m_detail->setMinimumWidth(340);
    m_mainSplitter->addWidget(m_detail);
    // Hidden until a row is chosen: the rows table has the room while nothing is to show.
    m_detail->hide();
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setStretchFactor(2, 2);
    m_mainSplitter->setSizes({240, 760, 440});
    centralLayout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    m_syncState = new QLabel(this);
    m_updated = new QLabel(this);
    m_updated->setObjectName(QStringLiteral("updatedLabel"));
    statusBar()->addWidget(m_syncState, 1);
    statusBar()->addPermanentWidget(m_updated);

    buildActions();
    connectData();
    connectSummaries();

    auto *clock = new QTimer(this);
    clock->setInterval(1000);
    connect(clock, &QTimer::timeout, this, [this] {
        updateStatus();
        if (m_banner->isVisible()) {
            updateBanner();
        }
    });
    clock->start();

    applyStatusPalette();
    m_noCampaignText->setText(tr("Loading campaigns…"));
    m_pageStack->setCurrentWidget(m_noCampaignPage);
    updateStatus();
}

MainWindow::~MainWindow()
{
    saveWindowState();
}

QWidget *MainWindow::buildSidebar(QWidget *parent)
{
    auto *sidebar = new QWidget(parent);
    auto *sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(0);
    auto *sideTitle = new QLabel(tr("Campaigns"), sidebar);
    Theme::setDemiBold(sideTitle);
    sideTitle->setContentsMargins(12, 8, 8, 6);
    m_allButton = new QToolButton(sidebar);
    m_allButton->setObjectName(QStringLiteral("allCampaignsButton"));
    m_allButton->setText(tr("All campaigns"));
    m_allButton->setToolTip(tr("Every campaign side by side (Ctrl+0)"));
    m_allButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogListView));
    m_allButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_allButton->setAutoRaise(true);
    m_allButton->setCheckable(true);
    m_allButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_allButton->setFocusPolicy(Qt::StrongFocus);
    connect(m_allButton, &QToolButton::clicked, this, &MainWindow::showAllCampaigns);
    auto *allRow = new QHBoxLayout;
    allRow->setContentsMargins(6, 6, 6, 2);
    allRow->addWidget(m_allButton);
    sideLayout->addLayout(allRow);
    sideLayout->addWidget(sideTitle);
    m_campaignList = new QListView(sidebar);
    m_campaignList->setObjectName(QStringLiteral("campaignList"));
    m_campaignList->setModel(m_data.campaigns);
    m_campaignList->setItemDelegate(new CampaignDelegate(m_campaignList));
    m_campaignList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_campaignList->setUniformItemSizes(true);
    m_campaignList->setMinimumWidth(220);
    m_campaignList->setFrameShape(QFrame::NoFrame);
    m_campaignList->setAccessibleName(tr("Campaigns"));
    PlainToolTips::install(m_campaignList);
    sideLayout->addWidget(m_campaignList);
    return sidebar;
}

QWidget *MainWindow::buildNoCampaignPage(QWidget *parent)
{
    m_noCampaignPage = new QWidget(parent);
    auto *noLayout = new QVBoxLayout(m_noCampaignPage);
    m_noCampaignText = new QLabel(m_noCampaignPage);
    m_noCampaignText->setAlignment(Qt::AlignCenter);
    m_noCampaignText->setWordWrap(true);
    m_noCampaignText->setForegroundRole(QPalette::PlaceholderText);
    QFont big = m_noCampaignText->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_noCampaignText->setFont(big);
    noLayout->addWidget(m_noCampaignText);
    return m_noCampaignPage;
}

void MainWindow::connectData()
{
    connect(m_campaignList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCampaignSelected);
    connect(m_data.campaigns, &QAbstractItemModel::rowsInserted, this,
            &MainWindow::selectPendingCampaign);
    connect(m_page, &CampaignPage::currentRowChanged, this,
            [this](const Row &row) { showRowDetail(row); });
    connect(m_mainSplitter, &QSplitter::splitterMoved, this, [this] {
        if (m_detail->isVisible())
            m_settings->setCallDetailWidth(m_mainSplitter->sizes().value(2));
    });
    connect(m_page, &CampaignPage::refreshRequested, this, &MainWindow::refreshNow);
    connect(m_page, &CampaignPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_allPage, &AllCampaignsPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_allPage, &AllCampaignsPage::campaignRequested, this, [this](const QString &id) {
        selectCampaign(id);
        m_page->rowTable()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_detail, &CallDetailPane::previousRowRequested, m_page->rowTable(),
            &RowTableView::selectPreviousRow);
    connect(m_detail, &CallDetailPane::nextRowRequested, m_page->rowTable(),
            &RowTableView::selectNextRow);
    connect(m_banner, &StatusBanner::dismissed, this, [this] {
        if (m_bannerController.current().kind == BannerController::Kind::Cache)
            m_cacheMessage.clear(); // read: a later message shows again
        m_bannerController.dismiss();
        updateBanner();
    });
    connect(m_banner, &StatusBanner::actionTriggered, this, &MainWindow::onBannerAction);

    auto statusAndBanner = [this] {
        updateStatus();
        updateBanner();
    };
    connect(m_data.rowsWatcher, &CampaignWatcher::stateChanged, this, statusAndBanner);
    connect(m_data.rowsWatcher, &CampaignWatcher::lastErrorChanged, this,
            &MainWindow::updateBanner);
    connect(m_data.rowsWatcher, &CampaignWatcher::problemsChanged, this, &MainWindow::updateBanner);
    connect(m_data.rowsWatcher, &CampaignWatcher::intervalReasonChanged, this,
            &MainWindow::updateStatus);
    connect(m_data.rowsWatcher, &CampaignWatcher::loadingProgress, this, &MainWindow::updateStatus);
    connect(m_data.rowsWatcher, &CampaignWatcher::refreshed, this, statusAndBanner);
    if (m_data.cache) {
        // Kept in a banner until dismissed, not a status line that goes in seconds.
        connect(m_data.cache, &CacheSync::message, this, [this](const QString &text) {
            m_cacheMessage = text;
            updateBanner();
        });
        m_cacheMessage = m_data.cache->lastMessage();
        connect(m_data.cache, &CacheSync::firstLoadResumed, this,
                [this](const QString &, qsizetype, qsizetype, const QString &text) {
                    statusBar()->showMessage(text, 20000);
                });
        connect(m_data.cache, &CacheSync::rowsRestored, this, statusAndBanner);
    }
    connect(m_data.campaignsWatcher, &CampaignListWatcher::stateChanged, this, [this] {
        updateStatus();
        updateBanner();
        updateNoCampaignText(false);
    });
    connect(m_data.campaignsWatcher, &CampaignListWatcher::refreshed, this, [this] {
        updateStatus();
        updateBanner();
        selectPendingCampaign();
        if (!m_pendingCampaignId.isEmpty()) {
            // The list is complete and the campaign asked for is not in it.
            statusBar()->showMessage(
                tr("There is no campaign with id %1 in this account.").arg(m_pendingCampaignId),
                15000);
            m_pendingCampaignId.clear();
        }
        updateNoCampaignText(true);
    });
}

void MainWindow::updateNoCampaignText(bool listComplete)
{
    if (!campaignId().isEmpty()) {
        return;
    }
    if (m_data.campaigns->rowCount() > 0) {
        m_noCampaignText->setText(tr("Choose a campaign on the left."));
    } else if (listComplete) {
        m_noCampaignText->setText(tr("There are no campaigns in this account yet."));
    } else if (m_data.campaignsWatcher->state() == SyncState::Retrying) {
        m_noCampaignText->setText(tr("Could not load the campaigns:\n%1")
                                      .arg(m_data.campaignsWatcher->lastError().message));
    } else {
        m_noCampaignText->setText(tr("Loading campaigns…"));
    }
}

void MainWindow::buildActions()
{
    m_toolbar = addToolBar(tr("Main"));
    m_toolbar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolbar->setMovable(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(18, 18));

    auto *refresh =
        new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Refresh now (F5)"));
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshNow);
    auto *exportCsv =
        new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Export CSV…"), this);
    exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportCsv->setToolTip(tr("Export the rows the filters show, or the campaigns of All "
                             "campaigns, to CSV (Ctrl+E)"));
    connect(exportCsv, &QAction::triggered, this, [this] {
        if (isShowingAllCampaigns())
            m_allPage->exportCsv();
        else
            m_page->exportFilteredRows();
    });
    auto *allCampaigns = new QAction(style()->standardIcon(QStyle::SP_FileDialogListView),
                                     tr("All campaigns"), this);
    allCampaigns->setObjectName(QStringLiteral("allCampaignsAction"));
    allCampaigns->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    allCampaigns->setToolTip(tr("Every campaign side by side (Ctrl+0)"));
    connect(allCampaigns, &QAction::triggered, this, &MainWindow::showAllCampaigns);
    auto *settings = new QAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                                 tr("Settings…"), this);
    settings->setShortcut(QKeySequence::Preferences);
    if (settings->shortcut().isEmpty()) {
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    }
    connect(settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    auto *columns = new QAction(tr("Columns…"), this);
    connect(columns, &QAction::triggered, this, [this] {
        RowTableView *table = m_page->rowTable();
        table->showColumnMenu(table->mapToGlobal(QPoint(0, 0)));
    });
    auto *quit = new QAction(tr("Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_toolbar->addAction(allCampaigns);
    m_toolbar->addAction(refresh);
    m_toolbar->addAction(exportCsv);
    m_toolbar->addAction(columns);
    m_toolbar->addAction(settings);
    auto *spacer = new QWidget(m_toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolbar->addWidget(spacer);
    QAction *badge = m_toolbar->addWidget(makeDemoBadge(m_toolbar));
    badge->setVisible(false);
    badge->setObjectName(QStringLiteral("demoBadgeAction"));

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(exportCsv);
    file->addSeparator();
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(allCampaigns);
    view->addSeparator();
    view->addAction(refresh);
    view->addAction(columns);
    auto *find = view->addAction(tr("Find rows"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_page->filterBar(), &FilterBar::focusSearch);
    auto *prev = view->addAction(tr("Previous row"));
    prev->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(prev, &QAction::triggered, m_page->rowTable(), &RowTableView::selectPreviousRow);
    auto *next = view->addAction(tr("Next row"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(next, &QAction::triggered, m_page->rowTable(), &RowTableView::selectNextRow);
    auto *play = view->addAction(tr("Play or pause the recording"));
    play->setShortcut(QKeySequence(Qt::Key_Space));
    connect(play, &QAction::triggered, m_detail->player(), &RecordingPlayer::togglePlay);
    m_detailAction = view->addAction(tr("Call detail beside the rows"));
    m_detailAction->setCheckable(true);
    m_detailAction->setChecked(m_settings->showsCallDetail());
    m_detailAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_detailAction, &QAction::toggled, this, [this](bool on) {
        m_settings->setShowsCallDetail(on);
        updateDetailVisibility();
    });
    auto *clear = view->addAction(tr("Clear filters"));
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
    connect(clear, &QAction::triggered, m_page->filterBar(), &FilterBar::clearFilters);
    m_campaignActions = {columns, find, prev, next, clear};
}

bool MainWindow::isShowingAllCampaigns() const
{
    return m_pageStack->currentWidget() == m_allPage;
}

void MainWindow::showAllCampaigns()
{
    m_pageStack->setCurrentWidget(m_allPage); // first: the cleared selection keeps this page
    m_pendingCampaignId.clear();
    m_campaignList->selectionModel()->clearCurrentIndex();
    m_campaignList->clearSelection();
    // The campaign's rows stay in memory, unrefreshed, until it is chosen again.
    m_data.rowsWatcher->stop();
    updateDetailVisibility();
    m_allButton->setChecked(true);
    updatePageActions();
    updateStatus();
    updateBanner();
    m_allPage->focusTable();
}

void MainWindow::updatePageActions()
{
    const bool campaignPage = m_pageStack->currentWidget() == m_page;
    for (QAction *a : std::as_const(m_campaignActions))
        a->setEnabled(campaignPage);
    m_allButton->setChecked(isShowingAllCampaigns());
}

void MainWindow::connectSummaries()
{
    m_campaignsOverview->setConditionText(&HumanText::outputCondition);
    m_campaignsOverview->setWhenText([](const QDateTime &t) {
        return HumanText::age(t.secsTo(QDateTime::currentDateTimeUtc()));
    });
    // The store keeps them (and the cache, through CacheSync, for the next start).
    connect(m_page, &CampaignPage::summaryChanged, m_data.campaignStore,
            &CampaignStore::setSummary);
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    for (QAction *a : m_toolbar->actions()) {
        if (a->objectName() == QLatin1String("demoBadgeAction")) {
            a->setVisible(demo);
        }
    }
    setWindowTitle(demo ? tr("Revox Desk — demo data") : tr("Revox Desk"));
    updateBanner();
}

void MainWindow::selectCampaign(const QString &campaignId)
{
    m_pendingCampaignId = campaignId;
    selectPendingCampaign();
}

void MainWindow::selectPendingCampaign()
{
    if (m_pendingCampaignId.isEmpty()) {
        return;
    }
    const QModelIndex index = m_data.campaigns->indexOfId(m_pendingCampaignId);
    if (index.isValid()) {
        m_pendingCampaignId.clear();
        m_campaignList->setCurrentIndex(index);
        m_campaignList->scrollTo(index);
    }
}

void MainWindow::onCampaignSelected(const QModelIndex &index)
{
    const QString id = index.isValid() ? index.data(RowIdRole).toString() : QString();
    if (id == campaignId()) {
        return;
    }
    showRowDetail(std::nullopt);
    if (!id.isEmpty()) {
        m_settings->setLastCampaign(id);
        m_pageStack->setCurrentWidget(m_page);
    }
    m_page->openCampaign(id);
    if (id.isEmpty() && !isShowingAllCampaigns()) {
        m_pageStack->setCurrentWidget(m_noCampaignPage);
    }
    updatePageActions();
}

void MainWindow::showRowDetail(const std::optional<Row> &row)
{
    m_detail->setRow(row);
    updateDetailVisibility();
}

void MainWindow::updateDetailVisibility()
{
    const bool show = m_detailAction->isChecked() && !m_detail->rowId().isEmpty() &&
                      m_pageStack->currentWidget() == m_page;
    if (show == m_detail->isVisible())
        return;
    if (!show) {
        m_detail->hide();
        return;
    }
    // The width the user gave it last, else room for the attempts' columns; the rows take
    // the rest.
    QList<int> sizes = m_mainSplitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    const int remembered = m_settings->callDetailWidth();
    const int width = std::clamp(remembered > 0 ? remembered : 420, m_detail->minimumWidth(),
                                 std::max(m_detail->minimumWidth(), total / 2));
    m_detail->show();
    m_mainSplitter->setSizes({sizes.value(0), std::max(0, total - sizes.value(0) - width), width});
}

void MainWindow::updateStatus()
{
    const bool open = !campaignId().isEmpty();
    const QDateTime last =
        open ? m_data.rowsWatcher->lastSuccessAt() : m_data.campaignsWatcher->lastSuccessAt();
    const QDateTime saved =
        open ? m_data.rowsWatcher->restoredAt()
             : (m_data.cache ? m_data.cache->campaignsRestoredAt() : QDateTime());
    if (last.isValid()) {
        m_updated->setText(
            tr("Updated %1").arg(HumanText::age(last.secsTo(QDateTime::currentDateTimeUtc()))));
    } else if (saved.isValid()) {
        m_updated->setText(tr("Saved copy from %1")
                               .arg(HumanText::age(saved.secsTo(QDateTime::currentDateTimeUtc()))));
    } else {
        m_updated->setText(tr("Not updated yet"));
    }
    const CampaignWatcher *w = m_data.rowsWatcher;
    QString state;
    if (open) {
        switch (w->state()) {
        case SyncState::Loading:
            state = w->rowsTotal() > 0 ? tr("Loading rows: %1 of %2")
                                             .arg(QLocale().toString(w->rowsLoaded()),
                                                  QLocale().toString(w->rowsTotal()))
                                       : tr("Loading rows…");
            break;
        case SyncState::Live:
            state = w->intervalReason().isEmpty() ? tr("Live")
                                                  : tr("Live. %1").arg(w->intervalReason());
            break;
        case SyncState::Retrying:
            state = tr("Connection problem; retrying");
            break;
        case SyncState::Idle:
            break;
        }
    }
    m_syncState->setText(state);
}

void MainWindow::updateBanner()
{
    BannerController::Inputs in;
    const bool open = !campaignId().isEmpty();
    if (open && m_data.rowsWatcher->state() == SyncState::Retrying) {
        in.error = m_data.rowsWatcher->lastError();
        in.lastGood = m_data.rowsWatcher->lastSuccessAt();
        in.saved = m_data.rowsWatcher->restoredAt();
        in.failingSince = m_data.rowsWatcher->failingSince();
    } else if (m_data.campaignsWatcher->state() == SyncState::Retrying) {
        in.error = m_data.campaignsWatcher->lastError();
        in.lastGood = m_data.campaignsWatcher->lastSuccessAt();
        in.saved = m_data.cache ? m_data.cache->campaignsRestoredAt() : QDateTime();
    }
    if (open) {
        in.problemKinds = m_data.rowsWatcher->problems().valueKinds();
        in.listingProblems = m_data.rowsWatcher->problems().listingProblems();
    }
    in.cacheMessage = m_cacheMessage;
    in.demo = m_demo;
    const BannerController::Banner banner = m_bannerController.update(in);
    if (banner.visible) {
        m_banner->showMessage(banner.severity, banner.text, banner.actionText);
    } else {
        m_banner->hide();
    }
}

void MainWindow::onBannerAction()
{
    switch (m_bannerController.current().action) {
    case BannerController::Action::OpenSettings:
        emit settingsRequested();
        break;
    case BannerController::Action::ShowProblems: {
        DataProblemsDialog dialog(m_data.rowsWatcher->problems(), this);
        dialog.exec();
        break;
    }
    case BannerController::Action::Retry:
    case BannerController::Action::None:
        refreshNow();
        break;
    }
}

void MainWindow::refreshNow()
{
    m_bannerController.reset();
    m_data.campaignsWatcher->refreshNow();
    if (!campaignId().isEmpty()) {
        m_data.rowsWatcher->refreshNow();
    }
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings->windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(1360, 860);
    }
    restoreState(m_settings->windowState());
    for (QSplitter *s : {m_mainSplitter, m_page->splitter()}) {
        const QByteArray state = m_settings->splitterState(s->objectName());
        if (!state.isEmpty()) {
            s->restoreState(state);
        }
    }
    const QString last = m_settings->lastCampaign();
    if (!last.isEmpty() && campaignId().isEmpty() && m_pendingCampaignId.isEmpty()) {
        selectCampaign(last);
    }
}

void MainWindow::setRecordingTimeoutMs(int ms)
{
    m_detail->player()->setSaveStallTimeoutMs(ms);
}

void MainWindow::saveWindowState()
{
    m_settings->setWindowGeometry(saveGeometry(), saveState());
    for (QSplitter *s : {m_mainSplitter, m_page->splitter()}) {
        m_settings->setSplitterState(s->objectName(), s->saveState());
    }
    m_page->saveViewState();
    if (!campaignId().isEmpty()) {
        m_settings->setLastCampaign(campaignId());
    }
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_data.rows) {
        applyStatusPalette();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::applyStatusPalette()
{
    const StatusPalette palette(this->palette());
    m_data.rows->setStatusPalette(palette);
    m_data.campaigns->setStatusPalette(palette);
    m_campaignsOverview->setStatusPalette(palette);
    m_detail->attemptsModel()->setStatusPalette(palette);
}

} // namespace revox
