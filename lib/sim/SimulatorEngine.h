#pragma once

#include "SimRowsPaging.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <atomic>

namespace revox::sim {

class FaultInjector;
class HttpConnection;
class HttpListener;
class SimWorld;
struct FaultSpec;
struct RowsListingFaults;
struct HttpRequest;
struct HttpResponse;

// Answers the simulator's HTTP requests (API and recordings origins) on the thread it
// lives in; SimulatorServer runs it on a thread of its own.
class SimulatorEngine : public QObject
{
    Q_OBJECT
public:
    SimulatorEngine(SimWorld *world, FaultInjector *faults, const QString &apiKey);
    ~SimulatorEngine() override;

    // Both must be called on the engine's thread.
    bool listen(quint16 port, quint16 recordingsPort, QString *error);
    void close();

    quint16 apiPort() const { return m_apiPort; }
    QUrl recordingsBase() const { return m_recordingsBase; }
    // Before listen(): how the rows endpoint answers when a request does not say.
    void setRowsPaging(SimRowsPaging paging) { m_rowsPaging = paging; }
    quint64 requestCount() const { return m_requestCount.load(); }
    quint64 apiBytesSent() const { return m_apiBytesSent.load(); }
    quint64 recordingRequestsWithAuthorization() const
    {
        return m_recordingRequestsWithAuthorization.load();
    }

private:
    void handleRequest(const HttpRequest &request, HttpConnection *connection, bool api);
    void respond(const HttpRequest &request, HttpConnection *connection, bool api,
                 const FaultSpec &faults);
    HttpResponse apiResponse(const HttpRequest &request, bool wrongTypes, bool unknownEnums,
                             const RowsListingFaults &listing);
    // Whether the request is answered as the newest server does (the unpaged rows form,
    // run-wide or asked for with the paging header or parameter).
    bool newestServer(const HttpRequest &request) const;
    // The paging the request asks for (its header, else its parameter); empty when none.
    static QString pagingAsked(const HttpRequest &request);
    HttpResponse rowsResponse(const HttpRequest &request, int campaign, bool wrongTypes,
                              bool unknownEnums, const RowsListingFaults &listing);
    HttpResponse recordingResponse(const HttpRequest &request);
    // ETag / If-None-Match (304) and gzip when the client accepts it, for API bodies.
    static void negotiate(const HttpRequest &request, HttpResponse &response);

    SimWorld *m_world;
    FaultInjector *m_faults;
    QString m_apiKey;
    HttpListener *m_apiListener = nullptr;
    HttpListener *m_recordingsListener = nullptr;
    quint16 m_apiPort = 0;
    QUrl m_recordingsBase;
    SimRowsPaging m_rowsPaging = SimRowsPaging::Paged;
    std::atomic<quint64> m_requestCount{0};
    std::atomic<quint64> m_apiBytesSent{0};
    std::atomic<quint64> m_recordingRequestsWithAuthorization{0};
};

} // namespace revox::sim
