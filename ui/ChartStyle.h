#pragma once

#include <QFont>
#include <QPalette>

class QChart;
class QScrollArea;
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
    // Fills view with a frameless scroll area whose content follows its width (charts that
    // scroll down when the tab is short); set the content with setWidget once laid out.
    static QScrollArea *addScrollArea(QWidget *view);
};

} // namespace revox
