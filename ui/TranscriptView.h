#pragma once

#include "Call.h"

#include <QList>
#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QToolButton;
class QUrl;

namespace revox {

// A call transcript as a conversation: user and assistant turns, tool calls that expand
// to show their arguments, find with highlights, and copy as text. All text is plain.
class TranscriptView : public QWidget
{
    Q_OBJECT
public:
    explicit TranscriptView(QWidget *parent = nullptr);

    // Shows entries; nullopt means the attempt carries no transcript.
    void setTranscript(const std::optional<QList<TranscriptEntry>> &entries);
    void clear();

    int entryCount() const { return int(m_entries.size()); }
    // Entries laid out in the document; fewer than entryCount() when the transcript is too
    // long to show whole (a note says so). Long entries are shown shortened, also with a note.
    int shownEntryCount() const { return m_shownEntries; }
    // Number of user and assistant turns shown (tool calls excluded).
    int turnCount() const;
    // The conversation as plain text, one entry per paragraph ("Caller: ...").
    QString plainText() const;
    // The document text exactly as displayed.
    QString displayedText() const;
    int matchCount() const { return m_matchCount; }
    bool isToolExpanded(int index) const { return m_expanded.contains(index); }
    // True when entry index is a tool call (shown collapsed until expanded).
    bool isToolEntry(int index) const;
    void setToolExpanded(int index, bool expanded);

public slots:
    void setFindText(const QString &text);
    void findNext();
    void findPrevious();
    void focusFind();
    void copyToClipboard();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void highlight();
    void onAnchor(const QUrl &url);
    QString roleLabel(const TranscriptEntry &e) const;

    QList<TranscriptEntry> m_entries;
    bool m_hasTranscript = false;
    QSet<int> m_expanded;
    QLineEdit *m_find;
    QLabel *m_matches;
    QToolButton *m_copy = nullptr;
    QTextBrowser *m_text = nullptr;
    int m_shownEntries = 0;
    int m_matchCount = 0;
    int m_currentMatch = -1;
};

} // namespace revox
