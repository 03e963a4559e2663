#pragma once

#include "Call.h"
#include "ModelRoles.h"
#include "StatusPalette.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

namespace revox {

// The call attempts of the selected row, most recent first.
//
// For the UI: call setCall() with the selected row's call (std::nullopt when it has none)
// whenever the selection changes AND after each refresh (RowsTableModel::dataChanged):
// the same call id merges in place (new attempts inserted at the top, changed ones
// dataChanged), another call id swaps the content. attemptAt(row) gives the attempt for the
// transcript pane; RecordingUrlRole its recording.
class CallAttemptsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StartedAt,
        Status,
        Result,
        DialError,
        Duration,
        EndedBy,
        EndReason,
        Phone,
        ColumnCount // sentinel
    };
    Q_ENUM(Column)

    explicit CallAttemptsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setCall(const SharedOptional<Call> &call);
    QString callId() const { return m_callId; }

    const CallAttempt &attemptAt(int row) const { return m_attempts.at(row); }
    int rowOfId(const QString &attemptId) const; // -1 when absent

    void setStatusPalette(const StatusPalette &palette);

private:
    QVariant displayValue(const CallAttempt &a, Column column) const;
    QVariant rawValue(const CallAttempt &a, Column column) const;

    QString m_callId;
    QList<CallAttempt> m_attempts; // most recent first
    StatusPalette m_palette;
};

} // namespace revox
