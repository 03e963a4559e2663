#pragma once

#include <QFont>
#include <QPalette>

class QChart;

namespace revox {

// The look every dashboard chart shares: background, title and legend text from the palette.
class ChartStyle
{
public:
    static void applyPalette(QChart *chart, const QPalette &palette, const QFont &font);
};

} // namespace revox
