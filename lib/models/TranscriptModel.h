#pragma once

#include "Call.h"
#include "ModelRoles.h"
#include "StatusPalette.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace revox {

// The transcript of the selected call attempt, one model row per entry, in spoken order.
//
// For the UI: call setAttempt() with the selected attempt (nullptr for none) on selection
// AND after refreshes: the same attempt id appends new entries (rowsInserted) and updates
// changed ones; another attempt swaps the content. Column Content shows the text of a turn,
// or for a tool call its name and pretty-printed arguments (ArgumentsRole keeps them apart).
class TranscriptModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Role,    // user / assistant / tool
        Content, // the words; for a tool entry its content or output
        ToolName,
        Arguments,  // tool_arguments pretty-printed (an object as indented JSON, a string as is)
        IsError,    // tool_is_error (DisplayRole "error" / ""; RawValueRole bool)
        ColumnCount // sentinel
    };
    Q_ENUM(Column)

    explicit TranscriptModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setAttempt(const CallAttempt *attempt);
    QString attemptId() const { return m_attemptId; }
    const TranscriptEntry &entryAt(int row) const { return m_entries.at(row); }

    // tool_arguments as people read them: an object as indented JSON, a string as is.
    static QString prettyArguments(const QJsonValue &arguments);

    // The most characters of one entry's text that are laid out for display; longer text is
    // cut there and ends in shortenedNote(). RawValueRole and copies keep the whole text.
    static constexpr qsizetype DisplayCharsPerEntry = 64 * 1024;
    // text as displayed: whole when short, else its first maxChars and a note saying so.
    static QString shortenForDisplay(const QString &text,
                                     qsizetype maxChars = DisplayCharsPerEntry);
    // "… (1.0 MB entry shortened for display; Copy transcript gives it whole)".
    static QString shortenedNote(qsizetype fullChars);

    void setStatusPalette(const StatusPalette &palette);

private:
    QVariant displayValue(const TranscriptEntry &e, Column column) const;

    QString m_attemptId;
    QList<TranscriptEntry> m_entries;
    StatusPalette m_palette;
};

} // namespace revox
