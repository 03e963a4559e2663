#pragma once

#include "Row.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace revox {

class BadgeLabel;
class CallAttemptsModel;
class KeyValueTable;
class RecordingPlayer;
class TranscriptView;

// The selected row in depth: its attempts (most recent first), the chosen attempt's
// transcript and recording, structured output, input data and metadata.
class CallDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit CallDetailPane(QWidget *parent = nullptr);

    // Shows a row (nullopt: nothing selected). Calling it again with the same row id after
    // a refresh keeps the selected attempt, the transcript's scroll and the player.
    void setRow(const std::optional<Row> &row);
    QString rowId() const { return m_row ? m_row->id : QString(); }

    CallAttemptsModel *attemptsModel() const { return m_attempts; }
    QTableView *attemptsView() const { return m_attemptsView; }
    TranscriptView *transcriptView() const { return m_transcript; }
    RecordingPlayer *player() const { return m_player; }
    KeyValueTable *structuredOutputTable() const { return m_output; }
    KeyValueTable *inputDataTable() const { return m_input; }
    // Index into the attempts (0 = most recent); -1 when none.
    int selectedAttempt() const;
    void selectAttempt(int row);

signals:
    void previousRowRequested();
    void nextRowRequested();

private:
    void showAttempt(int row);

    std::optional<Row> m_row;
    QString m_attemptId; // the attempt shown
    QLabel *m_title;
    BadgeLabel *m_status;
    QLabel *m_subtitle;
    QToolButton *m_prev;
    QToolButton *m_next;
    QWidget *m_body;
    QLabel *m_placeholder;
    CallAttemptsModel *m_attempts;
    QTableView *m_attemptsView;
    RecordingPlayer *m_player;
    QTabWidget *m_tabs;
    TranscriptView *m_transcript;
    KeyValueTable *m_output;
    KeyValueTable *m_input;
    KeyValueTable *m_metadata;
};

} // namespace revox
