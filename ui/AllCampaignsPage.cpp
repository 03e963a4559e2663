#include "AllCampaignsPage.h"

#include "BackgroundFigures.h"
#include "BadgeDelegate.h"
#include "CampaignStore.h"
#include "CampaignsOverviewModel.h"
#include "CsvWriter.h"
#include "ModelRoles.h"
#include "PlainToolTips.h"
#include "RawValueSortProxy.h"
#include "WrappingHeaderView.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace revox {

AllCampaignsPage::AllCampaignsPage(CampaignsOverviewModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("allCampaignsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("All campaigns"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    top->addWidget(title);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("allCampaignsCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    top->addSpacing(8);
    top->addWidget(m_count, 0, Qt::AlignBaseline);
    top->addStretch(1);
    m_export = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton),
                               tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportAllCampaigns"));
    m_export->setToolTip(tr("Save this table, in its current order, as a CSV file"));
    connect(m_export, &QPushButton::clicked, this, &AllCampaignsPage::exportCsv);
    top->addWidget(m_export);
    layout->addLayout(top);

    m_proxy = new RawValueSortProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RawValueRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("allCampaignsTable"));
    m_table->setHorizontalHeader(new WrappingHeaderView(m_table));
    m_table->setAccessibleName(tr("All campaigns"));
    m_table->setAccessibleDescription(
        tr("One row per campaign. Press Enter to open the campaign of the current row."));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CampaignsOverviewModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // Long names and the server's funnel figures wrap onto more lines rather than being cut.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setItemDelegateForColumn(CampaignsOverviewModel::Status, new BadgeDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    m_table->viewport()->installEventFilter(this);
    PlainToolTips::install(m_table);
    layout->addWidget(m_table, 1);

    m_waiting = new QLabel(this);
    m_waiting->setObjectName(QStringLiteral("allCampaignsWaiting"));
    m_waiting->setWordWrap(true);
    m_waiting->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_waiting);

    auto *background = new QHBoxLayout;
    m_background = new QLabel(this);
    m_background->setObjectName(QStringLiteral("allCampaignsBackground"));
    m_background->setWordWrap(true);
    m_background->setForegroundRole(QPalette::PlaceholderText);
    background->addWidget(m_background, 1);
    m_backgroundButton = new QPushButton(this);
    m_backgroundButton->setObjectName(QStringLiteral("allCampaignsBackgroundButton"));
    background->addWidget(m_backgroundButton, 0, Qt::AlignTop);
    layout->addLayout(background);
    connect(m_backgroundButton, &QPushButton::clicked, this, [this] {
        if (!m_figures)
            return;
        if (m_figures->state() == BackgroundFigures::State::Stopped)
            m_figures->start();
        else
            m_figures->stop();
    });

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(RowIdRole).toString();
        if (!id.isEmpty())
            emit campaignRequested(id);
    });
    // The columns follow what they show, once the change is laid out.
    // The columns follow what they show, once a burst of changes is laid out.
    m_fitLater = new QTimer(this);
    m_fitLater->setSingleShot(true);
    m_fitLater->setInterval(0);
    connect(m_fitLater, &QTimer::timeout, this, &AllCampaignsPage::fitColumns);
    const auto refit = [this] {
        m_fitLater->start();
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, refit);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, refit);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, refit);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, refit);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, refit);
    connect(m_model, &CampaignsOverviewModel::summariesChanged, this,
            &AllCampaignsPage::updateCounts);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AllCampaignsPage::updateCounts);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AllCampaignsPage::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AllCampaignsPage::updateCounts);
    updateCounts();
    updateBackground();
}

void AllCampaignsPage::setBackgroundFigures(BackgroundFigures *figures)
{
    if (m_figures)
        disconnect(m_figures, nullptr, this, nullptr);
    m_figures = figures;
    if (m_figures)
        connect(m_figures, &BackgroundFigures::progressChanged, this,
                &AllCampaignsPage::updateBackground);
    updateBackground();
}

QString AllCampaignsPage::backgroundText() const
{
    return m_background->isHidden() ? QString() : m_background->text();
}

void AllCampaignsPage::updateBackground()
{
    const bool shown = m_figures && (m_figures->budgetBytes() > 0 || m_figures->bytesUsed() > 0);
    m_background->setVisible(shown);
    m_backgroundButton->setVisible(shown);
    if (!shown)
        return;
    const QLocale locale;
    const auto size = [&locale](qint64 bytes) {
        return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    };
    const QString used = tr("%1 of %2 downloaded", "bytes used of the budget")
                             .arg(size(m_figures->bytesUsed()), size(m_figures->budgetBytes()));
    QString text;
    bool canGoOn = true;
    switch (m_figures->state()) {
    case BackgroundFigures::State::Idle:
        text = tr("Figures of campaigns not opened here are worked out in the background "
                  "(%1).")
                   .arg(used);
        break;
    case BackgroundFigures::State::Working: {
        const Campaign *c = m_model->campaignStore()->campaignById(m_figures->currentCampaignId());
        const QString name = c ? (c->name.isEmpty() ? c->id : c->name) : QString();
        text = tr("Working out the figures of %1 in the background: %Ln row(s) so far, %2.",
                  nullptr, int(m_figures->currentRows()))
                   .arg(name, used);
        break;
    }
    case BackgroundFigures::State::Stopped:
        text = tr("Background downloads stopped: %1.").arg(used);
        break;
    case BackgroundFigures::State::BudgetSpent:
        text = tr("Background downloads stopped at their budget: %1. A larger budget in "
                  "Settings goes on.")
                   .arg(used);
        canGoOn = false;
        break;
    case BackgroundFigures::State::Done:
        text = tr("Background downloads done: %1.").arg(used);
        canGoOn = false;
        break;
    }
    m_background->setText(text);
    const bool stopped = m_figures->state() == BackgroundFigures::State::Stopped;
    m_backgroundButton->setText(stopped ? tr("Go on") : tr("Stop"));
    m_backgroundButton->setToolTip(stopped ? tr("Go on downloading rows in the background")
                                           : tr("Stop downloading rows in the background"));
    m_backgroundButton->setVisible(stopped || canGoOn);
}

bool AllCampaignsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

QPair<int, int> AllCampaignsPage::textWidths(int column) const
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QFontMetrics metrics(m_table->font());
    int word = 0;
    int line = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QString text = m_proxy->index(row, column).data().toString();
        line = std::max(line, metrics.horizontalAdvance(text));
        for (const QString &part : text.split(space, Qt::SkipEmptyParts))
            word = std::max(word, metrics.horizontalAdvance(part));
    }
    return {word, line};
}

void AllCampaignsPage::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int flexible[] = {CampaignsOverviewModel::Name, CampaignsOverviewModel::ServerFunnel};
    int fixed = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column) ||
            std::find(std::begin(flexible), std::end(flexible), column) != std::end(flexible))
            continue;
        m_table->resizeColumnToContents(column);
        fixed += header->sectionSize(column);
    }
    // A cell's text keeps a margin on each side; a column never goes below a readable width.
    const int margin =
        2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1);
    const int floor = 12 * m_table->fontMetrics().averageCharWidth();
    int least[2]; // the longest word
    int most[2];  // the whole text on one line
    for (int i = 0; i < 2; ++i) {
        const auto [word, line] = textWidths(flexible[i]);
        least[i] = std::max({word + margin, floor, header->sectionSizeHint(flexible[i])});
        most[i] = std::max(least[i], line + margin);
    }
    // The names come first: up to their width on one line, or half the room; the funnel
    // takes the rest, down to its least width, after which the table scrolls sideways.
    const int room = m_table->viewport()->width() - fixed;
    int width[2];
    width[0] =
        std::clamp(std::min(most[0], room / 2), least[0], std::max(least[0], room - least[1]));
    width[1] = std::max(least[1], room - width[0]);
    for (int i = 0; i < 2; ++i)
        if (!header->isSectionHidden(flexible[i]))
            header->resizeSection(flexible[i], width[i]);
}

QString AllCampaignsPage::waitingNoteText() const
{
    return m_waiting->isHidden() ? QString() : m_waiting->text();
}

void AllCampaignsPage::focusTable()
{
    m_table->setFocus(Qt::OtherFocusReason);
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
}

void AllCampaignsPage::updateCounts()
{
    const int campaigns = m_model->rowCount();
    m_count->setText(tr("%n campaign(s)", nullptr, campaigns));
    m_export->setEnabled(campaigns > 0);
    const int waiting = m_model->campaignsWithoutSummary();
    m_waiting->setText(tr("%n campaign(s) not opened on this computer yet: the answer, human "
                          "and success rates, the median call and the last call show once each "
                          "one's rows have been downloaded in the background or it has been "
                          "opened.",
                          nullptr, waiting));
    m_waiting->setVisible(waiting > 0);
}

void AllCampaignsPage::exportCsv()
{
    if (m_proxy->rowCount() == 0) {
        emit statusMessage(tr("There are no campaigns to export."), 4000);
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(window(), tr("Export all campaigns"),
                                                      dir + QStringLiteral("/campaigns.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

bool AllCampaignsPage::exportCsvTo(const QString &path)
{
    QByteArray out;
    CsvWriter::appendRecord(out, m_model->exportHeader());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        CsvWriter::appendRecord(
            out, m_model->exportCells(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    QSaveFile file(path);
    const bool ok =
        file.open(QIODevice::WriteOnly) && file.write(out) == out.size() && file.commit();
    const QString shown = QDir::toNativeSeparators(path);
    if (ok) {
        emit statusMessage(
            tr("Exported %n campaign(s) to %1.", nullptr, m_proxy->rowCount()).arg(shown), 8000);
    } else {
        emit statusMessage(
            tr("Could not export the campaigns to %1: %2").arg(shown, file.errorString()), 15000);
    }
    return ok;
}

} // namespace revox
