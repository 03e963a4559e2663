#include "BadgeLabel.h"

#include "BadgeColors.h"
#include "DisplayText.h"

#include <QEvent>
#include <QPainter>

namespace revox {

BadgeLabel::BadgeLabel(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void BadgeLabel::setBadge(const QString &text, const QColor &color)
{
    m_text = text;
    m_wire.clear();
    m_autoColor = !color.isValid();
    m_color = m_autoColor ? BadgeColors::forStatus(text) : color;
    setAccessibleName(text);
    updateGeometry();
    update();
}

void BadgeLabel::setStatus(const QString &wire)
{
    setBadge(DisplayText::enumText(wire), BadgeColors::forStatus(wire));
    m_wire = wire;
    m_autoColor = true;
}

QSize BadgeLabel::sizeHint() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.88);
    f.setWeight(QFont::DemiBold);
    const QFontMetrics fm(f);
    return {fm.horizontalAdvance(m_text) + 16, fm.height() + 6};
}

void BadgeLabel::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    BadgeColors::paintBadge(&p, rect(), m_text, m_color);
}

void BadgeLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_autoColor) {
        m_color = BadgeColors::forStatus(m_wire.isEmpty() ? m_text : m_wire);
    }
    QWidget::changeEvent(event);
}

} // namespace revox
