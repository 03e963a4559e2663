#include "ChartCard.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace revox {

ChartCard::ChartCard(const QString &title, QWidget *content, QWidget *parent)
    : QFrame(parent)
    , m_content(content)
{
    setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(title, this);
    QFont bold = m_title->font();
    bold.setWeight(QFont::DemiBold);
    m_title->setFont(bold);
    top->addWidget(m_title, 1);
    m_copy = new QToolButton(this);
    m_copy->setObjectName(QStringLiteral("copyData"));
    m_copy->setText(tr("Copy data"));
    m_copy->setAutoRaise(true);
    m_copy->setToolTip(tr("Copy the figures behind this chart, tab-separated"));
    m_copy->setAccessibleName(tr("Copy the data of %1").arg(title));
    connect(m_copy, &QToolButton::clicked, this, &ChartCard::copyData);
    top->addWidget(m_copy);
    layout->addLayout(top);
    content->setParent(this);
    content->setAccessibleName(title);
    layout->addWidget(content, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("chartSummary"));
    m_summary->setMinimumWidth(1); // elided, so it never widens the card
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_summary);
}

void ChartCard::setTitle(const QString &title)
{
    m_title->setText(title);
    m_content->setAccessibleName(title);
    m_copy->setAccessibleName(tr("Copy the data of %1").arg(title));
}

void ChartCard::setSummary(const QString &summary)
{
    m_summaryText = summary;
    m_content->setAccessibleDescription(summary);
    m_summary->setAccessibleName(summary);
    m_summary->setToolTip(summary);
    showSummary();
}

QString ChartCard::summary() const
{
    return m_summaryText;
}

void ChartCard::showSummary()
{
    const int width = std::max(40, m_summary->width());
    m_summary->setText(m_summary->fontMetrics().elidedText(m_summaryText, Qt::ElideRight, width));
}

void ChartCard::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    showSummary();
}

void ChartCard::setData(const QStringList &header, const QList<QStringList> &rows)
{
    m_header = header;
    m_rows = rows;
    m_copy->setEnabled(!rows.isEmpty());
}

QString ChartCard::dataText() const
{
    const auto line = [](const QStringList &cells) {
        QStringList clean;
        for (QString c : cells)
            clean << c.replace(QLatin1Char('\t'), QLatin1Char(' '))
                         .replace(QLatin1Char('\n'), QLatin1Char(' '));
        return clean.join(QLatin1Char('\t'));
    };
    QStringList lines{line(m_header)};
    for (const QStringList &row : m_rows)
        lines << line(row);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ChartCard::copyData()
{
    if (m_rows.isEmpty())
        return;
    QApplication::clipboard()->setText(dataText());
    emit dataCopied();
}

} // namespace revox
