#pragma once

#include "Campaign.h"

#include <QChartView>
#include <QDateTime>
#include <QList>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace revox {

// Completed, failed and in-progress rows over time (saved sessions' and this one's), one
// point per refresh.
class ProgressHistoryChart : public QChartView
{
    Q_OBJECT
public:
    struct Sample
    {
        QDateTime at;
        RowStats stats;
    };

    explicit ProgressHistoryChart(QWidget *parent = nullptr);

    // Replaces the history (switching campaigns).
    void setHistory(const QList<Sample> &samples);
    void addSample(const Sample &sample);
    int sampleCount() const { return int(m_samples.size()); }
    // The latest figures in words, and every sample (time, completed, failed, in progress,
    // waiting to retry, not called yet, total).
    QString summary() const { return m_summary; }
    QList<QStringList> data() const;
    static QStringList dataHeader();

signals:
    void historyShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void describe(); // the accessible description: the latest figures in words
    void rebuild();
    void applyPalette();
    // The row axis' range and labels for the largest count and the plot's height.
    void fitRowTicks();

    QList<Sample> m_samples;
    QString m_summary;
    QLineSeries *m_completed;
    QLineSeries *m_failed;
    QLineSeries *m_calling;
    QDateTimeAxis *m_time;
    QValueAxis *m_rows;
    qint64 m_maxValue = 1; // the largest count of the samples
};

} // namespace revox
