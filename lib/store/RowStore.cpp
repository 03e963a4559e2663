#include "RowStore.h"

#include "RowDiff.h"
#include "RowOutcome.h"

#include <QSet>

#include <algorithm>

namespace revox {

RowStore::RowStore(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<MergeStats>();
    qRegisterMetaType<RowChange>();
}

template <typename E> static qint8 facetCode(const ApiEnum<E> &e)
{
    if (!e.isSet())
        return RowStore::FacetCodes::kNone;
    return e.isKnown() ? qint8(e.value) : RowStore::FacetCodes::kOther;
}

RowStore::RowDigest RowStore::digestOf(const Row &row)
{
    RowDigest d{qHash(row.id, 0x1d), RowDiff::changeKey(row), {}};
    d.facets.outcome = qint8(revox::outcomeOf(row));
    if (row.call) {
        d.facets.status = facetCode(row.call->status);
        if (const CallAttempt *a = row.call->latestAnsweredAttempt())
            d.facets.result = facetCode(a->result);
        if (const CallAttempt *a = row.call->latestAttempt())
            d.facets.dialError = facetCode(a->dialError);
    }
    return d;
}

QList<RowStore::RowDigest> RowStore::digest(const QList<Row> &rows)
{
    QList<RowDigest> digests;
    digests.reserve(rows.size());
    for (const Row &row : rows)
        digests.append(digestOf(row));
    return digests;
}

const Row *RowStore::rowById(const QString &id) const
{
    const int at = rowOfId(id);
    return at < 0 ? nullptr : &m_rows.at(at);
}

int RowStore::rowOfId(const QString &id) const
{
    return m_rowById.value(id, -1);
}

RowStore::MergeStats RowStore::merge(QList<Row> rows, const QList<RowDigest> &digests)
{
    return mergeReporting(rows, digests, false);
}

RowStore::MergeStats RowStore::replaceAll(QList<Row> rows, const QList<RowDigest> &digests)
{
    return mergeReporting(rows, digests, true);
}

RowStore::MergeStats RowStore::mergeReporting(QList<Row> &rows, const QList<RowDigest> &digests,
                                              bool removeMissing)
{
    QList<RowChange> changes;
    const MergeStats stats = mergeImpl(rows, digests, removeMissing, changes);
    if (!changes.isEmpty())
        emit rowChanges(changes);
    return stats;
}

RowStore::MergeStats RowStore::keepOnly(const QSet<QString> &ids)
{
    const QStringList gone = idsNotIn(ids);
    return gone.isEmpty() ? MergeStats() : removeById(gone);
}

QStringList RowStore::idsNotIn(const QSet<QString> &ids) const
{
    QStringList gone;
    for (const Row &r : m_rows) {
        if (!ids.contains(r.id))
            gone.append(r.id);
    }
    return gone;
}

RowStore::MergeStats RowStore::mergeImpl(QList<Row> &rows, const QList<RowDigest> &givenDigests,
                                         bool removeMissing, QList<RowChange> &changes)
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
    QList<int> changed;
    qsizetype matched = 0;
    // Listings usually come in store order: try the row after the previous match first,
    // comparing id hashes held in a contiguous array, before a lookup by id. Equal id
    // hashes and change keys (64 bits each) are taken as the same unchanged row.
    qsizetype guess = 0;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const RowDigest &d = digests.at(i);
        int at = -1;
        if (guess < qsizetype(m_entries.size()) && m_entries[size_t(guess)].idHash == d.idHash) {
            at = int(guess);
            if (m_entries[size_t(at)].key != d.changeKey && m_rows.at(at).id != in.at(i).id)
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
        Entry &entry = m_entries[size_t(at)];
        if (entry.key == d.changeKey)
            continue;
        if (m_trackChanges)
            changes.append(
                {RowChange::Kind::Changed, in.at(i).id,
                 m_trackFields ? RowDiff::changedPaths(m_rows.at(at), in.at(i)) : QStringList()});
        if (mayMove)
            m_rows[at] = std::move(rows[i]);
        else
            m_rows[at] = in.at(i);
        entry.key = d.changeKey;
        entry.facets = d.facets;
        changed.append(at);
    }
    stats.updated = int(changed.size());
    if (!changed.isEmpty()) {
        std::sort(changed.begin(), changed.end());
        emit rowsChanged(changed);
    }

    // A complete listing that matched every row held has nothing to remove.
    if (removeMissing && matched < m_rows.size()) {
        QSet<QString> incomingIds;
        incomingIds.reserve(in.size());
        for (const Row &r : in)
            incomingIds.insert(r.id);
        const QStringList gone = idsNotIn(incomingIds);
        if (!gone.isEmpty())
            stats.removed = removeImpl(gone, changes).removed;
    }

    if (!addedAt.empty()) {
        stats.inserted = int(addedAt.size());
        insertNew(rows, mayMove, addedAt, addedDigests, changes);
    }
    if (stats.changedAnything())
        emit merged(stats);
    return stats;
}

void RowStore::insertNew(QList<Row> &rows, bool mayMove, const std::vector<int> &addedAt,
                         const std::vector<RowDigest> &addedDigests, QList<RowChange> &changes)
{
    const QList<Row> &in = rows;
    // Keep row_index order: sort the newcomers, then insert each contiguous group at its
    // place (usually one group at the end).
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
    if (m_trackChanges) {
        for (int k : order)
            changes.append({RowChange::Kind::Added, in.at(addedAt[size_t(k)]).id, {}});
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
        emit rowsAboutToBeInserted(at, at + count - 1);
        QList<Row> group;
        group.reserve(count);
        std::vector<Entry> entries(static_cast<size_t>(count));
        for (size_t i = groupBegin; i < groupEnd; ++i) {
            const int source = addedAt[size_t(order[i])];
            if (mayMove)
                group.append(std::move(rows[source]));
            else
                group.append(in.at(source));
            const RowDigest &d = addedDigests[size_t(order[i])];
            entries[i - groupBegin] = {d.changeKey, d.idHash, d.facets};
        }
        if (at == m_rows.size()) {
            m_rows.append(std::move(group));
        } else {
            m_rows.insert(at, count, Row());
            std::move(group.begin(), group.end(), m_rows.begin() + at);
        }
        m_entries.insert(m_entries.begin() + at, entries.begin(), entries.end());
        rebuildIdIndex(at);
        emit rowsInserted(at, at + count - 1);
        groupEnd = groupBegin;
    }
}

RowStore::MergeStats RowStore::removeById(const QStringList &ids)
{
    QList<RowChange> changes;
    const MergeStats stats = removeImpl(ids, changes);
    if (stats.changedAnything())
        emit merged(stats);
    if (!changes.isEmpty())
        emit rowChanges(changes);
    return stats;
}

RowStore::MergeStats RowStore::removeImpl(const QStringList &ids, QList<RowChange> &changes)
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
    if (m_trackChanges) {
        for (int at : doomed)
            changes.append({RowChange::Kind::Removed, m_rows.at(at).id, {}});
    }
    // Contiguous batches, from the end so that earlier indices hold.
    size_t end = doomed.size();
    while (end > 0) {
        size_t begin = end - 1;
        while (begin > 0 && doomed[begin - 1] == doomed[begin] - 1)
            --begin;
        const int first = doomed[begin];
        const int last = doomed[end - 1];
        emit rowsAboutToBeRemoved(first, last);
        for (int r = first; r <= last; ++r)
            m_rowById.remove(m_rows.at(r).id);
        m_rows.remove(first, last - first + 1);
        m_entries.erase(m_entries.begin() + first, m_entries.begin() + last + 1);
        rebuildIdIndex(first);
        emit rowsRemoved(first, last);
        end = begin;
    }
    stats.removed = int(doomed.size());
    return stats;
}

void RowStore::reserve(qsizetype rows)
{
    rows = std::min(rows, m_rows.size() + kMaxReserveAhead);
    if (rows <= m_rows.capacity())
        return;
    m_rows.reserve(rows);
    m_entries.reserve(size_t(rows));
    m_rowById.reserve(rows);
}

void RowStore::setCampaignClosed(bool closed)
{
    if (closed == m_campaignClosed)
        return;
    m_campaignClosed = closed;
    QList<int> changed;
    for (int i = 0; i < size(); ++i) {
        if (m_entries[size_t(i)].facets.outcome == qint8(RowOutcome::NotCalled))
            changed.append(i);
    }
    if (!changed.isEmpty())
        emit rowsChanged(changed);
}

RowOutcome RowStore::outcomeOf(const Row &row) const
{
    const RowOutcome outcome = revox::outcomeOf(row);
    return m_campaignClosed && outcome == RowOutcome::NotCalled ? RowOutcome::Skipped : outcome;
}

void RowStore::clear()
{
    m_campaignClosed = false;
    if (m_rows.isEmpty() && m_outputFields.isEmpty())
        return;
    emit aboutToClear();
    m_rows.clear();
    m_entries.clear();
    m_rowById.clear();
    m_outputFields.clear();
    emit cleared();
}

void RowStore::setStructuredOutputFields(const QStringList &names)
{
    if (names == m_outputFields)
        return;
    m_outputFields = names;
    emit structuredOutputFieldsChanged(names);
}

void RowStore::rebuildIdIndex(int fromRow)
{
    if (fromRow == 0)
        m_rowById.reserve(m_rows.size());
    for (int i = fromRow; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
}

} // namespace revox
