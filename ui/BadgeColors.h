#pragma once

#include <QColor>
#include <QString>

class QPainter;
class QRect;
class QFont;

namespace revox {

// Colours for result and status badges that read well on light and dark palettes.
class BadgeColors
{
public:
    // Background tint for a call result wire value ("human", "voicemail", ...).
    static QColor forResult(const QString &result);
    // Background tint for a call or campaign status wire value.
    static QColor forStatus(const QString &status);
    // Segment colours of the progress bar.
    static QColor completed();
    static QColor failed();
    static QColor calling();
    static QColor retry();
    static QColor pending();
    static QColor skipped();    // skipped, cancelled or not launched before any call
    static QColor notReached(); // called without reaching anyone
    // The colour of an outcome key (RowOutcome) or, for answered rows, of a result.
    static QColor forOutcome(const QString &key);
    // Text colour with enough contrast on the given background.
    static QColor textOn(const QColor &background);
    // Paints a rounded pill with text, returns its width.
    static int paintBadge(QPainter *painter, const QRect &area, const QString &text,
                          const QColor &color, Qt::Alignment alignment = Qt::AlignLeft);
};

} // namespace revox
