#pragma once

#include "ApiBodyReader.h"
#include "ApiError.h"
#include "Campaign.h"
#include "Row.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace revox {

// Parameters of GET /campaigns/{id}/rows. Encodes statuses in one place.
struct RowsQuery
{
    qint64 page = 0;
    qint64 pageSize = 100;
    QString query;        // free text; empty: not sent
    QString result;       // "human", "none", "all", ...; empty: not sent
    QStringList statuses; // call statuses; sent comma-separated; empty: not sent
    QUrlQuery toUrlQuery() const;
};

// The outcome of a typed call: the value, or an error; plus what the parser noticed.
template <typename T> struct ApiResult
{
    std::optional<T> value;
    ApiError error;
    QList<ParseProblem> problems;
    qint64 wireBytes = 0;     // what the answers took on the wire (RetryingRequest::wireBytes)
    bool notModified = false; // a 304: value is parsed from the body kept from before
    bool ok() const { return !error.isError() && value.has_value(); }
};

// A request in flight; cancel() aborts it (its callback then runs with Cancelled,
// or not at all if the context object is gone). Deletes itself when done.
class ApiRequest : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void cancel() = 0;

signals:
    // Progress of a request made of several calls (getAllRows: rows received so far and
    // the total the API announced).
    void progressed(qint64 done, qint64 total);
};

// What the sync layer asks of the Revox API: the campaign list, a campaign, a page of its
// rows and a call. RevoxClient answers over HTTP; tests may answer from memory. Each call
// returns the request (for cancel()); the callback runs exactly once, on the context's
// thread, unless the context is destroyed first.
class RevoxApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    using CampaignsCallback = std::function<void(ApiResult<QList<Campaign>>)>;
    using CampaignCallback = std::function<void(ApiResult<Campaign>)>;
    using RowsPageCallback = std::function<void(ApiResult<RowsPage>)>;
    using CallCallback = std::function<void(ApiResult<Call>)>;

    virtual QPointer<ApiRequest> listCampaigns(QObject *context, CampaignsCallback done) = 0;
    virtual QPointer<ApiRequest> getCampaign(const QString &id, QObject *context,
                                             CampaignCallback done) = 0;
    virtual QPointer<ApiRequest> getRowsPage(const QString &campaignId, const RowsQuery &query,
                                             QObject *context, RowsPageCallback done) = 0;
    virtual QPointer<ApiRequest> getCall(const QString &callId, QObject *context,
                                         CallCallback done) = 0;
};

} // namespace revox
