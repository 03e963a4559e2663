#include "SoakRunner.h"

#include "CampaignWatcher.h"
#include "HeapUsage.h"
#include "ResidentMemory.h"
#include "RevoxClient.h"
#include "RowStore.h"
#include "RowsFilterProxy.h"
#include "RowsTableModel.h"
#include "SimulatorServer.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

#include <cmath>

namespace revox::soak {

SoakRunner::SoakRunner(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_sampler.setInterval(1000);
    connect(&m_sampler, &QTimer::timeout, this, &SoakRunner::sample);
}

SoakRunner::~SoakRunner()
{
    delete m_watcher;
    delete m_proxy;
    delete m_rows;
    delete m_store;
    delete m_client;
    delete m_nam;
}

bool SoakRunner::start(QString *error)
{
    m_clock.start();
    QUrl base = m_options.baseUrl;
    if (base.isEmpty()) {
        // Scale the world so that its largest running campaign has about targetRows rows.
        double scale = 0.1;
        for (int attempt = 0; attempt < 2; ++attempt) {
            m_sim = std::make_unique<sim::SimulatorServer>();
            sim::SimulatorOptions sim;
            sim.speed = m_options.simSpeed;
            sim.rowsScale = scale;
            if (!m_sim->start(sim, error))
                return false;
            qint64 largest = 0;
            for (const sim::SimCampaignInfo &c : m_sim->campaigns()) {
                if (c.status == QLatin1String("running") && !c.isCancelled)
                    largest = std::max(largest, c.rowCount);
            }
            if (largest <= 0 || std::abs(largest - m_options.targetRows) * 20 < largest)
                break;
            scale = std::min(10.0, scale * double(m_options.targetRows) / double(largest));
        }
        base = m_sim->baseUrl();
    }
    m_nam = new QNetworkAccessManager(this);
    ClientConfig config = ClientConfig::fromEnvironment();
    config.baseUrl = base;
    config.apiKey = m_options.apiKey;
    if (const auto why = RevoxClient::checkBaseUrl(base)) {
        *error = *why;
        return false;
    }
    m_client = new RevoxClient(m_nam, config);
    pickCampaign();
    return true;
}

void SoakRunner::pickCampaign()
{
    m_client->listCampaigns(this, [this](ApiResult<QList<Campaign>> result) {
        QString best;
        qint64 bestRows = 0;
        if (result.ok()) {
            for (const Campaign &c : *result.value) {
                const qint64 rows = c.rowStats ? c.rowStats->total : 0;
                if (c.status.text != QLatin1String("running") || c.isCancelled || rows <= 0)
                    continue;
                if (best.isEmpty() || std::abs(rows - m_options.targetRows) <
                                          std::abs(bestRows - m_options.targetRows)) {
                    best = c.id;
                    bestRows = rows;
                }
            }
        }
        if (best.isEmpty()) {
            QJsonObject report{{QStringLiteral("error"), result.ok()
                                                             ? QStringLiteral("no running campaign")
                                                             : result.error.message}};
            emit finished(report, false);
            return;
        }
        beginWatching(best, bestRows);
    });
}

void SoakRunner::beginWatching(const QString &campaignId, qint64 rows)
{
    m_campaignId = campaignId;
    m_campaignRows = rows;
    m_store = new RowStore;
    m_rows = new RowsTableModel(m_store);
    m_proxy = new RowsFilterProxy;
    m_proxy->setSourceModel(m_rows);
    RowsFilterState filter; // what a user typically has on: a sort and a result filter
    filter.result = QStringLiteral("human");
    filter.sortColumn = RowsTableModel::LastCallTime;
    filter.sortDescending = true;
    m_proxy->setFilterState(filter);
    m_watcher = new CampaignWatcher(m_client, m_store);
    m_watcher->setIntervalMs(m_options.intervalMs);
    m_watcher->setSlowIntervalMs(m_options.intervalMs);
    connect(m_watcher, &CampaignWatcher::refreshed, this, [this] {
        ++m_refreshes;
        if (m_options.trimAfterRefresh)
            HeapUsage::trim();
        if (m_firstLoadMs < 0)
            onFirstLoadDone();
    });
    connect(m_watcher, &CampaignWatcher::lastErrorChanged, this, [this](const ApiError &e) {
        if (e.isError()) {
            ++m_errors;
            m_lastErrorText = e.message;
        }
    });
    m_watcher->setCampaignId(campaignId);
    m_watcher->start();
}

void SoakRunner::onFirstLoadDone()
{
    m_firstLoadMs = m_clock.elapsed();
    m_rssAfterLoadKiB = ResidentMemory::currentKiB();
    m_rssPeakKiB = m_rssAfterLoadKiB;
    m_sampler.start();
    QTimer::singleShot(m_options.warmupSeconds * 1000, this, &SoakRunner::takeStartFigure);
}

void SoakRunner::takeStartFigure()
{
    m_rssStartKiB = ResidentMemory::currentKiB();
    m_heapStartKiB = HeapUsage::inUseKiB();
    m_heapMappedStartKiB = HeapUsage::mappedKiB();
    m_rowsAtStart = m_rows->rowCount();
    m_attemptsAtStart = attemptsHeld();
    m_startMs = m_clock.elapsed();
    m_refreshesAtStart = m_refreshes;
    m_measuring = true;
    QTimer::singleShot(std::max(1, m_options.durationSeconds) * 1000, this, &SoakRunner::finish);
}

void SoakRunner::sample()
{
    m_rssPeakKiB = std::max(m_rssPeakKiB, ResidentMemory::currentKiB());
}

// Says in words what the figures mean: memory the program holds (heap in use) growing with
// the data is expected; resident memory growing while heap in use does not is the allocator
// keeping freed memory (arenas of the worker threads), not a leak.
static QString memoryVerdict(double rssGrowth, double heapGrowth, qint64 attemptsStart,
                             qint64 attemptsEnd)
{
    const double dataGrowth =
        attemptsStart > 0 ? 100.0 * double(attemptsEnd - attemptsStart) / double(attemptsStart)
                          : 0.0;
    if (heapGrowth <= 1.0 + std::max(0.0, dataGrowth)) {
        if (rssGrowth > 1.0)
            return QStringLiteral("heap in use did not outgrow the data held; resident growth "
                                  "is memory the allocator keeps, not a leak");
        return QStringLiteral("flat");
    }
    return QStringLiteral("heap in use grew %1 % while the data held grew %2 %: look for a leak")
        .arg(heapGrowth, 0, 'f', 1)
        .arg(dataGrowth, 0, 'f', 1);
}

qint64 SoakRunner::attemptsHeld() const
{
    qint64 attempts = 0;
    for (const Row &row : m_rows->rows()) {
        if (row.call)
            attempts += row.call->callAttempts.size();
    }
    return attempts;
}

void SoakRunner::finish()
{
    m_sampler.stop();
    m_watcher->stop();
    const qint64 endKiB = ResidentMemory::currentKiB();
    const qint64 heapEndKiB = HeapUsage::inUseKiB();
    const qint64 heapMappedEndKiB = HeapUsage::mappedKiB();
    const auto percent = [](qint64 from, qint64 to) {
        return from > 0 ? std::round(10000.0 * double(to - from) / double(from)) / 100 : 0.0;
    };
    const double seconds = double(m_clock.elapsed() - m_startMs) / 1000.0;
    const double growth =
        m_rssStartKiB > 0 ? 100.0 * double(endKiB - m_rssStartKiB) / double(m_rssStartKiB) : 0;
    const qint64 refreshes = m_refreshes - m_refreshesAtStart;
    const bool passed =
        m_rssStartKiB > 0 && endKiB > 0 && growth < m_options.maxGrowthPercent && refreshes > 0;
    QJsonObject report{
        {QStringLiteral("campaign_id"), m_campaignId},
        {QStringLiteral("campaign_rows"), m_campaignRows},
        {QStringLiteral("rows_in_model"), m_rows->rowCount()},
        {QStringLiteral("rows_held_start"), m_rowsAtStart},
        {QStringLiteral("rows_held_end"), m_rows->rowCount()},
        {QStringLiteral("attempts_held_start"), m_attemptsAtStart},
        {QStringLiteral("attempts_held_end"), attemptsHeld()},
        {QStringLiteral("malloc_trim_after_refresh"), m_options.trimAfterRefresh},
        {QStringLiteral("simulator"),
         m_sim ? QStringLiteral("in-process") : m_options.baseUrl.toString()},
        {QStringLiteral("interval_ms"), m_options.intervalMs},
        {QStringLiteral("first_load_ms"), m_firstLoadMs},
        {QStringLiteral("warmup_s"), m_options.warmupSeconds},
        {QStringLiteral("duration_s"), std::round(seconds * 10) / 10},
        {QStringLiteral("refreshes"), refreshes},
        {QStringLiteral("refreshes_per_s"),
         seconds > 0 ? std::round(refreshes / seconds * 10) / 10 : 0},
        {QStringLiteral("errors"), m_errors},
        {QStringLiteral("last_error"), m_lastErrorText},
        {QStringLiteral("rss_after_first_load_kib"), m_rssAfterLoadKiB},
        {QStringLiteral("rss_start_kib"), m_rssStartKiB},
        {QStringLiteral("rss_end_kib"), endKiB},
        {QStringLiteral("rss_peak_kib"), m_rssPeakKiB},
        {QStringLiteral("rss_growth_percent"), std::round(growth * 100) / 100},
        // The allocator's view: in use is what the program holds; mapped also counts free
        // chunks the allocator keeps. RSS growing while in use stays flat is the allocator.
        {QStringLiteral("heap_in_use_start_kib"), m_heapStartKiB},
        {QStringLiteral("heap_in_use_end_kib"), heapEndKiB},
        {QStringLiteral("heap_in_use_growth_percent"), percent(m_heapStartKiB, heapEndKiB)},
        {QStringLiteral("heap_mapped_start_kib"), m_heapMappedStartKiB},
        {QStringLiteral("heap_mapped_end_kib"), heapMappedEndKiB},
        {QStringLiteral("max_growth_percent"), m_options.maxGrowthPercent},
        {QStringLiteral("memory_verdict"),
         memoryVerdict(growth, percent(m_heapStartKiB, heapEndKiB), m_attemptsAtStart,
                       attemptsHeld())},
        {QStringLiteral("passed"), passed},
    };
    emit finished(report, passed);
}

} // namespace revox::soak
