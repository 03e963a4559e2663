#pragma once

#include <QAccessibleWidget>

namespace revox {

class SegmentedProgressBar;

// What a screen reader sees of a SegmentedProgressBar: a progress bar whose value is the
// share of rows done (0 to 100) and whose text gives every segment's count.
class AccessibleSegmentedProgress : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit AccessibleSegmentedProgress(SegmentedProgressBar *bar);
    // The factory for QAccessible::installFactory.
    static QAccessibleInterface *create(const QString &className, QObject *object);

    QString text(QAccessible::Text t) const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QVariant currentValue() const override;
    void setCurrentValue(const QVariant &) override {}
    QVariant maximumValue() const override { return 100.0; }
    QVariant minimumValue() const override { return 0.0; }
    QVariant minimumStepSize() const override { return 0.0; }

private:
    SegmentedProgressBar *bar() const;
};

} // namespace revox
