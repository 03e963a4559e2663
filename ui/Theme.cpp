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

// The colours of a palette, one per role a theme sets; an invalid colour keeps the role's
// colour from the application palette.
struct PaletteColors
{
    QColor window, windowText, base, alternateBase, toolTipBase, toolTipText, placeholderText;
    QColor text, button, buttonText, brightText, light, midlight, mid, dark, shadow;
    QColor highlight, highlightedText, link, linkVisited;
    QColor disabledText; // window, item and button text when disabled
};

QPalette paletteOf(const PaletteColors &c)
{
    static const std::pair<QPalette::ColorRole, QColor PaletteColors::*> roles[] = {
        {QPalette::Window, &PaletteColors::window},
        {QPalette::WindowText, &PaletteColors::windowText},
        {QPalette::Base, &PaletteColors::base},
        {QPalette::AlternateBase, &PaletteColors::alternateBase},
        {QPalette::ToolTipBase, &PaletteColors::toolTipBase},
        {QPalette::ToolTipText, &PaletteColors::toolTipText},
        {QPalette::PlaceholderText, &PaletteColors::placeholderText},
        {QPalette::Text, &PaletteColors::text},
        {QPalette::Button, &PaletteColors::button},
        {QPalette::ButtonText, &PaletteColors::buttonText},
        {QPalette::BrightText, &PaletteColors::brightText},
        {QPalette::Light, &PaletteColors::light},
        {QPalette::Midlight, &PaletteColors::midlight},
        {QPalette::Mid, &PaletteColors::mid},
        {QPalette::Dark, &PaletteColors::dark},
        {QPalette::Shadow, &PaletteColors::shadow},
        {QPalette::Highlight, &PaletteColors::highlight},
        {QPalette::HighlightedText, &PaletteColors::highlightedText},
        {QPalette::Link, &PaletteColors::link},
        {QPalette::LinkVisited, &PaletteColors::linkVisited},
    };
    QPalette p;
    for (const auto &[role, member] : roles) {
        if ((c.*member).isValid())
            p.setColor(role, c.*member);
    }
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    return p;
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabledText(0x80, 0x84, 0x8a);
    QPalette p = paletteOf({
        .window = window,
        .windowText = text,
        .base = QColor(0x1f, 0x21, 0x24),
        .alternateBase = QColor(0x26, 0x28, 0x2c),
        .toolTipBase = QColor(0x3a, 0x3d, 0x42),
        .toolTipText = text,
        .placeholderText = disabledText,
        .text = text,
        .button = QColor(0x35, 0x38, 0x3d),
        .buttonText = text,
        .brightText = QColor(0xff, 0x6b, 0x6b),
        .light = QColor(0x45, 0x48, 0x4e),
        .midlight = QColor(0x3a, 0x3d, 0x42),
        .mid = QColor(0x24, 0x26, 0x2a),
        .dark = QColor(0x18, 0x19, 0x1c),
        .shadow = QColor(0x0c, 0x0c, 0x0e),
        .highlight = QColor(0x4c, 0x6e, 0xf5),
        .highlightedText = Qt::white,
        .link = QColor(0x8a, 0xb4, 0xf8),
        .linkVisited = QColor(0xc5, 0x8a, 0xf9),
        .disabledText = disabledText,
    });
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x47, 0x4d));
    return p;
}

QPalette lightPalette()
{
    const QColor text(0x1d, 0x1f, 0x23);
    return paletteOf({
        .window = QColor(0xf4, 0xf5, 0xf7),
        .windowText = text,
        .base = Qt::white,
        .alternateBase = QColor(0xf7, 0xf8, 0xfa),
        .toolTipBase = QColor(0xff, 0xff, 0xf0),
        .toolTipText = text,
        .placeholderText = QColor(0x8a, 0x8f, 0x98),
        .text = text,
        .button = QColor(0xfb, 0xfb, 0xfc),
        .buttonText = text,
        .brightText = Qt::red,
        .light = Qt::white,
        .midlight = QColor(0xe6, 0xe8, 0xeb),
        .mid = QColor(0xc4, 0xc8, 0xce),
        .dark = QColor(0x9a, 0x9f, 0xa7),
        .shadow = QColor(0x60, 0x64, 0x6b),
        .highlight = QColor(0x3b, 0x5b, 0xdb),
        .highlightedText = Qt::white,
        .link = QColor(0x1a, 0x56, 0xc4),
        .linkVisited = QColor(), // the application palette's
        .disabledText = QColor(0x9a, 0x9f, 0xa7),
    });
}

// White on black, yellow selection, every border and muted text bright enough to read
// (contrast of 7:1 or more against the background).
QPalette highContrastPalette()
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xe0, 0x3d);
    QPalette p = paletteOf({
        .window = black,
        .windowText = white,
        .base = black,
        .alternateBase = QColor(0x1a, 0x1a, 0x1a),
        .toolTipBase = black,
        .toolTipText = white,
        .placeholderText = QColor(0xd8, 0xd8, 0xd8),
        .text = white,
        .button = black,
        .buttonText = white,
        .brightText = yellow,
        .light = white,
        .midlight = QColor(0x59, 0x59, 0x59),
        .mid = white,
        .dark = white,
        .shadow = white,
        .highlight = yellow,
        .highlightedText = black,
        .link = QColor(0x7d, 0xd3, 0xff),
        .linkVisited = QColor(0xe0, 0xa8, 0xff),
        .disabledText = QColor(0xa0, 0xa0, 0xa0),
    });
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
