#pragma once

#include <QFont>
#include <QPalette>

class QChart;
class QWidget;

namespace revox {

// The look every dashboard chart shares: background, title and legend text from the palette.
class ChartStyle
{
public:
    static void applyPalette(QChart *chart, const QPalette &palette, const QFont &font);
    // Lets view take the keyboard focus (a screen reader then reads its description) and
    // shows that focus as a ring in the highlight colour.
    static void makeFocusable(QWidget *view);
};

} // namespace revox
