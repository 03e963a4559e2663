#include "AllCampaignsPage.h"

#include "BadgeDelegate.h"
#include "CampaignsOverviewModel.h"
#include "CsvWriter.h"
#include "ModelRoles.h"
#include "PlainToolTips.h"
#include "RawValueSortProxy.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
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
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(CampaignsOverviewModel::Status, new BadgeDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CampaignsOverviewModel::Name, QHeaderView::Stretch);
    // The server's own funnel figures can be long: a fixed width, the whole text as a tooltip.
    header->setSectionResizeMode(CampaignsOverviewModel::ServerFunnel, QHeaderView::Interactive);
    header->resizeSection(CampaignsOverviewModel::ServerFunnel, 240);
    header->setHighlightSections(false);
    PlainToolTips::install(m_table);
    layout->addWidget(m_table, 1);

    m_waiting = new QLabel(this);
    m_waiting->setObjectName(QStringLiteral("allCampaignsWaiting"));
    m_waiting->setWordWrap(true);
    m_waiting->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_waiting);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(RowIdRole).toString();
        if (!id.isEmpty())
            emit campaignRequested(id);
    });
    connect(m_model, &CampaignsOverviewModel::summariesChanged, this,
            &AllCampaignsPage::updateCounts);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AllCampaignsPage::updateCounts);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AllCampaignsPage::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AllCampaignsPage::updateCounts);
    updateCounts();
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
                          "one has been opened.",
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
