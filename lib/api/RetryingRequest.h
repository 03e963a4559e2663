#pragma once

#include "ApiError.h"
#include "RetryPolicy.h"
#include "RevoxClient.h"
#include "TransferDeadline.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace revox {

class EtagCache;

// One GET against the API, sent again on the retryable failures of the official SDKs,
// following redirects by hand so that the API key never leaves the base URL's origin.
// Hands a 2xx body to onBody, or an ApiError to onError, exactly once; then deletes itself.
class RetryingRequest : public ApiRequest
{
    Q_OBJECT
public:
    using BodyHandler = std::function<void(RetryingRequest *self, const QByteArray &body)>;
    using ErrorHandler = std::function<void(const ApiError &error)>;

    // etags (optional, outliving the request): If-None-Match from it, 304 answered from it.
    RetryingRequest(QNetworkAccessManager *nam, const ClientConfig &config, const QUrl &url,
                    QObject *parent, EtagCache *etags = nullptr);
    ~RetryingRequest() override;

    // Starts sending. onBody may finish the work later (parsing); it must then call
    // complete() or fail(). onError runs for every failure, cancellation included.
    void start(BodyHandler onBody, ErrorHandler onError);
    // What one answer is expected to carry (TransferDeadline): sets the deadline of each
    // attempt; default TransferDeadline::SmallAnswerBytes. Call before start().
    void setExpectedBytes(qint64 bytes) { m_expectedBytes = bytes; }
    // Makes start() report error instead of sending (a request that cannot be made).
    void refuse(const ApiError &error) { m_refusal = error; }
    void cancel() override;
    // Reports error (once) and deletes this request.
    void fail(ApiError error);
    // Marks the request done after the body was handed on; deletes it.
    void complete();

    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; }
    int lastHttpStatus() const { return m_lastStatus; }
    // Bytes the answers took on the wire over every attempt (headers and body as sent,
    // compressed when the server compressed them), as far as the headers tell.
    qint64 wireBytes() const { return m_wireBytes; }
    // The server answered 304 Not Modified: the body handed on is the one kept from before.
    bool wasNotModified() const { return m_notModified; }
    // The body handed on is gzip, still to be decoded (at most maxBodyBytes()).
    bool bodyIsGzip() const { return m_bodyGzip; }
    qint64 maxBodyBytes() const { return m_config.maxResponseBytes; }
    const QUrl &url() const { return m_url; }
    const QString &apiKey() const { return m_config.apiKey; }

private:
    void send();
    void issue(const QUrl &url);
    void onReplyFinished();
    void onDownloadProgress(qint64 received, qint64 total);
    void retryOrFail(const ApiError &error, qint64 serverDelayMs);
    void followRedirect(const QUrl &target);
    void abortReply();
    void armDeadline();
    void onDeadline();

    void countWireBytes(QNetworkReply *reply, qint64 bodyBytes);

    QNetworkAccessManager *m_nam;
    EtagCache *m_etags;
    ClientConfig m_config;
    RetryPolicy m_policy;
    QUrl m_url;        // as asked
    QUrl m_currentUrl; // after redirects within this attempt
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QTimer m_deadlineTimer; // the whole attempt's deadline (silence is Qt's transfer timeout)
    TransferDeadline m_deadline;
    qint64 m_expectedBytes = TransferDeadline::SmallAnswerBytes;
    qint64 m_received = 0; // body bytes of this attempt so far
    bool m_pastDeadline = false;
    QElapsedTimer m_elapsed;
    BodyHandler m_onBody;
    ErrorHandler m_onError;
    int m_attempts = 0;
    int m_redirects = 0;
    int m_lastStatus = 0;
    std::optional<ApiError> m_refusal;
    bool m_finished = false;
    bool m_tooLarge = false;
    bool m_notModified = false;
    bool m_bodyGzip = false;
    qint64 m_wireBytes = 0;
};

} // namespace revox
