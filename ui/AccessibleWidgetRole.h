#pragma once

#include <QAccessibleWidget>

namespace revox {

// What a screen reader sees of the dashboard's painted widgets: a status badge is static
// text (its word, with what it is the status of as description), a chart is a chart
// (its name, with its figures in words as description).
class AccessibleWidgetRole : public QAccessibleWidget
{
public:
    AccessibleWidgetRole(QWidget *widget, QAccessible::Role role);
    // The factory for QAccessible::installFactory: badges and charts, else nothing.
    static QAccessibleInterface *create(const QString &className, QObject *object);
};

} // namespace revox
