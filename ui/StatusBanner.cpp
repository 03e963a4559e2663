#include "StatusBanner.h"

#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>

namespace revox {

StatusBanner::StatusBanner(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("statusBanner"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(18, 18));
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_action = new QPushButton(this);
    m_action->setVisible(false);
    auto *close = new QPushButton(tr("Dismiss"), this);
    close->setFlat(true);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(close);
    connect(m_action, &QPushButton::clicked, this, &StatusBanner::actionTriggered);
    connect(close, &QPushButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    hide();
}

void StatusBanner::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    m_kind = kind;
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    applyTextColor();
    show();
    update();
}

QString StatusBanner::text() const
{
    return m_text->text();
}

void StatusBanner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const bool dark = Theme::isDark();
    QColor bg;
    QColor line;
    switch (m_kind) {
    case Kind::Error:
        bg = QColor(dark ? "#4a2326" : "#fde8e7");
        line = QColor(dark ? "#ec6a62" : "#d0473f");
        break;
    case Kind::Warning:
        bg = QColor(dark ? "#4a3a16" : "#fff4dc");
        line = QColor(dark ? "#e09a2f" : "#c77c12");
        break;
    case Kind::Info:
        bg = QColor(dark ? "#1f3354" : "#e6efff");
        line = QColor(dark ? "#5b91f0" : "#2f6fdb");
        break;
    }
    p.fillRect(rect(), bg);
    p.fillRect(QRect(0, 0, 4, height()), line);
}

void StatusBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_text) {
        applyTextColor();
    }
    QWidget::changeEvent(event);
}

void StatusBanner::applyTextColor()
{
    QPalette pal = m_text->palette();
    pal.setColor(QPalette::WindowText, Theme::isDark() ? QColor("#f1f1f1") : QColor("#1d1f23"));
    m_text->setPalette(pal);
}

} // namespace revox
