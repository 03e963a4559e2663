#pragma once

#include <QObject>

namespace revox {

// Space plays the recording from anywhere in the window (a window shortcut), but a focused
// button, check box or combo box takes Space first, as the keyboard user expects: this
// application filter accepts the shortcut override for them.
class SpaceForFocusedButtons : public QObject
{
    Q_OBJECT
public:
    // Installs the filter on the application once (later calls do nothing).
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace revox
