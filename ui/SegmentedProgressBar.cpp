#include "SegmentedProgressBar.h"

#include "AccessibleSegmentedProgress.h"
#include "BadgeColors.h"
#include "DisplayText.h"

#include <QAccessible>
#include <QLocale>

#include <QPainter>
#include <QPainterPath>

namespace revox {

SegmentedProgressBar::SegmentedProgressBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&AccessibleSegmentedProgress::create);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setAccessibleName(tr("Progress"));
}

void SegmentedProgressBar::setStats(const RowStats &stats)
{
    if (stats == m_stats) {
        return;
    }
    m_stats = stats;
    setToolTip(summary().replace(QStringLiteral(", "), QStringLiteral("\n")));
    if (QAccessible::isActive()) {
        QAccessibleValueChangeEvent event(this, m_stats.progressPercent());
        QAccessible::updateAccessibility(&event);
    }
    update();
}

QString SegmentedProgressBar::summary() const
{
    const QLocale locale;
    QStringList parts;
    for (const Segment &s : segments()) {
        parts << tr("%1: %2").arg(s.label, locale.toString(s.count));
    }
    parts << tr("Total: %1").arg(locale.toString(m_stats.total));
    return parts.join(QStringLiteral(", "));
}

void SegmentedProgressBar::setCompact(bool compact)
{
    m_compact = compact;
    updateGeometry();
    update();
}

QList<SegmentedProgressBar::Segment> SegmentedProgressBar::segments() const
{
    // row_stats in the words the chips use; not_launched and skipped when the server sends them.
    QList<Segment> out{{tr("Completed"), m_stats.completed, BadgeColors::completed()},
                       {tr("Failed"), m_stats.failed, BadgeColors::failed()},
                       {tr("In progress"), m_stats.calling, BadgeColors::calling()},
                       {tr("Waiting to retry"), m_stats.retry, BadgeColors::retry()},
                       {tr("Not called yet"), m_stats.pending, BadgeColors::pending()}};
    // Empty states are left out when the newer ones are there, so that the words fit.
    if (m_stats.notLaunched.value_or(0) > 0 || m_stats.skipped.value_or(0) > 0)
        out.removeIf([](const Segment &s) { return s.count == 0; });
    if (m_stats.notLaunched.value_or(0) > 0)
        out.append({tr("Not launched"), *m_stats.notLaunched, BadgeColors::skipped()});
    if (m_stats.skipped.value_or(0) > 0)
        out.append({tr("Skipped"), *m_stats.skipped, BadgeColors::skipped().lighter(125)});
    return out;
}

QSize SegmentedProgressBar::sizeHint() const
{
    const int bar = 12;
    if (m_compact) {
        return {200, bar};
    }
    return {480, bar + 8 + fontMetrics().height()};
}

QSize SegmentedProgressBar::minimumSizeHint() const
{
    return {120, sizeHint().height()};
}

void SegmentedProgressBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int barHeight = 12;
    const QRectF bar(0.5, 0.5, width() - 1.0, barHeight - 1.0);
    QPainterPath clip;
    clip.addRoundedRect(bar, barHeight / 2.0, barHeight / 2.0);
    p.setClipPath(clip);
    p.fillRect(bar, palette().color(QPalette::Midlight));

    const QList<Segment> segs = segments();
    qint64 sum = 0;
    for (const Segment &s : segs) {
        sum += qMax<qint64>(0, s.count);
    }
    const qint64 denominator = qMax(sum, m_stats.total);
    if (denominator > 0) {
        double x = bar.left();
        for (const Segment &s : segs) {
            const double w = bar.width() * double(qMax<qint64>(0, s.count)) / double(denominator);
            p.fillRect(QRectF(x, bar.top(), w, bar.height()), s.color);
            x += w;
        }
    }
    p.setClipping(false);
    if (m_compact) {
        return;
    }

    // Legend: a dot, the label, the count and the share of each segment; shorter texts
    // (no share, then no label) when the full legend does not fit.
    const QFontMetrics fm = fontMetrics();
    const int dot = fm.height() / 2;
    const int y = barHeight + 6;
    auto textOf = [&](const Segment &s, int detail) {
        const double pct = denominator > 0 ? 100.0 * double(s.count) / double(denominator) : 0;
        QString count = QLocale().toString(s.count);
        if (detail == 0) {
            return tr("%1 %2 (%3)").arg(s.label, count, DisplayText::percent(pct, 1));
        }
        if (detail == 1) {
            return tr("%1 %2").arg(s.label, count);
        }
        return count;
    };
    int detail = 0;
    for (; detail < 2; ++detail) {
        int needed = 0;
        for (const Segment &s : segs) {
            needed += dot + 4 + fm.horizontalAdvance(textOf(s, detail)) + 14;
        }
        if (needed - 14 <= width()) {
            break;
        }
    }
    int x = 0;
    for (const Segment &s : segs) {
        const QString text = textOf(s, detail);
        if (x + dot + 4 + fm.horizontalAdvance(text) > width()) {
            break;
        }
        p.setBrush(s.color);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRectF(x, y + (fm.height() - dot) / 2.0, dot, dot));
        x += dot + 4;
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(x, y, fm.horizontalAdvance(text) + 1, fm.height()), Qt::AlignVCenter,
                   text);
        x += fm.horizontalAdvance(text) + 14;
    }
}

} // namespace revox
