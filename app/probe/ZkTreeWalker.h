#pragma once

#include "ZkTreeDigest.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>

class ZkClient;
struct ZkResult;

// Walks a ZooKeeper tree through a connected ZkClient and produces a ZkTreeDigest. Reads are
// pipelined: up to maxInFlight requests are outstanding on the session at once (ZooKeeper
// answers a session's requests in order, and the C client sends them back to back), so the
// walk's time is the tree's bytes over the link plus a few round trips per level, not one round
// trip per znode: through an SSH forward a round trip is milliseconds, and 50 000 znodes one
// after another took half a minute (bench/zk-tree). Each znode is one get; only a znode whose
// stat counts children gets a getChildren2 as well (most znodes are leaves). A znode deleted
// during the walk is simply not in the digest; one the session may not read (NoAuth) is named in
// the digest's `unreadable` with its subtree left out; any other error ends the walk with
// ok == false.
class ZkTreeWalker : public QObject
{
    Q_OBJECT

public:
    explicit ZkTreeWalker(ZkClient *client, QObject *parent = nullptr);

    // Subtrees to leave out, e.g. the SequencedWriter's base path. Default: "/zookeeper".
    void setExcludedPaths(const QStringList &paths) { m_excluded = paths; }
    // ZooKeeper 3.4 stops reading a connection beyond globalOutstandingLimit (1000) requests
    // queued in the whole server; more than that in flight gains nothing.
    void setMaxInFlight(int requests) { m_maxInFlight = qMax(1, requests); }

    void start(const QString &root = QStringLiteral("/"));
    bool isRunning() const { return m_running; }
    const ZkTreeDigest &digest() const { return m_digest; }

signals:
    void finished(const ZkTreeDigest &digest);

private:
    bool isExcluded(const QString &path) const;
    void pump();
    void onData(const QString &path, const ZkResult &result);
    void onChildren(const QString &path, const ZkResult &result);
    void finish();
    void fail(const QString &errorText);

    QPointer<ZkClient> m_client;
    QStringList m_excluded{QStringLiteral("/zookeeper")};
    int m_maxInFlight = 768;
    int m_inFlight = 0;
    bool m_running = false;
    quint64 m_generation = 0; // callbacks of an earlier, failed walk are ignored
    QQueue<QString> m_queue; // to get
    QQueue<QString> m_parents; // got, with children to list
    QHash<QString, ZkTreeDigest::Entry> m_waiting; // got, waiting for their children's list
    ZkTreeDigest m_digest;
};
