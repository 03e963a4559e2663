#include "BadgeColors.h"

#include "Theme.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace revox {

namespace {

QColor pick(const char *light, const char *dark)
{
    return QColor(QLatin1String(Theme::isDark() ? dark : light));
}

} // namespace

QColor BadgeColors::forResult(const QString &result)
{
    const QString r = result.toLower();
    if (r == QLatin1String("human")) {
        return pick("#2e9d5b", "#3fb871");
    }
    if (r == QLatin1String("voicemail")) {
        return pick("#c77c12", "#e09a2f");
    }
    if (r == QLatin1String("ivr")) {
        return pick("#6a4fc9", "#9079e6");
    }
    if (r == QLatin1String("ios-screening-filter")) {
        return pick("#0e8a9c", "#2cb3c6");
    }
    if (r == QLatin1String("unknown")) {
        return pick("#7b8190", "#8f96a6");
    }
    return pick("#9aa0ab", "#6d7380");
}

QColor BadgeColors::forStatus(const QString &status)
{
    const QString s = status.toLower();
    if (s == QLatin1String("completed")) {
        return completed();
    }
    if (s == QLatin1String("errored") || s == QLatin1String("error") ||
        s == QLatin1String("cancelled") || s == QLatin1String("failed")) {
        return failed();
    }
    if (s == QLatin1String("calling") || s == QLatin1String("ongoing") ||
        s == QLatin1String("ringing") || s == QLatin1String("running")) {
        return calling();
    }
    if (s == QLatin1String("scheduled") || s == QLatin1String("retry") ||
        s == QLatin1String("paused")) {
        return retry();
    }
    if (s == QLatin1String("draft")) {
        return pick("#7b8190", "#8f96a6");
    }
    return pending();
}

QColor BadgeColors::completed()
{
    return pick("#2e9d5b", "#3fb871");
}

QColor BadgeColors::failed()
{
    return pick("#d0473f", "#ec6a62");
}

QColor BadgeColors::calling()
{
    return pick("#2f6fdb", "#5b91f0");
}

QColor BadgeColors::retry()
{
    return pick("#c77c12", "#e09a2f");
}

QColor BadgeColors::pending()
{
    return pick("#b6bbc4", "#5a606b");
}

QColor BadgeColors::skipped()
{
    return pick("#6b6f78", "#9298a3");
}

QColor BadgeColors::notReached()
{
    return pick("#b5574b", "#d27a6e");
}

QColor BadgeColors::forOutcome(const QString &key)
{
    if (key == QLatin1String("not_called"))
        return pending();
    if (key == QLatin1String("in_progress"))
        return calling();
    if (key == QLatin1String("not_reached"))
        return notReached();
    if (key == QLatin1String("skipped"))
        return skipped();
    return forResult(key);
}

QColor BadgeColors::textOn(const QColor &background)
{
    const double luminance =
        0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.62 ? QColor(0x1d, 0x1f, 0x23) : QColor(Qt::white);
}

int BadgeColors::paintBadge(QPainter *painter, const QRect &area, const QString &text,
                            const QColor &color, Qt::Alignment alignment)
{
    if (text.isEmpty()) {
        return 0;
    }
    painter->save();
    QFont font = painter->font();
    font.setPointSizeF(font.pointSizeF() * 0.88);
    font.setWeight(QFont::DemiBold);
    painter->setFont(font);
    const QFontMetrics fm(font);
    const int height = qMin(area.height(), fm.height() + 4);
    const int width = qMin(area.width(), fm.horizontalAdvance(text) + 14);
    int x = area.left();
    if (alignment & Qt::AlignRight) {
        x = area.right() - width + 1;
    } else if (alignment & Qt::AlignHCenter) {
        x = area.left() + (area.width() - width) / 2;
    }
    const QRectF pill(x, area.top() + (area.height() - height) / 2.0, width, height);
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(pill, height / 2.0, height / 2.0);
    painter->fillPath(path, color);
    painter->setPen(textOn(color));
    painter->drawText(pill.adjusted(6, 0, -6, 0), Qt::AlignCenter,
                      fm.elidedText(text, Qt::ElideRight, width - 12));
    painter->restore();
    return width;
}

} // namespace revox
