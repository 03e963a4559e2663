#pragma once

#include <QHeaderView>

namespace revox {

// A horizontal header whose labels of several words read on two lines ("Answer" over
// "rate"), split where the two lines are most even, so a column is as wide as its values
// need rather than as its label on one line. Screen readers still read the label as given.
class WrappingHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    explicit WrappingHeaderView(QWidget *parent = nullptr);

    // text on at most two lines, split at the space that makes the longer line shortest.
    static QString twoLines(const QString &text, const QFontMetrics &metrics);

protected:
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

} // namespace revox
