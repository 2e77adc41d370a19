#include "DiscoveryJson.h"

#include <QJsonArray>

namespace DiscoveryJson {

QString agreementKey(MasterDiscovery::Agreement agreement)
{
    switch (agreement) {
    case MasterDiscovery::Agreement::Pending:
        return QStringLiteral("pending");
    case MasterDiscovery::Agreement::Agreed:
        return QStringLiteral("agreed");
    case MasterDiscovery::Agreement::Disagreed:
        return QStringLiteral("disagreed");
    case MasterDiscovery::Agreement::NoId:
        return QStringLiteral("no_id");
    case MasterDiscovery::Agreement::Unreachable:
        return QStringLiteral("unreachable");
    }
    return {};
}

QJsonObject masterToJson(const MasterDiscovery &result)
{
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };

    QJsonObject sources;
    QJsonObject unavailable;
    for (const IdReading &reading : result.readings()) {
        const QString key = IdSources::jsonKey(reading.source);
        sources.insert(key, reading.isFound() ? QJsonValue(reading.id) : QJsonValue());
        if (reading.isUnavailable() && result.isReachable())
            unavailable.insert(key, reading.detail);
    }
    const MasterDiscovery::Orig orig = result.orig();
    const bool origKnown = orig != MasterDiscovery::Orig::Unknown;
    const bool origExists = orig == MasterDiscovery::Orig::Same || orig == MasterDiscovery::Orig::Differs;
    return QJsonObject{
        {QStringLiteral("ip"), result.master()},
        {QStringLiteral("id"), result.agreedId() > 0 ? QJsonValue(result.agreedId()) : QJsonValue()},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("unavailable"), unavailable},
        {QStringLiteral("agreement"), agreementKey(result.agreement())},
        {QStringLiteral("mode"), orNull(result.mode())},
        {QStringLiteral("zxid"), orNull(result.zxidText())},
        {QStringLiteral("backend"), result.hasEnvFile() ? orNull(result.backend()) : QJsonValue()},
        // A .orig whose content could not be compared still exists.
        {QStringLiteral("orig_exists"),
         origKnown || result.origExists() ? QJsonValue(origExists || result.origExists()) : QJsonValue()},
        {QStringLiteral("orig_differs"), origKnown ? QJsonValue(orig == MasterDiscovery::Orig::Differs) : QJsonValue()},
        {QStringLiteral("problems"), QJsonArray::fromStringList(result.problems())},
    };
}

QJsonObject toJson(const QList<MasterDiscovery> &results)
{
    QJsonArray masters;
    for (const MasterDiscovery &result : results)
        masters << masterToJson(result);
    QJsonObject currentIds;
    const QMap<QString, int> ids = MasterDiscovery::currentIds(results);
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        currentIds.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("masters"), masters}, {QStringLiteral("current_ids"), currentIds}};
}

} // namespace DiscoveryJson
