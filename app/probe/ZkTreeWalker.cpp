#include "ZkTreeWalker.h"

#include "ZkClient.h"

#include <QCryptographicHash>

#include <algorithm>

ZkTreeWalker::ZkTreeWalker(ZkClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void ZkTreeWalker::start(const QString &root)
{
    ++m_generation;
    m_running = true;
    m_inFlight = 0;
    m_queue.clear();
    m_nodes.clear();
    m_digest = ZkTreeDigest();
    if (!m_client || !m_client->isConnected()) {
        // Still asynchronous: callers connect to finished() after start().
        QMetaObject::invokeMethod(this, [this] { fail(tr("ZooKeeper is not connected")); }, Qt::QueuedConnection);
        return;
    }
    m_queue.enqueue(root);
    pump();
}

bool ZkTreeWalker::isExcluded(const QString &path) const
{
    return std::any_of(m_excluded.cbegin(), m_excluded.cend(), [&path](const QString &excluded) {
        return path == excluded || path.startsWith(excluded + QLatin1Char('/'));
    });
}

void ZkTreeWalker::pump()
{
    // Two requests per node: its data and its children.
    while (m_running && !m_queue.isEmpty() && m_inFlight < m_maxInFlight) {
        const QString path = m_queue.dequeue();
        m_nodes.insert(path, Node());
        m_inFlight += 2;
        const quint64 generation = m_generation;
        m_client->get(path, this, [this, path, generation](const ZkResult &result) {
            if (generation == m_generation)
                onData(path, result);
        });
        m_client->getChildren(path, this, [this, path, generation](const ZkResult &result) {
            if (generation == m_generation)
                onChildren(path, result);
        });
    }
    if (m_running && m_queue.isEmpty() && m_inFlight == 0) {
        m_running = false;
        std::sort(m_digest.entries.begin(), m_digest.entries.end(),
                  [](const ZkTreeDigest::Entry &a, const ZkTreeDigest::Entry &b) { return a.path < b.path; });
        m_digest.ok = true;
        emit finished(m_digest);
    }
}

void ZkTreeWalker::onData(const QString &path, const ZkResult &result)
{
    --m_inFlight;
    Node &node = m_nodes[path];
    node.haveData = true;
    if (result.code == ZkResult::NoNode)
        node.gone = true;
    else if (!result.ok())
        return fail(result.errorText());
    else {
        node.entry.sha256 = QCryptographicHash::hash(result.data, QCryptographicHash::Sha256);
        node.entry.czxid = result.stat.czxid;
        node.entry.mzxid = result.stat.mzxid;
        node.entry.version = result.stat.version;
    }
    nodeDone(path);
}

void ZkTreeWalker::onChildren(const QString &path, const ZkResult &result)
{
    --m_inFlight;
    Node &node = m_nodes[path];
    node.haveChildren = true;
    if (result.code == ZkResult::NoNode) {
        node.gone = true;
    } else if (!result.ok()) {
        return fail(result.errorText());
    } else {
        node.entry.pzxid = result.stat.pzxid;
        const QString prefix = path.endsWith(QLatin1Char('/')) ? path : path + QLatin1Char('/');
        for (const QString &child : result.children) {
            const QString childPath = prefix + child;
            if (!isExcluded(childPath))
                m_queue.enqueue(childPath);
        }
    }
    nodeDone(path);
}

void ZkTreeWalker::nodeDone(const QString &path)
{
    const Node node = m_nodes.value(path);
    if (node.haveData && node.haveChildren) {
        if (!node.gone) {
            ZkTreeDigest::Entry entry = node.entry;
            entry.path = path;
            m_digest.entries.append(entry);
        }
        m_nodes.remove(path);
    }
    pump();
}

void ZkTreeWalker::fail(const QString &errorText)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_queue.clear();
    m_nodes.clear();
    m_digest = ZkTreeDigest();
    m_digest.errorText = tr("Reading the ZooKeeper tree failed: %1").arg(errorText);
    emit finished(m_digest);
}
