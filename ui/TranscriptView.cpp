#include "TranscriptView.h"

#include "JsonText.h"
#include "ShortenedText.h"
#include "Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFrame>
#include <QToolButton>
#include <QVBoxLayout>

namespace revox {

namespace {

// The most characters laid out in the whole document; later entries are left out with a note.
constexpr qsizetype DisplayCharsInDocument = 256 * 1024;
// Find counts every match but paints at most this many around the current one: thousands of
// highlights in one paragraph would make each repaint wait.
constexpr int MaxPaintedMatches = 400;

QString shortened(const QString &text)
{
    return ShortenedText::forDisplay(text);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

TranscriptView::TranscriptView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *bar = new QHBoxLayout;
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("transcriptFind"));
    m_find->setPlaceholderText(tr("Find in transcript"));
    m_find->setClearButtonEnabled(true);
    m_find->setAccessibleName(tr("Find in transcript"));
    m_matches = new QLabel(this);
    m_matches->setForegroundRole(QPalette::PlaceholderText);
    auto *prev = new QToolButton(this);
    prev->setText(tr("Previous"));
    prev->setArrowType(Qt::UpArrow);
    prev->setToolTip(tr("Previous match (Shift+Enter)"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    prev->setAccessibleName(tr("Previous match"));
    next->setAccessibleName(tr("Next match"));
    next->setToolTip(tr("Next match (Enter)"));
    m_copy = new QToolButton(this);
    m_copy->setText(tr("Copy transcript"));
    m_copy->setToolTip(tr("Copy the whole transcript as plain text"));
    bar->addWidget(m_find, 1);
    bar->addWidget(m_matches);
    bar->addWidget(prev);
    bar->addWidget(next);
    bar->addWidget(m_copy);
    layout->addLayout(bar);

    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("transcriptText"));
    m_text->setAccessibleName(tr("Transcript"));
    m_text->setOpenLinks(false);
    m_text->setOpenExternalLinks(false);
    m_text->setUndoRedoEnabled(false);
    m_text->document()->setDocumentMargin(8);
    layout->addWidget(m_text, 1);

    connect(m_find, &QLineEdit::textChanged, this, &TranscriptView::setFindText);
    connect(m_find, &QLineEdit::returnPressed, this, &TranscriptView::findNext);
    auto *back = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Return), m_find);
    back->setContext(Qt::WidgetShortcut);
    connect(back, &QShortcut::activated, this, &TranscriptView::findPrevious);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_find);
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, m_find, &QLineEdit::clear);
    connect(prev, &QToolButton::clicked, this, &TranscriptView::findPrevious);
    connect(next, &QToolButton::clicked, this, &TranscriptView::findNext);
    connect(m_copy, &QToolButton::clicked, this, &TranscriptView::copyToClipboard);
    connect(m_text, &QTextBrowser::anchorClicked, this, &TranscriptView::onAnchor);
    clear();
}

void TranscriptView::setTranscript(const std::optional<QList<TranscriptEntry>> &entries)
{
    const bool has = entries.has_value();
    const QList<TranscriptEntry> list = entries.value_or(QList<TranscriptEntry>{});
    if (has == m_hasTranscript && list == m_entries && !m_text->document()->isEmpty()) {
        return; // a refresh that changed nothing keeps scroll and expansion
    }
    if (list != m_entries) {
        m_expanded.clear();
    }
    m_hasTranscript = has;
    m_entries = list;
    rebuild();
}

void TranscriptView::clear()
{
    m_hasTranscript = false;
    m_entries.clear();
    m_expanded.clear();
    rebuild();
}

int TranscriptView::turnCount() const
{
    int n = 0;
    for (const TranscriptEntry &e : m_entries) {
        if (!e.isToolCall()) {
            ++n;
        }
    }
    return n;
}

QString TranscriptView::roleLabel(const TranscriptEntry &e) const
{
    if (e.role == TranscriptRole::User) {
        return tr("Caller");
    }
    if (e.role == TranscriptRole::Assistant) {
        return tr("Assistant");
    }
    if (e.isToolCall()) {
        return tr("Tool");
    }
    return e.role.text.isEmpty() ? tr("Unknown speaker") : e.role.text;
}

QString TranscriptView::plainText() const
{
    QStringList parts;
    for (const TranscriptEntry &e : m_entries) {
        if (e.isToolCall()) {
            QString line = tr("[Tool call: %1%2]")
                               .arg(e.toolName().isEmpty() ? tr("unnamed") : e.toolName(),
                                    e.toolIsError().value_or(false) ? tr(" — failed") : QString());
            const QString args = JsonText::indented(e.toolArguments());
            if (!args.isEmpty()) {
                line += QLatin1Char('\n') + args;
            }
            if (!e.contentUtf8.isEmpty()) {
                line += QLatin1Char('\n') + e.content();
            }
            parts << line;
        } else {
            parts << QStringLiteral("%1: %2").arg(roleLabel(e), e.content());
        }
    }
    return parts.join(QStringLiteral("\n\n"));
}

QString TranscriptView::displayedText() const
{
    return m_text->document()->toPlainText();
}

bool TranscriptView::isToolEntry(int index) const
{
    if (index < 0 || index >= m_entries.size()) {
        return false;
    }
    const TranscriptEntry &e = m_entries.at(index);
    return e.isToolCall();
}

void TranscriptView::setToolExpanded(int index, bool expanded)
{
    if (expanded == m_expanded.contains(index)) {
        return;
    }
    if (expanded) {
        m_expanded.insert(index);
    } else {
        m_expanded.remove(index);
    }
    rebuild();
}

void TranscriptView::onAnchor(const QUrl &url)
{
    if (url.scheme() != QLatin1String("tool")) {
        return;
    }
    bool ok = false;
    const int index = url.path().toInt(&ok);
    if (ok) {
        setToolExpanded(index, !m_expanded.contains(index));
    }
}

void TranscriptView::rebuild()
{
    const int scroll = m_text->verticalScrollBar()->value();
    QTextDocument *doc = m_text->document();
    doc->clear();
    m_copy->setEnabled(!m_entries.isEmpty());
    m_shownEntries = 0;
    QTextCursor cursor(doc);
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = pal.color(QPalette::PlaceholderText);
    const bool dark = Theme::isDark();

    if (!m_hasTranscript || m_entries.isEmpty()) {
        QTextCharFormat fmt;
        fmt.setForeground(muted);
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignCenter);
        block.setTopMargin(24);
        cursor.setBlockFormat(block);
        cursor.insertText(m_hasTranscript ? tr("This call has an empty transcript.")
                                          : tr("No transcript for this attempt."),
                          fmt);
        highlight();
        return;
    }

    const QColor userBg = mix(base, QColor(dark ? "#5b91f0" : "#2f6fdb"), dark ? 0.28 : 0.12);
    const QColor assistantBg = mix(base, QColor(dark ? "#3fb871" : "#2e9d5b"), dark ? 0.24 : 0.12);
    const QColor toolBg = mix(base, text, dark ? 0.08 : 0.05);
    const QColor errorColor(dark ? "#ec6a62" : "#c0392b");
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    qsizetype shownChars = 0;
    m_shownEntries = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (shownChars >= DisplayCharsInDocument) {
            break; // the rest would make the window wait; the note below says so
        }
        m_shownEntries = i + 1;
        const TranscriptEntry &e = m_entries.at(i);
        const bool isTool = e.isToolCall();
        const bool isUser = e.role == TranscriptRole::User;
        QTextFrameFormat frame;
        frame.setPadding(7);
        frame.setBorder(isTool ? 1 : 0);
        frame.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        frame.setBorderBrush(mix(base, text, 0.2));
        frame.setTopMargin(3);
        frame.setBottomMargin(3);
        frame.setBackground(isTool ? toolBg : (isUser ? userBg : assistantBg));
        if (isTool) {
            frame.setLeftMargin(24);
            frame.setRightMargin(24);
        } else if (isUser) {
            frame.setRightMargin(60);
        } else {
            frame.setLeftMargin(60);
        }
        cursor = doc->rootFrame()->lastCursorPosition();
        cursor.insertFrame(frame);

        QTextCharFormat label;
        label.setFontWeight(QFont::DemiBold);
        label.setForeground(isTool ? muted : text);
        QTextCharFormat body;
        body.setForeground(text);

        if (!isTool) {
            QTextCharFormat roleFormat = label;
            roleFormat.setFontPointSize(font().pointSizeF() * 0.9);
            cursor.insertText(roleLabel(e), roleFormat);
            cursor.insertBlock();
            const QString shown = shortened(e.content());
            shownChars += shown.size();
            cursor.insertText(shown, body);
            continue;
        }
        const bool expanded = m_expanded.contains(i);
        QTextCharFormat anchor = label;
        anchor.setAnchor(true);
        anchor.setAnchorHref(QStringLiteral("tool:%1").arg(i));
        anchor.setForeground(pal.color(QPalette::Link));
        cursor.insertText(
            QStringLiteral("%1 %2").arg(
                expanded ? QStringLiteral("▾") : QStringLiteral("▸"),
                tr("Tool call: %1").arg(e.toolName().isEmpty() ? tr("unnamed") : e.toolName())),
            anchor);
        if (e.toolIsError().value_or(false)) {
            QTextCharFormat err = label;
            err.setForeground(errorColor);
            cursor.insertText(QStringLiteral("  ") + tr("✖ error"), err);
        }
        if (!expanded) {
            continue;
        }
        QTextCharFormat code;
        code.setFont(mono);
        code.setForeground(text);
        const QString args = shortened(JsonText::indented(e.toolArguments()));
        shownChars += args.size();
        cursor.insertBlock();
        cursor.insertText(tr("Arguments"), label);
        cursor.insertBlock();
        cursor.insertText(args.isEmpty() ? tr("(none)") : args, code);
        if (!e.toolOutput().isUndefined() && !e.toolOutput().isNull()) {
            const QString output = shortened(JsonText::indented(e.toolOutput()));
            shownChars += output.size();
            cursor.insertBlock();
            cursor.insertText(tr("Output"), label);
            cursor.insertBlock();
            cursor.insertText(output, code);
        }
        if (!e.contentUtf8.isEmpty()) {
            cursor.insertBlock();
            cursor.insertText(e.toolIsError().value_or(false) ? tr("Error") : tr("Result"), label);
            cursor.insertBlock();
            QTextCharFormat content = code;
            if (e.toolIsError().value_or(false)) {
                content.setForeground(errorColor);
            }
            const QString shown = shortened(e.content());
            shownChars += shown.size();
            cursor.insertText(shown, content);
        }
    }
    if (m_shownEntries < m_entries.size()) {
        cursor = doc->rootFrame()->lastCursorPosition();
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignCenter);
        block.setTopMargin(8);
        cursor.insertBlock(block);
        QTextCharFormat note;
        note.setForeground(muted);
        cursor.insertText(tr("… (%n more entries not shown; Copy transcript gives them all)", "",
                             int(m_entries.size() - m_shownEntries)),
                          note);
    }
    highlight();
    m_text->verticalScrollBar()->setValue(scroll);
}

void TranscriptView::setFindText(const QString &text)
{
    if (m_find->text() != text) {
        m_find->setText(text); // re-enters through textChanged
        return;
    }
    m_currentMatch = text.isEmpty() ? -1 : 0;
    highlight();
}

void TranscriptView::highlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString needle = m_find->text();
    m_matchCount = 0;
    if (!needle.isEmpty()) {
        QTextCharFormat match;
        match.setBackground(QColor(Theme::isDark() ? "#8a6d00" : "#ffe066"));
        match.setForeground(QColor(Theme::isDark() ? "#ffffff" : "#1d1f23"));
        QTextCharFormat current = match;
        current.setBackground(QColor(Theme::isDark() ? "#d08a00" : "#ffa94d"));
        QTextCursor c(m_text->document());
        QList<QTextCursor> found;
        while (true) {
            c = m_text->document()->find(needle, c);
            if (c.isNull()) {
                break;
            }
            found << c;
        }
        m_matchCount = int(found.size());
        if (m_currentMatch >= m_matchCount) {
            m_currentMatch = m_matchCount > 0 ? 0 : -1;
        }
        const int first = std::max(0, m_currentMatch - MaxPaintedMatches / 2);
        const int last = std::min(int(found.size()), first + MaxPaintedMatches);
        for (int i = first; i < last; ++i) {
            QTextEdit::ExtraSelection s;
            s.cursor = found.at(i);
            s.format = i == m_currentMatch ? current : match;
            selections << s;
        }
        if (m_currentMatch >= 0 && m_currentMatch < found.size()) {
            QTextCursor show = found.at(m_currentMatch);
            show.clearSelection();
            m_text->setTextCursor(show);
            m_text->ensureCursorVisible();
        }
        m_matches->setText(m_matchCount == 0
                               ? tr("No matches")
                               : tr("%1 of %2").arg(m_currentMatch + 1).arg(m_matchCount));
    } else {
        m_matches->clear();
    }
    m_text->setExtraSelections(selections);
}

void TranscriptView::findNext()
{
    if (m_matchCount > 0) {
        m_currentMatch = (m_currentMatch + 1) % m_matchCount;
        highlight();
    }
}

void TranscriptView::findPrevious()
{
    if (m_matchCount > 0) {
        m_currentMatch = (m_currentMatch - 1 + m_matchCount) % m_matchCount;
        highlight();
    }
}

void TranscriptView::focusFind()
{
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void TranscriptView::copyToClipboard()
{
    if (!m_entries.isEmpty()) {
        QApplication::clipboard()->setText(plainText());
    }
}

void TranscriptView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_text) {
        rebuild();
    }
    QWidget::changeEvent(event);
}

} // namespace revox
