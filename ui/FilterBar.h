#pragma once

#include "RowsFilterState.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTimer;
class QToolButton;

namespace revox {

// The controls above the row table: result chips with live counts, a call status
// multi-select, a dial error choice, a debounced search box and "N of M rows".
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    // Shows state without emitting filterChanged.
    void setState(const RowsFilterState &state);
    RowsFilterState state() const { return m_state; }
    // Facet counts from RowsFilterProxy (keyed by result / status wire value).
    void setCounts(const QHash<QString, int> &results, const QHash<QString, int> &statuses);
    void setRowCounts(int shown, int total);
    // Adds a structured-output condition (replacing one on the same field), or removes it
    // when it is already there, and emits filterChanged.
    void toggleOutputCondition(const OutputCondition &condition);

    QString rowCountText() const;
    // The number a result chip currently shows; -1 when it shows none.
    int chipCount(const QString &result) const;
    QToolButton *chip(const QString &result) const { return m_chips.value(result); }
    QLineEdit *searchBox() const { return m_search; }
    // Milliseconds the search box waits after a keystroke before filtering.
    static constexpr int kSearchDebounceMs = 250;

signals:
    void filterChanged(const revox::RowsFilterState &state);

public slots:
    void focusSearch();
    void clearFilters();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateChipTexts();
    void updateStatusButton();
    void rebuildOutputTags();
    void emitChange();

    RowsFilterState m_state;
    QMap<QString, QToolButton *> m_chips; // result wire value -> chip
    QButtonGroup *m_chipGroup;
    QToolButton *m_statusButton;
    QMenu *m_statusMenu;
    QComboBox *m_dialError;
    QLineEdit *m_search;
    QTimer *m_debounce;
    QLabel *m_rowCount;
    QToolButton *m_clear;
    QWidget *m_outputTags;
    QHash<QString, int> m_resultCounts;
    QHash<QString, int> m_statusCounts;
    bool m_updating = false;
};

} // namespace revox
