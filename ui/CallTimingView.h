#pragma once

#include "CallTiming.h"

#include <QList>
#include <QString>
#include <QWidget>

class QAbstractAxis;
class QAbstractBarSeries;
class QBarSet;
class QChartView;
class QGridLayout;
class QValueAxis;

namespace revox {

class ChartCard;

// When calls work, in four small charts: answer and person rates by hour of day and by
// weekday, the attempts it took to reach a person, and how long answered calls lasted. It
// shows CallTiming's figures and CallTimingFindings' sentences.
class CallTimingView : public QWidget
{
    Q_OBJECT
public:
    explicit CallTimingView(QWidget *parent = nullptr);

    // zoneName: IANA id the hours are in; zoneFromConfig false means it is the user's own
    // zone standing in (say so).
    void setTiming(const CallTiming &timing, const QString &zoneName, bool zoneFromConfig);
    // Hour of day, weekday, attempts to reach, duration.
    QList<ChartCard *> cards() const;

    // Narrower than this, the charts stand in one column.
    static constexpr int kTwoColumnWidth = 760;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // One chart of the view and what it is built from.
    struct Chart
    {
        QChartView *view = nullptr;
        QAbstractBarSeries *series = nullptr;
        QList<QBarSet *> sets;
        QAbstractAxis *x = nullptr;
        QValueAxis *y = nullptr;
        ChartCard *card = nullptr;
    };

    Chart makeChart(QAbstractBarSeries *series, QAbstractAxis *x, const QString &title,
                    const QString &objectName);
    void rebuild();
    // The bars of the hour or weekday chart: a person, answered but not a person, and
    // answered where the attempts are too few to judge.
    void fillRateBars(const Chart &chart, const QList<CallTiming::Bucket> &buckets);
    // One line of a rate chart's data: label, attempts, answered, a person, and the shares.
    static QStringList rateRow(const QString &label, const CallTiming::Bucket &bucket);
    // A rate chart (hours or weekdays, a label each): its bars, summary, data and empty state.
    void fillRates(const Chart &chart, const QList<CallTiming::Bucket> &buckets,
                   const QStringList &labels, const QString &unit, const QStringList &sentences,
                   int dated);
    void fillAttempts();
    void fillDurations();
    void applyPalette();
    void applyPalette(const Chart &chart);
    void showToolTip(const Chart &chart, bool status, int index);
    // "< 30 s", "30 s – 1 min", ... as the copied data and tooltips name them.
    QStringList durationNames() const;
    // Two columns when there is room for them, else one.
    void arrange();
    QString bucketToolTip(const CallTiming::Bucket &bucket, const QString &when) const;

    CallTiming m_timing;
    QString m_zoneName;
    bool m_zoneFromConfig = true;
    Chart m_hours;
    Chart m_weekdays;
    Chart m_attempts;
    Chart m_durations;
    QGridLayout *m_grid = nullptr;
    int m_columns = 0;
};

} // namespace revox
