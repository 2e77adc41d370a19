#pragma once

#include "SpecReader.h"

#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

// The common part of the readers whose backend is a cloud object store (S3, Azure Blob): one
// signed HTTP GET from this workstation with Qt Network, asynchronous on the caller's thread (no
// worker thread is needed: QNetworkAccessManager never blocks the event loop), through the
// system's proxy settings (none for a loopback emulator), no redirects followed, a cap on the
// size, a timeout. Subclasses sign the request and turn the service's error codes into advice.
// Nothing they log or report holds the credentials: the request's headers are never logged, error
// texts name only the bucket/container, the object and the service's error code (its message and
// details are not shown: S3's SignatureDoesNotMatch details echo the string to sign, Azure's the
// MAC).
//
// via stays empty: these backends are read directly, not through a master. Why not through an SSH
// forward: S3 and Azure Blob are public HTTPS endpoints that a workstation with internet access
// (or a proxy) reaches; a forward would make the TLS connection go to 127.0.0.1, and
// QNetworkAccessManager takes the TLS server name (SNI) and the certificate check from the URL's
// host, so the real host name could not be verified without a hand-made HTTP client on a
// QSslSocket (connectToHostEncrypted with sslPeerName). A bucket or storage account that admits
// only the cluster's network (VPC endpoint policy, storage firewall) answers 403, and the error
// says to check the keys and the account's network rules.
class HttpSpecReader : public SpecReader
{
    Q_OBJECT

public:
    // Shared configs are a few KiB; anything near this is not one.
    static constexpr qint64 MaxBytes = 1024 * 1024;

    ~HttpSpecReader() override;

    void start() override;

protected:
    HttpSpecReader(int timeoutMs, QObject *parent);

    // The signed request, or an empty QNetworkRequest with *error set (translated) when the
    // settings cannot make one (a missing key, say).
    virtual QNetworkRequest makeRequest(QString *error) const = 0;
    // "the S3 object s3://b/k at https://..." for the log line before the request.
    virtual QString describeTarget() const = 0;
    // What a non-200 answer means and what to do, from its status, its headers and the service's
    // error code (<Code> of the XML error body, or the x-ms-error-code header; may be empty).
    // Never the body's message or details: see the class comment.
    virtual QString httpError(const QNetworkReply &reply, int status, const QString &code,
                              const QByteArray &body) const = 0;
    // What a failure to reach the service means; networkError is Qt's text of the failure.
    virtual QString unreachableError(const QString &networkError) const = 0;

    void cleanUp() override;

    // The text of the first element called name in an S3 or Azure XML error body (Code, Region);
    // empty when there is none.
    static QString xmlElement(const QByteArray &body, QLatin1StringView name);

private:
    void onReplyFinished();

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
};
