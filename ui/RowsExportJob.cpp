#include "RowsExportJob.h"

#include "RowsCsvExporter.h"

#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QSaveFile>
#include <QtConcurrent>

namespace revox {

RowsExportJob::RowsExportJob(QObject *parent)
    : QObject(parent)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

RowsExportJob::~RowsExportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

bool RowsExportJob::isRunning() const
{
    return m_watcher.isRunning();
}

void RowsExportJob::cancel()
{
    m_cancel->store(true);
}

void RowsExportJob::start(QList<Row> rows, const QString &path)
{
    m_cancel->store(false);
    QPointer<RowsExportJob> self(this);
    auto cancelFlag = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([rows = std::move(rows), path, cancelFlag, self]() {
        Outcome outcome;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            outcome.message = RowsExportJob::tr("Could not open %1 for writing: %2")
                                  .arg(path, file.errorString());
            return outcome;
        }
        RowsCsvExporter exporter(rows);
        const auto result = exporter.write(&file, [&](qint64 written, qint64 total) {
            if (self) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, written, total] {
                        if (self) {
                            emit self->progress(written, total);
                        }
                    },
                    Qt::QueuedConnection);
            }
            return !cancelFlag->load();
        });
        outcome.rowsWritten = result.rowsWritten;
        if (result.cancelled || cancelFlag->load()) {
            file.cancelWriting();
            outcome.cancelled = true;
            outcome.message = RowsExportJob::tr("Export cancelled; no file was written.");
            return outcome;
        }
        if (!result.ok) {
            file.cancelWriting();
            outcome.message = RowsExportJob::tr("Export failed: %1").arg(result.error);
            return outcome;
        }
        if (!file.commit()) {
            outcome.message =
                RowsExportJob::tr("Could not write %1: %2").arg(path, file.errorString());
            return outcome;
        }
        outcome.ok = true;
        outcome.message =
            RowsExportJob::tr("Exported %1 rows to %2")
                .arg(QLocale().toString(result.rowsWritten), QFileInfo(path).fileName());
        return outcome;
    }));
}

RowsExportJob *RowsExportJob::runWithDialog(QWidget *parent, QList<Row> rows, const QString &path)
{
    auto *job = new RowsExportJob(parent);
    const qint64 total = rows.size();
    auto *dialog = new QProgressDialog(tr("Exporting %1 rows…").arg(QLocale().toString(total)),
                                       tr("Cancel"), 0, 1000, parent);
    dialog->setWindowTitle(tr("Export to CSV"));
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setWindowModality(Qt::WindowModal);
    connect(job, &RowsExportJob::progress, dialog, [dialog](qint64 written, qint64 all) {
        dialog->setValue(all > 0 ? int(1000 * written / all) : 0);
    });
    connect(dialog, &QProgressDialog::canceled, job, &RowsExportJob::cancel);
    connect(job, &RowsExportJob::finished, parent, [job, dialog, parent](const Outcome &outcome) {
        dialog->hide();
        dialog->deleteLater();
        if (!outcome.ok && !outcome.cancelled) {
            QMessageBox::warning(parent, tr("Export to CSV"), outcome.message);
        }
        job->deleteLater();
    });
    job->start(std::move(rows), path);
    return job;
}

} // namespace revox
