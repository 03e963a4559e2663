#include "AccessibleNames.h"

#include "AccessibleWidgetRole.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

namespace revox {

namespace {

// What a line edit's icon button does, from its action.
QString lineEditButtonName(const QToolButton *button)
{
    const QAction *action = button->defaultAction();
    if (action && action->objectName() == QLatin1String("_q_qlineeditclearaction")) {
        return AccessibleNames::tr("Clear the text");
    }
    if (action && !action->text().isEmpty()) {
        return action->text();
    }
    return action && !action->toolTip().isEmpty() ? action->toolTip() : QString();
}

// A name for a widget that a person would say: its own name, else its tooltip.
QString spokenName(const QWidget *widget)
{
    if (!widget->accessibleName().isEmpty()) {
        return widget->accessibleName();
    }
    return widget->toolTip();
}

} // namespace

void AccessibleNames::install()
{
    static AccessibleNames *watcher = nullptr;
    if (!watcher && qApp) {
        watcher = new AccessibleNames(qApp);
        qApp->installEventFilter(watcher);
        QAccessible::installFactory(&AccessibleWidgetRole::create);
    }
}

void AccessibleNames::nameInternals(QWidget *widget)
{
    if (auto *button = qobject_cast<QToolButton *>(widget)) {
        if (!button->accessibleName().isEmpty()) {
            return;
        }
        if (qobject_cast<QLineEdit *>(button->parentWidget())) {
            button->setAccessibleName(lineEditButtonName(button));
        } else if (button->objectName() == QLatin1String("qt_toolbar_ext_button")) {
            button->setAccessibleName(tr("More tools"));
        }
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        if (combo->view() && combo->view()->accessibleName().isEmpty()) {
            const QString name = spokenName(combo);
            combo->view()->setAccessibleName(name.isEmpty() ? tr("Choices")
                                                            : tr("%1: choices").arg(name));
        }
    } else if (auto *bar = qobject_cast<QScrollBar *>(widget)) {
        if (bar->accessibleName().isEmpty()) {
            bar->setAccessibleName(bar->orientation() == Qt::Vertical
                                       ? tr("Vertical scroll bar")
                                       : tr("Horizontal scroll bar"));
        }
    } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
        if (tabs->accessibleName().isEmpty()) {
            const auto *owner = qobject_cast<QTabWidget *>(tabs->parentWidget());
            const QString name = owner ? spokenName(owner) : QString();
            tabs->setAccessibleName(name.isEmpty() ? tr("Tabs") : name);
        }
    }
}

bool AccessibleNames::eventFilter(QObject *watched, QEvent *event)
{
    // Polished when created (a line edit's button, before its action has a tooltip) and
    // shown later: both are looked at.
    if ((event->type() == QEvent::Polish || event->type() == QEvent::Show) &&
        watched->isWidgetType()) {
        nameInternals(static_cast<QWidget *>(watched));
    }
    return QObject::eventFilter(watched, event);
}

} // namespace revox
