#include "CampaignStoreModel.h"

#include "CampaignStore.h"
#include "ModelRoles.h"

namespace revox {

CampaignStoreModel::CampaignStoreModel(const CampaignStore *store, int columns, int statusColumn,
                                       QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_columns(columns)
    , m_statusColumn(statusColumn)
{
    connect(m_store, &CampaignStore::campaignsAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(m_store, &CampaignStore::campaignsInserted, this, [this] { endInsertRows(); });
    connect(m_store, &CampaignStore::campaignsAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows({}, first, last); });
    connect(m_store, &CampaignStore::campaignsRemoved, this, [this] { endRemoveRows(); });
    connect(m_store, &CampaignStore::campaignChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, m_columns - 1)); });
}

int CampaignStoreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store->size();
}

int CampaignStoreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QHash<int, QByteArray> CampaignStoreModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(RowIdRole, "rowId");
    names.insert(StatusWireRole, "statusWire");
    return names;
}

const Campaign &CampaignStoreModel::campaignAt(int row) const
{
    return m_store->at(row);
}

const Campaign *CampaignStoreModel::campaignById(const QString &id) const
{
    return m_store->campaignById(id);
}

int CampaignStoreModel::rowOfId(const QString &id) const
{
    return m_store->indexOf(id);
}

QModelIndex CampaignStoreModel::indexOfId(const QString &id, int column) const
{
    const int row = rowOfId(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

QVariant CampaignStoreModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Campaign &c = m_store->at(index.row());
    if (const std::optional<QVariant> shared = sharedData(c, index.column(), role))
        return *shared;
    return campaignData(c, index.row(), index.column(), role);
}

std::optional<QVariant> CampaignStoreModel::sharedData(const Campaign &c, int column,
                                                       int role) const
{
    switch (role) {
    case RowIdRole:
        return c.id;
    case StatusWireRole:
        return c.effectiveStatusText();
    case Qt::ForegroundRole:
    case Qt::DecorationRole:
        if (column == m_statusColumn)
            return m_palette.campaignStatusColor(c.status.value, c.isCancelled);
        return QVariant();
    default:
        return std::nullopt;
    }
}

void CampaignStoreModel::setStatusPalette(const StatusPalette &palette)
{
    m_palette = palette;
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1),
                         {Qt::ForegroundRole, Qt::DecorationRole, Qt::BackgroundRole});
    }
}

} // namespace revox
