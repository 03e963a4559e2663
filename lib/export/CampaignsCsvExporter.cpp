#include "CampaignsCsvExporter.h"

#include "CsvWriter.h"

#include <QIODevice>

namespace revox {

QStringList CampaignsCsvExporter::header()
{
    return {QStringLiteral("id"),
            QStringLiteral("name"),
            QStringLiteral("status"),
            QStringLiteral("is_cancelled"),
            QStringLiteral("assistant_id"),
            QStringLiteral("assistant_name"),
            QStringLiteral("from_phone_number"),
            QStringLiteral("created_at"),
            QStringLiteral("updated_at"),
            QStringLiteral("scheduled_at"),
            QStringLiteral("rows_total"),
            QStringLiteral("rows_pending"),
            QStringLiteral("rows_calling"),
            QStringLiteral("rows_retry"),
            QStringLiteral("rows_completed"),
            QStringLiteral("rows_failed")};
}

QStringList CampaignsCsvExporter::cells(const Campaign &c)
{
    auto count = [&c](qint64 RowStats::*field) {
        return c.rowStats ? QString::number((*c.rowStats).*field) : QString();
    };
    return {c.id,
            c.name,
            c.status.text,
            c.isCancelled ? QStringLiteral("true") : QStringLiteral("false"),
            c.assistantId,
            c.assistant ? c.assistant->name : QString(),
            c.fromPhoneNumber,
            c.createdAt.toIsoString(),
            c.updatedAt.toIsoString(),
            c.scheduledAt.toIsoString(),
            count(&RowStats::total),
            count(&RowStats::pending),
            count(&RowStats::calling),
            count(&RowStats::retry),
            count(&RowStats::completed),
            count(&RowStats::failed)};
}

bool CampaignsCsvExporter::write(QIODevice *device, const QList<Campaign> &campaigns,
                                 QString *error)
{
    QByteArray out;
    CsvWriter::appendRecord(out, header());
    for (const Campaign &c : campaigns)
        CsvWriter::appendRecord(out, cells(c));
    if (!device || device->write(out) != out.size()) {
        if (error)
            *error = device ? device->errorString() : QStringLiteral("no output");
        return false;
    }
    return true;
}

} // namespace revox
