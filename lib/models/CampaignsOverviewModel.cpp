#include "CampaignsOverviewModel.h"

#include "CampaignStore.h"
#include "DisplayText.h"
#include "JsonText.h"
#include "ServerFunnelCounts.h"

#include <QFont>
#include <QJsonDocument>
#include <QLocale>

namespace revox {

namespace {

std::optional<double> percentOf(std::optional<double> share)
{
    return share ? std::optional<double>(*share * 100.0) : std::nullopt;
}

QVariant optionalValue(std::optional<double> v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

CampaignsOverviewModel::CampaignsOverviewModel(const CampaignStore *store, QObject *parent)
    : CampaignStoreModel(store, ColumnCount, Status, parent)
    , m_conditionText([](const OutputCondition &c) { return c.field + u'=' + c.text; })
    , m_whenText([](const QDateTime &t) { return DisplayText::dateAndTime(t.toLocalTime()); })
{
    m_hadCommonCondition = commonCondition().has_value();
    // After the rows the base model inserted or removed: the campaigns waiting for a summary.
    connect(m_store, &CampaignStore::campaignsInserted, this, [this] { emit summariesChanged(); });
    connect(m_store, &CampaignStore::campaignsRemoved, this, [this] { emit summariesChanged(); });
    connect(m_store, &CampaignStore::summaryChanged, this,
            &CampaignsOverviewModel::summaryRowChanged);
    connect(m_store, &CampaignStore::summariesChanged, this,
            &CampaignsOverviewModel::onSummariesChanged);
}

bool CampaignsOverviewModel::needsRows(int column)
{
    return column >= AnswerRate && column <= LastActivity;
}

const CampaignSummary *CampaignsOverviewModel::summaryAt(int row) const
{
    return m_store->summaryOf(m_store->at(row).id);
}

QString CampaignsOverviewModel::campaignIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_store->at(row).id : QString();
}

QVariant CampaignsOverviewModel::rawValue(const Campaign &c, const CampaignSummary *s,
                                          Column column) const
{
    switch (column) {
    case Name:
        return DisplayText::rawText(c.name.isEmpty() ? c.id : c.name);
    case Status:
        return DisplayText::rawText(c.effectiveStatusText());
    case Rows:
        return c.rowStats ? QVariant(c.rowStats->total) : QVariant();
    case Done:
        return c.rowStats ? QVariant(c.rowStats->progressPercent()) : QVariant();
    case AnswerRate:
    case HumanRate: {
        // The server's own counts when it sends them, else the summary's.
        const ServerFunnelCounts server = ServerFunnelCounts::read(c.funnelStats);
        if (column == AnswerRate && server.hasAnswerRate())
            return optionalValue(percentOf(CampaignFunnel::rate(*server.answered, *server.called)));
        if (column == HumanRate && server.hasHumanRate())
            return optionalValue(percentOf(CampaignFunnel::rate(*server.human, *server.called)));
        if (!s)
            return {};
        return optionalValue(percentOf(CampaignFunnel::rate(
            column == AnswerRate ? s->funnel.answered : s->funnel.human, s->funnel.called)));
    }
    case SuccessRate:
        return s && s->funnel.success
                   ? optionalValue(
                         percentOf(CampaignFunnel::rate(*s->funnel.success, s->funnel.human)))
                   : QVariant();
    case MedianDuration:
        return s && s->medianDurationSecs ? QVariant(*s->medianDurationSecs) : QVariant();
    case LastActivity:
        if (s && s->lastActivity.isValid())
            return s->lastActivity.toMSecsSinceEpoch();
        return DisplayText::rawTime(c.updatedAt);
    case ServerFunnel:
        return c.funnelStats.isEmpty() ? QVariant() : QVariant(serverFunnelText(c.funnelStats));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CampaignsOverviewModel::displayValue(const Campaign &c, const CampaignSummary *s,
                                              Column column) const
{
    QVariant raw = rawValue(c, s, column);
    // Known, but nothing to show (no call yet): a dash, unlike a figure still waiting.
    const QVariant none = s ? QVariant(QStringLiteral("—")) : QVariant();
    switch (column) {
    case Name:
        return c.name.isEmpty() ? c.id : c.name;
    case Status:
        return DisplayText::enumText(c.effectiveStatusText());
    case Rows:
        return raw.isValid() ? QVariant(QLocale().toString(raw.toLongLong())) : QVariant();
    case Done:
        return raw.isValid() ? QVariant(DisplayText::percent(raw.toDouble())) : QVariant();
    case AnswerRate:
    case HumanRate:
    case SuccessRate:
        return raw.isValid() ? QVariant(DisplayText::percent(raw.toDouble())) : none;
    case MedianDuration:
        return raw.isValid() ? QVariant(DisplayText::duration(raw.toLongLong())) : none;
    case LastActivity:
        if (s && s->lastActivity.isValid())
            return DisplayText::dateAndTime(s->lastActivity.toLocalTime());
        if (c.updatedAt.isValid())
            return tr("Updated %1", "the campaign's last update, for want of its last call")
                .arg(DisplayText::dateAndTime(c.updatedAt.toDateTime().toLocalTime()));
        return {};
    case ServerFunnel:
        return raw;
    case ColumnCount:
        break;
    }
    return {};
}

QString CampaignsOverviewModel::serverFunnelText(const QJsonObject &funnelStats)
{
    // Its fields are the server's own (not documented): shown as they came, the largest
    // figures first (a funnel narrows), then anything that is not a number.
    QList<std::pair<QString, QJsonValue>> fields;
    for (auto it = funnelStats.begin(); it != funnelStats.end(); ++it)
        fields.append({it.key(), it.value()});
    std::stable_sort(fields.begin(), fields.end(), [](const auto &a, const auto &b) {
        const double x = a.second.isDouble() ? a.second.toDouble() : -1;
        const double y = b.second.isDouble() ? b.second.toDouble() : -1;
        return x > y;
    });
    QStringList parts;
    for (const auto &[key, value] : fields)
        parts << QStringLiteral("%1 %2").arg(key, JsonText::compact(value));
    return parts.join(QStringLiteral(" · "));
}

QString CampaignsOverviewModel::toolTip(const Campaign &c, const CampaignSummary *s,
                                        Column column) const
{
    if (column == Name)
        return c.id;
    if (column == Status)
        return c.effectiveStatusText();
    if (column == Rows || column == Done)
        return c.rowStats ? QString() : tr("The server has sent no row statistics yet.");
    if (column == ServerFunnel)
        return c.funnelStats.isEmpty() ? tr("This server sends no funnel figures.")
                                       : serverFunnelText(c.funnelStats);
    const ServerFunnelCounts server = ServerFunnelCounts::read(c.funnelStats);
    if ((column == AnswerRate && server.hasAnswerRate()) ||
        (column == HumanRate && server.hasHumanRate())) {
        const QString counts =
            *server.called == 0
                ? tr("No row has been called yet.")
                : tr("%1 of %2 rows called", "answered or human rows of the rows called")
                      .arg(QLocale().toString(column == AnswerRate ? *server.answered
                                                                   : *server.human),
                           QLocale().toString(*server.called));
        return counts + u'\n' + tr("From the server's funnel figures.");
    }
    if (!s) {
        if (column == LastActivity)
            return tr("When the campaign was last updated. Its last call shows once its rows "
                      "have been downloaded in the background or it has been opened.");
        return tr("Not worked out yet: this figure shows once the campaign's rows have been "
                  "downloaded in the background or it has been opened.");
    }
    const QString source = s->source == CampaignSummary::Source::Background
                               ? tr("Worked out from %n row(s) downloaded in the background.",
                                    nullptr, int(s->funnel.rows))
                               : tr("From this computer's copy of the campaign's rows.");
    QString text;
    switch (column) {
    case AnswerRate:
    case HumanRate:
        if (s->funnel.called == 0)
            text = tr("No row has been called yet.");
        else
            text = tr("%1 of %2 rows called", "answered or human rows of the rows called")
                       .arg(QLocale().toString(column == AnswerRate ? s->funnel.answered
                                                                    : s->funnel.human),
                            QLocale().toString(s->funnel.called));
        break;
    case SuccessRate:
        if (!s->successCondition || !s->funnel.success)
            text = tr("The campaign's structured output has no yes/no field to count as a "
                      "success.");
        else if (s->funnel.human == 0)
            text = tr("Success: %1. No person has answered yet.")
                       .arg(m_conditionText(*s->successCondition));
        else
            text = tr("Success: %1. %2 of %3 rows a person answered.")
                       .arg(m_conditionText(*s->successCondition),
                            QLocale().toString(*s->funnel.success),
                            QLocale().toString(s->funnel.human));
        break;
    case MedianDuration:
        if (!s->medianDurationSecs)
            text = tr("No call has been answered yet.");
        break;
    case LastActivity:
        if (!s->lastActivity.isValid())
            text = tr("No call has been made yet; this is when the campaign was last updated.");
        break;
    default:
        break;
    }
    text = text.isEmpty() ? source : text + u'\n' + source;
    const QDateTime updated = c.updatedAt.toDateTime();
    if (updated.isValid() && s->computedAt.isValid() && s->computedAt < updated) {
        const QString age = tr("These figures are from %1, before the campaign's latest "
                               "update: open it to bring them up to date.")
                                .arg(m_whenText(s->computedAt));
        text = text.isEmpty() ? age : text + u'\n' + age;
    }
    return text;
}

QString CampaignsOverviewModel::sentence(const Campaign &c, const CampaignSummary *s) const
{
    QStringList parts{displayValue(c, s, Name).toString(), displayValue(c, s, Status).toString()};
    if (c.rowStats)
        parts << tr("%n row(s)", nullptr, int(c.rowStats->total))
              << tr("%1 done").arg(displayValue(c, s, Done).toString());
    if (!s && !ServerFunnelCounts::read(c.funnelStats).hasAnswerRate()) {
        parts << tr("call figures not worked out yet");
        return parts.join(QStringLiteral(", "));
    }
    const auto add = [&](Column column, const QString &format) {
        if (rawValue(c, s, column).isValid())
            parts << format.arg(displayValue(c, s, column).toString());
    };
    add(AnswerRate, tr("answer rate %1"));
    add(HumanRate, tr("human rate %1"));
    add(SuccessRate, tr("success rate %1"));
    add(MedianDuration, tr("median call %1"));
    add(LastActivity, tr("last activity %1"));
    return parts.join(QStringLiteral(", "));
}

QVariant CampaignsOverviewModel::campaignData(const Campaign &c, int row, int columnIndex,
                                              int role) const
{
    const CampaignSummary *s = summaryAt(row);
    const auto column = Column(columnIndex);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(c, s, column);
    case RawValueRole:
        return rawValue(c, s, column);
    case Qt::ToolTipRole: {
        const QString text = toolTip(c, s, column);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Qt::AccessibleTextRole:
        return sentence(c, s);
    case Qt::FontRole:
        if (column == LastActivity && !(s && s->lastActivity.isValid())) {
            QFont italic;
            italic.setItalic(true);
            return italic; // the campaign's update, not a call
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column >= Rows && column <= MedianDuration)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

std::optional<OutputCondition> CampaignsOverviewModel::commonCondition() const
{
    std::optional<OutputCondition> common;
    for (const CampaignSummary &s : m_store->summaries()) {
        if (!s.successCondition)
            continue;
        if (common && !(*common == *s.successCondition))
            return std::nullopt;
        common = s.successCondition;
    }
    return common;
}

QVariant CampaignsOverviewModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Name:
            return tr("Name");
        case Status:
            return tr("Status");
        case Rows:
            return tr("Rows");
        case Done:
            return tr("Done");
        case AnswerRate:
            return tr("Answer rate");
        case HumanRate:
            return tr("Human rate");
        case SuccessRate:
            return tr("Success rate");
        case MedianDuration:
            return tr("Median call");
        case LastActivity:
            return tr("Last activity");
        case ServerFunnel:
            return tr("Server's funnel");
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && section >= Rows && section <= MedianDuration)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    QString text;
    switch (Column(section)) {
    case Name:
    case Status:
        return {};
    case Rows:
        text = tr("The campaign's rows, from its statistics.");
        break;
    case Done:
        text = tr("Share of the rows that reached a final state (completed or failed), from "
                  "the campaign's statistics.");
        break;
    case AnswerRate:
        text = tr("Rows answered (by a person, a voicemail or a phone system) out of the rows "
                  "called.");
        break;
    case HumanRate:
        text = tr("Rows a person answered out of the rows called.");
        break;
    case SuccessRate:
        text = tr("Rows where a person answered and the structured output meets the success "
                  "condition, out of the rows a person answered.");
        if (const std::optional<OutputCondition> common = commonCondition())
            text += u'\n' + tr("Success: %1.").arg(m_conditionText(*common));
        else
            text += u'\n' + tr("Each campaign's success condition shows on its cell.");
        break;
    case MedianDuration:
        text = tr("Median length of the answered calls.");
        break;
    case LastActivity:
        text = tr("The latest call start or end; in italics, when the campaign was last "
                  "updated, for a campaign not opened yet.");
        break;
    case ServerFunnel:
        text = tr("The funnel figures the server sends with the campaign (funnel_stats), as "
                  "they came: newer servers only.");
        break;
    case ColumnCount:
        return {};
    }
    if (needsRows(section))
        text += u'\n' + tr("Worked out from the campaign's rows: this computer's copy, rows "
                           "downloaded in the background, or the server's funnel figures; "
                           "each cell's tooltip says which.");
    return text;
}

void CampaignsOverviewModel::onSummariesChanged()
{
    const bool common = commonCondition().has_value();
    if (std::exchange(m_hadCommonCondition, common) || common)
        emit headerDataChanged(Qt::Horizontal, SuccessRate, SuccessRate);
    emit summariesChanged();
}

void CampaignsOverviewModel::summaryRowChanged(const QString &campaignId)
{
    const int row = m_store->indexOf(campaignId);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int CampaignsOverviewModel::campaignsWithoutSummary() const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row) {
        if (!m_store->summaryOf(m_store->at(row).id))
            ++count;
    }
    return count;
}

QStringList CampaignsOverviewModel::exportHeader() const
{
    return {tr("Name"),
            tr("Status"),
            tr("Rows"),
            tr("Done (%)"),
            tr("Answer rate (%)"),
            tr("Human rate (%)"),
            tr("Success rate (%)"),
            tr("Median call (s)"),
            tr("Last activity (UTC)"),
            tr("Server's funnel")};
}

QStringList CampaignsOverviewModel::exportCells(int row) const
{
    QStringList cells;
    if (row < 0 || row >= rowCount())
        return cells;
    const Campaign &c = m_store->at(row);
    const CampaignSummary *s = summaryAt(row);
    for (int column = 0; column < ColumnCount; ++column) {
        const QVariant raw = rawValue(c, s, Column(column));
        switch (Column(column)) {
        case Name:
        case Status:
            cells << displayValue(c, s, Column(column)).toString();
            break;
        case Rows:
        case MedianDuration:
            cells << (raw.isValid() ? QString::number(raw.toLongLong()) : QString());
            break;
        case Done:
        case AnswerRate:
        case HumanRate:
        case SuccessRate:
            cells << (raw.isValid() ? QString::number(raw.toDouble(), 'f', 1) : QString());
            break;
        case LastActivity:
            cells << (raw.isValid() ? QDateTime::fromMSecsSinceEpoch(raw.toLongLong(), Qt::UTC)
                                          .toString(Qt::ISODateWithMs)
                                    : QString());
            break;
        case ServerFunnel:
            cells << (c.funnelStats.isEmpty()
                          ? QString()
                          : QString::fromUtf8(
                                QJsonDocument(c.funnelStats).toJson(QJsonDocument::Compact)));
            break;
        case ColumnCount:
            break;
        }
    }
    return cells;
}

void CampaignsOverviewModel::setConditionText(std::function<QString(const OutputCondition &)> text)
{
    m_conditionText = std::move(text);
}

void CampaignsOverviewModel::setWhenText(std::function<QString(const QDateTime &)> text)
{
    m_whenText = std::move(text);
}

} // namespace revox
