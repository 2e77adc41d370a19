#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

// A ZooKeeper four-letter word straight to <ip>:2181 over a plain socket: the benchmarks' own
// view of a master, independent of the engine's SSH forwards and probe classes. Sends exactly
// four bytes (see tests/cluster-sim/README.md: a trailing newline can lose the reply).
namespace WordClient {

// reply: empty when the connection was refused, reset or timed out. The callback runs on the
// context's thread and is dropped if the context goes first.
void ask(const QString &host, const QByteArray &word, QObject *context,
         std::function<void(const QByteArray &reply)> callback, int timeoutMs = 1000);

// "zk_peer_state\tfollowing - broadcast" -> "following - broadcast"; "serverId=3" -> "3".
QString field(const QByteArray &reply, const QByteArray &key, char separator);

} // namespace WordClient
