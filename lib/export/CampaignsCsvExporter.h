#pragma once

#include "Campaign.h"

#include <QList>
#include <QStringList>

class QIODevice;

namespace revox {

// Writes a list of campaigns as CSV (RFC 4180, UTF-8, formula cells neutralised), one
// line per campaign with its status, schedule and row counts.
class CampaignsCsvExporter
{
public:
    static QStringList header();
    static QStringList cells(const Campaign &campaign);
    // Writes header and campaigns to an open device; false (with why) when writing failed.
    static bool write(QIODevice *device, const QList<Campaign> &campaigns,
                      QString *error = nullptr);
};

} // namespace revox
