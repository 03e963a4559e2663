#include "AccessibleSegmentedProgress.h"

#include "DisplayText.h"
#include "SegmentedProgressBar.h"

namespace revox {

AccessibleSegmentedProgress::AccessibleSegmentedProgress(SegmentedProgressBar *bar)
    : QAccessibleWidget(bar, QAccessible::ProgressBar)
{
}

QAccessibleInterface *AccessibleSegmentedProgress::create(const QString &className, QObject *object)
{
    if (className == QLatin1String("revox::SegmentedProgressBar")) {
        if (auto *bar = qobject_cast<SegmentedProgressBar *>(object)) {
            return new AccessibleSegmentedProgress(bar);
        }
    }
    return nullptr;
}

SegmentedProgressBar *AccessibleSegmentedProgress::bar() const
{
    return static_cast<SegmentedProgressBar *>(widget());
}

QString AccessibleSegmentedProgress::text(QAccessible::Text t) const
{
    switch (t) {
    case QAccessible::Name:
        return widget()->accessibleName().isEmpty() ? SegmentedProgressBar::tr("Progress")
                                                    : widget()->accessibleName();
    case QAccessible::Value:
        return DisplayText::percent(bar()->stats().progressPercent());
    case QAccessible::Description:
        return bar()->summary();
    default:
        return QAccessibleWidget::text(t);
    }
}

void *AccessibleSegmentedProgress::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ValueInterface) {
        return static_cast<QAccessibleValueInterface *>(this);
    }
    return QAccessibleWidget::interface_cast(type);
}

QVariant AccessibleSegmentedProgress::currentValue() const
{
    return bar()->stats().progressPercent();
}

} // namespace revox
