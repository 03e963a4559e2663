#include "CallDetailPane.h"

#include "BadgeDelegate.h"
#include "BadgeLabel.h"
#include "CallAttemptsDisplayModel.h"
#include "CallAttemptsModel.h"
#include "HumanText.h"
#include "JsonText.h"
#include "KeyValueTable.h"
#include "PlainToolTips.h"
#include "RecordingPlayer.h"
#include "TranscriptView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace revox {

CallDetailPane::CallDetailPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("callDetail"));
    auto *outer = new QStackedLayout(this);

    m_placeholder =
        new QLabel(tr("Select a row to see its calls, transcript and recording."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(m_placeholder);

    m_body = new QWidget(this);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(6);

    auto *titleRow = new QHBoxLayout;
    m_title = new QLabel(m_body);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    bold.setWeight(QFont::DemiBold);
    m_title->setFont(bold);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status = new BadgeLabel(m_body);
    m_status->setAccessibleDescription(tr("Call status"));
    m_prev = new QToolButton(m_body);
    m_prev->setArrowType(Qt::UpArrow);
    m_prev->setToolTip(tr("Previous row (Alt+Up)"));
    m_prev->setAccessibleName(tr("Previous row"));
    m_next = new QToolButton(m_body);
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next row (Alt+Down)"));
    m_next->setAccessibleName(tr("Next row"));
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_status);
    titleRow->addSpacing(8);
    titleRow->addWidget(m_prev);
    titleRow->addWidget(m_next);
    layout->addLayout(titleRow);

    m_subtitle = new QLabel(m_body);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_subtitle);

    auto *split = new QSplitter(Qt::Vertical, m_body);
    split->setObjectName(QStringLiteral("detailSplitter"));
    split->setChildrenCollapsible(false);

    auto *attemptsBox = new QWidget(split);
    auto *attemptsLayout = new QVBoxLayout(attemptsBox);
    attemptsLayout->setContentsMargins(0, 0, 0, 0);
    attemptsLayout->setSpacing(4);
    auto *attemptsTitle = new QLabel(tr("Call attempts (most recent first)"), attemptsBox);
    attemptsTitle->setFont(bold);
    attemptsLayout->addWidget(attemptsTitle);
    m_attempts = new CallAttemptsModel(this);
    m_attemptsView = new QTableView(attemptsBox);
    m_attemptsView->setObjectName(QStringLiteral("attemptsView"));
    m_attemptsView->setAccessibleName(tr("Call attempts"));
    m_attemptsView->setTabKeyNavigation(false);
    // Started, status, result and duration fit a narrow pane; the rest is in each tooltip.
    auto *shownAttempts = new CallAttemptsDisplayModel(m_attempts);
    shownAttempts->setSourceModel(m_attempts);
    m_attemptsView->setModel(shownAttempts);
    m_attemptsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attemptsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attemptsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attemptsView->verticalHeader()->hide();
    m_attemptsView->setShowGrid(false);
    m_attemptsView->setWordWrap(false);
    m_attemptsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_attemptsView->setTextElideMode(Qt::ElideRight);
    m_attemptsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *columns = m_attemptsView->horizontalHeader();
    columns->setStretchLastSection(true);
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setMaximumSectionSize(160);
    columns->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 12);
    m_attemptsView->setMinimumHeight(fontMetrics().height() * 3 + 24);
    m_attemptsView->setMaximumHeight(fontMetrics().height() * 8 + 40);
    for (const int hidden : {CallAttemptsModel::DialError, CallAttemptsModel::EndedBy,
                             CallAttemptsModel::EndReason, CallAttemptsModel::Phone}) {
        m_attemptsView->setColumnHidden(hidden, true);
    }
    PlainToolTips::install(m_attemptsView);
    auto *badges = new BadgeDelegate(m_attemptsView);
    m_attemptsView->setItemDelegateForColumn(CallAttemptsModel::Status, badges);
    m_attemptsView->setItemDelegateForColumn(CallAttemptsModel::Result, badges);
    attemptsLayout->addWidget(m_attemptsView);
    m_player = new RecordingPlayer(attemptsBox);
    attemptsLayout->addWidget(m_player);
    split->addWidget(attemptsBox);

    m_tabs = new QTabWidget(split);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Call details"));
    m_transcript = new TranscriptView(m_tabs);
    m_tabs->addTab(m_transcript, tr("Transcript"));
    m_output = new KeyValueTable(tr("No structured output for this attempt."), m_tabs);
    m_tabs->addTab(m_output, tr("Structured output"));
    m_output->setAccessibleName(tr("Structured output"));
    auto *data = new QWidget(m_tabs);
    auto *dataLayout = new QVBoxLayout(data);
    dataLayout->setContentsMargins(0, 4, 0, 0);
    auto *inputTitle = new QLabel(tr("Input data"), data);
    inputTitle->setFont(bold);
    m_input = new KeyValueTable(tr("No input data."), data);
    m_input->setAccessibleName(tr("Input data"));
    auto *metaTitle = new QLabel(tr("Metadata"), data);
    metaTitle->setFont(bold);
    m_metadata = new KeyValueTable(tr("No metadata."), data);
    m_metadata->setAccessibleName(tr("Metadata"));
    dataLayout->addWidget(inputTitle);
    dataLayout->addWidget(m_input, 2);
    dataLayout->addWidget(metaTitle);
    dataLayout->addWidget(m_metadata, 1);
    m_tabs->addTab(data, tr("Input && metadata"));
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({fontMetrics().height() * 9, fontMetrics().height() * 40});
    layout->addWidget(split, 1);
    outer->addWidget(m_body);

    m_player->installShortcuts(this);
    auto *findShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this);
    findShortcut->setContext(Qt::WindowShortcut);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentWidget(m_transcript);
        m_transcript->focusFind();
    });

    connect(m_prev, &QToolButton::clicked, this, &CallDetailPane::previousRowRequested);
    connect(m_next, &QToolButton::clicked, this, &CallDetailPane::nextRowRequested);
    connect(m_attemptsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    showAttempt(current.row());
                }
            });
    setRow(std::nullopt);
}

void CallDetailPane::setRow(const std::optional<Row> &row)
{
    auto *stack = static_cast<QStackedLayout *>(layout());
    if (!row) {
        m_row.reset();
        m_attemptId.clear();
        m_attempts->setCall(std::nullopt);
        m_transcript->clear();
        m_player->setRecordingUrl(QUrl());
        stack->setCurrentWidget(m_placeholder);
        return;
    }
    const bool sameRow = m_row && m_row->id == row->id;
    if (sameRow && *m_row == *row) {
        return;
    }
    m_row = row;
    if (!sameRow) {
        m_attemptId.clear();
    }
    stack->setCurrentWidget(m_body);

    m_title->setText(tr("Row %1 · %2").arg(row->rowIndex + 1).arg(row->phoneNumber));
    const Call *call = row->call ? &*row->call : nullptr;
    if (call) {
        m_status->setStatus(call->status.text);
    } else {
        m_status->setBadge(tr("not called"));
    }
    m_status->setToolTip(call ? PlainToolTips::escaped(call->status.text) : QString());
    QStringList facts;
    if (call) {
        facts << tr("Call %1").arg(call->id);
        facts << tr("%n attempt(s)", nullptr, int(call->callAttempts.size()));
        if (call->nextCallAt.isValid()) {
            facts << tr("next try %1").arg(HumanText::dateTime(call->nextCallAt));
        } else if (call->scheduledAt.isValid()) {
            facts << tr("scheduled %1").arg(HumanText::dateTime(call->scheduledAt));
        }
        if (!call->outcome.isEmpty()) {
            facts << tr("outcome: %1").arg(call->outcome);
        }
    } else {
        facts << tr("This row has not been called yet.");
    }
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));

    m_input->setPairs(row->inputData);
    m_metadata->setPairs(call && call->metadata ? *call->metadata
                                                : QList<std::pair<QString, QString>>{});

    m_attempts->setCall(row->call);
    if (m_attempts->rowCount() == 0) {
        m_attemptId.clear();
        m_transcript->setTranscript(std::nullopt);
        m_player->setRecordingUrl(QUrl());
        m_output->setPairs({});
        return;
    }
    int attemptRow = m_attemptId.isEmpty() ? -1 : m_attempts->rowOfId(m_attemptId);
    if (attemptRow < 0) {
        attemptRow = 0;
    }
    selectAttempt(attemptRow);
    showAttempt(attemptRow); // refresh content even when the selection did not move
}

int CallDetailPane::selectedAttempt() const
{
    const QModelIndex i = m_attemptsView->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void CallDetailPane::selectAttempt(int row)
{
    if (row < 0 || row >= m_attempts->rowCount()) {
        return;
    }
    m_attemptsView->setCurrentIndex(m_attemptsView->model()->index(row, 0));
}

void CallDetailPane::showAttempt(int row)
{
    if (row < 0 || row >= m_attempts->rowCount()) {
        return;
    }
    const CallAttempt &a = m_attempts->attemptAt(row);
    m_attemptId = a.id;
    m_transcript->setTranscript(a.transcript);
    m_player->setRecordingUrl(a.recordingUrl.isEmpty() ? QUrl() : QUrl(a.recordingUrl));
    QList<std::pair<QString, QString>> output;
    for (auto it = a.structuredOutput.constBegin(); it != a.structuredOutput.constEnd(); ++it) {
        // A null output value reads "null", not an empty cell.
        output.append({it.key(), it.value().isNull() ? QStringLiteral("null")
                                                     : JsonText::compact(it.value())});
    }
    m_output->setPairs(output);
}

} // namespace revox
