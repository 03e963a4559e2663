#include "AccessibleWidgetRole.h"

#include <QWidget>

namespace revox {

AccessibleWidgetRole::AccessibleWidgetRole(QWidget *widget, QAccessible::Role role)
    : QAccessibleWidget(widget, role)
{
}

QAccessibleInterface *AccessibleWidgetRole::create(const QString &className, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (!widget) {
        return nullptr;
    }
    if (className == QLatin1String("revox::BadgeLabel")) {
        return new AccessibleWidgetRole(widget, QAccessible::StaticText);
    }
    if (className == QLatin1String("revox::ResultBreakdownChart") ||
        className == QLatin1String("revox::ProgressHistoryChart")) {
        return new AccessibleWidgetRole(widget, QAccessible::Chart);
    }
    return nullptr;
}

} // namespace revox
