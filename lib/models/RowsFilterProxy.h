#pragma once

#include "RowsFilterState.h"

#include <QByteArrayMatcher>
#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <bitset>
#include <vector>

namespace revox {

class RowsTableModel;

// Filters and sorts a RowsTableModel: by outcome or result, call status (several), dial
// error, text, transcript text and structured-output conditions; the filters combine (AND). Sorts
// on RawValueRole, empty values last in both orders. Counts per result and per call status feed the
// UI's filter chips.
//
// For the UI: setSourceModel(rowsTableModel) (the source must be a RowsTableModel); call
// the setters (a setter that changes nothing does nothing); read resultCounts() /
// statusCounts() on countsChanged(); save filterState() and restore with setFilterState().
//
// Counts are facet counts: the count for result R is the number of rows that would be
// shown with result filter R and every OTHER filter as it is (likewise per status), so
// a chip shows how many rows clicking it gives. "all" counts the rows matching the other
// filters. The outcome keys (RowOutcome) and the result wire texts, which count answered
// rows only, add up to "all"; "none" counts the rows without an answered attempt.
class RowsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RowsFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

    // "all" (default), an outcome key ("not_called", "in_progress", "answered",
    // "not_reached", "skipped"), a result ("human": answered, last answer human), or "none"
    // (no answered attempt). See RowsFilterState::result.
    void setResultFilter(const QString &result);
    QString resultFilter() const { return m_state.result; }
    // Call status wire texts; empty shows every status. "none" matches rows without a call.
    void setCallStatusFilter(const QStringList &statuses);
    QStringList callStatusFilter() const { return m_state.callStatuses; }
    // A dial error wire text; empty for any.
    void setDialErrorFilter(const QString &dialError);
    QString dialErrorFilter() const { return m_state.dialError; }
    // Case-insensitive substring of phone, input data values, row / call / attempt ids.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_state.text; }
    // When set, the text filter also matches transcript text (one search box for both).
    void setTextSearchesTranscripts(bool on);
    // Case- and accent-insensitive substring of the row's transcripts.
    void setTranscriptFilter(const QString &text);
    QString transcriptFilter() const { return m_state.transcriptText; }
    // Structured-output conditions (all must hold); empty for none.
    void setOutputFilter(const QList<OutputCondition> &conditions);
    QList<OutputCondition> outputFilter() const { return m_state.outputs; }

    RowsFilterState filterState() const;
    // Applies every filter and the sort order at once (one invalidate at most).
    void setFilterState(const RowsFilterState &state);

    // Facet counts (see the class comment), keyed by result filter value / call status wire
    // text ("none" for rows without a call). Up to date when countsChanged() is emitted.
    QHash<QString, int> resultCounts() const { return m_resultCounts; }
    QHash<QString, int> statusCounts() const { return m_statusCounts; }

    // Source row -> whether it passes every filter (what filterAcceptsRow answers).
    bool acceptsSourceRow(int sourceRow) const;
    // Whether the row passes every filter but the structured-output conditions (what the
    // outcome facets count over); as of the last count.
    bool acceptsSourceRowButOutputs(int sourceRow) const;

    // Qt::AccessibleTextRole: every cell of a row reads the row as one sentence for screen
    // readers ("Row 10, +33 7 37 74 85 67, Completed, Human, 1 min 53 s").
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QString rowSentence(int sourceRow) const;

signals:
    void countsChanged();
    void filterStateChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // Which filters a row passes, one bit per filter.
    enum FilterBit : unsigned {
        PassResult = 1,
        PassStatus = 2,
        PassDialError = 4,
        PassText = 8,
        PassTranscript = 16,
        PassOutput = 32,
        PassAll = 63
    };
    enum class ResultMode { All, Outcome, Result, NoAnswer };
    // The filter bits of a row; the bits in knownFailing are taken as failing unchecked.
    unsigned evaluate(int sourceRow, unsigned knownFailing = 0) const;
    void applyFilters(); // recount and invalidate the row filter
    void scheduleRecount();
    void recount();

    RowsTableModel *m_rows = nullptr;
    RowsFilterState m_state;
    void setNeedles();

    QByteArrayMatcher m_textMatcher;             // text filter, lower case UTF-8
    QByteArrayMatcher m_textInTranscriptMatcher; // text filter, folded UTF-8
    QByteArrayMatcher m_transcriptMatcher;       // transcript filter, folded UTF-8
    ResultMode m_resultMode = ResultMode::All;
    qint8 m_outcomeCode = 0;       // result filter as an outcome (Outcome)
    qint8 m_resultCode = -3;       // result filter as a facet code (Result)
    qint8 m_dialErrorCode = -3;    // dial error filter as a facet code
    std::bitset<32> m_statusCodes; // status filter: facet code + 1
    QHash<QString, int> m_resultCounts;
    QHash<QString, int> m_statusCounts;
    std::vector<unsigned char> m_passBits;     // per source row, filled by recount()
    std::vector<unsigned char> m_previousBits; // the pass before (for narrowing)
    bool m_passBitsCurrent = false;            // m_passBits describe the source rows as they are
    QList<QMetaObject::Connection> m_sourceConnections;
    bool m_recountScheduled = false;
    // Typing narrows a search ("portl" -> "portla"): rows that failed the shorter text
    // fail the longer one too, so the next pass skips their text / transcript checks.
    unsigned m_narrowing = 0; // PassText and/or PassTranscript
};

} // namespace revox
