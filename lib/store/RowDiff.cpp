#include "RowDiff.h"

#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace revox::RowDiff {

static QString memberPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

static void diff(const QJsonValue &a, const QJsonValue &b, const QString &path, QStringList &out)
{
    if (a.type() != b.type()) {
        out.append(path);
        return;
    }
    if (a.isObject()) {
        const QJsonObject oa = a.toObject();
        const QJsonObject ob = b.toObject();
        // Keys come sorted from QJsonObject: walk both in one pass.
        auto ia = oa.constBegin();
        auto ib = ob.constBegin();
        while (ia != oa.constEnd() || ib != ob.constEnd()) {
            if (ib == ob.constEnd() || (ia != oa.constEnd() && ia.key() < ib.key())) {
                out.append(memberPath(path, ia.key()));
                ++ia;
            } else if (ia == oa.constEnd() || ib.key() < ia.key()) {
                out.append(memberPath(path, ib.key()));
                ++ib;
            } else {
                diff(ia.value(), ib.value(), memberPath(path, ia.key()), out);
                ++ia;
                ++ib;
            }
        }
        return;
    }
    if (a.isArray()) {
        const QJsonArray xa = a.toArray();
        const QJsonArray xb = b.toArray();
        const qsizetype n = std::max(xa.size(), xb.size());
        for (qsizetype i = 0; i < n; ++i) {
            const QString at = path + QStringLiteral("[%1]").arg(i);
            if (i >= xa.size() || i >= xb.size())
                out.append(at);
            else
                diff(xa.at(i), xb.at(i), at, out);
        }
        return;
    }
    if (a != b)
        out.append(path);
}

QStringList changedPaths(const Row &before, const Row &after)
{
    QStringList out;
    diff(json::toJson(before), json::toJson(after), QString(), out);
    return out;
}

size_t changeKey(const Row &row)
{
    if (row.contentHash != 0)
        return row.contentHash;
    return qHash(json::toJson(row), kRowContentHashSeed);
}

} // namespace revox::RowDiff
