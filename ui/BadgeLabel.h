#pragma once

#include <QColor>
#include <QWidget>

namespace revox {

// A small coloured pill showing a status or result word.
class BadgeLabel : public QWidget
{
    Q_OBJECT
public:
    explicit BadgeLabel(QWidget *parent = nullptr);
    // Shows text on color; an invalid color picks the status colour of text.
    void setBadge(const QString &text, const QColor &color = QColor());
    // Shows a status or result by its wire text: the words for people, its colour.
    void setStatus(const QString &wire);
    QString text() const { return m_text; }
    QString wire() const { return m_wire; } // empty unless set by setStatus()
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString m_text;
    QString m_wire;
    QColor m_color;
    bool m_autoColor = true;
};

} // namespace revox
