#pragma once

#include "ApiBodyReader.h"
#include "ApiError.h"
#include "Campaign.h"
#include "RevoxApi.h"
#include "Row.h"
#include "TransferDeadline.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QThreadPool;

namespace revox {

class EtagCache;
class RetryingRequest;
class RowsListing;

// How the client talks to the API. Defaults follow the official SDKs.
struct ClientConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://www.getrevox.com/api"));
    QString apiKey;
    // Per attempt: the longest silence (no byte, or no answer at all), and the base of the
    // deadline for the whole answer, scaled to what it carries (TransferDeadline).
    int timeoutMs = 60000;
    int maxRetries = 2;         // retries after the first attempt
    int initialBackoffMs = 500; // doubled per retry, with jitter
    int maxBackoffMs = 8000;
    int maxPagesInFlight = 4;    // fetchAllRows concurrency
    int allRowsPageSize = 500;   // page size listAllRows asks for (fewer round trips)
    int maxRetryAfterMs = 60000; // longest Retry-After honoured; longer asks wait this long
    // Larger bodies are refused, not read: a 100-row page is well under 1 MiB and a
    // 1000-row page of the simulator about 7 MiB, so 32 MiB leaves room for long
    // transcripts while a runaway answer cannot take the app's memory.
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    // A rows answer may be a server's every row at once (the unpaged form): 100,000 rows
    // are about 290 MB decoded, so rows answers get a larger cap.
    qint64 maxRowsResponseBytes = 768LL * 1024 * 1024;
    int maxRedirects = 5;

    // Reads REVOX_API_KEY and REVOX_BASE_URL from the environment over the defaults.
    static ClientConfig fromEnvironment();
};

// The Revox API over HTTPS: auth, timeouts, retries with back-off, typed errors.
// One injected QNetworkAccessManager; bodies are parsed on a worker thread and callbacks
// run on the context object's thread. The API key is sent to the base URL's host only
// (never to another host or along a cross-host redirect) and is never logged.
// Use it from the thread that owns the QNetworkAccessManager; contexts may live anywhere.
class RevoxClient : public RevoxApi
{
    Q_OBJECT
public:
    RevoxClient(QNetworkAccessManager *nam, ClientConfig config, QObject *parent = nullptr);
    ~RevoxClient() override;

    // Why a base URL cannot be used (http:// to a non-loopback host, not http(s),
    // no host), or nullopt when it is fine.
    static std::optional<QString> checkBaseUrl(const QUrl &url);

    const ClientConfig &config() const { return m_config; }
    void setConfig(const ClientConfig &config); // affects requests started afterwards
    AssistantCache *assistantCache() { return &m_assistants; }

    using AllRowsCallback = std::function<void(ApiResult<QList<Row>>)>;
    using AuthCallback = std::function<void(ApiResult<AuthStatus>)>;
    using RawCallback = std::function<void(ApiResult<QByteArray>)>;

    // Each call returns the request (for cancel()); the callback runs exactly once
    // unless context is destroyed first.
    QPointer<ApiRequest> listCampaigns(QObject *context, CampaignsCallback done) override;
    QPointer<ApiRequest> getCampaign(const QString &id, QObject *context,
                                     CampaignCallback done) override;
    QPointer<ApiRequest> getRowsPage(const QString &campaignId, const RowsQuery &query,
                                     QObject *context, RowsPageCallback done) override;
    // Every row matching query (its page and pageSize are ignored): pages until the rows
    // reach total or a page comes back empty, maxPagesInFlight at a time, in row order.
    QPointer<ApiRequest> getAllRows(const QString &campaignId, const RowsQuery &query,
                                    QObject *context, AllRowsCallback done);
    // The listing getAllRows() runs, for a caller that takes the pages or the outcome
    // itself: allRowsPageSize rows a page, maxPagesInFlight at a time; owned by this
    // client, call start() on it.
    RowsListing *listAllRows(const QString &campaignId, const RowsQuery &query);
    QPointer<ApiRequest> getCall(const QString &callId, QObject *context,
                                 CallCallback done) override;
    QPointer<ApiRequest> getAuthStatus(QObject *context, AuthCallback done);
    // GET on a path under the base URL, body unparsed (200..299 only).
    QPointer<ApiRequest> getRaw(const QString &path, const QUrlQuery &query, QObject *context,
                                RawCallback done);

    // Aborts every request in flight.
    void cancelAll();

private:
    // A GET of url, owned by this client, with the current configuration.
    // expectedBytes: what one answer is expected to carry (TransferDeadline).
    RetryingRequest *newRequest(const QUrl &url, qint64 maxBytes = -1,
                                qint64 expectedBytes = TransferDeadline::SmallAnswerBytes);
    QObject *deliveryContext(QObject *context);

    QNetworkAccessManager *m_nam;
    ClientConfig m_config;
    AssistantCache m_assistants;
    std::unique_ptr<EtagCache> m_etags;
    QThreadPool *m_parsePool; // parses bodies off the caller's thread; waited for on destruction
};

} // namespace revox
