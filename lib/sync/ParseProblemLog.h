#pragma once

#include "ApiBodyReader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

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
        QString message;           // the problem without its path
        bool aboutListing = false; // see ParseProblem
    };

    // Adds problems; true when one of them is a kind not seen before, or a listing sentence
    // changed. A listing problem is one kind however its counts change ("100 distinct rows",
    // then "8 distinct rows" in a later listing): its entry keeps the latest sentence.
    bool add(const QList<ParseProblem> &problems);
    void clear();
    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype distinctCount() const { return m_entries.size(); }
    // The distinct problems with values (not about how the server paged).
    qsizetype valueKinds() const;
    // What the server did with its pages, in words for the user; empty when nothing.
    QStringList listingProblems() const;
    const QList<Entry> &entries() const { return m_entries; }
    // Folds a path: "pages[2].rows[13].call.call_attempts[0].status" -> "rows[].call...".
    static QString foldPath(const QString &path);
    // What a listing sentence says the server did, its figures left out: "the server kept
    // sending the same rows; 8 distinct rows" -> "the server kept sending the same rows".
    static QString listingKind(const QString &sentence);

private:
    QList<Entry> m_entries;             // in the order first met
    QHash<QString, qsizetype> m_byKind; // kind, numbers of listings folded -> index
};

} // namespace revox
