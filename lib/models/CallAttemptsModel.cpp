#include "CallAttemptsModel.h"

#include "DisplayText.h"

#include <QUrl>

namespace revox {

CallAttemptsModel::CallAttemptsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int CallAttemptsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attempts.size());
}

int CallAttemptsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallAttemptsModel::rawValue(const CallAttempt &a, Column column) const
{
    switch (column) {
    case StartedAt:
        return DisplayText::rawTime(a.startedAt);
    case Status:
        return DisplayText::rawText(a.status.text);
    case Result:
        return DisplayText::rawText(a.result.text);
    case DialError:
        return DisplayText::rawText(a.dialError.text);
    case Duration: {
        const qint64 s = a.durationSeconds();
        return s < 0 ? QVariant() : QVariant(s);
    }
    case EndedBy:
        return DisplayText::rawText(a.endedBy.text);
    case EndReason:
        return DisplayText::rawText(a.endReason);
    case Phone:
        return DisplayText::rawText(a.phoneNumber);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CallAttemptsModel::displayValue(const CallAttempt &a, Column column) const
{
    switch (column) {
    case StartedAt:
        return DisplayText::localTime(a.startedAt);
    case Status:
        return DisplayText::enumText(a.status.text);
    case Result:
        return DisplayText::enumText(a.result.text);
    case DialError:
        return DisplayText::enumText(a.dialError.text);
    case Duration:
        return DisplayText::duration(a.durationSeconds());
    case EndedBy:
        return DisplayText::enumText(a.endedBy.text);
    case EndReason:
        return DisplayText::enumText(a.endReason);
    case Phone:
        return a.phoneNumber;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CallAttemptsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallAttempt &a = m_attempts.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(a, column);
    case RawValueRole:
        return rawValue(a, column);
    case Qt::ToolTipRole:
        if (column == StartedAt)
            return a.startedAt.toIsoString();
        return rawValue(a, column).toString();
    case RowIdRole:
        return a.id;
    case RecordingUrlRole:
        return a.recordingUrl.isEmpty() ? QUrl() : QUrl(a.recordingUrl);
    case ResultWireRole:
        return a.result.text;
    case StatusWireRole:
        return a.status.text;
    case Qt::ForegroundRole:
    case Qt::DecorationRole:
        if (column == Status && a.status.isSet())
            return m_palette.attemptStatusColor(a.status.value);
        if (column == Result && a.result.isSet())
            return m_palette.resultColor(a.result.value);
        if (column == DialError && a.dialError.isSet())
            return m_palette.dialErrorColor();
        return {};
    default:
        return {};
    }
}

QVariant CallAttemptsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StartedAt:
        return tr("Started");
    case Status:
        return tr("Status");
    case Result:
        return tr("Result");
    case DialError:
        return tr("Dial error");
    case Duration:
        return tr("Duration");
    case EndedBy:
        return tr("Ended by");
    case EndReason:
        return tr("End reason");
    case Phone:
        return tr("Phone");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> CallAttemptsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(RowIdRole, "attemptId");
    names.insert(RecordingUrlRole, "recordingUrl");
    names.insert(ResultWireRole, "resultWire");
    names.insert(StatusWireRole, "statusWire");
    return names;
}

void CallAttemptsModel::setCall(const SharedOptional<Call> &call)
{
    const QString newId = call ? call->id : QString();
    const QList<CallAttempt> incoming = call ? call->callAttempts : QList<CallAttempt>();
    if (newId != m_callId) {
        beginResetModel();
        m_callId = newId;
        m_attempts = incoming;
        endResetModel();
        return;
    }
    // Same call: attempts are most recent first, so new ones arrive at the top.
    const qsizetype known = m_attempts.size();
    qsizetype fresh = 0;
    while (fresh < incoming.size() && rowOfId(incoming.at(fresh).id) < 0)
        ++fresh;
    if (incoming.size() - fresh != known) {
        // Attempts disappeared or were reordered: not a shape a merge can describe.
        beginResetModel();
        m_attempts = incoming;
        endResetModel();
        return;
    }
    if (fresh > 0) {
        beginInsertRows({}, 0, int(fresh) - 1);
        m_attempts = incoming.mid(0, fresh) + m_attempts;
        endInsertRows();
    }
    for (qsizetype i = fresh; i < incoming.size(); ++i) {
        if (m_attempts.at(i) == incoming.at(i))
            continue;
        m_attempts[i] = incoming.at(i);
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

int CallAttemptsModel::rowOfId(const QString &attemptId) const
{
    for (int i = 0; i < m_attempts.size(); ++i) {
        if (m_attempts.at(i).id == attemptId)
            return i;
    }
    return -1;
}

void CallAttemptsModel::setStatusPalette(const StatusPalette &palette)
{
    m_palette = palette;
    if (!m_attempts.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_attempts.size()) - 1, ColumnCount - 1),
                         {Qt::ForegroundRole, Qt::DecorationRole});
    }
}

} // namespace revox
