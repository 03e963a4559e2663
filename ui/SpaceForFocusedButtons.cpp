#include "SpaceForFocusedButtons.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>

namespace revox {

void SpaceForFocusedButtons::install()
{
    static SpaceForFocusedButtons *filter = nullptr;
    if (!filter && qApp) {
        filter = new SpaceForFocusedButtons(qApp);
        qApp->installEventFilter(filter);
    }
}

bool SpaceForFocusedButtons::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier &&
        (qobject_cast<QAbstractButton *>(watched) || qobject_cast<QComboBox *>(watched))) {
        event->accept(); // the widget gets Space as a key press; no shortcut fires
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace revox
