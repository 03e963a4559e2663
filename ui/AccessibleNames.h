#pragma once

#include <QObject>

class QWidget;

namespace revox {

// Names the controls Qt creates inside its own widgets, which screen readers otherwise
// announce without a name: a line edit's clear and icon buttons, a combo box's list, a
// toolbar's extension button, a tab widget's tab bar, scroll bars. Watches every widget as it is
// polished.
class AccessibleNames : public QObject
{
    Q_OBJECT
public:
    // Installs the watcher on the application once, with the accessible roles of the
    // painted widgets (AccessibleWidgetRole); later calls do nothing.
    static void install();
    // Names the internal controls of widget (called for each polished widget).
    static void nameInternals(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace revox
