#include "CallAttemptsDisplayModel.h"

#include "CallAttemptsModel.h"
#include "DisplayText.h"
#include "ModelRoles.h"

#include <QLocale>
#include <QStringList>

namespace revox {

CallAttemptsDisplayModel::CallAttemptsDisplayModel(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

QString CallAttemptsDisplayModel::shortTime(const QDateTime &local, const QDateTime &now)
{
    if (!local.isValid()) {
        return {};
    }
    if (local.date() == now.date()) {
        return local.toString(QStringLiteral("HH:mm:ss"));
    }
    if (local.date().year() == now.date().year()) {
        return QLocale().toString(local, QStringLiteral("d MMM HH:mm"));
    }
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QVariant CallAttemptsDisplayModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    if (role == Qt::DisplayRole && index.column() == CallAttemptsModel::StartedAt) {
        const QVariant msecs = index.siblingAtColumn(CallAttemptsModel::StartedAt)
                                   .data(RawValueRole); // ms since the epoch
        if (!msecs.isValid()) {
            return QString();
        }
        return shortTime(QDateTime::fromMSecsSinceEpoch(msecs.toLongLong()).toLocalTime(),
                         QDateTime::currentDateTime());
    }
    if (role == Qt::ToolTipRole) {
        return attemptToolTip(index.row());
    }
    if (role == Qt::AccessibleTextRole) {
        return attemptSentence(index.row());
    }
    return QIdentityProxyModel::data(index, role);
}

QString CallAttemptsDisplayModel::attemptSentence(int row) const
{
    auto text = [&](int column) {
        return index(row, column).data(Qt::DisplayRole).toString();
    };
    QStringList parts{tr("Attempt at %1").arg(text(CallAttemptsModel::StartedAt)),
                      text(CallAttemptsModel::Status), text(CallAttemptsModel::Result),
                      text(CallAttemptsModel::DialError)};
    const QVariant seconds = index(row, CallAttemptsModel::Duration).data(RawValueRole);
    if (seconds.isValid()) {
        parts << DisplayText::spokenDuration(seconds.toLongLong());
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QString CallAttemptsDisplayModel::attemptToolTip(int row) const
{
    QStringList lines;
    for (int column = 0; column < columnCount(); ++column) {
        const QModelIndex cell = index(row, column);
        // The full start date and time here; the cell may show the time alone.
        const QString value = QIdentityProxyModel::data(cell, Qt::DisplayRole).toString();
        if (value.isEmpty()) {
            continue;
        }
        lines << tr("%1: %2").arg(headerData(column, Qt::Horizontal).toString(), value);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace revox
