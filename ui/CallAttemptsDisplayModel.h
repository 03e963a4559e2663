#pragma once

#include <QDateTime>
#include <QIdentityProxyModel>

namespace revox {

// The call attempts as the detail pane shows them in its narrow table: start times short
// (the time alone for today, day and time this year), and on every cell a tooltip with the
// whole attempt, so the columns hidden by default (dial error, ended by, end reason) stay
// reachable; for screen readers, each cell reads the whole attempt as one sentence.
class CallAttemptsDisplayModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit CallAttemptsDisplayModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The start time as the table shows it, relative to now (both local times).
    static QString shortTime(const QDateTime &local, const QDateTime &now);

private:
    QString attemptToolTip(int row) const;
    // "Attempt at 02:03:11, Completed, Human, 1 min 53 s".
    QString attemptSentence(int row) const;
};

} // namespace revox
