#include "ParseProblemLog.h"

#include <QRegularExpression>

#include <algorithm>

namespace revox {

QString ParseProblemLog::foldPath(const QString &path)
{
    static const QRegularExpression page(QStringLiteral("^pages\\[\\d+\\]\\."));
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    QString folded = path;
    folded.remove(page);
    folded.replace(index, QStringLiteral("[]"));
    return folded;
}

QString ParseProblemLog::listingKind(const QString &sentence)
{
    static const QRegularExpression number(QStringLiteral("\\d+(?:[,.\\x{202F}\\x{A0}]\\d+)*"));
    QString folded = sentence.section(QLatin1Char(';'), 0, 0);
    folded.replace(number, QStringLiteral("#"));
    return folded;
}

bool ParseProblemLog::add(const QList<ParseProblem> &problems)
{
    bool added = false;
    for (const ParseProblem &p : problems) {
        const QString kind = foldPath(p.path) + QStringLiteral(": ") + p.message;
        const QString key = p.aboutListing ? listingKind(kind) : kind;
        const auto it = m_byKind.constFind(key);
        if (it != m_byKind.cend()) {
            Entry &entry = m_entries[*it];
            ++entry.count;
            if (entry.kind != kind) {
                entry = {kind, p.path, entry.count, p.message, p.aboutListing};
                added = true;
            }
            continue;
        }
        m_byKind.insert(key, m_entries.size());
        m_entries.append({kind, p.path, 1, p.message, p.aboutListing});
        added = true;
    }
    return added;
}

qsizetype ParseProblemLog::valueKinds() const
{
    return std::count_if(m_entries.cbegin(), m_entries.cend(),
                         [](const Entry &e) { return !e.aboutListing; });
}

QStringList ParseProblemLog::listingProblems() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        if (e.aboutListing)
            out.append(e.message);
    return out;
}

void ParseProblemLog::clear()
{
    m_entries.clear();
    m_byKind.clear();
}

} // namespace revox
