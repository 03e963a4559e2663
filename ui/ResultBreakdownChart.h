#pragma once

#include <QChartView>
#include <QHash>

class QPieSeries;

namespace revox {

// A donut of where the campaign's rows stand: not called yet, in progress, answered (by
// result), not reached, skipped. Every row is in one slice.
class ResultBreakdownChart : public QChartView
{
    Q_OBJECT
public:
    explicit ResultBreakdownChart(QWidget *parent = nullptr);

    // Counts keyed by outcome detail key (outcomeDetailKey(): an outcome key, or for
    // answered rows their result wire value).
    void setCounts(const QHash<QString, int> &counts);
    // "Human 13, voicemail 10, … of 120 rows", and the figures (key, label, count, share).
    QString summary() const { return m_summary; }
    QList<QStringList> data() const { return m_data; }
    QHash<QString, int> counts() const { return m_counts; }

signals:
    void countsShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyPalette();

    QPieSeries *m_series;
    QHash<QString, int> m_counts;
    QString m_summary;
    QList<QStringList> m_data;
};

} // namespace revox
