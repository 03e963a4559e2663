#pragma once

#include <QString>

class QWidget;

namespace revox {

// The window's colour scheme: follow the system, or force a light, dark or high-contrast
// (white on black, yellow selection) Fusion palette.
class Theme
{
public:
    enum class Choice { System, Light, Dark, HighContrast };

    static Choice fromString(const QString &text); // "system", "light", "dark", "contrast"
    static QString toString(Choice choice);
    // Applies the choice to the running application (style and palette).
    static void apply(Choice choice);
    // True when the application's current window colour is dark.
    static bool isDark();
    // Sets widget's text in the demi-bold weight titles use.
    static void setDemiBold(QWidget *widget);
};

} // namespace revox
