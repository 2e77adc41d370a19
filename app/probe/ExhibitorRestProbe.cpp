#include "ExhibitorRestProbe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace
{
    // Exhibitor's answers are a few kilobytes; cap what a confused peer can make us buffer.
    constexpr qint64 MaxBodyBytes = 4 * 1024 * 1024;
    // The one call DC/OS leaves open when exhibitor_admin_password is set.
    constexpr const char *kClusterStatusPath = "/exhibitor/v1/cluster/status";
} // namespace

ExhibitorRestProbe::ExhibitorRestProbe(const QString &host, quint16 port, QObject *parent, QNetworkAccessManager *manager)
    : QObject(parent)
    , m_manager(manager)
{
    m_baseUrl.setScheme(QStringLiteral("http"));
    m_baseUrl.setHost(host);
    m_baseUrl.setPort(port);
    if (!m_manager) {
        m_manager = new QNetworkAccessManager(this);
        // The port is a local SSH forward: an http_proxy from the environment must not be used
        // for it (it would send the request to the proxy, which cannot reach 127.0.0.1 here).
        m_manager->setProxy(QNetworkProxy::NoProxy);
    }
}

void ExhibitorRestProbe::setAdminPassword(const QString &password)
{
    m_adminPassword = password;
}

QString ExhibitorRestProbe::tlsUnavailable()
{
    // DC/OS keeps the client certificate in Java keystores readable by root only
    // (/var/lib/dcos/exhibitor-tls-artifacts): presenting it would mean exporting a master's
    // private key to the workstation. The other ID sources and the settle gate do without REST.
    return tr("Exhibitor's REST requires HTTPS with a client certificate on this master (EXHIBITOR_TLS_ENABLED=true, "
              "DC/OS Enterprise); this tool does not use the master's own certificates, so the REST is not asked");
}

void ExhibitorRestProbe::setTimeout(int msec)
{
    m_timeout = msec;
}

QNetworkReply *ExhibitorRestProbe::get(const QString &path)
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    // DC/OS's exhibitor_web.xml protects everything but cluster/status (Exhibitor runs with
    // --security, --realm DCOS:/opt/mesosphere/etc/exhibitor_realm, --remoteauth basic:admin).
    // The header is built per request and never logged; the URL carries no credentials.
    if (!m_adminPassword.isEmpty() && path != QLatin1String(kClusterStatusPath))
        request.setRawHeader("Authorization",
                             "Basic " + (QByteArrayLiteral("admin:") + m_adminPassword.toUtf8()).toBase64());
    request.setTransferTimeout(m_timeout);
    // Each probe must see the current state, not a cached one.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // The answer must come from the master's own Exhibitor at the end of the forward: a redirect
    // (Qt 6 follows them by default) could send the request, with its credentials, elsewhere, or
    // pass another server's answer off as this master's. A 3xx is a failure naming the location.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_manager->get(request);
    // Owned by the probe, so a shared manager does not keep replies of a destroyed probe.
    reply->setParent(this);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxBodyBytes)
            reply->abort();
    });
    return reply;
}

QString ExhibitorRestProbe::failureOf(QNetworkReply *reply) const
{
    const QString where = reply->url().toString();
    if (reply->error() == QNetworkReply::OperationCanceledError)
        return tr("Exhibitor REST not answering at %1: no answer within %2 ms").arg(where).arg(m_timeout);
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (httpStatus >= 300 && httpStatus < 400) {
        // The raw header: Qt's parsed LocationHeader is empty for a relative location.
        const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location").trimmed());
        return tr("Exhibitor REST at %1 answered HTTP %2, a redirect to %3, which is not followed")
            .arg(where)
            .arg(httpStatus)
            .arg(location.isEmpty() ? tr("(no location)") : reply->url().resolved(location).toString());
    }
    if (reply->error() != QNetworkReply::NoError && httpStatus == 0)
        return tr("Exhibitor REST not answering at %1: %2").arg(where, reply->errorString());
    if (httpStatus == 401 && m_adminPassword.isEmpty())
        return tr("Exhibitor REST at %1 answered HTTP 401: it requires the admin password (exhibitor_admin_password "
                  "in config.yaml)")
            .arg(where);
    if (httpStatus == 401)
        return tr("Exhibitor REST at %1 answered HTTP 401: it refused the admin password (exhibitor_admin_password)")
            .arg(where);
    if (httpStatus != 200)
        return tr("Exhibitor REST at %1 answered HTTP %2").arg(where).arg(httpStatus);
    return {};
}

void ExhibitorRestProbe::fetchClusterStatus()
{
    QNetworkReply *reply = get(QLatin1String(kClusterStatusPath));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QString failure = failureOf(reply);
        ExhibitorClusterStatus status = failure.isEmpty() ? ExhibitorClusterStatus::fromJson(reply->readAll())
                                                          : ExhibitorClusterStatus::failure(failure);
        emit clusterStatusReceived(status);
    });
}

void ExhibitorRestProbe::fetchState()
{
    QNetworkReply *reply = get(QStringLiteral("/exhibitor/v1/config/get-state"));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QString failure = failureOf(reply);
        ExhibitorState state = failure.isEmpty() ? ExhibitorState::fromJson(reply->readAll())
                                                 : ExhibitorState::failure(failure);
        state.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        emit stateReceived(state);
    });
}

void ExhibitorRestProbe::requestStart()
{
    QNetworkReply *reply = get(QStringLiteral("/exhibitor/v1/cluster/start"));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        QString failure = failureOf(reply);
        if (failure.isEmpty()) {
            const QJsonObject result = QJsonDocument::fromJson(reply->readAll()).object();
            if (!result.value(QLatin1String("succeeded")).toBool())
                failure = tr("Exhibitor at %1 did not accept the start: %2")
                              .arg(reply->url().toString(), result.value(QLatin1String("message")).toString());
        }
        emit startRequested(failure.isEmpty(), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                            failure);
    });
}
