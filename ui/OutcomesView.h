#pragma once

#include "OutcomeFacets.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;

namespace revox {

class ChartCard;

// What the calls found, field by field (the structured outputs): a card per field with
// its values and live counts, each value a button that filters the rows by it (with the
// other filters); the value in force shows pressed. A card per field is kept while the
// counts change, so keyboard focus stays where it is.
class OutcomesView : public QWidget
{
    Q_OBJECT
public:
    explicit OutcomesView(QWidget *parent = nullptr);

    void setFacets(const QList<OutputFacet> &facets, const QList<OutputCondition> &active);
    const QList<OutputFacet> &facets() const { return m_facets; }
    ChartCard *card() const { return m_card; }
    // The button of a value (for tests); null when it is not shown.
    QPushButton *valueButton(const OutputCondition &condition) const;

signals:
    void conditionToggled(const revox::OutputCondition &condition);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct FieldCard
    {
        QWidget *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *note = nullptr;
        QList<QPushButton *> buttons; // the buckets, then "missing"
        QStringList keys;             // the buckets' conditions, as JSON text
    };
    void showFacet(const OutputFacet &facet, const QList<OutputCondition> &active);
    FieldCard &cardFor(const OutputFacet &facet);
    void styleButton(QPushButton *button, double share) const;
    void describe();

    ChartCard *m_card;
    QScrollArea *m_scroll;
    QWidget *m_fields;
    QLabel *m_empty;
    QList<OutputFacet> m_facets;
    QList<OutputCondition> m_active;
    QHash<QString, FieldCard> m_cards;
};

} // namespace revox
