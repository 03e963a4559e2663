#include "CampaignListModel.h"

#include "DisplayText.h"

#include <QStringList>

namespace revox {

CampaignListModel::CampaignListModel(const CampaignStore *store, QObject *parent)
    : CampaignStoreModel(store, ColumnCount, Status, parent)
{
}

static QVariant statValue(const Campaign &c, qint64 RowStats::*field)
{
    if (!c.rowStats)
        return {};
    return QVariant((*c.rowStats).*field);
}

QVariant CampaignListModel::rawValue(const Campaign &c, Column column) const
{
    switch (column) {
    case Name:
        return DisplayText::rawText(c.name);
    case Status:
        return DisplayText::rawText(c.effectiveStatusText());
    case Progress:
        return c.rowStats ? QVariant(c.rowStats->progressPercent()) : QVariant();
    case Completed:
        return statValue(c, &RowStats::completed);
    case Failed:
        return statValue(c, &RowStats::failed);
    case Calling:
        return statValue(c, &RowStats::calling);
    case Pending:
        return statValue(c, &RowStats::pending);
    case Retry:
        return statValue(c, &RowStats::retry);
    case Total:
        return statValue(c, &RowStats::total);
    case FromNumber:
        return DisplayText::rawText(c.fromPhoneNumber);
    case MaxConcurrentCalls:
        return c.maxConcurrentCalls ? QVariant(*c.maxConcurrentCalls) : QVariant();
    case ScheduledAt:
        return DisplayText::rawTime(c.scheduledAt);
    case UpdatedAt:
        return DisplayText::rawTime(c.updatedAt);
    case ColumnCount:
        break;
    }
    return {};
}

QString CampaignListModel::sentence(const Campaign &c) const
{
    QStringList parts{displayValue(c, Name).toString(), displayValue(c, Status).toString()};
    if (c.rowStats) {
        parts << tr("%1 done").arg(DisplayText::percent(c.rowStats->progressPercent()))
              << tr("%n row(s)", nullptr, int(c.rowStats->total));
    } else {
        parts << tr("no statistics yet");
    }
    return parts.join(QStringLiteral(", "));
}

QVariant CampaignListModel::displayValue(const Campaign &c, Column column) const
{
    switch (column) {
    case Name:
        return c.name.isEmpty() ? c.id : c.name;
    case Status:
        return DisplayText::enumText(c.effectiveStatusText());
    case Progress:
        return c.rowStats ? QVariant(DisplayText::percent(c.rowStats->progressPercent()))
                          : QVariant();
    case Completed:
    case Failed:
    case Calling:
    case Pending:
    case Retry:
    case Total:
    case MaxConcurrentCalls:
        return rawValue(c, column);
    case FromNumber:
        return c.fromPhoneNumber;
    case ScheduledAt:
        return DisplayText::localTime(c.scheduledAt);
    case UpdatedAt:
        return DisplayText::localTime(c.updatedAt);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CampaignListModel::campaignData(const Campaign &c, int, int columnIndex, int role) const
{
    const auto column = Column(columnIndex);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(c, column);
    case RawValueRole:
        return rawValue(c, column);
    case Qt::AccessibleTextRole:
        return sentence(c);
    case Qt::ToolTipRole:
        switch (column) {
        case Status:
            return c.effectiveStatusText();
        case ScheduledAt:
            return c.scheduledAt.toIsoString();
        case UpdatedAt:
            return c.updatedAt.toIsoString();
        case Name:
            return c.id;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column >= Progress && column <= Total)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (column == MaxConcurrentCalls)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Progress:
        return tr("Progress");
    case Completed:
        return tr("Completed");
    case Failed:
        return tr("Failed");
    case Calling:
        return tr("Calling");
    case Pending:
        return tr("Pending");
    case Retry:
        return tr("Retry");
    case Total:
        return tr("Total");
    case FromNumber:
        return tr("From number");
    case MaxConcurrentCalls:
        return tr("Max concurrent calls");
    case ScheduledAt:
        return tr("Scheduled");
    case UpdatedAt:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace revox
