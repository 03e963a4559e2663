#include "ReaderComparison.h"

#include "ApiBodyReader.h"
#include "SimdRowsPageReader.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace revox {

namespace {

QStringList problemTexts(const QList<ParseProblem> &problems)
{
    QStringList texts;
    for (const ParseProblem &p : problems)
        texts << p.toString();
    return texts;
}

} // namespace

// Both readers on one body: the same fatal message, problems, page fields, rows and hashes.
void compareRowsPageReaders(const QByteArray &body, const QString &label)
{
    AssistantCache referenceCache;
    AssistantCache simdCache;
    const Parsed<RowsPage> reference = json::parseRowsPage(body, &referenceCache);
    const Parsed<RowsPage> simd = json::parseRowsPageSimd(body, &simdCache);
    const QByteArray what = label.toUtf8();
    QVERIFY2(reference.fatal == simd.fatal, what.constData());
    QCOMPARE(problemTexts(simd.problems), problemTexts(reference.problems));
    QVERIFY2(simd.value.hasPaging == reference.value.hasPaging, what.constData());
    QVERIFY2(simd.value.page == reference.value.page, what.constData());
    QVERIFY2(simd.value.pageSize == reference.value.pageSize, what.constData());
    QVERIFY2(simd.value.total == reference.value.total, what.constData());
    QVERIFY2(simd.value.hasTotal == reference.value.hasTotal, what.constData());
    QCOMPARE(simd.value.rows.size(), reference.value.rows.size());
    for (qsizetype i = 0; i < simd.value.rows.size(); ++i) {
        const Row &a = simd.value.rows.at(i);
        const Row &b = reference.value.rows.at(i);
        if (!(a == b)) {
            qWarning() << "id" << (a.id == b.id) << "input" << (a.inputData == b.inputData)
                       << "phone" << (a.phoneNumber == b.phoneNumber) << "index"
                       << (a.rowIndex == b.rowIndex) << "call" << a.call.has_value()
                       << b.call.has_value();
            if (a.call.has_value() && b.call.has_value()) {
                const Call &x = *a.call;
                const Call &y = *b.call;
                qWarning() << "attempts" << (x.callAttempts == y.callAttempts) << "last"
                           << x.lastCallAttemptIndex << y.lastCallAttemptIndex << "retry"
                           << (x.callRetryConfig == y.callRetryConfig) << "llm"
                           << (x.llmModel == y.llmModel) << "campaign" << (x.campaign == y.campaign)
                           << "meta" << (x.metadata == y.metadata);
            }
        }
        QVERIFY2(a == b, (label + u" row "_s + QString::number(i)).toUtf8().constData());
        QVERIFY2(a.contentHash == b.contentHash,
                 (label + u" hash of row "_s + QString::number(i)).toUtf8().constData());
        QVERIFY2(a.call.has_value() == b.call.has_value(), what.constData());
        if (a.call.has_value()) {
            QVERIFY2(a.call->lastCallAttemptIndex == b.call->lastCallAttemptIndex,
                     what.constData());
            QVERIFY2((a.call->assistant == nullptr) == (b.call->assistant == nullptr),
                     what.constData());
            if (a.call->assistant)
                QVERIFY2(*a.call->assistant == *b.call->assistant, what.constData());
        }
    }
}

} // namespace revox
