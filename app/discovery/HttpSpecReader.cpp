#include "HttpSpecReader.h"

#include "probe/ExhibitorSharedConfig.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QXmlStreamReader>

namespace {

// The system's proxy settings (http_proxy/https_proxy/no_proxy on Linux), as a browser on the
// workstation would reach S3 or Azure; QNetworkAccessManager uses none unless told.
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return systemProxyForQuery(query);
    }
};

} // namespace

HttpSpecReader::HttpSpecReader(int timeoutMs, QObject *parent)
    : SpecReader(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish(BackendSpec::failed(tr("no answer for %1 within %2 s; check that this workstation reaches it "
                                      "(proxy, firewall)")
                                       .arg(m_result.location)
                                       .arg(m_timer.interval() / 1000)));
    });
}

HttpSpecReader::~HttpSpecReader()
{
    cleanUp();
}

void HttpSpecReader::start()
{
    if (isFinished() || m_reply)
        return;
    QString error;
    QNetworkRequest request = makeRequest(&error);
    if (!request.url().isValid() || request.url().isEmpty()) {
        finish(BackendSpec::failed(error));
        return;
    }
    // A redirect would carry the signed headers to another host; S3 answers a wrong region
    // with one, which httpError explains instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // An emulator on this machine is reached directly, the cloud through the system's proxy if any.
    if (QHostAddress(request.url().host()).isLoopback())
        m_network->setProxy(QNetworkProxy::NoProxy);
    else
        m_network->setProxyFactory(new SystemProxyFactory); // owned by m_network
    emit logLine(tr("backend: reading %1 from this workstation").arg(describeTarget()));
    m_timer.start();
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &HttpSpecReader::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > MaxBytes) {
            finish(BackendSpec::failed(tr("%1 is larger than %2 KiB: not an Exhibitor shared config")
                                           .arg(m_result.location)
                                           .arg(MaxBytes / 1024)));
        }
    });
}

void HttpSpecReader::cleanUp()
{
    m_timer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

QString HttpSpecReader::xmlElement(const QByteArray &body, QLatin1StringView name)
{
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == name)
            return xml.readElementText().trimmed();
    }
    return QString();
}

void HttpSpecReader::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || isFinished())
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        finish(BackendSpec::failed(unreachableError(reply->errorString())));
        return;
    }
    const int status = statusAttribute.toInt();
    const QByteArray body = reply->read(MaxBytes + 1);
    if (status != 200) {
        QString code = xmlElement(body, QLatin1StringView("Code"));
        if (code.isEmpty())
            code = QString::fromLatin1(reply->rawHeader("x-ms-error-code")).trimmed();
        finish(BackendSpec::failed(httpError(*reply, status, code, body)));
        return;
    }
    if (body.size() > MaxBytes) {
        finish(BackendSpec::failed(
            tr("%1 is larger than %2 KiB: not an Exhibitor shared config").arg(m_result.location).arg(MaxBytes / 1024)));
        return;
    }
    const ExhibitorSharedConfig config = ExhibitorSharedConfig::parse(body);
    if (!config.hasServersSpec) {
        finish(BackendSpec::failed(
            body.trimmed().isEmpty()
                ? tr("%1 is empty: Exhibitor has not written its shared config there").arg(m_result.location)
                : tr("%1 has no %2").arg(m_result.location, QLatin1String(ExhibitorSharedConfig::ServersSpecKey))));
        return;
    }
    BackendSpec result;
    result.status = BackendSpec::Status::Ok;
    result.spec = config.serversSpec;
    result.sharedConfig = body;
    result.rollingSpec = config.rollingServersSpec;
    finish(result);
}
