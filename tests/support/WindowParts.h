#pragma once

#include "AllCampaignsPage.h"
#include "CallDetailPane.h"
#include "CampaignPage.h"
#include "FilterBar.h"
#include "OverviewHeader.h"
#include "ProgressHistoryChart.h"
#include "ResultBreakdownChart.h"
#include "RowTableView.h"
#include "RowsFilterProxy.h"
#include "StatusBanner.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QTest>
#include <QToolButton>

namespace revox::testing {

// The parts of the real window a test drives, found in it by name as the window builds them
// (the window has no accessors for tests). Each fails the test when the part is missing.
template <typename Part> Part *partOf(const QWidget &window, const char *objectName = nullptr)
{
    Part *part = objectName ? window.findChild<Part *>(QLatin1String(objectName))
                            : window.findChild<Part *>();
    if (!part)
        qFatal("the window has no %s", objectName ? objectName : typeid(Part).name());
    return part;
}

inline QListView *campaignList(const QWidget &w)
{
    return partOf<QListView>(w, "campaignList");
}
inline CampaignPage *campaignPage(const QWidget &w)
{
    return partOf<CampaignPage>(w, "campaignPage");
}
inline AllCampaignsPage *allCampaignsPage(const QWidget &w)
{
    return partOf<AllCampaignsPage>(w, "allCampaignsPage");
}
inline QToolButton *allCampaignsButton(const QWidget &w)
{
    return partOf<QToolButton>(w, "allCampaignsButton");
}
// Whether the middle of the window shows every campaign side by side.
inline bool showsAllCampaigns(const QWidget &w)
{
    return allCampaignsPage(w)->isVisibleTo(&w);
}
inline RowTableView *rowTable(const QWidget &w)
{
    return campaignPage(w)->rowTable();
}
inline RowsFilterProxy *rowsProxy(const QWidget &w)
{
    return campaignPage(w)->rowsProxy();
}
inline FilterBar *filterBar(const QWidget &w)
{
    return campaignPage(w)->filterBar();
}
inline OverviewHeader *overview(const QWidget &w)
{
    return campaignPage(w)->overview();
}
inline CallDetailPane *detailPane(const QWidget &w)
{
    return partOf<CallDetailPane>(w, "callDetail");
}
inline StatusBanner *banner(const QWidget &w)
{
    return partOf<StatusBanner>(w, "statusBanner");
}
// The status bar's "Updated 2 s ago" / "Saved copy from ...".
inline QString updatedText(const QWidget &w)
{
    return partOf<QLabel>(w, "updatedLabel")->text();
}
// Samples the progress chart holds for the open campaign (this session's and saved ones).
inline qsizetype progressSampleCount(const QWidget &w)
{
    return partOf<ProgressHistoryChart>(w, "progressChart")->sampleCount();
}
// Whether the overview's chart of where the rows stand counts every row the page holds (it
// follows the rows a moment after they change).
inline bool resultsCountEveryRow(const QWidget &w)
{
    qint64 counted = 0;
    for (const QStringList &row : partOf<ResultBreakdownChart>(w, "resultChart")->data())
        counted += QLocale().toLongLong(row.value(2));
    return counted > 0 && counted == rowsProxy(w)->sourceModel()->rowCount();
}
// The toolbar's demo badge, empty while it is hidden.
inline QString demoBadgeText(const QWidget &w)
{
    return partOf<QAction>(w, "demoBadgeAction")->isVisible()
               ? partOf<QLabel>(w, "demoBadge")->text()
               : QString();
}

} // namespace revox::testing
