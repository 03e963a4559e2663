#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;

namespace revox {

// Shows item tooltips as plain text: QToolTip would render text that looks like HTML, and
// tooltips here carry API values (end reasons, ids, names).
class PlainToolTips : public QObject
{
    Q_OBJECT
public:
    // Installs the filter on view's viewport (owned by the view).
    static void install(QAbstractItemView *view);
    // Text that QToolTip shows literally, whatever it contains.
    static QString escaped(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit PlainToolTips(QAbstractItemView *view);
    QAbstractItemView *m_view;
};

} // namespace revox
