#pragma once

#include "ApiBodyReader.h"

#include <QHash>
#include <QList>
#include <QString>

namespace revox {

// The distinct problems met while reading the server's answers, each kept once however
// many rows and refreshes repeat it: "rows[].call.status: expected string, got number"
// (array indexes and page numbers folded), with how often it was seen and one real path.
class ParseProblemLog
{
public:
    struct Entry
    {
        QString kind;        // the folded path and the message
        QString examplePath; // one path where it was met, indexes kept
        qint64 count = 0;
    };

    // Adds problems; true when one of them is a kind not seen before.
    bool add(const QList<ParseProblem> &problems);
    void clear();
    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype distinctCount() const { return m_entries.size(); }
    const QList<Entry> &entries() const { return m_entries; }
    // Folds a path: "pages[2].rows[13].call.call_attempts[0].status" -> "rows[].call...".
    static QString foldPath(const QString &path);

private:
    QList<Entry> m_entries;             // in the order first met
    QHash<QString, qsizetype> m_byKind; // kind -> index in m_entries
};

} // namespace revox
