#include "Fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

#include <variant>

namespace revox::fixtures {
namespace {

using Step = std::variant<QString, qsizetype>;

QList<Step> stepsOf(const QString &path)
{
    QList<Step> steps;
    static const QRegularExpression token(QStringLiteral(R"(([^.\[\]]+)|\[(\d+)\])"));
    auto it = token.globalMatch(path);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.hasCaptured(1))
            steps.append(m.captured(1));
        else
            steps.append(m.captured(2).toLongLong());
    }
    return steps;
}

QJsonValue replaced(const QJsonValue &node, QList<Step> steps, const QJsonValue &value)
{
    const Step step = steps.takeFirst();
    if (const QString *key = std::get_if<QString>(&step)) {
        QJsonObject o = node.toObject();
        if (steps.isEmpty()) {
            if (value.isUndefined())
                o.remove(*key);
            else
                o.insert(*key, value);
        } else {
            o.insert(*key, replaced(o.value(*key), steps, value));
        }
        return o;
    }
    const qsizetype index = std::get<qsizetype>(step);
    QJsonArray a = node.toArray();
    if (steps.isEmpty()) {
        if (value.isUndefined())
            a.removeAt(index);
        else
            a.replace(index, value);
    } else {
        a.replace(index, replaced(a.at(index), steps, value));
    }
    return a;
}

} // namespace

QByteArray read(const QString &name)
{
    QFile file(QStringLiteral(REVOX_DOMAIN_FIXTURES_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot read fixture ") + file.fileName()), __FILE__,
                     __LINE__);
        return {};
    }
    return file.readAll();
}

QByteArray withValue(const QByteArray &body, const QString &path, const QJsonValue &value)
{
    const QJsonValue root = QJsonDocument::fromJson(body).object();
    return QJsonDocument(replaced(root, stepsOf(path), value).toObject()).toJson();
}

} // namespace revox::fixtures
