#include "TranscriptModel.h"

#include "DisplayText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace revox {

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TranscriptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TranscriptModel::prettyArguments(const QJsonValue &arguments)
{
    switch (arguments.type()) {
    case QJsonValue::Object:
        return QString::fromUtf8(
                   QJsonDocument(arguments.toObject()).toJson(QJsonDocument::Indented))
            .trimmed();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(arguments.toArray()).toJson(QJsonDocument::Indented))
            .trimmed();
    case QJsonValue::String: {
        // A string that holds JSON is shown indented too; any other string as it is.
        const QString text = arguments.toString();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray()))
            return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
        return text;
    }
    case QJsonValue::Bool:
        return arguments.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(arguments.toDouble(), 'g', 15);
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString TranscriptModel::shortenedNote(qsizetype fullChars)
{
    // Sized as UTF-16 text of that many characters, in the units people read.
    const double bytes = double(fullChars);
    const QString size = bytes >= 1024.0 * 1024.0
                             ? tr("%1 MB").arg(bytes / (1024.0 * 1024.0), 0, 'f', 1)
                             : tr("%1 KB").arg(bytes / 1024.0, 0, 'f', 0);
    return tr("… (%1 entry shortened for display; Copy transcript gives it whole)").arg(size);
}

QString TranscriptModel::shortenForDisplay(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype cut = maxChars;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut; // never split a surrogate pair
    return text.left(cut) + QLatin1Char('\n') + shortenedNote(text.size());
}

QVariant TranscriptModel::displayValue(const TranscriptEntry &e, Column column) const
{
    switch (column) {
    case Role:
        return DisplayText::enumText(e.role.text);
    case Content:
        if (e.content.isEmpty() && !e.toolOutput.isUndefined() && !e.toolOutput.isNull())
            return prettyArguments(e.toolOutput);
        return e.content;
    case ToolName:
        return e.toolName;
    case Arguments:
        return prettyArguments(e.toolArguments);
    case IsError:
        return e.toolIsError.value_or(false) ? tr("error") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TranscriptEntry &e = m_entries.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (column == Content || column == Arguments)
            return shortenForDisplay(displayValue(e, column).toString());
        return displayValue(e, column);
    case RawValueRole:
        switch (column) {
        case Role:
            return DisplayText::rawText(e.role.text);
        case IsError:
            return e.toolIsError ? QVariant(*e.toolIsError) : QVariant();
        case Content:
        case ToolName:
        case Arguments:
            return DisplayText::rawText(displayValue(e, column).toString());
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Role)
            return e.role.text;
        if (column == Arguments && e.toolArguments.isString())
            return e.toolArguments.toString();
        return {};
    case RowIdRole:
        return m_attemptId;
    case Qt::ForegroundRole:
        if (column == IsError && e.toolIsError.value_or(false))
            return m_palette.dialErrorColor();
        if (column == Role && e.role == TranscriptRole::Tool)
            return m_palette.palette().color(QPalette::PlaceholderText);
        return {};
    default:
        return {};
    }
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Role:
        return tr("Speaker");
    case Content:
        return tr("Text");
    case ToolName:
        return tr("Tool");
    case Arguments:
        return tr("Arguments");
    case IsError:
        return tr("Error");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(RowIdRole, "attemptId");
    return names;
}

void TranscriptModel::setAttempt(const CallAttempt *attempt)
{
    const QString newId = attempt ? attempt->id : QString();
    const QList<TranscriptEntry> incoming =
        attempt && attempt->transcript ? *attempt->transcript : QList<TranscriptEntry>();
    if (newId != m_attemptId || incoming.size() < m_entries.size()) {
        beginResetModel();
        m_attemptId = newId;
        m_entries = incoming;
        endResetModel();
        return;
    }
    // Same attempt: a transcript grows at its end.
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i) == incoming.at(i))
            continue;
        m_entries[i] = incoming.at(i);
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
    if (incoming.size() > m_entries.size()) {
        const int first = int(m_entries.size());
        beginInsertRows({}, first, int(incoming.size()) - 1);
        m_entries.append(incoming.mid(first));
        endInsertRows();
    }
}

void TranscriptModel::setStatusPalette(const StatusPalette &palette)
{
    m_palette = palette;
    if (!m_entries.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1),
                         {Qt::ForegroundRole});
    }
}

} // namespace revox
