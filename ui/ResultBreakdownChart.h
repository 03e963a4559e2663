#pragma once

#include <QChartView>
#include <QHash>

class QPieSeries;

namespace revox {

// A donut of the campaign's rows by call result (human, voicemail, IVR, ... no answer).
class ResultBreakdownChart : public QChartView
{
    Q_OBJECT
public:
    explicit ResultBreakdownChart(QWidget *parent = nullptr);

    // Counts keyed by result wire value; "none" for rows without an answered attempt.
    void setCounts(const QHash<QString, int> &counts);
    QHash<QString, int> counts() const { return m_counts; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyPalette();

    QPieSeries *m_series;
    QHash<QString, int> m_counts;
};

} // namespace revox
