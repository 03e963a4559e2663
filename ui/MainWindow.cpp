#include "MainWindow.h"

#include "AccessibleNames.h"
#include "CacheSync.h"
#include "CallAttemptsModel.h"
#include "CallDetailPane.h"
#include "CampaignDelegate.h"
#include "CampaignListModel.h"
#include "CampaignListWatcher.h"
#include "CampaignWatcher.h"
#include "DataProblemsDialog.h"
#include "FilterBar.h"
#include "HumanText.h"
#include "OverviewHeader.h"
#include "PlainToolTips.h"
#include "RecordingPlayer.h"
#include "ResultBreakdownChart.h"
#include "RowTableView.h"
#include "RowsExportJob.h"
#include "RowsFilterProxy.h"
#include "RowsTableModel.h"
#include "SpaceForFocusedButtons.h"
#include "StatusBanner.h"
#include "StatusPalette.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcWindow, "revox.ui.window")

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
{
    setObjectName(QStringLiteral("mainWindow"));
    AccessibleNames::install();
    SpaceForFocusedButtons::install();
    setWindowTitle(tr("Revox Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/revox-desk.svg")));

    m_proxy = new RowsFilterProxy(this);
    m_proxy->setSourceModel(m_data.rows);
    m_proxy->setTextSearchesTranscripts(true);

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_banner = new StatusBanner(central);
    centralLayout->addWidget(m_banner);

    m_mainSplitter = new QSplitter(Qt::Horizontal, central);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);

    // Sidebar.
    auto *sidebar = new QWidget(m_mainSplitter);
    auto *sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(0);
    auto *sideTitle = new QLabel(tr("Campaigns"), sidebar);
    QFont titleFont = sideTitle->font();
    titleFont.setWeight(QFont::DemiBold);
    sideTitle->setFont(titleFont);
    sideTitle->setContentsMargins(12, 8, 8, 6);
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
    m_mainSplitter->addWidget(sidebar);

    // Campaign page.
    m_pageStack = new QStackedWidget(m_mainSplitter);
    m_noCampaignPage = new QWidget(m_pageStack);
    auto *noLayout = new QVBoxLayout(m_noCampaignPage);
    m_noCampaignText = new QLabel(m_noCampaignPage);
    m_noCampaignText->setAlignment(Qt::AlignCenter);
    m_noCampaignText->setWordWrap(true);
    m_noCampaignText->setForegroundRole(QPalette::PlaceholderText);
    QFont big = m_noCampaignText->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_noCampaignText->setFont(big);
    noLayout->addWidget(m_noCampaignText);
    m_pageStack->addWidget(m_noCampaignPage);

    m_pageSplitter = new QSplitter(Qt::Vertical, m_pageStack);
    m_pageSplitter->setObjectName(QStringLiteral("pageSplitter"));
    m_pageSplitter->setChildrenCollapsible(false);
    auto *top = new QWidget(m_pageSplitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(0);
    m_overview = new OverviewHeader(top);
    topLayout->addWidget(m_overview);
    auto *charts = new QHBoxLayout;
    charts->setContentsMargins(12, 4, 12, 4);
    m_resultChart = new ResultBreakdownChart(top);
    m_progressChart = new ProgressHistoryChart(top);
    charts->addWidget(m_resultChart, 1);
    charts->addWidget(m_progressChart, 1);
    topLayout->addLayout(charts, 1);
    m_pageSplitter->addWidget(top);

    auto *rowsArea = new QWidget(m_pageSplitter);
    auto *rowsLayout = new QVBoxLayout(rowsArea);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    rowsLayout->setSpacing(0);
    m_filterBar = new FilterBar(rowsArea);
    rowsLayout->addWidget(m_filterBar);
    m_table = new RowTableView(rowsArea);
    m_table->setModel(m_proxy);
    rowsLayout->addWidget(m_table, 1);
    m_pageSplitter->addWidget(rowsArea);
    m_pageSplitter->setStretchFactor(0, 0);
    m_pageSplitter->setStretchFactor(1, 1);
    m_pageStack->addWidget(m_pageSplitter);
    m_mainSplitter->addWidget(m_pageStack);
    // The call detail takes the full height on the right: transcripts need room.
    m_detail = new CallDetailPane(m_mainSplitter);
    m_detail->setMinimumWidth(340);
    m_mainSplitter->addWidget(m_detail);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setStretchFactor(2, 2);
    m_mainSplitter->setSizes({240, 760, 440});
    m_pageSplitter->setSizes({370, 560});
    centralLayout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    // Status bar.
    m_syncState = new QLabel(this);
    m_updated = new QLabel(this);
    m_updated->setObjectName(QStringLiteral("updatedLabel"));
    statusBar()->addWidget(m_syncState, 1);
    statusBar()->addPermanentWidget(m_updated);
    m_demoBadge = makeDemoBadge(this);
    m_demoBadge->hide();

    buildActions();
    m_rowsChanged = new QTimer(this);
    m_rowsChanged->setSingleShot(true);
    m_rowsChanged->setInterval(30);
    connect(m_rowsChanged, &QTimer::timeout, this, &MainWindow::onRowsChanged);
    auto scheduleRows = [this] {
        // While a big first load streams in, recount a few times a second, not per page.
        const bool loading = m_data.rowsWatcher->state() == SyncState::Loading;
        if (!m_rowsChanged->isActive() || !loading) {
            m_rowsChanged->start(loading ? 400 : 30);
        }
    };
    connect(m_data.rows, &QAbstractItemModel::rowsInserted, this, scheduleRows);
    connect(m_data.rows, &QAbstractItemModel::rowsRemoved, this, scheduleRows);
    connect(m_data.rows, &QAbstractItemModel::dataChanged, this, scheduleRows);
    connect(m_data.rows, &QAbstractItemModel::modelReset, this, scheduleRows);
    connect(m_data.rows, &QAbstractItemModel::columnsInserted, this,
            [this] { QTimer::singleShot(0, this, &MainWindow::tryRestoreHeader); });
    connect(m_proxy, &RowsFilterProxy::countsChanged, this,
            [this] { m_filterBar->setCounts(m_proxy->resultCounts(), m_proxy->statusCounts()); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateRowCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateRowCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateRowCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateRowCounts);

    connect(m_campaignList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCampaignSelected);
    connect(m_data.campaigns, &QAbstractItemModel::rowsInserted, this,
            &MainWindow::selectPendingCampaign);
    connect(m_data.campaigns, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_data.rowsWatcher->campaign() && !m_campaignId.isEmpty()) {
            onCampaignChanged();
        }
    });
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::onFilterChanged);
    connect(m_table, &RowTableView::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    connect(m_table, &RowTableView::exportRequested, this, &MainWindow::exportFilteredRows);
    connect(m_table, &RowTableView::emptyStateActionTriggered, this, [this] {
        if (m_emptyActionRetries) {
            refreshNow();
        } else {
            m_filterBar->clearFilters();
        }
    });
    connect(m_detail, &CallDetailPane::previousRowRequested, m_table,
            &RowTableView::selectPreviousRow);
    connect(m_detail, &CallDetailPane::nextRowRequested, m_table, &RowTableView::selectNextRow);
    connect(m_banner, &StatusBanner::dismissed, this,
            [this] { m_dismissedBanner = m_banner->property("bannerKey").toString(); });
    connect(m_banner, &StatusBanner::actionTriggered, this, [this] {
        const QString action = m_banner->property("bannerAction").toString();
        if (action == QLatin1String("settings")) {
            emit settingsRequested();
        } else if (action == QLatin1String("problems")) {
            DataProblemsDialog dialog(m_data.rowsWatcher->problems(), this);
            dialog.exec();
        } else {
            refreshNow();
        }
    });

    connect(m_data.rowsWatcher, &CampaignWatcher::campaignChanged, this,
            &MainWindow::onCampaignChanged);
    connect(m_data.rowsWatcher, &CampaignWatcher::stateChanged, this, [this] {
        updateStatus();
        updateBanner();
        updateEmptyState();
    });
    connect(m_data.rowsWatcher, &CampaignWatcher::lastErrorChanged, this,
            &MainWindow::updateBanner);
    connect(m_data.rowsWatcher, &CampaignWatcher::problemsChanged, this, &MainWindow::updateBanner);
    if (m_data.cache) {
        // The progress chart spans sessions: the cached history comes first.
        connect(m_data.cache, &CacheSync::progressRestored, this,
                [this](const QString &id, const QList<ProgressSample> &samples) {
                    QList<ProgressHistoryChart::Sample> restored;
                    for (const ProgressSample &p : samples)
                        restored.append({p.at.toLocalTime(), p.stats});
                    auto &history = m_history[id];
                    restored.append(history);
                    history = restored;
                    if (id == m_campaignId)
                        m_progressChart->setHistory(history);
                });
        connect(m_data.cache, &CacheSync::message, this,
                [this](const QString &text) { statusBar()->showMessage(text, 20000); });
        if (!m_data.cache->lastMessage().isEmpty())
            statusBar()->showMessage(m_data.cache->lastMessage(), 20000);
        connect(m_data.cache, &CacheSync::rowsRestored, this, [this] {
            updateStatus();
            updateBanner();
            updateEmptyState();
        });
    }
    connect(m_data.rowsWatcher, &CampaignWatcher::intervalReasonChanged, this,
            &MainWindow::updateStatus);
    connect(m_data.rowsWatcher, &CampaignWatcher::loadingProgress, this, [this] {
        updateStatus();
        updateEmptyState();
    });
    connect(m_data.rowsWatcher, &CampaignWatcher::refreshed, this, [this] {
        sampleProgress();
        updateStatus();
        updateBanner();
        tryRestoreHeader();
        m_rowsChanged->start();
    });
    connect(m_data.campaignsWatcher, &CampaignListWatcher::stateChanged, this, [this] {
        updateStatus();
        updateBanner();
        if (m_campaignId.isEmpty()) {
            m_noCampaignText->setText(
                m_data.campaigns->rowCount() > 0
                    ? tr("Choose a campaign on the left.")
                    : (m_data.campaignsWatcher->state() == SyncState::Retrying
                           ? tr("Could not load the campaigns:\n%1")
                                 .arg(m_data.campaignsWatcher->lastError().message)
                           : tr("Loading campaigns…")));
        }
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
        if (m_campaignId.isEmpty()) {
            m_noCampaignText->setText(m_data.campaigns->rowCount() > 0
                                          ? tr("Choose a campaign on the left.")
                                          : tr("There are no campaigns in this account yet."));
        }
    });

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
    updateEmptyState();
    updateRowCounts();
}

MainWindow::~MainWindow()
{
    saveWindowState();
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
    exportCsv->setToolTip(tr("Export the rows the filters show to CSV (Ctrl+E)"));
    connect(exportCsv, &QAction::triggered, this, &MainWindow::exportFilteredRows);
    auto *settings = new QAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                                 tr("Settings…"), this);
    settings->setShortcut(QKeySequence::Preferences);
    if (settings->shortcut().isEmpty()) {
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    }
    connect(settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    auto *columns = new QAction(tr("Columns…"), this);
    connect(columns, &QAction::triggered, this,
            [this] { m_table->showColumnMenu(m_table->mapToGlobal(QPoint(0, 0))); });
    auto *quit = new QAction(tr("Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

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
    view->addAction(refresh);
    view->addAction(columns);
    auto *find = view->addAction(tr("Find rows"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    auto *prev = view->addAction(tr("Previous row"));
    prev->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(prev, &QAction::triggered, m_table, &RowTableView::selectPreviousRow);
    auto *next = view->addAction(tr("Next row"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(next, &QAction::triggered, m_table, &RowTableView::selectNextRow);
    auto *play = view->addAction(tr("Play or pause the recording"));
    play->setShortcut(QKeySequence(Qt::Key_Space));
    connect(play, &QAction::triggered, m_detail->player(), &RecordingPlayer::togglePlay);
    auto *clear = view->addAction(tr("Clear filters"));
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
    connect(clear, &QAction::triggered, m_filterBar, &FilterBar::clearFilters);
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    for (QAction *a : m_toolbar->actions()) {
        if (a->objectName() == QLatin1String("demoBadgeAction")) {
            a->setVisible(demo);
        }
    }
    m_demoBadge->setVisible(demo);
    setWindowTitle(demo ? tr("Revox Desk — demo data") : tr("Revox Desk"));
    updateBanner();
}

QString MainWindow::demoBadgeText() const
{
    for (QAction *a : m_toolbar->actions()) {
        if (a->objectName() == QLatin1String("demoBadgeAction") && a->isVisible()) {
            if (auto *label = qobject_cast<QLabel *>(m_toolbar->widgetForAction(a))) {
                return label->text();
            }
        }
    }
    return QString();
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
    if (id == m_campaignId) {
        return;
    }
    saveCampaignViewState();
    m_campaignId = id;
    m_currentRowId.clear();
    m_headerRestored = false;
    m_detail->setRow(std::nullopt);
    if (id.isEmpty()) {
        m_pageStack->setCurrentWidget(m_noCampaignPage);
        return;
    }
    m_settings.setLastCampaign(id);
    m_pageStack->setCurrentWidget(m_pageSplitter);

    RowsFilterState filters = m_settings.filters(id);
    filters.textSearchesTranscripts = true;
    m_filterBar->setState(filters);
    m_proxy->setResultFilter(filters.result);
    m_proxy->setCallStatusFilter(filters.callStatuses);
    m_proxy->setDialErrorFilter(filters.dialError);
    m_proxy->setTextFilter(filters.text);

    m_progressChart->setHistory(m_history.value(id));
    m_resultChart->setCounts({});
    m_data.rowsWatcher->setCampaignId(id);
    m_data.rowsWatcher->start();
    onCampaignChanged();
    tryRestoreHeader();
    updateEmptyState();
    updateRowCounts();
}

void MainWindow::onCampaignChanged()
{
    std::optional<Campaign> campaign = m_data.rowsWatcher->campaign();
    if (campaign && campaign->id != m_campaignId) {
        campaign.reset();
    }
    if (!campaign) {
        if (const Campaign *listed = m_data.campaigns->campaignById(m_campaignId)) {
            campaign = *listed;
        }
    }
    if (!campaign) {
        m_overview->clear();
        return;
    }
    m_overview->setCampaign(*campaign);
}

void MainWindow::sampleProgress()
{
    const std::optional<Campaign> campaign = m_data.rowsWatcher->campaign();
    if (!campaign || campaign->id != m_campaignId || !campaign->rowStats) {
        return;
    }
    const ProgressHistoryChart::Sample sample{QDateTime::currentDateTime(), *campaign->rowStats};
    auto &history = m_history[m_campaignId];
    if (history.size() >= 2 && history.last().stats == sample.stats &&
        history.at(history.size() - 2).stats == sample.stats) {
        history.last().at = sample.at; // a flat stretch: move its end
    } else {
        history.append(sample);
    }
    if (history.size() > 2000) {
        history.removeFirst();
    }
    m_progressChart->addSample(sample);
}

void MainWindow::onRowsChanged()
{
    updateResultChart();
    updateRowCounts();
    if (!m_currentRowId.isEmpty()) {
        if (const Row *row = m_data.rows->rowById(m_currentRowId)) {
            m_detail->setRow(*row);
        }
    }
}

void MainWindow::updateResultChart()
{
    QHash<QString, int> counts;
    const int n = m_data.rows->rowCount();
    for (int i = 0; i < n; ++i) {
        const QString wire = m_data.rows->resultWire(i);
        counts[wire.isEmpty() ? QStringLiteral("none") : wire] += 1;
    }
    m_resultChart->setCounts(counts);
}

void MainWindow::onCurrentRowChanged(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid()) {
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    if (!source.isValid()) {
        return;
    }
    const Row &row = m_data.rows->rowAt(source.row());
    m_currentRowId = row.id;
    m_detail->setRow(row);
}

void MainWindow::onFilterChanged()
{
    RowsFilterState state = m_filterBar->state();
    m_proxy->setResultFilter(state.result);
    m_proxy->setCallStatusFilter(state.callStatuses);
    m_proxy->setDialErrorFilter(state.dialError);
    m_proxy->setTextFilter(state.text);
    if (!m_campaignId.isEmpty()) {
        m_settings.setFilters(m_campaignId, state);
    }
    updateRowCounts();
}

void MainWindow::updateRowCounts()
{
    m_filterBar->setRowCounts(m_proxy->rowCount(), m_data.rows->rowCount());
    updateEmptyState();
}

void MainWindow::updateEmptyState()
{
    m_emptyActionRetries = false;
    if (m_data.rows->rowCount() == 0) {
        const CampaignWatcher *w = m_data.rowsWatcher;
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

QString MainWindow::updatedText() const
{
    return m_updated->text();
}

void MainWindow::updateStatus()
{
    QDateTime last = m_campaignId.isEmpty() ? m_data.campaignsWatcher->lastSuccessAt()
                                            : m_data.rowsWatcher->lastSuccessAt();
    const QDateTime saved = m_campaignId.isEmpty()
                                ? (m_data.cache ? m_data.cache->campaignsRestoredAt() : QDateTime())
                                : m_data.rowsWatcher->restoredAt();
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
    if (!m_campaignId.isEmpty()) {
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
    ApiError error;
    QDateTime lastGood;
    QDateTime saved; // the cached copy shown, when nothing was loaded since
    QDateTime failingSince;
    if (!m_campaignId.isEmpty() && m_data.rowsWatcher->state() == SyncState::Retrying) {
        error = m_data.rowsWatcher->lastError();
        lastGood = m_data.rowsWatcher->lastSuccessAt();
        saved = m_data.rowsWatcher->restoredAt();
        failingSince = m_data.rowsWatcher->failingSince();
    } else if (m_data.campaignsWatcher->state() == SyncState::Retrying) {
        error = m_data.campaignsWatcher->lastError();
        lastGood = m_data.campaignsWatcher->lastSuccessAt();
        saved = m_data.cache ? m_data.cache->campaignsRestoredAt() : QDateTime();
    }
    QString key;
    if (error.isError()) {
        const QDateTime nowUtc = QDateTime::currentDateTimeUtc();
        QString age;
        if (lastGood.isValid())
            age = tr("The data shown was loaded %1.").arg(HumanText::age(lastGood.secsTo(nowUtc)));
        else if (saved.isValid())
            age =
                tr("Offline since %1: showing the copy saved on this computer %2.")
                    .arg(QLocale().toString(
                             (failingSince.isValid() ? failingSince : nowUtc).toLocalTime().time(),
                             QLocale::ShortFormat),
                         HumanText::age(saved.secsTo(nowUtc)));
        else
            age = tr("No data could be loaded yet.");
        if (error.kind == ApiErrorKind::Authentication || error.kind == ApiErrorKind::Permission) {
            key = QStringLiteral("auth");
            m_banner->setProperty("bannerAction", QStringLiteral("settings"));
            if (m_dismissedBanner != key) {
                m_banner->showMessage(StatusBanner::Kind::Error,
                                      tr("The Revox API refused the API key (%1). %2 Check the key "
                                         "in Settings.")
                                          .arg(error.message, age),
                                      tr("Open settings"));
            }
        } else {
            key = QStringLiteral("unreachable");
            m_banner->setProperty("bannerAction", QStringLiteral("retry"));
            const bool noConnection =
                error.kind == ApiErrorKind::Network || error.kind == ApiErrorKind::Timeout;
            const QString what = noConnection ? tr("Cannot reach the Revox API.")
                                              : tr("The Revox API is not answering properly.");
            if (m_dismissedBanner != key) {
                m_banner->showMessage(
                    StatusBanner::Kind::Warning,
                    tr("%1 %2 Retrying automatically. (%3)").arg(what, age, error.message),
                    tr("Retry now"));
            }
        }
    } else if (!m_campaignId.isEmpty() && !m_data.rowsWatcher->problems().isEmpty()) {
        // The server's data had values of the wrong type (or the like): what parsed is
        // shown, and the user is told once, with the details one click away.
        const ParseProblemLog &problems = m_data.rowsWatcher->problems();
        key = QStringLiteral("problems:%1").arg(problems.distinctCount());
        m_banner->setProperty("bannerAction", QStringLiteral("problems"));
        if (m_dismissedBanner != key) {
            m_banner->showMessage(
                StatusBanner::Kind::Warning,
                tr("Some values in the server's answers could not be read (%n kind(s) of problem). "
                   "They are shown as empty until they are read again; everything else is shown.",
                   nullptr, int(problems.distinctCount())),
                tr("Details…"));
        }
    } else if (m_demo) {
        key = QStringLiteral("demo");
        m_banner->setProperty("bannerAction", QStringLiteral("settings"));
        if (m_dismissedBanner != key) {
            m_banner->showMessage(
                StatusBanner::Kind::Info,
                tr("You are looking at demo data from the built-in simulator, "
                   "not a Revox account. Add your API key in Settings to see your "
                   "campaigns."),
                tr("Add API key…"));
        }
    } else {
        m_banner->hide();
    }
    if (key != m_dismissedBanner && key != QLatin1String("demo")) {
        m_dismissedBanner.clear(); // a new problem shows again after an earlier dismissal
    }
    m_banner->setProperty("bannerKey", key);
}

void MainWindow::refreshNow()
{
    m_dismissedBanner.clear();
    m_data.campaignsWatcher->refreshNow();
    if (!m_campaignId.isEmpty()) {
        m_data.rowsWatcher->refreshNow();
    }
}

void MainWindow::exportFilteredRows()
{
    if (m_campaignId.isEmpty() || m_proxy->rowCount() == 0) {
        statusBar()->showMessage(tr("There are no rows to export."), 4000);
        return;
    }
    QString name;
    if (const Campaign *c = m_data.campaigns->campaignById(m_campaignId)) {
        name = c->name;
    }
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    if (name.isEmpty()) {
        name = QStringLiteral("campaign");
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export filtered rows"), dir + QLatin1Char('/') + name + QStringLiteral(".csv"),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        exportFilteredRowsTo(path);
    }
}

void MainWindow::exportFilteredRowsTo(const QString &path)
{
    QList<Row> rows;
    rows.reserve(m_proxy->rowCount());
    for (int i = 0; i < m_proxy->rowCount(); ++i) {
        rows << m_data.rows->rowAt(m_proxy->mapToSource(m_proxy->index(i, 0)).row());
    }
    RowsExportJob *job = RowsExportJob::runWithDialog(this, std::move(rows), path);
    connect(job, &RowsExportJob::finished, this, [this](const RowsExportJob::Outcome &outcome) {
        statusBar()->showMessage(outcome.message, 8000);
    });
}

void MainWindow::tryRestoreHeader()
{
    if (m_headerRestored || m_campaignId.isEmpty()) {
        return;
    }
    const QByteArray saved = m_settings.rowHeaderState(m_campaignId);
    QHeaderView *header = m_table->horizontalHeader();
    if (saved.isEmpty()) {
        if (m_data.rowsWatcher->isFirstLoadDone() && m_data.rows->rowCount() > 0) {
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

void MainWindow::saveCampaignViewState()
{
    if (m_campaignId.isEmpty()) {
        return;
    }
    if (m_headerRestored) {
        m_settings.setRowHeaderState(m_campaignId, m_table->horizontalHeader()->saveState());
    }
    m_settings.setFilters(m_campaignId, m_filterBar->state());
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings.windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(1360, 860);
    }
    restoreState(m_settings.windowState());
    for (QSplitter *s : {m_mainSplitter, m_pageSplitter}) {
        const QByteArray state = m_settings.splitterState(s->objectName());
        if (!state.isEmpty()) {
            s->restoreState(state);
        }
    }
    const QString last = m_settings.lastCampaign();
    if (!last.isEmpty() && m_campaignId.isEmpty() && m_pendingCampaignId.isEmpty()) {
        selectCampaign(last);
    }
}

void MainWindow::saveWindowState()
{
    m_settings.setWindowGeometry(saveGeometry(), saveState());
    for (QSplitter *s : {m_mainSplitter, m_pageSplitter}) {
        m_settings.setSplitterState(s->objectName(), s->saveState());
    }
    saveCampaignViewState();
    if (!m_campaignId.isEmpty()) {
        m_settings.setLastCampaign(m_campaignId);
    }
    m_settings.sync();
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
    m_detail->attemptsModel()->setStatusPalette(palette);
}

} // namespace revox
