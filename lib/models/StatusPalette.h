#pragma once

#include "ApiEnums.h"

#include <QColor>
#include <QPalette>

namespace revox {

// Colours for results and statuses, derived from a palette so that they stay readable
// on light and dark themes. Every model asks this class; nothing else picks colours.
class StatusPalette
{
public:
    // The application palette (QGuiApplication::palette()), or Qt's default palette when
    // no QGuiApplication exists.
    StatusPalette();
    explicit StatusPalette(const QPalette &palette);

    const QPalette &palette() const { return m_palette; }
    bool isDark() const { return m_dark; }

    // Text colours (ForegroundRole): contrasting with the palette's Base colour.
    QColor resultColor(CallResult result) const;
    QColor callStatusColor(CallStatus status) const;
    QColor attemptStatusColor(AttemptStatus status) const;
    QColor campaignStatusColor(CampaignStatus status, bool cancelled) const;
    QColor dialErrorColor() const;
    // A faint tint of a colour over the palette's Base colour (BackgroundRole).
    QColor tint(const QColor &color) const;

private:
    // One hue, made dark enough on light themes and light enough on dark ones.
    QColor adapted(int hue, int saturation) const;

    QPalette m_palette;
    bool m_dark = false;
};

} // namespace revox
