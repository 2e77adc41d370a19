#pragma once

#include <QList>
#include <QString>

// The places a master's ZooKeeper ID can be read from (DESIGN.md §2, "ID sources"), in the order
// the table, the log and the CLI show them.
enum class IdSource {
    Journal,  // the last "my id = N" in journalctl -u dcos-exhibitor
    MyIdFile, // /var/lib/dcos/exhibitor/zookeeper/snapshot/myid
    Conf,     // four-letter word conf: serverId=N
    GetState, // Exhibitor GET /exhibitor/v1/config/get-state: config.serverId
    Backend   // the backend's servers-spec (ZK shared config, or the static ensemble)
};

namespace IdSources {

constexpr int Count = 5;

const QList<IdSource> &all();

// The fixed short name used in DESIGN.md, the log, problem lines and column tooltips:
// "journal", "myid", "conf", "get-state", "backend". Not translated: operators grep for them.
QString name(IdSource source);

// The key in `exhibitor-migrate discover --format json`: "journal", "myid", "conf",
// "get_state", "backend".
QString jsonKey(IdSource source);

} // namespace IdSources
