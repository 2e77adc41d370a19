#include "ExhibitorState.h"

#include <QJsonDocument>
#include <QJsonObject>

ExhibitorState ExhibitorState::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return failure(tr("Exhibitor answered with malformed JSON: %1").arg(error.errorString()));
    const QJsonObject root = doc.object();
    const QJsonValue configValue = root.value(QLatin1String("config"));
    if (!doc.isObject() || !configValue.isObject())
        return failure(tr("Exhibitor's state has no \"config\" object"));
    const QJsonObject config = configValue.toObject();

    ExhibitorState state;
    state.ok = true;
    state.version = root.value(QLatin1String("version")).toString();
    state.running = root.value(QLatin1String("running")).toBool();
    state.standaloneMode = root.value(QLatin1String("standaloneMode")).toBool();
    state.hostname = config.value(QLatin1String("hostname")).toString();
    // Exhibitor writes -1 itself when it does not find its host in the spec; a missing or
    // non-numeric field means the same to us.
    state.serverId = config.value(QLatin1String("serverId")).toInt(-1);
    state.serversSpec = config.value(QLatin1String("serversSpec")).toString();
    state.rollInProgress = config.value(QLatin1String("rollInProgress")).toBool();
    state.rollStatus = config.value(QLatin1String("rollStatus")).toString();
    state.config = config;
    return state;
}

ExhibitorState ExhibitorState::failure(const QString &errorText)
{
    ExhibitorState state;
    state.errorText = errorText;
    return state;
}
