#pragma once

#include "CampaignFunnel.h"
#include "OutputCondition.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QGraphicsSimpleTextItem;
class QHorizontalStackedBarSeries;
class QBarCategoryAxis;
class QLabel;
class QValueAxis;

namespace revox {

class ChartCard;

// How far the campaign's rows got (rows, called, answered, a person, success) as a bar
// chart with counts and rates, the choice of what counts as success, and the server's own
// funnel figures.
class FunnelView : public QWidget
{
    Q_OBJECT
public:
    explicit FunnelView(QWidget *parent = nullptr);

    // The structured-output values a user may call success (boolean true/false, enum
    // options), and the one chosen.
    void setSuccessChoices(const QList<OutputCondition> &choices,
                           const std::optional<OutputCondition> &current);
    void setFunnel(const CampaignFunnel &funnel);
    // The server's own funnel_stats object (fields not public: shown as they came,
    // key: value, nested values compact); hidden when empty.
    void setServerFunnel(const QJsonObject &funnelStats);
    ChartCard *card() const { return m_card; }
    QComboBox *successCombo() const { return m_combo; }
    // The server's figures as shown, one "key: value" a line; empty when hidden.
    QString serverFunnelText() const;

signals:
    void successConditionChanged(const std::optional<revox::OutputCondition> &condition);

protected:
    void changeEvent(QEvent *event) override;

private:
    // One bar of the chart.
    struct Step
    {
        QString name;
        qint64 count = 0;
        QString label; // "402 · 63% of called · 34% of rows"
        QColor color;
    };

    QList<Step> steps() const;
    void rebuild();
    void placeLabels();
    void applyPalette();
    void comboChanged(int index);

    CampaignFunnel m_funnel;
    QList<OutputCondition> m_choices; // combo index - 1
    std::optional<OutputCondition> m_current;
    bool m_updatingCombo = false;

    QComboBox *m_combo = nullptr;
    QChartView *m_view = nullptr;
    QHorizontalStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_stepAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    QList<QGraphicsSimpleTextItem *> m_labels; // "402 · 63% of called", by each bar
    QList<QGraphicsSimpleTextItem *> m_names;  // "Answered", left of each bar
    QList<Step> m_shown;
    ChartCard *m_card = nullptr;
    QWidget *m_server = nullptr;
    QLabel *m_serverText = nullptr;
};

} // namespace revox
