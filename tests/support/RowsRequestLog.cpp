#include "RowsRequestLog.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QTest>

namespace revox::testing {

namespace {

QMutex g_logMutex;
int g_rowsRequests = 0;
QtMessageHandler g_previousHandler = nullptr;

void countRowsRequest(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (context.category && qstrcmp(context.category, "revox.api") == 0) {
        if (text.startsWith(QLatin1String("GET ")) && text.contains(QLatin1String("/rows"))) {
            QMutexLocker lock(&g_logMutex);
            ++g_rowsRequests;
        }
        return; // the API's debug lines stay out of the test's output
    }
    if (g_previousHandler)
        g_previousHandler(type, context, text);
}

} // namespace

void countRowsRequests()
{
    QLoggingCategory::setFilterRules(QStringLiteral("revox.api.debug=true"));
    g_previousHandler = qInstallMessageHandler(countRowsRequest);
}

int rowsRequests()
{
    QMutexLocker lock(&g_logMutex);
    return g_rowsRequests;
}

} // namespace revox::testing
