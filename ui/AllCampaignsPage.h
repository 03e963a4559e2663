#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace revox {

class BackgroundFigures;
class CampaignsOverviewModel;
class RawValueSortProxy;

// The "All campaigns" page: every campaign side by side in a sortable table (row_stats
// figures, and the call figures worked out from each campaign's rows), a note saying
// how many campaigns wait for their figures, what is worked out in the background (with a
// way to stop it), and the table's CSV export. It never asks the server for rows itself.
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
    // Shows what figures (may be null) works out in the background, with a button to stop or
    // go on.
    void setBackgroundFigures(BackgroundFigures *figures);
    // The line about the background work; empty when there is none.
    QString backgroundText() const;
    QPushButton *backgroundButton() const { return m_backgroundButton; }

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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Sizes the columns to what they show: the figures to their values, the names and the
    // server's funnel sharing the room left, never narrower than their longest word; when
    // the window is too narrow for that, the table scrolls sideways instead of cutting.
    void fitColumns();
    // The width the longest word of a column's texts needs, and its texts on one line.
    QPair<int, int> textWidths(int column) const;
    void updateCounts();
    void updateBackground();

    CampaignsOverviewModel *m_model;
    RawValueSortProxy *m_proxy;
    QLabel *m_count;
    QPushButton *m_export;
    QTableView *m_table;
    QLabel *m_waiting;
    QLabel *m_background;
    QPushButton *m_backgroundButton;
    BackgroundFigures *m_figures = nullptr;
    QTimer *m_fitLater; // one fit for a burst of model changes
};

} // namespace revox
