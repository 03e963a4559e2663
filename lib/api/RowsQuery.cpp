#include "RevoxClient.h"

#include <QUrl>

namespace revox {

static QString encoded(const QString &value, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, keep));
}

// Built as an encoded string so that '+', '&', '=' and '%' in values reach the server
// percent-encoded (QUrlQuery alone leaves '+' as it is, which servers read as a space).
QUrlQuery RowsQuery::toUrlQuery() const
{
    QStringList items;
    items << QStringLiteral("page=") + QString::number(page);
    items << QStringLiteral("page_size=") + QString::number(pageSize);
    if (!query.isEmpty())
        items << QStringLiteral("query=") + encoded(query);
    if (!result.isEmpty())
        items << QStringLiteral("result=") + encoded(result);
    QStringList cleanStatuses;
    for (const QString &s : statuses) {
        const QString t = s.trimmed();
        if (!t.isEmpty())
            cleanStatuses << t;
    }
    if (!cleanStatuses.isEmpty())
        items << QStringLiteral("statuses=") + encoded(cleanStatuses.join(QLatin1Char(',')), ",");
    QUrlQuery q;
    q.setQuery(items.join(QLatin1Char('&')));
    return q;
}

} // namespace revox
