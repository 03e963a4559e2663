#include "OverviewHeader.h"

#include "BadgeLabel.h"
#include "DisplayText.h"
#include "HumanText.h"
#include "PlainToolTips.h"
#include "SegmentedProgressBar.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace revox {

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

OverviewHeader::OverviewHeader(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(6);

    auto *titleRow = new QHBoxLayout;
    m_name = plainLabel(this);
    m_name->setObjectName(QStringLiteral("campaignName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setWeight(QFont::DemiBold);
    m_name->setFont(big);
    m_status = new BadgeLabel(this);
    m_status->setAccessibleDescription(tr("Campaign status"));
    m_progressLabel = plainLabel(this);
    m_progressLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    titleRow->addWidget(m_name);
    titleRow->addWidget(m_status);
    titleRow->addStretch(1);
    titleRow->addWidget(m_progressLabel);
    layout->addLayout(titleRow);

    m_progress = new SegmentedProgressBar(this);
    m_progress->setAccessibleName(tr("Campaign progress"));
    layout->addWidget(m_progress);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(3);
    m_created = addFact(grid, 0, 0, tr("Created"));
    m_updated = addFact(grid, 1, 0, tr("Updated"));
    m_scheduled = addFact(grid, 2, 0, tr("Scheduled"));
    m_from = addFact(grid, 3, 0, tr("From"));
    m_maxConcurrent = addFact(grid, 4, 0, tr("Max concurrent calls"));
    m_assistant = addFact(grid, 0, 2, tr("Assistant"));
    m_voice = addFact(grid, 1, 2, tr("Voice"));
    m_model = addFact(grid, 2, 2, tr("Model"));
    m_retry = addFact(grid, 3, 2, tr("Retry policy"));
    m_windows = addFact(grid, 4, 2, tr("Calling windows"));
    // The estimate is a sentence: it takes the whole width.
    auto *estimateCaption = new QLabel(tr("Finish estimate"), this);
    estimateCaption->setForegroundRole(QPalette::PlaceholderText);
    m_estimate = plainLabel(this);
    m_estimate->setObjectName(QStringLiteral("finishEstimate"));
    m_estimate->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_estimate->setWordWrap(true); // two lines rather than cut
    estimateCaption->setBuddy(m_estimate);
    grid->addWidget(estimateCaption, 5, 0, Qt::AlignTop | Qt::AlignLeft);
    grid->addWidget(m_estimate, 5, 1, 1, 3);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 3);
    grid->setColumnMinimumWidth(1, 150);
    layout->addLayout(grid);
    clear();
}

void OverviewHeader::setEstimate(const QString &text)
{
    m_estimate->setText(text.isEmpty() ? QStringLiteral("—") : text);
    m_estimate->setToolTip(text);
}

QString OverviewHeader::estimateText() const
{
    return m_estimate->text();
}

QLabel *OverviewHeader::addFact(QGridLayout *grid, int row, int column, const QString &label)
{
    auto *caption = new QLabel(label, this);
    caption->setForegroundRole(QPalette::PlaceholderText);
    auto *value = plainLabel(this);
    // Long values give way when the page is narrow; the tooltip keeps the full text.
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    value->setMinimumWidth(60);
    caption->setBuddy(value);
    grid->addWidget(caption, row, column, Qt::AlignTop | Qt::AlignLeft);
    grid->addWidget(value, row, column + 1, Qt::AlignTop | Qt::AlignLeft);
    return value;
}

void OverviewHeader::clear()
{
    m_name->setText(tr("No campaign selected"));
    m_status->setBadge(QString());
    m_progress->setStats(RowStats{});
    m_progressLabel->clear();
    for (QLabel *l : {m_created, m_updated, m_scheduled, m_from, m_maxConcurrent, m_assistant,
                      m_voice, m_model, m_retry, m_windows, m_estimate}) {
        l->setText(QStringLiteral("—"));
    }
}

void OverviewHeader::setCampaign(const Campaign &c)
{
    m_name->setText(c.name.isEmpty() ? c.id : c.name);
    m_name->setToolTip(PlainToolTips::escaped(c.id));
    m_status->setStatus(c.effectiveStatusText());
    const RowStats stats = c.rowStats.value_or(RowStats{});
    m_progress->setStats(stats);
    m_progressLabel->setText(c.rowStats ? tr("%1 done · %Ln row(s)", nullptr, int(stats.total))
                                              .arg(DisplayText::percent(stats.progressPercent(), 1))
                                        : tr("No row statistics"));
    m_created->setText(HumanText::dateTime(c.createdAt));
    m_updated->setText(HumanText::dateTime(c.updatedAt));
    m_scheduled->setText(c.scheduledAt.isValid() ? HumanText::dateTime(c.scheduledAt)
                                                 : tr("Not scheduled"));
    m_from->setText(c.fromPhoneNumber.isEmpty() ? QStringLiteral("—") : c.fromPhoneNumber);
    m_maxConcurrent->setText(c.maxConcurrentCalls ? QString::number(*c.maxConcurrentCalls)
                                                  : tr("No limit set"));
    const Assistant *a = c.assistant.get();
    m_assistant->setText(a ? (a->name.isEmpty() ? a->id : a->name)
                           : (c.assistantId.isEmpty() ? QStringLiteral("—") : c.assistantId));
    if (a && a->voice) {
        QStringList parts;
        parts << (a->voice->provider.isSet() ? HumanText::statusName(a->voice->provider.text)
                                             : tr("Voice"));
        if (a->voice->speed) {
            parts << tr("speed %1×").arg(QLocale().toString(*a->voice->speed));
        }
        const QString id =
            a->voice->id.size() > 10 ? a->voice->id.left(8) + QStringLiteral("…") : a->voice->id;
        if (!id.isEmpty()) {
            parts << id;
        }
        m_voice->setText(parts.join(QStringLiteral(" · ")));
        m_voice->setToolTip(PlainToolTips::escaped(a->voice->id));
    } else {
        m_voice->setText(QStringLiteral("—"));
    }
    m_model->setText(a ? a->llmModel.displayName() : QStringLiteral("—"));
    const CallRetryConfig *retry = c.callRetryConfig           ? &*c.callRetryConfig
                                   : (a && a->callRetryConfig) ? &*a->callRetryConfig
                                                               : nullptr;
    m_retry->setText(HumanText::retryPolicy(retry));
    m_windows->setText(HumanText::callingWindows(retry));
    for (QLabel *l :
         {m_created, m_updated, m_scheduled, m_from, m_maxConcurrent, m_assistant, m_model}) {
        l->setToolTip(PlainToolTips::escaped(l->text()));
    }
}

QString OverviewHeader::statusText() const
{
    return m_status->wire();
}

QString OverviewHeader::progressText() const
{
    return m_progressLabel->text();
}

} // namespace revox
