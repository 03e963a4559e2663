#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QToolButton;

namespace revox {

// A figure with what it shows in words: a title, the chart (or any widget), one line of
// text a screen reader reads (also the chart's accessible description), and "Copy data",
// which puts the figures behind the chart on the clipboard as tab-separated text.
class ChartCard : public QFrame
{
    Q_OBJECT
public:
    ChartCard(const QString &title, QWidget *content, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // One line: "Human 13, voicemail 10, not called yet 85 of 120 rows."
    void setSummary(const QString &summary);
    QString summary() const;
    // The figures, a header then one line per row (what Copy data copies).
    void setData(const QStringList &header, const QList<QStringList> &rows);
    // Tab-separated, with the header first; cells have tabs and line breaks replaced.
    QString dataText() const;
    QWidget *content() const { return m_content; }
    QToolButton *copyButton() const { return m_copy; }

public slots:
    void copyData();

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    void dataCopied();

private:
    QWidget *m_content;
    QLabel *m_title;
    QLabel *m_summary;
    QToolButton *m_copy;
    void showSummary(); // on one line, elided to the width (the whole text in the tooltip)

    QString m_summaryText;
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace revox
