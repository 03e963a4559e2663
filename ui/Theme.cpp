#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace revox {

namespace {

QString &systemStyleName()
{
    static QString name;
    return name;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor alternate(0x26, 0x28, 0x2c);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabledText(0x80, 0x84, 0x8a);
    const QColor highlight(0x4c, 0x6e, 0xf5);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0e));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabledText);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x47, 0x4d));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    const QColor window(0xf4, 0xf5, 0xf7);
    const QColor text(0x1d, 0x1f, 0x23);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf8, 0xfa));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf0));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xfb, 0xfb, 0xfc));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Mid, QColor(0xc4, 0xc8, 0xce));
    p.setColor(QPalette::Dark, QColor(0x9a, 0x9f, 0xa7));
    p.setColor(QPalette::Shadow, QColor(0x60, 0x64, 0x6b));
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x5b, 0xdb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1a, 0x56, 0xc4));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(0x9a, 0x9f, 0xa7));
    }
    return p;
}

// White on black, yellow selection, every border and muted text bright enough to read
// (contrast of 7:1 or more against the background).
QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor muted(0xd8, 0xd8, 0xd8);
    const QColor yellow(0xff, 0xe0, 0x3d);
    p.setColor(QPalette::Window, black);
    p.setColor(QPalette::WindowText, white);
    p.setColor(QPalette::Base, black);
    p.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::ToolTipBase, black);
    p.setColor(QPalette::ToolTipText, white);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, white);
    p.setColor(QPalette::Button, black);
    p.setColor(QPalette::ButtonText, white);
    p.setColor(QPalette::BrightText, yellow);
    p.setColor(QPalette::Light, white);
    p.setColor(QPalette::Midlight, QColor(0x59, 0x59, 0x59));
    p.setColor(QPalette::Mid, white);
    p.setColor(QPalette::Dark, white);
    p.setColor(QPalette::Shadow, white);
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, QColor(0x7d, 0xd3, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xe0, 0xa8, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    }
    p.setColor(QPalette::Inactive, QPalette::Highlight, yellow);
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, black);
    return p;
}

// Fusion draws frames a little darker than the window: invisible on black. White frames
// around what takes input, and light media buttons whose dark glyphs stay visible.
QString highContrastStyleSheet()
{
    return QStringLiteral(
        "QLineEdit, QAbstractSpinBox, QComboBox, QAbstractScrollArea, QPushButton,"
        " QTabBar::tab { border: 1px solid white; }"
        "QLineEdit, QAbstractSpinBox, QComboBox, QPushButton { border-radius: 3px;"
        " padding: 2px 4px; }"
        "QComboBox { padding-right: 18px; }"
        "QToolButton[popupMode=\"2\"] { border: 1px solid white; border-radius: 3px; }"
        "QTabBar::tab { padding: 3px 8px; }"
        "QTabBar::tab:selected { background: #ffe03d; color: black; }"
        "QPushButton:focus, QLineEdit:focus, QComboBox:focus, QAbstractScrollArea:focus,"
        " QAbstractSpinBox:focus { border: 2px solid #ffe03d; }"
        "QSlider::groove:horizontal { height: 4px; background: #595959;"
        " border: 1px solid white; }"
        "QSlider::sub-page:horizontal { background: #ffe03d; }"
        "QSlider::handle:horizontal { width: 12px; margin: -6px 0; background: white;"
        " border: 1px solid black; border-radius: 6px; }"
        "QSlider::handle:horizontal:focus { background: #ffe03d; }"
        "QCheckBox::indicator { width: 14px; height: 14px; border: 2px solid white;"
        " background: black; }"
        "QCheckBox::indicator:checked { background: #ffe03d; }"
        "QCheckBox:focus { outline: none; color: #ffe03d; }"
        "revox--PlayerControls QToolButton { background: #e0e0e0; color: black;"
        " border: 1px solid white; border-radius: 3px; padding: 1px 3px; }"
        "revox--PlayerControls QToolButton:focus { border: 2px solid #ffe03d; }");
}

} // namespace

Theme::Choice Theme::fromString(const QString &text)
{
    if (text.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0) {
        return Choice::Dark;
    }
    if (text.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0) {
        return Choice::Light;
    }
    if (text.compare(QLatin1String("contrast"), Qt::CaseInsensitive) == 0) {
        return Choice::HighContrast;
    }
    return Choice::System;
}

QString Theme::toString(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::HighContrast:
        return QStringLiteral("contrast");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

void Theme::apply(Choice choice)
{
    if (systemStyleName().isEmpty() && QApplication::style()) {
        systemStyleName() = QApplication::style()->name();
    }
    qApp->setStyleSheet(QString());
    switch (choice) {
    case Choice::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    case Choice::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(lightPalette());
        break;
    case Choice::HighContrast:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(highContrastPalette());
        qApp->setStyleSheet(highContrastStyleSheet());
        return;
    case Choice::System:
        if (!systemStyleName().isEmpty()) {
            QApplication::setStyle(QStyleFactory::create(systemStyleName()));
        }
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    }
}

bool Theme::isDark()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

void Theme::setDemiBold(QWidget *widget)
{
    QFont font = widget->font();
    font.setWeight(QFont::DemiBold);
    widget->setFont(font);
}

} // namespace revox
