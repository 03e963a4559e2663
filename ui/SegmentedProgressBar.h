#pragma once

#include "Campaign.h"

#include <QWidget>

namespace revox {

// A horizontal bar split into completed / failed / calling / retry / pending segments.
class SegmentedProgressBar : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentedProgressBar(QWidget *parent = nullptr);

    void setStats(const RowStats &stats);
    const RowStats &stats() const { return m_stats; }
    // Every segment's count in words ("Completed: 120, Failed: 4, ..., Total: 300").
    QString summary() const;
    // Draws the bar only, without the legend (for compact places).
    void setCompact(bool compact);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Segment
    {
        QString label;
        qint64 count;
        QColor color;
    };
    QList<Segment> segments() const;

    RowStats m_stats;
    bool m_compact = false;
};

} // namespace revox
