#include "ExhibitorClusterStatus.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

ExhibitorClusterStatus ExhibitorClusterStatus::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return failure(tr("Exhibitor answered with malformed JSON: %1").arg(error.errorString()));
    if (!doc.isArray())
        return failure(tr("Exhibitor's cluster status is not a list of servers"));

    ExhibitorClusterStatus status;
    const QJsonArray array = doc.array();
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            return failure(tr("Exhibitor's cluster status contains an entry that is not a server"));
        const QJsonObject object = value.toObject();
        Server server;
        server.hostname = object.value(QLatin1String("hostname")).toString();
        server.code = object.value(QLatin1String("code")).toInt(Unknown);
        server.description = object.value(QLatin1String("description")).toString();
        server.isLeader = object.value(QLatin1String("isLeader")).toBool();
        if (server.hostname.isEmpty())
            return failure(tr("Exhibitor's cluster status names a server without a hostname"));
        if (server.code < Latent || server.code > Serving)
            server.code = Unknown;
        status.servers.append(server);
    }
    status.ok = true;
    return status;
}

ExhibitorClusterStatus ExhibitorClusterStatus::failure(const QString &errorText)
{
    ExhibitorClusterStatus status;
    status.errorText = errorText;
    return status;
}

int ExhibitorClusterStatus::servingCount() const
{
    return int(std::count_if(servers.cbegin(), servers.cend(), [](const Server &s) { return s.code == Serving; }));
}

int ExhibitorClusterStatus::leaderCount() const
{
    return int(std::count_if(servers.cbegin(), servers.cend(), [](const Server &s) { return s.isLeader; }));
}
