#pragma once

#include "ExhibitorClusterStatus.h"
#include "ExhibitorState.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// Asks one Exhibitor (host:port, usually a local port forwarded through SSH to a master's 8181)
// over its REST API. Every request ends in exactly one signal; when nothing answers, the answer
// is not HTTP 200 or the JSON is malformed, the result has ok == false and a translated
// errorText beginning with "Exhibitor REST not answering" or naming what was wrong (a 401 says
// whether the admin password was missing or refused), so the discovery page can show the column
// as unknown instead of failing.
class ExhibitorRestProbe : public QObject
{
    Q_OBJECT

public:
    // The probe uses its own QNetworkAccessManager unless one is given (then shared, not owned).
    ExhibitorRestProbe(const QString &host, quint16 port, QObject *parent = nullptr,
                       QNetworkAccessManager *manager = nullptr);

    void setTimeout(int msec); // per request; default 5000
    // exhibitor_admin_password (a secret: held in memory, never logged): sent as HTTP Basic
    // admin:<password> on every call but cluster/status, which DC/OS leaves open. Empty: none.
    void setAdminPassword(const QString &password);
    // Why the REST is not used on a master whose env file has EXHIBITOR_TLS_ENABLED=true.
    static QString tlsUnavailable();
    QUrl baseUrl() const { return m_baseUrl; }

    void fetchClusterStatus();
    void fetchState();
    // GET cluster/start: Exhibitor queues an immediate ZooKeeper start (ClusterResource ->
    // StartInstance) instead of waiting for its first instance check, check-ms after it started.
    // A ZooKeeper already running is left alone (zkServer.sh start finds its pid).
    void requestStart();

signals:
    void clusterStatusReceived(const ExhibitorClusterStatus &status);
    void stateReceived(const ExhibitorState &state);
    // ok: Exhibitor answered {"succeeded":true}. httpStatus 0: nothing answered (not up yet).
    void startRequested(bool ok, int httpStatus, const QString &errorText);

private:
    QNetworkReply *get(const QString &path);
    // Empty when the reply is usable; otherwise the translated reason.
    QString failureOf(QNetworkReply *reply) const;

    QUrl m_baseUrl;
    QNetworkAccessManager *m_manager;
    int m_timeout = 5000;
    QString m_adminPassword;
};
