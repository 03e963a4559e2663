#include "StatusPalette.h"

#include <QGuiApplication>

#include <algorithm>

namespace revox {

static QPalette applicationPalette()
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QGuiApplication::palette();
    return QPalette();
}

StatusPalette::StatusPalette()
    : StatusPalette(applicationPalette())
{
}

StatusPalette::StatusPalette(const QPalette &palette)
    : m_palette(palette)
    , m_dark(palette.color(QPalette::Base).lightness() < 128)
{
}

QColor StatusPalette::adapted(int hue, int saturation) const
{
    // Dark text on light bases, light text on dark ones: about 4.5:1 contrast either way.
    const int lightness = m_dark ? 170 : 85;
    return QColor::fromHsl(hue, std::clamp(saturation, 0, 255), lightness);
}

namespace {
// Hues that carry the meaning of a state (degrees).
enum Hue { kRed = 0, kOrange = 30, kGreen = 130, kTeal = 175, kBlue = 210, kPurple = 280 };
} // namespace

QColor StatusPalette::resultColor(CallResult result) const
{
    switch (result) {
    case CallResult::Human:
        return adapted(kGreen, 170);
    case CallResult::Voicemail:
        return adapted(kOrange, 200);
    case CallResult::IVR:
        return adapted(kPurple, 150);
    case CallResult::IosScreeningFilter:
        return adapted(kTeal, 150);
    case CallResult::UnknownResult:
    case CallResult::Unknown:
        break;
    }
    return m_palette.color(QPalette::PlaceholderText);
}

QColor StatusPalette::callStatusColor(CallStatus status) const
{
    switch (status) {
    case CallStatus::Completed:
        return adapted(kGreen, 170);
    case CallStatus::Calling:
    case CallStatus::PostProcessing:
        return adapted(kBlue, 200);
    case CallStatus::Scheduled:
    case CallStatus::QueuedForCalling:
    case CallStatus::Initializing:
        return adapted(kTeal, 120);
    case CallStatus::Errored:
        return adapted(kRed, 200);
    case CallStatus::Cancelled:
    case CallStatus::NotLaunched:
    case CallStatus::Paused:
    case CallStatus::Unknown:
        break;
    }
    return m_palette.color(QPalette::PlaceholderText);
}

QColor StatusPalette::attemptStatusColor(AttemptStatus status) const
{
    switch (status) {
    case AttemptStatus::Completed:
        return adapted(kGreen, 170);
    case AttemptStatus::Ringing:
    case AttemptStatus::Ongoing:
        return adapted(kBlue, 200);
    case AttemptStatus::Queued:
        return adapted(kTeal, 120);
    case AttemptStatus::Error:
        return adapted(kRed, 200);
    case AttemptStatus::Unknown:
        break;
    }
    return m_palette.color(QPalette::PlaceholderText);
}

QColor StatusPalette::campaignStatusColor(CampaignStatus status, bool cancelled) const
{
    if (cancelled)
        return adapted(kRed, 150);
    switch (status) {
    case CampaignStatus::Running:
        return adapted(kBlue, 200);
    case CampaignStatus::Completed:
        return adapted(kGreen, 170);
    case CampaignStatus::Paused:
        return adapted(kOrange, 200);
    case CampaignStatus::Draft:
    case CampaignStatus::Unknown:
        break;
    }
    return m_palette.color(QPalette::PlaceholderText);
}

QColor StatusPalette::dialErrorColor() const
{
    return adapted(kRed, 200);
}

QColor StatusPalette::tint(const QColor &color) const
{
    const QColor base = m_palette.color(QPalette::Base);
    const double a = m_dark ? 0.22 : 0.12;
    return QColor::fromRgbF(float(base.redF() * (1 - a) + color.redF() * a),
                            float(base.greenF() * (1 - a) + color.greenF() * a),
                            float(base.blueF() * (1 - a) + color.blueF() * a));
}

} // namespace revox
