#include "RetryingRequest.h"

#include "ApiLog.h"
#include "ApiUrl.h"
#include "ErrorMessages.h"
#include "EtagCache.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <algorithm>
#include <limits>

namespace revox {

RetryingRequest::RetryingRequest(QNetworkAccessManager *nam, const ClientConfig &config,
                                 const QUrl &url, QObject *parent, EtagCache *etags)
    : ApiRequest(parent)
    , m_nam(nam)
    , m_etags(etags)
    , m_config(config)
    , m_policy(config.initialBackoffMs, config.maxBackoffMs, config.maxRetryAfterMs)
    , m_url(url)
    , m_currentUrl(url)
    , m_deadline(config.timeoutMs, TransferDeadline::SmallAnswerBytes)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RetryingRequest::send);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &RetryingRequest::onDeadline);
}

RetryingRequest::~RetryingRequest()
{
    abortReply();
}

void RetryingRequest::start(BodyHandler onBody, ErrorHandler onError)
{
    m_onBody = std::move(onBody);
    m_onError = std::move(onError);
    if (const auto problem = ApiUrl::problemWithBaseUrl(m_config.baseUrl))
        m_refusal = ErrorMessages::forInsecure(*problem);
    else if (const auto keyProblem = ErrorMessages::forUnsendableKey(m_config.apiKey))
        m_refusal = *keyProblem;
    if (m_refusal) {
        // Reported from the event loop, never from inside the call that started it.
        QTimer::singleShot(0, this, [this] { fail(*m_refusal); });
        return;
    }
    send();
}

void RetryingRequest::send()
{
    if (m_finished)
        return;
    ++m_attempts;
    m_redirects = 0;
    m_currentUrl = m_url;
    m_tooLarge = false;
    m_elapsed.start();
    m_lastStatus = 0;
    m_received = 0;
    m_pastDeadline = false;
    m_deadline = TransferDeadline(m_config.timeoutMs, m_expectedBytes);
    armDeadline();

    qCDebug(lcApi).noquote() << "GET" << m_currentUrl.toString(QUrl::RemoveUserInfo) << "attempt"
                             << m_attempts;
    issue(m_currentUrl);
}

void RetryingRequest::issue(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", QByteArrayLiteral("RevoxDesk/") + REVOX_VERSION);
    // The key goes to the base URL's origin only: never to another host or port.
    if (!m_config.apiKey.isEmpty() && ApiUrl::sameOrigin(url, m_config.baseUrl))
        request.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(std::max(1, m_config.timeoutMs));
    // gzip asked for and decoded here (not by Qt), so that the compressed size is known.
    request.setRawHeader("Accept-Encoding", "gzip");
    if (m_etags && url == m_url) {
        if (const auto kept = m_etags->find(m_url.toString(QUrl::FullyEncoded)))
            request.setRawHeader("If-None-Match", kept->etag);
    }
    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &RetryingRequest::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &RetryingRequest::onDownloadProgress);
}

void RetryingRequest::followRedirect(const QUrl &target)
{
    ++m_redirects;
    if (m_redirects > m_config.maxRedirects) {
        fail(ErrorMessages::forHttpStatus(m_lastStatus, QStringLiteral("too many redirects"), {},
                                          m_url, !m_config.apiKey.isEmpty(), m_attempts));
        return;
    }
    const QString scheme = target.scheme().toLower();
    if (!target.isValid() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
        (scheme == QLatin1String("http") && !ApiUrl::isLoopbackHost(target.host()))) {
        fail(ErrorMessages::forInsecure(
            QStringLiteral("The server redirected %1 to %2, which is not https://; the request "
                           "was not followed.")
                .arg(m_url.path(QUrl::FullyDecoded), ApiUrl::originText(target))));
        return;
    }
    m_currentUrl = target;
    const bool sameOrigin = ApiUrl::sameOrigin(target, m_config.baseUrl);
    if (!sameOrigin)
        qCInfo(lcApi).noquote() << "redirect to" << ApiUrl::originText(target)
                                << "(another origin: sent without the API key)";
    issue(target);
}

void RetryingRequest::onDownloadProgress(qint64 received, qint64 total)
{
    if (m_reply && (received > m_config.maxResponseBytes || total > m_config.maxResponseBytes)) {
        m_tooLarge = true;
        m_reply->abort();
        return;
    }
    m_received = received;
    if (total > 0)
        m_deadline.setAnnouncedBytes(total);
    armDeadline();
}

void RetryingRequest::armDeadline()
{
    const qint64 left = m_deadline.limitMs(m_received) - m_elapsed.elapsed();
    m_deadlineTimer.start(int(std::clamp<qint64>(left, 0, std::numeric_limits<int>::max())));
}

void RetryingRequest::onDeadline()
{
    if (!m_reply || m_finished)
        return;
    // Bytes came on since the timer was set: the deadline moves with them (armDeadline).
    if (m_deadline.limitMs(m_received) > m_elapsed.elapsed()) {
        armDeadline();
        return;
    }
    m_pastDeadline = true;
    m_reply->abort(); // finished() follows: reported as a transfer too slow
}

void RetryingRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply || m_finished)
        return;
    reply->deleteLater();
    m_deadlineTimer.stop();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_lastStatus = status;
    const QNetworkReply::NetworkError netError = reply->error();
    qCDebug(lcApi).noquote() << "answer" << status << "for" << reply->url().path(QUrl::FullyDecoded)
                             << "in" << m_elapsed.elapsed() << "ms"
                             << (status == 0 && netError ? reply->errorString() : QString());

    if (m_tooLarge) {
        fail(ErrorMessages::forTooLarge(m_config.maxResponseBytes, m_url, status));
        return;
    }
    if (m_pastDeadline) {
        retryOrFail(ErrorMessages::forSlowTransfer(m_received, m_elapsed.elapsed(),
                                                   m_config.timeoutMs, m_url, m_attempts),
                    -1);
        return;
    }

    const bool transportFailure =
        netError != QNetworkReply::NoError && (status == 0 || (status >= 200 && status < 300));
    if (transportFailure) {
        const bool timedOut = netError == QNetworkReply::OperationCanceledError ||
                              netError == QNetworkReply::TimeoutError;
        const ApiError error =
            timedOut ? ErrorMessages::forTimeout(m_config.timeoutMs, m_url, m_attempts)
                     : ErrorMessages::forNetwork(reply->errorString(), m_url, m_attempts);
        retryOrFail(error, -1);
        return;
    }

    if (status >= 300 && status < 400 && status != 304) {
        const QByteArray location = reply->rawHeader("Location");
        if (!location.isEmpty()) {
            followRedirect(reply->url().resolved(QUrl::fromEncoded(location.trimmed())));
            return;
        }
    }

    if (status == 304 && m_etags) {
        const auto kept = m_etags->find(m_url.toString(QUrl::FullyEncoded));
        countWireBytes(reply, 0);
        if (kept) {
            m_notModified = true;
            m_bodyGzip = kept->gzip;
            if (m_onBody)
                m_onBody(this, kept->body);
            else
                complete();
            return;
        }
    }

    if (status >= 200 && status < 300) {
        const QByteArray body = reply->readAll();
        countWireBytes(reply, body.size());
        // A gzip body is handed on as it came: it is decoded beside the parse, off this
        // thread (the one that owns the network manager, usually the GUI's).
        const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
        m_bodyGzip = encoding == "gzip" || encoding == "x-gzip";
        if (!m_bodyGzip && !encoding.isEmpty() && encoding != "identity") {
            fail(ErrorMessages::forInvalidBody(
                QStringLiteral("the answer is encoded as \"%1\", which was not asked for")
                    .arg(QString::fromLatin1(encoding)),
                m_url, status, m_attempts));
            return;
        }
        if (m_etags && reply->url() == m_url)
            m_etags->store(m_url.toString(QUrl::FullyEncoded), reply->rawHeader("ETag"), body,
                           m_bodyGzip);
        if (m_onBody)
            m_onBody(this, body);
        else
            complete();
        return;
    }

    const QByteArray body = reply->read(64 * 1024);
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const bool keySent =
        !m_config.apiKey.isEmpty() && ApiUrl::sameOrigin(reply->url(), m_config.baseUrl);
    ApiError error =
        ErrorMessages::forHttpStatus(status, reason, body, reply->url(), keySent, m_attempts);
    if (!ApiUrl::sameOrigin(reply->url(), m_config.baseUrl))
        error.message = QStringLiteral("The API redirected to %1, which does not get the API "
                                       "key. %2")
                            .arg(ApiUrl::originText(reply->url()), error.message);

    std::optional<qint64> serverDelay;
    if (reply->hasRawHeader("retry-after-ms"))
        serverDelay = RetryPolicy::parseRetryAfterMs(reply->rawHeader("retry-after-ms"));
    if (!serverDelay && reply->hasRawHeader("Retry-After"))
        serverDelay = RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"),
                                                   QDateTime::currentDateTimeUtc());
    if (serverDelay)
        error.retryAfterMs = *serverDelay;

    bool retryable = RetryPolicy::isRetryableStatus(status);
    if (const auto forced = RetryPolicy::shouldRetryHeader(reply->rawHeader("x-should-retry")))
        retryable = *forced;
    if (!retryable) {
        fail(error);
        return;
    }
    retryOrFail(error, serverDelay.value_or(-1));
}

void RetryingRequest::countWireBytes(QNetworkReply *reply, qint64 bodyBytes)
{
    qint64 bytes = 16; // the status line
    for (const auto &[name, value] : reply->rawHeaderPairs())
        bytes += name.size() + value.size() + 4;
    m_wireBytes += bytes + bodyBytes; // the body as sent: decoded here, not by Qt
}

void RetryingRequest::retryOrFail(const ApiError &error, qint64 serverDelayMs)
{
    const int retriesDone = m_attempts - 1;
    if (retriesDone >= m_config.maxRetries) {
        fail(error);
        return;
    }
    const qint64 delay =
        serverDelayMs >= 0
            ? m_policy.cappedServerDelay(serverDelayMs)
            : m_policy.backoffMs(retriesDone, QRandomGenerator::global()->generateDouble());
    qCDebug(lcApi).noquote() << "retrying" << m_url.path(QUrl::FullyDecoded) << "in" << delay
                             << "ms after" << ApiError::kindName(error.kind);
    m_retryTimer.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}

void RetryingRequest::abortReply()
{
    m_deadlineTimer.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void RetryingRequest::cancel()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    abortReply();
    fail(ErrorMessages::cancelled());
}

void RetryingRequest::fail(ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    abortReply();
    if (error.attempts == 0)
        error.attempts = m_attempts;
    error.message = ErrorMessages::scrub(error.message, m_config.apiKey);
    if (error.kind != ApiErrorKind::Cancelled)
        qCInfo(lcApi).noquote() << "failed:" << m_url.path(QUrl::FullyDecoded)
                                << ApiError::kindName(error.kind) << error.httpStatus;
    if (m_onError)
        m_onError(error);
    deleteLater();
}

void RetryingRequest::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    deleteLater();
}

} // namespace revox
