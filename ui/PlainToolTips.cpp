#include "PlainToolTips.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace revox {

PlainToolTips::PlainToolTips(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
}

void PlainToolTips::install(QAbstractItemView *view)
{
    view->viewport()->installEventFilter(new PlainToolTips(view));
}

QString PlainToolTips::escaped(const QString &text)
{
    if (text.isEmpty()) {
        return text;
    }
    QString html = text.left(4000).toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<qt>%1</qt>").arg(html);
}

bool PlainToolTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || watched != m_view->viewport()) {
        return QObject::eventFilter(watched, event);
    }
    const auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    const QString text = index.isValid() ? index.data(Qt::ToolTipRole).toString() : QString();
    if (text.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(help->globalPos(), escaped(text), m_view->viewport(),
                           m_view->visualRect(index));
    }
    return true;
}

} // namespace revox
