#pragma once

#include "Row.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

class QWidget;

namespace revox {

// Writes rows to a CSV file in the project's export format on a worker thread, with
// progress and cancellation; optionally driven by a progress dialog.
class RowsExportJob : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        qint64 rowsWritten = 0;
        QString message; // for a person
    };

    explicit RowsExportJob(QObject *parent = nullptr);
    ~RowsExportJob() override;

    void start(QList<Row> rows, const QString &path);
    void cancel();
    bool isRunning() const;
    // Starts the job with a progress dialog over parent; the job deletes itself when done.
    static RowsExportJob *runWithDialog(QWidget *parent, QList<Row> rows, const QString &path);

signals:
    void progress(qint64 written, qint64 total);
    void finished(const revox::RowsExportJob::Outcome &outcome);

private:
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace revox
