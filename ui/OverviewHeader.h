#pragma once

#include "Campaign.h"

#include <QWidget>

class QLabel;
class QGridLayout;

namespace revox {

class BadgeLabel;
class SegmentedProgressBar;

// The top of a campaign page: name, status, progress and the campaign's settings in words.
class OverviewHeader : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewHeader(QWidget *parent = nullptr);

    void setCampaign(const Campaign &campaign);
    void clear();
    QString statusText() const; // the status wire text ("running")
    QString progressText() const;
    // When the campaign will finish, in words (CampaignInsights works it out).
    void setEstimate(const QString &text);
    QString estimateText() const;

private:
    QLabel *addFact(QGridLayout *grid, int row, int column, const QString &label);

    QLabel *m_name;
    BadgeLabel *m_status;
    QLabel *m_progressLabel;
    SegmentedProgressBar *m_progress;
    QLabel *m_created;
    QLabel *m_updated;
    QLabel *m_scheduled;
    QLabel *m_from;
    QLabel *m_maxConcurrent;
    QLabel *m_assistant;
    QLabel *m_voice;
    QLabel *m_model;
    QLabel *m_retry;
    QLabel *m_windows;
    QLabel *m_estimate;
};

} // namespace revox
