#include "CacheTestData.h"

#include "ApiBodyReader.h"
#include "Fixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace revox::cachetest {

QList<Row> rowsOf(const QString &fixture)
{
    const auto parsed = json::parseRowsPage(fixtures::read(fixture));
    if (!parsed.ok())
        QTest::qFail(qPrintable(u"%1 does not parse"_s.arg(fixture)), __FILE__, __LINE__);
    return parsed.value.rows;
}

QList<Row> seedRows(qsizetype count)
{
    const QList<Row> seed = rowsOf(u"rows-page.json"_s);
    QList<Row> rows;
    if (seed.isEmpty())
        return rows;
    rows.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        Row row = seed.first();
        row.id = u"row-%1"_s.arg(i);
        row.rowIndex = i;
        row.phoneNumber = u"+1555%1"_s.arg(i, 7, 10, QChar(u'0'));
        rows.append(row);
    }
    return rows;
}

QList<Campaign> campaigns()
{
    const auto parsed = json::parseCampaignList(fixtures::read(u"campaign-list.json"_s));
    if (!parsed.ok())
        QTest::qFail("campaign-list.json does not parse", __FILE__, __LINE__);
    return parsed.value;
}

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC).addSecs(qint64(minute) * 60);
}

} // namespace revox::cachetest
