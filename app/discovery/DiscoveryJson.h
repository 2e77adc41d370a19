#pragma once

#include "MasterDiscovery.h"

#include <QJsonObject>
#include <QList>

// Discovery results as JSON, the shape `exhibitor-migrate discover --format json` prints and the
// wizard's report keeps:
//   {"masters": [{"ip", "id", "sources": {"journal", "myid", "conf", "get_state", "backend"},
//                 "unavailable": {source: reason}, "agreement", "mode", "zxid", "backend",
//                 "orig_exists", "orig_differs", "problems": [...]}],
//    "current_ids": {ip: id}}
// A source's value is its ID or null; an unknown value is null. "agreement" is one of "agreed",
// "disagreed", "no_id", "unreachable", "pending". current_ids holds only the masters whose
// sources agree, so that it can be fed to `exhibitor-migrate plan --ids`.
namespace DiscoveryJson {

QJsonObject toJson(const QList<MasterDiscovery> &results);
QJsonObject masterToJson(const MasterDiscovery &result);
QString agreementKey(MasterDiscovery::Agreement agreement);

} // namespace DiscoveryJson
