#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace revox {
class CampaignWatcher;
class RevoxClient;
class RowStore;
class RowsTableModel;
class RowsFilterProxy;
namespace sim {
class SimulatorServer;
}
} // namespace revox

namespace revox::soak {

// Keeps a CampaignWatcher refreshing one large running campaign for a set time and
// measures resident memory, refreshes and errors along the way.
class SoakRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl baseUrl; // empty: an in-process simulator
        QString apiKey = QStringLiteral("soak");
        int durationSeconds = 600;
        int warmupSeconds = 30; // after the first load, before the start figure
        int intervalMs = 50;    // delay between the end of a refresh and the next
        qint64 targetRows = 10000;
        double simSpeed = 1.0; // in-process simulator only
        double maxGrowthPercent = 5.0;
        bool trimAfterRefresh = false; // malloc_trim after each refresh (tells leaks from
                                       // memory the allocator keeps)
    };

    explicit SoakRunner(const Options &options, QObject *parent = nullptr);
    ~SoakRunner() override;

    // Starts; finished() carries the report.
    bool start(QString *error);

signals:
    void finished(const QJsonObject &report, bool passed);

private:
    void pickCampaign();
    void beginWatching(const QString &campaignId, qint64 rows);
    void onFirstLoadDone();
    void takeStartFigure();
    void sample();
    void finish();
    // Rows and call attempts the model holds (the data memory should scale with).
    qint64 attemptsHeld() const;

    Options m_options;
    std::unique_ptr<sim::SimulatorServer> m_sim;
    QNetworkAccessManager *m_nam = nullptr;
    RevoxClient *m_client = nullptr;
    RowStore *m_store = nullptr;
    RowsTableModel *m_rows = nullptr;
    RowsFilterProxy *m_proxy = nullptr;
    CampaignWatcher *m_watcher = nullptr;
    QTimer m_sampler;
    QElapsedTimer m_clock;
    QString m_campaignId;
    qint64 m_campaignRows = 0;
    qint64 m_rssAfterLoadKiB = -1;
    qint64 m_rssStartKiB = -1;
    qint64 m_rssPeakKiB = -1;
    qint64 m_heapStartKiB = -1;
    qint64 m_heapMappedStartKiB = -1;
    qint64 m_rowsAtStart = 0;
    qint64 m_attemptsAtStart = 0;
    qint64 m_firstLoadMs = -1;
    qint64 m_startMs = -1;
    qint64 m_refreshes = 0;
    qint64 m_refreshesAtStart = 0;
    qint64 m_errors = 0;
    QString m_lastErrorText;
    bool m_measuring = false;
};

} // namespace revox::soak
