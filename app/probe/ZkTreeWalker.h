#pragma once

#include "ZkTreeDigest.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>

class ZkClient;
struct ZkResult;

// Walks a ZooKeeper tree through a connected ZkClient and produces a ZkTreeDigest. Reads run
// concurrently (a bounded number in flight), so a large tree takes a few round trips per level,
// not one per node. A znode deleted during the walk is simply not in the digest; any other error
// ends the walk with ok == false.
class ZkTreeWalker : public QObject
{
    Q_OBJECT

public:
    explicit ZkTreeWalker(ZkClient *client, QObject *parent = nullptr);

    // Subtrees to leave out, e.g. the SequencedWriter's base path. Default: "/zookeeper".
    void setExcludedPaths(const QStringList &paths) { m_excluded = paths; }
    void setMaxInFlight(int requests) { m_maxInFlight = qMax(2, requests); }

    void start(const QString &root = QStringLiteral("/"));
    bool isRunning() const { return m_running; }
    const ZkTreeDigest &digest() const { return m_digest; }

signals:
    void finished(const ZkTreeDigest &digest);

private:
    struct Node
    {
        ZkTreeDigest::Entry entry;
        bool haveData = false;
        bool haveChildren = false;
        bool gone = false;
    };

    bool isExcluded(const QString &path) const;
    void pump();
    void onData(const QString &path, const ZkResult &result);
    void onChildren(const QString &path, const ZkResult &result);
    void nodeDone(const QString &path);
    void fail(const QString &errorText);

    QPointer<ZkClient> m_client;
    QStringList m_excluded{QStringLiteral("/zookeeper")};
    int m_maxInFlight = 64;
    int m_inFlight = 0;
    bool m_running = false;
    quint64 m_generation = 0; // callbacks of an earlier, failed walk are ignored
    QQueue<QString> m_queue;
    QHash<QString, Node> m_nodes; // in progress
    ZkTreeDigest m_digest;
};
