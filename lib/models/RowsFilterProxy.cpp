#include "RowsFilterProxy.h"

#include "DisplayText.h"
#include "ModelRoles.h"
#include "RawValueSortProxy.h"
#include "RowOutcome.h"
#include "RowsTableModel.h"
#include "TextFold.h"

#include <QStringList>
#include <QTimer>

#include <array>

namespace revox {

static const QString kAll = QStringLiteral("all");
static const QString kNone = QStringLiteral("none");
static constexpr int kRecountDelayMs = 100;
static constexpr qsizetype kMaxPreciseFlips = 2000;

RowsFilterProxy::RowsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setDynamicSortFilter(true);
}

void RowsFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    m_rows = qobject_cast<RowsTableModel *>(source);
    Q_ASSERT_X(!source || m_rows, "RowsFilterProxy", "the source must be a RowsTableModel");
    m_passBitsCurrent = false;
    if (m_rows) {
        // Connected before the base class connects its own handlers, so that the bits are
        // marked stale before it asks filterAcceptsRow() about changed rows.
        const auto stale = [this] {
            m_passBitsCurrent = false;
        };
        m_sourceConnections
            << connect(m_rows, &QAbstractItemModel::rowsAboutToBeInserted, this, stale)
            << connect(m_rows, &QAbstractItemModel::rowsAboutToBeRemoved, this, stale)
            << connect(m_rows, &QAbstractItemModel::dataChanged, this, stale)
            << connect(m_rows, &QAbstractItemModel::modelAboutToBeReset, this, stale)
            << connect(m_rows, &QAbstractItemModel::layoutAboutToBeChanged, this, stale);
    }
    QSortFilterProxyModel::setSourceModel(source);
    if (m_rows) {
        const auto recountLater = [this] {
            scheduleRecount();
        };
        m_sourceConnections << connect(m_rows, &QAbstractItemModel::rowsInserted, this,
                                       recountLater)
                            << connect(m_rows, &QAbstractItemModel::rowsRemoved, this, recountLater)
                            << connect(m_rows, &QAbstractItemModel::dataChanged, this, recountLater)
                            << connect(m_rows, &QAbstractItemModel::modelReset, this, recountLater)
                            << connect(m_rows, &QAbstractItemModel::layoutChanged, this,
                                       recountLater);
    }
    recount();
    emit countsChanged();
}

// ---- setters: each does nothing when nothing changes ------------------------------------

void RowsFilterProxy::setResultFilter(const QString &result)
{
    const QString value = result.isEmpty() ? kAll : result;
    if (value == m_state.result)
        return;
    m_state.result = value;
    setNeedles();
    applyFilters();
}

void RowsFilterProxy::setCallStatusFilter(const QStringList &statuses)
{
    QStringList sorted = statuses;
    sorted.removeDuplicates();
    sorted.sort();
    if (sorted == m_state.callStatuses)
        return;
    m_state.callStatuses = sorted;
    setNeedles();
    applyFilters();
}

void RowsFilterProxy::setDialErrorFilter(const QString &dialError)
{
    if (dialError == m_state.dialError)
        return;
    m_state.dialError = dialError;
    setNeedles();
    applyFilters();
}

void RowsFilterProxy::setTextFilter(const QString &text)
{
    if (text == m_state.text)
        return;
    if (!m_state.text.isEmpty() && text.contains(m_state.text, Qt::CaseInsensitive))
        m_narrowing |= PassText;
    m_state.text = text;
    setNeedles();
    applyFilters();
}

void RowsFilterProxy::setTextSearchesTranscripts(bool on)
{
    if (on == m_state.textSearchesTranscripts)
        return;
    m_state.textSearchesTranscripts = on;
    if (!m_state.text.isEmpty())
        applyFilters();
    else
        emit filterStateChanged();
}

void RowsFilterProxy::setTranscriptFilter(const QString &text)
{
    if (text == m_state.transcriptText)
        return;
    if (!m_state.transcriptText.isEmpty() &&
        TextFold::fold(text).contains(TextFold::fold(m_state.transcriptText)))
        m_narrowing |= PassTranscript;
    m_state.transcriptText = text;
    setNeedles();
    applyFilters();
}

void RowsFilterProxy::setOutputFilter(const QList<OutputCondition> &conditions)
{
    if (conditions == m_state.outputs)
        return;
    m_state.outputs = conditions;
    applyFilters();
}

RowsFilterState RowsFilterProxy::filterState() const
{
    RowsFilterState s = m_state;
    s.sortColumn = sortColumn();
    s.sortDescending = sortOrder() == Qt::DescendingOrder;
    return s;
}

void RowsFilterProxy::setFilterState(const RowsFilterState &state)
{
    RowsFilterState wanted = state;
    if (wanted.result.isEmpty())
        wanted.result = kAll;
    wanted.callStatuses.removeDuplicates();
    wanted.callStatuses.sort();
    RowsFilterState current = m_state;
    current.sortColumn = wanted.sortColumn;
    current.sortDescending = wanted.sortDescending;
    if (!(current == wanted)) {
        m_state = wanted;
        setNeedles();
        applyFilters();
    }
    const Qt::SortOrder order = wanted.sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder;
    if (wanted.sortColumn != sortColumn() || (wanted.sortColumn >= 0 && order != sortOrder()))
        sort(wanted.sortColumn, order);
}

void RowsFilterProxy::setNeedles()
{
    // Known wire values as facet codes (an unknown text matches no known code: -3).
    const auto code = [](auto known, bool isKnown) {
        return isKnown ? qint8(known) : qint8(-3);
    };
    const CallResult result = fromWire<CallResult>(m_state.result);
    m_resultCode = code(result, result != CallResult::Unknown);
    RowOutcome outcome = RowOutcome::NotCalled;
    if (m_state.result == kAll) {
        m_resultMode = ResultMode::All;
    } else if (m_state.result == kNone) {
        m_resultMode = ResultMode::NoAnswer;
    } else if (outcomeFromKey(m_state.result, &outcome)) {
        m_resultMode = ResultMode::Outcome;
        m_outcomeCode = qint8(outcome);
    } else {
        m_resultMode = ResultMode::Result;
    }
    const DialError dialError = fromWire<DialError>(m_state.dialError);
    m_dialErrorCode = code(dialError, dialError != DialError::Unknown);
    m_statusCodes.reset();
    for (const QString &wire : std::as_const(m_state.callStatuses)) {
        if (wire == kNone) {
            m_statusCodes.set(0); // code kNone (-1) + 1
            continue;
        }
        const CallStatus status = fromWire<CallStatus>(wire);
        if (status != CallStatus::Unknown)
            m_statusCodes.set(size_t(int(status)) + 1);
    }
    m_textMatcher.setPattern(m_state.text.toLower().toUtf8());
    m_textInTranscriptMatcher.setPattern(TextFold::fold(m_state.text).toUtf8());
    m_transcriptMatcher.setPattern(TextFold::fold(m_state.transcriptText).toUtf8());
}

// ---- filtering --------------------------------------------------------------------------

unsigned RowsFilterProxy::evaluate(int sourceRow, unsigned knownFailing) const
{
    // Result, status and dial error are read from the model's facet codes (a contiguous
    // array); the row itself only for wire values the enums do not know.
    using Codes = RowsTableModel::FacetCodes;
    const Codes codes = m_rows->facetsOf(sourceRow);
    unsigned bits = 0;
    // Every facet passes an empty filter; a wire value the enums do not know (kOther) is
    // compared by its text.
    bool resultPasses = true;
    switch (m_resultMode) {
    case ResultMode::All:
        break;
    case ResultMode::Outcome:
        resultPasses = codes.outcome == m_outcomeCode;
        break;
    case ResultMode::NoAnswer:
        resultPasses = codes.result == Codes::kNone;
        break;
    case ResultMode::Result:
        resultPasses =
            codes.outcome == qint8(RowOutcome::Answered) &&
            (codes.result == Codes::kOther ? m_rows->resultWire(sourceRow) == m_state.result
                                           : codes.result == m_resultCode);
        break;
    }
    const bool statusPasses =
        m_state.callStatuses.isEmpty() ||
        (codes.status == Codes::kOther
             ? m_state.callStatuses.contains(m_rows->callStatusWire(sourceRow))
             : m_statusCodes.test(size_t(codes.status + 1)));
    const bool dialErrorPasses =
        m_state.dialError.isEmpty() ||
        (codes.dialError == Codes::kOther ? m_rows->dialErrorWire(sourceRow) == m_state.dialError
                                          : codes.dialError == m_dialErrorCode);
    if (resultPasses)
        bits |= PassResult;
    if (statusPasses)
        bits |= PassStatus;
    if (dialErrorPasses)
        bits |= PassDialError;
    if (m_state.text.isEmpty() ||
        (!(knownFailing & PassText) &&
         (m_textMatcher.indexIn(m_rows->searchText(sourceRow)) >= 0 ||
          (m_state.textSearchesTranscripts &&
           m_textInTranscriptMatcher.indexIn(m_rows->foldedTranscript(sourceRow)) >= 0))))
        bits |= PassText;
    if (m_state.transcriptText.isEmpty() ||
        (!(knownFailing & PassTranscript) &&
         m_transcriptMatcher.indexIn(m_rows->foldedTranscript(sourceRow)) >= 0))
        bits |= PassTranscript;
    if (m_state.outputs.isEmpty() ||
        matchesAll(m_state.outputs, m_rows->rowAt(sourceRow).structuredOutput()))
        bits |= PassOutput;
    return bits;
}

bool RowsFilterProxy::acceptsSourceRow(int sourceRow) const
{
    if (!m_rows || sourceRow < 0 || sourceRow >= m_rows->rowCount())
        return false;
    if (m_passBitsCurrent && size_t(sourceRow) < m_passBits.size())
        return m_passBits[size_t(sourceRow)] == PassAll;
    return evaluate(sourceRow) == PassAll;
}

bool RowsFilterProxy::acceptsSourceRowButOutputs(int sourceRow) const
{
    if (!m_rows || sourceRow < 0 || sourceRow >= m_rows->rowCount())
        return false;
    if (m_passBitsCurrent && size_t(sourceRow) < m_passBits.size())
        return (m_passBits[size_t(sourceRow)] | PassOutput) == PassAll;
    return (evaluate(sourceRow) | PassOutput) == PassAll;
}

bool RowsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return acceptsSourceRow(sourceRow);
}

void RowsFilterProxy::applyFilters()
{
    // One pass computes every row's filter bits and the chip counts; the proxy's own
    // pass then only reads the bits.
    const auto results = m_resultCounts;
    const auto statuses = m_statusCounts;
    if (m_rows && (!m_state.text.isEmpty() || !m_state.transcriptText.isEmpty())) {
        m_rows->prepareTexts(!m_state.text.isEmpty(),
                             !m_state.transcriptText.isEmpty() ||
                                 (!m_state.text.isEmpty() && m_state.textSearchesTranscripts));
    }
    recount();
    // How many rows change visibility decides how the view hears of it: a few as
    // rowsRemoved / rowsInserted; many scattered ones as one layoutChanged, because the
    // base class updates its mapping once per removed or inserted interval (O(rows) each).
    qsizetype flips = m_passBits.size();
    if (m_previousBits.size() == m_passBits.size()) {
        flips = 0;
        for (size_t i = 0; i < m_passBits.size(); ++i)
            flips += (m_passBits[i] == PassAll) != (m_previousBits[i] == PassAll);
    }
    if (flips > kMaxPreciseFlips && sortColumn() < 0)
        invalidate();
    else
        invalidateRowsFilter();
    if (results != m_resultCounts || statuses != m_statusCounts)
        emit countsChanged();
    emit filterStateChanged();
}

void RowsFilterProxy::scheduleRecount()
{
    if (m_recountScheduled)
        return;
    m_recountScheduled = true;
    // Coalesced: a first load merges hundreds of pages; the chips need not follow each.
    QTimer::singleShot(kRecountDelayMs, this, [this] {
        m_recountScheduled = false;
        const auto results = m_resultCounts;
        const auto statuses = m_statusCounts;
        recount();
        if (results != m_resultCounts || statuses != m_statusCounts)
            emit countsChanged();
    });
}

void RowsFilterProxy::recount()
{
    m_resultCounts.clear();
    m_statusCounts.clear();
    const int n = m_rows ? m_rows->rowCount() : 0;
    // The bits of the last pass are only meaningful for narrowing and flip counting when
    // they still describe these rows.
    m_previousBits.swap(m_passBits);
    if (!m_passBitsCurrent)
        m_previousBits.clear();
    m_passBits.assign(size_t(n), 0);
    m_passBitsCurrent = true;
    for (const QString &value : resultFilterValues())
        m_resultCounts.insert(value, 0);
    if (n == 0)
        return;
    // Facet counts: a row counts for its result when it passes every filter but the
    // result filter, and for its status when it passes every filter but the status one.
    // Known values are counted by enum (no string hashing per row), others by wire text.
    int all = 0;
    int noResult = 0;
    std::array<int, 8> byOutcome{};
    int noStatus = 0;
    std::array<int, 16> byResult{};
    std::array<int, 16> byStatus{};
    QHash<QString, int> otherResults;
    QHash<QString, int> otherStatuses;
    using Codes = RowsTableModel::FacetCodes;
    // Narrowing only holds when the bits of the last pass describe these very rows.
    const unsigned narrowing = m_previousBits.size() == size_t(n) ? m_narrowing : 0;
    m_narrowing = 0;
    for (int row = 0; row < n; ++row) {
        const unsigned knownFailing =
            narrowing ? narrowing & ~unsigned(m_previousBits[size_t(row)]) : 0;
        const unsigned bits = evaluate(row, knownFailing);
        m_passBits[size_t(row)] = static_cast<unsigned char>(bits);
        const Codes codes = m_rows->facetsOf(row);
        if ((bits | PassResult) == PassAll) {
            ++all;
            ++byOutcome[size_t(static_cast<unsigned char>(codes.outcome)) & 7];
            // The result chips count answered rows only (a row in progress or skipped after
            // an earlier answer is counted by its outcome), so that the chips add up.
            if (codes.result == Codes::kNone)
                ++noResult;
            else if (codes.outcome == qint8(RowOutcome::Answered) && codes.result == Codes::kOther)
                ++otherResults[m_rows->resultWire(row)];
            else if (codes.outcome == qint8(RowOutcome::Answered))
                ++byResult[size_t(static_cast<unsigned char>(codes.result))];
        }
        if ((bits | PassStatus) == PassAll) {
            if (codes.status == Codes::kNone)
                ++noStatus;
            else if (codes.status == Codes::kOther)
                ++otherStatuses[m_rows->callStatusWire(row)];
            else
                ++byStatus[size_t(static_cast<unsigned char>(codes.status))];
        }
    }
    for (size_t v = 1; v < byResult.size(); ++v) {
        if (byResult[v] > 0)
            m_resultCounts[toWire(CallResult(v))] += byResult[v];
    }
    for (auto it = otherResults.cbegin(); it != otherResults.cend(); ++it)
        m_resultCounts[it.key()] += it.value();
    m_resultCounts[kNone] = noResult;
    for (int o = 0; o < kRowOutcomeCount; ++o)
        m_resultCounts[outcomeKey(RowOutcome(o))] = byOutcome[size_t(o)];
    m_resultCounts[kAll] = all;
    for (size_t v = 1; v < byStatus.size(); ++v) {
        if (byStatus[v] > 0)
            m_statusCounts[toWire(CallStatus(v))] += byStatus[v];
    }
    for (auto it = otherStatuses.cbegin(); it != otherStatuses.cend(); ++it)
        m_statusCounts[it.key()] += it.value();
    if (noStatus > 0)
        m_statusCounts[kNone] = noStatus;
}

// ---- sorting -----------------------------------------------------------------------------

bool RowsFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return RawValueSortProxy::rawValueLess(left, right, sortOrder());
}

QVariant RowsFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::AccessibleTextRole && index.isValid()) {
        return rowSentence(mapToSource(index).row());
    }
    return QSortFilterProxyModel::data(index, role);
}

QString RowsFilterProxy::rowSentence(int sourceRow) const
{
    const QAbstractItemModel *rows = sourceModel();
    if (!rows || sourceRow < 0 || sourceRow >= rows->rowCount()) {
        return {};
    }
    auto text = [&](int column) {
        return rows->index(sourceRow, column).data(Qt::DisplayRole).toString();
    };
    QStringList parts{tr("Row %1").arg(text(RowsTableModel::RowNumber))};
    const QString status = text(RowsTableModel::CallStatus);
    parts << text(RowsTableModel::Phone) << (status.isEmpty() ? tr("no call yet") : status);
    for (const QString &part :
         {text(RowsTableModel::LastResult), text(RowsTableModel::LastDialError)}) {
        parts << part;
    }
    const QVariant seconds = rows->index(sourceRow, RowsTableModel::Duration).data(RawValueRole);
    if (seconds.isValid()) {
        parts << DisplayText::spokenDuration(seconds.toLongLong());
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

} // namespace revox
