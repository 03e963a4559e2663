#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace revox {

class CampaignsOverviewModel;
class RawValueSortProxy;

// The "All campaigns" page: every campaign side by side in a sortable table (row_stats
// figures, and the call figures saved when each campaign was last opened), a note saying
// how many campaigns wait to be opened once, and the table's CSV export. It never asks the
// server for rows: what it shows is already in the window or in the local cache.
class AllCampaignsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AllCampaignsPage(CampaignsOverviewModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    RawValueSortProxy *proxy() const { return m_proxy; }
    // The line under the table about campaigns not opened yet; empty when none wait.
    QString waitingNoteText() const;
    // Puts the keyboard focus in the table (on its current row, or the first).
    void focusTable();

public slots:
    // Asks where to save, then writes the table as shown.
    void exportCsv();
    // Writes the table as shown (its sort order, every column, plain values) to path;
    // statusMessage() says how it went. Returns whether the file was written.
    bool exportCsvTo(const QString &path);

signals:
    // A campaign was chosen in the table (double click, Enter).
    void campaignRequested(const QString &campaignId);
    // A short note for the status bar.
    void statusMessage(const QString &text, int timeoutMs);

private:
    void updateCounts();

    CampaignsOverviewModel *m_model;
    RawValueSortProxy *m_proxy;
    QLabel *m_count;
    QPushButton *m_export;
    QTableView *m_table;
    QLabel *m_waiting;
};

} // namespace revox
