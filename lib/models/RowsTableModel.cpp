#include "RowsTableModel.h"

#include "DisplayText.h"
#include "JsonText.h"
#include "RowDiff.h"
#include "RowOutcome.h"
#include "TextFold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSemaphore>
#include <QSet>
#include <QThreadPool>

#include <algorithm>

namespace revox {

RowsTableModel::RowsTableModel(const RowStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    Q_ASSERT(m_store);
    m_texts.resize(size_t(m_store->size()));
    connectStore();
    if (m_store->size() > 0)
        discoverColumns(0, m_store->size() - 1);
    addOutputFieldColumns(m_store->structuredOutputFields());
}

void RowsTableModel::connectStore()
{
    connect(m_store, &RowStore::rowsAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(m_store, &RowStore::rowsInserted, this, &RowsTableModel::onRowsInserted);
    connect(m_store, &RowStore::rowsAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows({}, first, last); });
    connect(m_store, &RowStore::rowsRemoved, this, &RowsTableModel::onRowsRemoved);
    connect(m_store, &RowStore::rowsChanged, this, &RowsTableModel::onRowsChanged);
    connect(m_store, &RowStore::aboutToClear, this, [this] { beginResetModel(); });
    connect(m_store, &RowStore::cleared, this, &RowsTableModel::onCleared);
    connect(m_store, &RowStore::structuredOutputFieldsChanged, this,
            &RowsTableModel::addOutputFieldColumns);
    connect(m_store, &RowStore::merged, this, [this](RowStore::MergeStats stats) {
        stats.columnsAdded += std::exchange(m_columnsAdded, 0);
        emit merged(stats);
    });
}

int RowsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store->size();
}

int RowsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + int(m_dynamicColumns.size());
}

// ---- what a row shows -------------------------------------------------------------------

const CallAttempt *RowsTableModel::resultAttempt(const Row &row)
{
    return row.call ? row.call->latestAnsweredAttempt() : nullptr;
}

static const CallAttempt *latestOf(const Row &row)
{
    return row.call ? row.call->latestAttempt() : nullptr;
}

QVariant RowsTableModel::fixedData(const Row &row, Column column, int role) const
{
    const CallAttempt *latest = latestOf(row);
    const bool display = role == Qt::DisplayRole;
    switch (column) {
    case RowNumber:
        return display ? QVariant(QString::number(row.rowIndex + 1)) : QVariant(row.rowIndex);
    case Phone:
        return display ? QVariant(row.phoneNumber) : DisplayText::rawText(row.phoneNumber);
    case CallStatus: {
        const QString wire = row.call ? row.call->status.text : QString();
        return display ? QVariant(DisplayText::enumText(wire)) : DisplayText::rawText(wire);
    }
    case Attempts:
        if (!row.call)
            return display ? QVariant(QString()) : QVariant();
        return display ? QVariant(QString::number(row.call->callsCount))
                       : QVariant(row.call->callsCount);
    case LastResult: {
        const QString key = outcomeDetailKey(row, m_store->outcomeOf(row));
        return display ? QVariant(DisplayText::enumText(key)) : DisplayText::rawText(key);
    }
    case LastDialError: {
        const QString wire = latest ? latest->dialError.text : QString();
        return display ? QVariant(DisplayText::enumText(wire)) : DisplayText::rawText(wire);
    }
    case EndedBy: {
        const QString wire = latest ? latest->endedBy.text : QString();
        return display ? QVariant(DisplayText::enumText(wire)) : DisplayText::rawText(wire);
    }
    case EndReason: {
        const QString wire = latest ? latest->endReason : QString();
        return display ? QVariant(DisplayText::enumText(wire)) : DisplayText::rawText(wire);
    }
    case LastCallTime: {
        const Timestamp t = latest ? latest->startedAt : Timestamp();
        return display ? QVariant(DisplayText::localTime(t)) : DisplayText::rawTime(t);
    }
    case Duration: {
        const qint64 s = latest ? latest->durationSeconds() : -1;
        if (display)
            return DisplayText::duration(s);
        return s < 0 ? QVariant() : QVariant(s);
    }
    case FixedColumnCount:
        break;
    }
    return {};
}

static QVariant jsonRaw(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Double:
        return v.toDouble();
    case QJsonValue::String:
        return DisplayText::rawText(v.toString());
    case QJsonValue::Array:
    case QJsonValue::Object:
        return JsonText::compact(v);
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QVariant RowsTableModel::dynamicData(const Row &row, const DynamicColumn &column, int role) const
{
    if (column.kind == ColumnKind::InputData) {
        const QString value = row.inputValue(column.key);
        return role == Qt::DisplayRole ? QVariant(value) : DisplayText::rawText(value);
    }
    const QJsonValue v = row.structuredOutput().value(column.key);
    if (role == Qt::DisplayRole)
        return JsonText::compact(v);
    return jsonRaw(v);
}

QVariant RowsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_store->rowAt(index.row());
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        if (col < FixedColumnCount)
            return fixedData(row, Column(col), role);
        return dynamicData(row, m_dynamicColumns.at(col - FixedColumnCount), role);
    case Qt::ToolTipRole:
        if (col < FixedColumnCount) {
            const QVariant raw = fixedData(row, Column(col), RawValueRole);
            if (col == LastCallTime) {
                const CallAttempt *latest = latestOf(row);
                return latest ? latest->startedAt.toIsoString() : QString();
            }
            if (col == RowNumber)
                return row.id;
            return raw.isValid() ? raw.toString() : QVariant();
        }
        return dynamicData(row, m_dynamicColumns.at(col - FixedColumnCount), Qt::DisplayRole);
    case RowIdRole:
        return row.id;
    case CallIdRole:
        return row.call ? row.call->id : QString();
    case ResultWireRole:
        return resultWire(index.row());
    case StatusWireRole:
        return row.call ? row.call->status.text : QString();
    case Qt::ForegroundRole:
    case Qt::DecorationRole:
    case Qt::BackgroundRole: {
        QColor color;
        if (col == CallStatus && row.call && row.call->status.isSet())
            color = m_palette.callStatusColor(row.call->status.value);
        else if (col == LastResult) {
            if (const CallAttempt *a = resultAttempt(row);
                a && m_store->outcomeOf(row) == RowOutcome::Answered)
                color = m_palette.resultColor(a->result.value);
        } else if (col == LastDialError) {
            const CallAttempt *latest = latestOf(row);
            if (latest && latest->dialError.isSet())
                color = m_palette.dialErrorColor();
        }
        if (!color.isValid())
            return {};
        if (role == Qt::BackgroundRole) {
            // Tint only the cells that ask for attention: errors and reached humans.
            const bool attention =
                (col == CallStatus && row.call->status == revox::CallStatus::Errored) ||
                (col == LastResult && resultWire(index.row()) == QLatin1String("human"));
            return attention ? QVariant(m_palette.tint(color)) : QVariant();
        }
        return color;
    }
    case Qt::TextAlignmentRole:
        if (col == RowNumber || col == Attempts || col == Duration)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RowsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FixedColumnCount) {
        const DynamicColumn &c = m_dynamicColumns.at(section - FixedColumnCount);
        if (role == Qt::DisplayRole)
            return c.key;
        if (role == Qt::ToolTipRole) {
            return c.kind == ColumnKind::InputData ? tr("Input data: %1").arg(c.key)
                                                   : tr("Structured output: %1").arg(c.key);
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case RowNumber:
        return tr("#");
    case Phone:
        return tr("Phone");
    case CallStatus:
        return tr("Call status");
    case Attempts:
        return tr("Attempts");
    case LastResult:
        return tr("Outcome");
    case LastDialError:
        return tr("Dial error");
    case EndedBy:
        return tr("Ended by");
    case EndReason:
        return tr("End reason");
    case LastCallTime:
        return tr("Last call");
    case Duration:
        return tr("Duration");
    case FixedColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> RowsTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(RowIdRole, "rowId");
    names.insert(CallIdRole, "callId");
    names.insert(ResultWireRole, "resultWire");
    names.insert(StatusWireRole, "statusWire");
    return names;
}

// ---- following the store -------------------------------------------------------------

QList<int> RowsTableModel::changedRoles()
{
    return {Qt::DisplayRole,    RawValueRole,       Qt::ToolTipRole,
            Qt::ForegroundRole, Qt::DecorationRole, Qt::BackgroundRole,
            CallIdRole,         ResultWireRole,     StatusWireRole};
}

void RowsTableModel::onRowsInserted(int first, int last)
{
    m_texts.insert(m_texts.begin() + first, size_t(last - first) + 1, RowTexts());
    endInsertRows();
    discoverColumns(first, last);
}

void RowsTableModel::onRowsRemoved(int first, int last)
{
    m_texts.erase(m_texts.begin() + first, m_texts.begin() + last + 1);
    endRemoveRows();
}

void RowsTableModel::onRowsChanged(const QList<int> &changed)
{
    for (int at : changed) {
        RowTexts &texts = m_texts[size_t(at)];
        texts.searchValid = texts.transcriptValid = false;
        texts.searchText.clear();
        texts.foldedTranscript.clear();
    }
    QList<DynamicColumn> found;
    for (int at : changed)
        discoverColumnsOf(m_store->rowAt(at), found);
    appendColumns(found);
    const int lastColumn = columnCount() - 1;
    if (changed.size() * 2 > m_store->size()) {
        emit dataChanged(index(changed.first(), 0), index(changed.last(), lastColumn),
                         changedRoles());
        return;
    }
    for (int at : changed)
        emit dataChanged(index(at, 0), index(at, lastColumn), changedRoles());
}

void RowsTableModel::onCleared()
{
    m_texts.clear();
    m_dynamicColumns.clear();
    m_inputColumnByKey.clear();
    m_outputColumnByField.clear();
    m_lastInputKeys.clear();
    m_lastConfigAssistant.reset();
    endResetModel();
}

// ---- columns -------------------------------------------------------------------------

void RowsTableModel::discoverColumns(int first, int last)
{
    QList<DynamicColumn> found;
    for (int i = first; i <= last; ++i)
        discoverColumnsOf(m_store->rowAt(i), found);
    appendColumns(found);
}

void RowsTableModel::discoverColumnsOf(const Row &row, QList<DynamicColumn> &found)
{
    const auto knownOrFound = [&](ColumnKind kind, const QString &key) {
        const auto &known =
            kind == ColumnKind::InputData ? m_inputColumnByKey : m_outputColumnByField;
        if (known.contains(key))
            return true;
        for (const DynamicColumn &c : std::as_const(found)) {
            if (c.kind == kind && c.key == key)
                return true;
        }
        return false;
    };
    bool sameKeys = row.inputData.size() == m_lastInputKeys.size();
    for (qsizetype i = 0; sameKeys && i < row.inputData.size(); ++i)
        sameKeys = row.inputData.at(i).first == m_lastInputKeys.at(i);
    if (!sameKeys) {
        m_lastInputKeys.clear();
        for (const auto &[key, value] : row.inputData) {
            m_lastInputKeys.append(key);
            if (!knownOrFound(ColumnKind::InputData, key))
                found.append({ColumnKind::InputData, key});
        }
    }
    if (!row.call)
        return;
    const AssistantPtr &assistant = row.call->assistant;
    if (assistant && assistant != m_lastConfigAssistant) {
        if (assistant->structuredOutputConfig) {
            for (const StructuredOutputField &f : *assistant->structuredOutputConfig) {
                if (!knownOrFound(ColumnKind::StructuredOutput, f.name))
                    found.append({ColumnKind::StructuredOutput, f.name});
            }
        }
        m_lastConfigAssistant = assistant;
    }
    const QJsonObject &output = row.structuredOutput();
    for (auto it = output.begin(); it != output.end(); ++it) {
        const QString field = it.key();
        if (!knownOrFound(ColumnKind::StructuredOutput, field))
            found.append({ColumnKind::StructuredOutput, field});
    }
}

void RowsTableModel::appendColumns(const QList<DynamicColumn> &columns)
{
    if (columns.isEmpty())
        return;
    const int first = columnCount();
    beginInsertColumns({}, first, first + int(columns.size()) - 1);
    for (const DynamicColumn &c : columns) {
        const int column = FixedColumnCount + int(m_dynamicColumns.size());
        if (c.kind == ColumnKind::InputData)
            m_inputColumnByKey.insert(c.key, column);
        else
            m_outputColumnByField.insert(c.key, column);
        m_dynamicColumns.append(c);
    }
    endInsertColumns();
    m_columnsAdded += int(columns.size());
}

void RowsTableModel::addOutputFieldColumns(const QStringList &names)
{
    QList<DynamicColumn> found;
    for (const QString &name : names) {
        if (m_outputColumnByField.contains(name))
            continue;
        bool dup = false;
        for (const DynamicColumn &c : std::as_const(found))
            dup = dup || c.key == name;
        if (!dup)
            found.append({ColumnKind::StructuredOutput, name});
    }
    appendColumns(found);
}

RowsTableModel::ColumnKind RowsTableModel::columnKind(int column) const
{
    if (column < FixedColumnCount || column >= columnCount())
        return ColumnKind::Fixed;
    return m_dynamicColumns.at(column - FixedColumnCount).kind;
}

int RowsTableModel::inputDataColumn(const QString &key) const
{
    return m_inputColumnByKey.value(key, -1);
}

int RowsTableModel::structuredOutputColumn(const QString &field) const
{
    return m_outputColumnByField.value(field, -1);
}

// ---- lookups and per-row facts -----------------------------------------------------------

QModelIndex RowsTableModel::indexOfId(const QString &id, int column) const
{
    const int at = rowOfId(id);
    return at < 0 ? QModelIndex() : index(at, column);
}

QString RowsTableModel::resultWire(int row) const
{
    const CallAttempt *a = resultAttempt(m_store->rowAt(row));
    return a ? a->result.text : QString();
}

QString RowsTableModel::callStatusWire(int row) const
{
    const Row &r = m_store->rowAt(row);
    return r.call ? r.call->status.text : QString();
}

QString RowsTableModel::dialErrorWire(int row) const
{
    const CallAttempt *a = latestOf(m_store->rowAt(row));
    return a ? a->dialError.text : QString();
}

void RowsTableModel::prepareTexts(bool search, bool transcripts) const
{
    std::vector<int> missing;
    for (size_t i = 0; i < m_texts.size(); ++i) {
        if ((search && !m_texts[i].searchValid) || (transcripts && !m_texts[i].transcriptValid))
            missing.push_back(int(i));
    }
    const auto build = [&](size_t from, size_t to) {
        for (size_t k = from; k < to; ++k) {
            if (search)
                searchText(missing[k]);
            if (transcripts)
                foldedTranscript(missing[k]);
        }
    };
    QThreadPool *pool = QThreadPool::globalInstance();
    const size_t workers = size_t(std::max(0, pool->maxThreadCount() - 1));
    if (missing.size() < 4096 || workers == 0) {
        build(0, missing.size());
        return;
    }
    // Each row's texts live in its own cache entry, so chunks of rows build in parallel;
    // this thread takes the first chunk and waits for the others.
    const size_t chunks = workers + 1;
    const size_t per = (missing.size() + chunks - 1) / chunks;
    QSemaphore done;
    for (size_t c = 1; c < chunks; ++c) {
        const size_t from = std::min(missing.size(), c * per);
        const size_t to = std::min(missing.size(), from + per);
        pool->start([&build, &done, from, to] {
            build(from, to);
            done.release();
        });
    }
    build(0, std::min(missing.size(), per));
    done.acquire(int(chunks - 1));
}

const QByteArray &RowsTableModel::searchText(int row) const
{
    const RowTexts &cache = m_texts[size_t(row)];
    if (cache.searchValid)
        return cache.searchText;
    const Row &r = m_store->rowAt(row);
    QString text;
    text.reserve(256);
    const QChar sep = QLatin1Char('\n');
    text += r.phoneNumber;
    text += sep;
    text += r.id;
    for (const auto &[key, value] : r.inputData) {
        text += sep;
        text += value;
    }
    if (r.call) {
        text += sep;
        text += r.call->id;
        for (const CallAttempt &a : r.call->callAttempts) {
            text += sep;
            text += a.id;
        }
    }
    cache.searchText = std::move(text).toLower().toUtf8();
    cache.searchValid = true;
    return cache.searchText;
}

const QByteArray &RowsTableModel::foldedTranscript(int row) const
{
    const RowTexts &cache = m_texts[size_t(row)];
    if (cache.transcriptValid)
        return cache.foldedTranscript;
    const Row &r = m_store->rowAt(row);
    QString text;
    if (r.call) {
        for (const CallAttempt &a : r.call->callAttempts) {
            if (!a.transcript)
                continue;
            for (const TranscriptEntry &e : *a.transcript) {
                TextFold::appendFolded(e.content(), text);
                text += QLatin1Char('\n');
            }
        }
    }
    cache.foldedTranscript = text.toUtf8();
    cache.transcriptValid = true;
    return cache.foldedTranscript;
}

void RowsTableModel::setStatusPalette(const StatusPalette &palette)
{
    m_palette = palette;
    if (m_store->size() > 0) {
        emit dataChanged(index(0, 0), index(m_store->size() - 1, columnCount() - 1),
                         {Qt::ForegroundRole, Qt::DecorationRole, Qt::BackgroundRole});
    }
}

} // namespace revox
