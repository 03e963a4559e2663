#pragma once

#include <QChartView>

namespace revox {

// A chart view that asks for no more room than its minimum: a scroll area sizes its
// content by height for width, from the size hints.
class CompactChartView : public QChartView
{
public:
    using QChartView::QChartView;
    QSize sizeHint() const override { return minimumSize(); }
};

} // namespace revox
