#include "BackgroundFigures.h"

#include "CampaignStore.h"
#include "RevoxApi.h"
#include "RowsListing.h"
#include "SyncLog.h"

#include <QTimer>

#include <algorithm>

namespace revox {

BackgroundFigures::BackgroundFigures(RevoxApi *api, CampaignStore *campaigns, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_campaigns(campaigns)
    , m_startTimer(new QTimer(this))
{
    m_startTimer->setSingleShot(true);
    m_startTimer->setInterval(0);
    connect(m_startTimer, &QTimer::timeout, this, [this] {
        m_started = true;
        schedule();
    });
    connect(m_campaigns, &CampaignStore::campaignsInserted, this, &BackgroundFigures::schedule);
    connect(m_campaigns, &CampaignStore::summariesChanged, this, &BackgroundFigures::schedule);
    connect(m_campaigns, &CampaignStore::campaignsRemoved, this, [this] {
        if (!m_currentId.isEmpty() && !m_campaigns->campaignById(m_currentId))
            cancelCurrent(); // another account, or the campaign is gone
        schedule();
    });
}

BackgroundFigures::~BackgroundFigures()
{
    ++m_generation;
    if (m_listing)
        m_listing->cancel();
}

void BackgroundFigures::setBudgetBytes(qint64 bytes)
{
    m_budget = std::max<qint64>(0, bytes);
    if (m_listing && m_used >= m_budget)
        cancelCurrent();
    emit progressChanged();
    schedule();
}

void BackgroundFigures::setStartDelayMs(int ms)
{
    m_startTimer->setInterval(std::max(0, ms));
}

bool BackgroundFigures::waits(const Campaign &campaign) const
{
    return !m_campaigns->summaryOf(campaign.id) && !m_tried.contains(campaign.id);
}

int BackgroundFigures::campaignsWaiting() const
{
    const QList<Campaign> &campaigns = m_campaigns->campaigns();
    return int(std::count_if(campaigns.cbegin(), campaigns.cend(),
                             [this](const Campaign &c) { return waits(c); }));
}

void BackgroundFigures::start()
{
    m_stopped = false;
    if (!m_started && !m_startTimer->isActive())
        m_startTimer->start();
    emit progressChanged();
    schedule();
}

void BackgroundFigures::stop()
{
    m_stopped = true;
    cancelCurrent();
    setState(State::Stopped);
    emit progressChanged();
}

void BackgroundFigures::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        next();
    });
}

QString BackgroundFigures::nextCampaign() const
{
    // The newest activity first: what the server last changed is what the user looks at.
    const Campaign *best = nullptr;
    for (const Campaign &c : m_campaigns->campaigns()) {
        if (!waits(c))
            continue;
        if (!best || best->updatedAt.toMSecsSinceEpoch() < c.updatedAt.toMSecsSinceEpoch())
            best = &c;
    }
    return best ? best->id : QString();
}

void BackgroundFigures::next()
{
    if (m_stopped || !m_started)
        return;
    if (!m_currentId.isEmpty() && m_campaigns->summaryOf(m_currentId))
        cancelCurrent(); // opened meanwhile: its own copy has the figures
    if (m_listing)
        return;
    const QString id = nextCampaign();
    if (id.isEmpty()) {
        setState(m_campaigns->size() > 0 ? State::Done : State::Idle);
        return;
    }
    if (m_used >= m_budget) {
        setState(State::BudgetSpent);
        return;
    }
    m_currentId = id;
    m_rows.clear();
    const quint64 generation = ++m_generation;
    RowsListing::Options options;
    options.pageSize = m_pageSize;
    options.maxInFlight = 1; // one page at a time: the budget is checked after each
    m_listing = listRows(m_api, id, RowsQuery(), options);
    qCInfo(lcSync) << "background figures: downloading the rows of" << id;
    setState(State::Working);
    emit progressChanged();
    m_listing->start(
        [this, generation](RowsListing::Page &page) {
            return onPage(generation, page.rows, page.wireBytes);
        },
        [this, generation](const RowsListing::Outcome &outcome) {
            const bool failed =
                outcome.error.isError() && outcome.error.kind != ApiErrorKind::Cancelled;
            if (failed)
                qCWarning(lcSync) << "background figures:" << outcome.error.message;
            finishCampaign(generation, outcome.complete, failed);
        });
}

bool BackgroundFigures::onPage(quint64 generation, QList<Row> &rows, qint64 wireBytes)
{
    if (generation != m_generation)
        return false;
    m_used += wireBytes;
    m_rows.append(std::move(rows));
    emit progressChanged();
    return !m_stopped && m_used < m_budget;
}

void BackgroundFigures::finishCampaign(quint64 generation, bool complete, bool failed)
{
    if (generation != m_generation)
        return;
    const QString id = m_currentId;
    m_currentId.clear();
    m_listing = nullptr;
    const Campaign *campaign = m_campaigns->campaignById(id);
    if (complete && campaign) {
        m_tried.insert(id);
        std::optional<OutputCondition> success;
        if (campaign->assistant && campaign->assistant->structuredOutputConfig)
            success = defaultSuccessCondition(*campaign->assistant->structuredOutputConfig);
        CampaignSummary summary =
            CampaignSummary::compute(id, m_rows, success, QDateTime::currentDateTimeUtc());
        summary.source = CampaignSummary::Source::Background;
        ++m_done;
        if (!m_campaigns->summaryOf(id))
            m_campaigns->setSummary(summary);
    } else if (failed) {
        m_tried.insert(id); // not again this session: the next campaign's turn
    }
    m_rows.clear();
    m_rows.squeeze();
    emit progressChanged();
    schedule();
}

void BackgroundFigures::cancelCurrent()
{
    ++m_generation;
    if (m_listing)
        m_listing->cancel();
    m_listing = nullptr;
    m_currentId.clear();
    m_rows.clear();
    m_rows.squeeze();
}

void BackgroundFigures::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit progressChanged();
}

} // namespace revox
