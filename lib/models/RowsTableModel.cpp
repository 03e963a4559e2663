#include "RowsTableModel.h"

#include "DisplayText.h"
#include "RowDiff.h"
#include "TextFold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSemaphore>
#include <QSet>
#include <QThreadPool>

#include <algorithm>

namespace revox {

RowsTableModel::RowsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<MergeStats>();
}

int RowsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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

const CallAttempt *RowsTableModel::outputAttempt(const Row &row)
{
    if (!row.call)
        return nullptr;
    const CallAttempt *answered = row.call->latestAnsweredAttempt();
    if (answered && !answered->structuredOutput.isEmpty())
        return answered;
    for (const CallAttempt &a : row.call->callAttempts) {
        if (!a.structuredOutput.isEmpty())
            return &a;
    }
    return answered;
}

static const CallAttempt *latestOf(const Row &row)
{
    return row.call ? row.call->latestAttempt() : nullptr;
}

QVariant RowsTableModel::fixedData(const Row &row, Column column, int role) const
{
    const CallAttempt *latest = latestOf(row);
    const CallAttempt *answered = resultAttempt(row);
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
        const QString wire = answered ? answered->result.text : QString();
        return display ? QVariant(DisplayText::enumText(wire)) : DisplayText::rawText(wire);
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

static QString jsonDisplay(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
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
        return jsonDisplay(v);
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
    const CallAttempt *a = outputAttempt(row);
    const QJsonValue v = a ? a->structuredOutput.value(column.key) : QJsonValue();
    if (role == Qt::DisplayRole)
        return jsonDisplay(v);
    return jsonRaw(v);
}

QVariant RowsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
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
            if (const CallAttempt *a = resultAttempt(row))
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
        return tr("Result");
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

// ---- merge -----------------------------------------------------------------------------

template <typename E> static qint8 facetCode(const ApiEnum<E> &e)
{
    if (!e.isSet())
        return RowsTableModel::FacetCodes::kNone;
    return e.isKnown() ? qint8(e.value) : RowsTableModel::FacetCodes::kOther;
}

RowsTableModel::RowDigest RowsTableModel::digestOf(const Row &row)
{
    RowDigest d{qHash(row.id, 0x1d), RowDiff::changeKey(row), {}};
    if (row.call) {
        d.facets.status = facetCode(row.call->status);
        if (const CallAttempt *a = row.call->latestAnsweredAttempt())
            d.facets.result = facetCode(a->result);
        if (const CallAttempt *a = row.call->latestAttempt())
            d.facets.dialError = facetCode(a->dialError);
    }
    return d;
}

QList<RowsTableModel::RowDigest> RowsTableModel::digest(const QList<Row> &rows)
{
    QList<RowDigest> digests;
    digests.reserve(rows.size());
    for (const Row &row : rows)
        digests.append(digestOf(row));
    return digests;
}

QList<int> RowsTableModel::changedRoles()
{
    return {Qt::DisplayRole,    RawValueRole,       Qt::ToolTipRole,
            Qt::ForegroundRole, Qt::DecorationRole, Qt::BackgroundRole,
            CallIdRole,         ResultWireRole,     StatusWireRole};
}

RowsTableModel::MergeStats RowsTableModel::mergeRows(QList<Row> rows,
                                                     const QList<RowDigest> &digests)
{
    return merge(rows, digests, false);
}

RowsTableModel::MergeStats RowsTableModel::replaceAll(QList<Row> rows,
                                                      const QList<RowDigest> &digests)
{
    return merge(rows, digests, true);
}

RowsTableModel::MergeStats
RowsTableModel::merge(QList<Row> &rows, const QList<RowDigest> &givenDigests, bool removeMissing)
{
    const QList<RowDigest> digests =
        givenDigests.size() == rows.size() ? givenDigests : digest(rows);
    MergeStats stats;
    // Rows are moved out of the list only when nobody else shares it; otherwise copied
    // (implicitly shared members make a copy cheap), so an unchanged refresh copies nothing.
    const bool mayMove = rows.isDetached();
    const QList<Row> &in = rows;

    // Updates in place; new rows are collected (by position in the list) for batched inserts.
    std::vector<int> addedAt;
    std::vector<RowDigest> addedDigests;
    std::vector<std::pair<int, int>> updates; // (position in the list, model row)
    std::vector<RowDigest> updateKeys;
    qsizetype matched = 0;
    // Listings usually come in model order: try the row after the previous match first,
    // comparing id hashes held in a contiguous array, before a lookup by id. Equal id
    // hashes and change keys (64 bits each) are taken as the same unchanged row.
    qsizetype guess = 0;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const RowDigest &d = digests.at(i);
        int at = -1;
        if (guess < qsizetype(m_cache.size()) && m_cache[size_t(guess)].idHash == d.idHash) {
            at = int(guess);
            if (m_cache[size_t(at)].key != d.changeKey && m_rows.at(at).id != in.at(i).id)
                at = -1; // a hash collision: look it up properly
        }
        if (at < 0)
            at = m_rowById.value(in.at(i).id, -1);
        if (at < 0) {
            addedDigests.push_back(d);
            addedAt.push_back(int(i));
            continue;
        }
        ++matched;
        guess = at + 1;
        if (m_cache[size_t(at)].key == d.changeKey)
            continue;
        updates.emplace_back(int(i), at);
        updateKeys.push_back(d);
    }

    // Only rows that are new or changed can bring new columns.
    std::vector<int> touched = addedAt;
    for (const auto &[source, at] : updates)
        touched.push_back(source);
    if (!touched.empty())
        stats.columnsAdded = discoverColumns(rows, touched);

    std::vector<int> changed;
    changed.reserve(updates.size());
    for (size_t u = 0; u < updates.size(); ++u) {
        const auto [source, at] = updates[u];
        if (mayMove)
            m_rows[at] = std::move(rows[source]);
        else
            m_rows[at] = in.at(source);
        RowCache &cache = m_cache[size_t(at)];
        cache.key = updateKeys[u].changeKey;
        cache.facets = updateKeys[u].facets;
        cache.searchValid = cache.transcriptValid = false;
        cache.searchText.clear();
        cache.foldedTranscript.clear();
        changed.push_back(at);
    }
    stats.updated = int(changed.size());
    if (!changed.empty()) {
        const int lastColumn = columnCount() - 1;
        if (changed.size() * 2 > size_t(m_rows.size())) {
            const auto [lo, hi] = std::minmax_element(changed.cbegin(), changed.cend());
            emit dataChanged(index(*lo, 0), index(*hi, lastColumn), changedRoles());
        } else {
            std::sort(changed.begin(), changed.end());
            for (int at : changed)
                emit dataChanged(index(at, 0), index(at, lastColumn), changedRoles());
        }
    }

    // A complete listing that matched every row we hold has nothing to remove.
    if (removeMissing && matched < m_rows.size()) {
        QSet<QString> incomingIds;
        incomingIds.reserve(in.size());
        for (const Row &r : in)
            incomingIds.insert(r.id);
        QStringList gone;
        for (const Row &r : std::as_const(m_rows)) {
            if (!incomingIds.contains(r.id))
                gone.append(r.id);
        }
        if (!gone.isEmpty())
            stats.removed = removeRowsById(gone).removed;
    }

    if (!addedAt.empty()) {
        stats.inserted = int(addedAt.size());
        // Keep row_index order: sort the newcomers, then insert each contiguous group at
        // its place (usually one group at the end).
        std::vector<int> order(addedAt.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        const auto rowIndexOf = [&](int k) {
            return in.at(addedAt[size_t(k)]).rowIndex;
        };
        if (!std::is_sorted(order.begin(), order.end(),
                            [&](int a, int b) { return rowIndexOf(a) < rowIndexOf(b); })) {
            std::stable_sort(order.begin(), order.end(),
                             [&](int a, int b) { return rowIndexOf(a) < rowIndexOf(b); });
        }
        std::vector<int> position(order.size());
        const bool allAfterLast =
            m_rows.isEmpty() || rowIndexOf(order.front()) >= m_rows.constLast().rowIndex;
        for (size_t i = 0; i < order.size(); ++i) {
            if (allAfterLast) {
                position[i] = int(m_rows.size());
                continue;
            }
            const qint64 rowIndex = rowIndexOf(order[i]);
            const auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), rowIndex,
                                             [](qint64 v, const Row &r) { return v < r.rowIndex; });
            position[i] = int(it - m_rows.cbegin());
        }
        // Groups share a position; insert from the last group so earlier positions hold.
        size_t groupEnd = order.size();
        while (groupEnd > 0) {
            size_t groupBegin = groupEnd - 1;
            while (groupBegin > 0 && position[groupBegin - 1] == position[groupEnd - 1])
                --groupBegin;
            const int at = position[groupBegin];
            const int count = int(groupEnd - groupBegin);
            beginInsertRows({}, at, at + count - 1);
            QList<Row> group;
            group.reserve(count);
            std::vector<RowCache> caches(static_cast<size_t>(count));
            for (size_t i = groupBegin; i < groupEnd; ++i) {
                const int source = addedAt[size_t(order[i])];
                if (mayMove)
                    group.append(std::move(rows[source]));
                else
                    group.append(in.at(source));
                caches[i - groupBegin].key = addedDigests[size_t(order[i])].changeKey;
                caches[i - groupBegin].idHash = addedDigests[size_t(order[i])].idHash;
                caches[i - groupBegin].facets = addedDigests[size_t(order[i])].facets;
            }
            if (at == m_rows.size()) {
                m_rows.append(std::move(group));
            } else {
                m_rows.insert(at, count, Row());
                std::move(group.begin(), group.end(), m_rows.begin() + at);
            }
            m_cache.insert(m_cache.begin() + at, std::make_move_iterator(caches.begin()),
                           std::make_move_iterator(caches.end()));
            rebuildIdIndex(at);
            endInsertRows();
            groupEnd = groupBegin;
        }
    }

    if (stats.changedAnything())
        emit merged(stats);
    return stats;
}

RowsTableModel::MergeStats RowsTableModel::removeRowsById(const QStringList &ids)
{
    MergeStats stats;
    std::vector<int> doomed;
    doomed.reserve(size_t(ids.size()));
    for (const QString &id : ids) {
        const int at = rowOfId(id);
        if (at >= 0)
            doomed.push_back(at);
    }
    if (doomed.empty())
        return stats;
    std::sort(doomed.begin(), doomed.end());
    doomed.erase(std::unique(doomed.begin(), doomed.end()), doomed.end());
    // Contiguous batches, from the end so that earlier indices hold.
    size_t end = doomed.size();
    int lowest = int(m_rows.size());
    while (end > 0) {
        size_t begin = end - 1;
        while (begin > 0 && doomed[begin - 1] == doomed[begin] - 1)
            --begin;
        const int first = doomed[begin];
        const int last = doomed[end - 1];
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r)
            m_rowById.remove(m_rows.at(r).id);
        m_rows.remove(first, last - first + 1);
        m_cache.erase(m_cache.begin() + first, m_cache.begin() + last + 1);
        rebuildIdIndex(first);
        endRemoveRows();
        lowest = std::min(lowest, first);
        end = begin;
    }
    stats.removed = int(doomed.size());
    return stats;
}

void RowsTableModel::reserve(qsizetype rows)
{
    if (rows <= m_rows.size())
        return;
    m_rows.reserve(rows);
    m_cache.reserve(size_t(rows));
    m_rowById.reserve(rows);
}

void RowsTableModel::clear()
{
    if (m_rows.isEmpty() && m_dynamicColumns.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_cache.clear();
    m_rowById.clear();
    m_dynamicColumns.clear();
    m_inputColumnByKey.clear();
    m_outputColumnByField.clear();
    m_lastInputKeys.clear();
    m_lastConfigAssistant.reset();
    endResetModel();
}

void RowsTableModel::rebuildIdIndex(int fromRow)
{
    if (fromRow == 0)
        m_rowById.reserve(m_rows.size());
    for (int i = fromRow; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
}

// ---- columns -------------------------------------------------------------------------

int RowsTableModel::discoverColumns(const QList<Row> &rows, const std::vector<int> &which)
{
    QList<DynamicColumn> found;
    for (int i : which)
        discoverColumnsOf(rows.at(i), found);
    appendColumns(found);
    return int(found.size());
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
    if (const CallAttempt *a = outputAttempt(row)) {
        for (auto it = a->structuredOutput.begin(); it != a->structuredOutput.end(); ++it) {
            const QString field = it.key();
            if (!knownOrFound(ColumnKind::StructuredOutput, field))
                found.append({ColumnKind::StructuredOutput, field});
        }
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
}

void RowsTableModel::setStructuredOutputFields(const QStringList &names)
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

QString RowsTableModel::columnKey(int column) const
{
    if (column < FixedColumnCount || column >= columnCount())
        return {};
    return m_dynamicColumns.at(column - FixedColumnCount).key;
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

const Row *RowsTableModel::rowById(const QString &id) const
{
    const int at = rowOfId(id);
    return at < 0 ? nullptr : &m_rows.at(at);
}

int RowsTableModel::rowOfId(const QString &id) const
{
    return m_rowById.value(id, -1);
}

QModelIndex RowsTableModel::indexOfId(const QString &id, int column) const
{
    const int at = rowOfId(id);
    return at < 0 ? QModelIndex() : index(at, column);
}

QString RowsTableModel::resultWire(int row) const
{
    const CallAttempt *a = resultAttempt(m_rows.at(row));
    return a ? a->result.text : QString();
}

CallStatus RowsTableModel::callStatus(int row) const
{
    const Row &r = m_rows.at(row);
    return r.call ? r.call->status.value : CallStatus::Unknown;
}

QString RowsTableModel::callStatusWire(int row) const
{
    const Row &r = m_rows.at(row);
    return r.call ? r.call->status.text : QString();
}

QString RowsTableModel::dialErrorWire(int row) const
{
    const CallAttempt *a = latestOf(m_rows.at(row));
    return a ? a->dialError.text : QString();
}

const ApiEnum<CallResult> *RowsTableModel::resultOf(int row) const
{
    const CallAttempt *a = resultAttempt(m_rows.at(row));
    return a ? &a->result : nullptr;
}

const ApiEnum<CallStatus> *RowsTableModel::callStatusOf(int row) const
{
    const Row &r = m_rows.at(row);
    return r.call && r.call->status.isSet() ? &r.call->status : nullptr;
}

void RowsTableModel::prepareTexts(bool search, bool transcripts) const
{
    std::vector<int> missing;
    for (size_t i = 0; i < m_cache.size(); ++i) {
        if ((search && !m_cache[i].searchValid) || (transcripts && !m_cache[i].transcriptValid))
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
    const RowCache &cache = m_cache[size_t(row)];
    if (cache.searchValid)
        return cache.searchText;
    const Row &r = m_rows.at(row);
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
    const RowCache &cache = m_cache[size_t(row)];
    if (cache.transcriptValid)
        return cache.foldedTranscript;
    const Row &r = m_rows.at(row);
    QString text;
    if (r.call) {
        for (const CallAttempt &a : r.call->callAttempts) {
            if (!a.transcript)
                continue;
            for (const TranscriptEntry &e : *a.transcript) {
                TextFold::appendFolded(e.content, text);
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
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1),
                         {Qt::ForegroundRole, Qt::DecorationRole, Qt::BackgroundRole});
    }
}

} // namespace revox
