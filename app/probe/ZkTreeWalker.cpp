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
    m_parents.clear();
    m_waiting.clear();
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
    // Children lists first: they feed the queue, so the pipeline stays full on a wide tree.
    const quint64 generation = m_generation;
    while (m_running && m_inFlight < m_maxInFlight && (!m_parents.isEmpty() || !m_queue.isEmpty())) {
        ++m_inFlight;
        if (!m_parents.isEmpty()) {
            const QString path = m_parents.dequeue();
            m_client->getChildren(path, this, [this, path, generation](const ZkResult &result) {
                if (generation == m_generation)
                    onChildren(path, result);
            });
        } else {
            const QString path = m_queue.dequeue();
            m_client->get(path, this, [this, path, generation](const ZkResult &result) {
                if (generation == m_generation)
                    onData(path, result);
            });
        }
    }
    if (m_running && m_inFlight == 0 && m_queue.isEmpty() && m_parents.isEmpty())
        finish();
}

void ZkTreeWalker::onData(const QString &path, const ZkResult &result)
{
    --m_inFlight;
    if (result.code == ZkResult::NoNode)
        return pump(); // deleted since its parent was listed
    if (result.code == ZkResult::NoAuth) {
        // Its ACL denies us READ, which covers its data and its children: the whole subtree is
        // out of reach. Named, not skipped silently.
        m_digest.unreadable << path;
        return pump();
    }
    if (!result.ok())
        return fail(result.errorText());
    ZkTreeDigest::Entry entry;
    entry.path = path;
    entry.sha256 = QCryptographicHash::hash(result.data, QCryptographicHash::Sha256);
    entry.czxid = result.stat.czxid;
    entry.mzxid = result.stat.mzxid;
    entry.pzxid = result.stat.pzxid;
    entry.version = result.stat.version;
    if (result.stat.numChildren == 0) {
        // No children at this read, and its pzxid read with that: nothing more to ask.
        m_digest.entries.append(entry);
    } else {
        m_waiting.insert(path, entry);
        m_parents.enqueue(path);
    }
    pump();
}

void ZkTreeWalker::onChildren(const QString &path, const ZkResult &result)
{
    --m_inFlight;
    ZkTreeDigest::Entry entry = m_waiting.take(path);
    if (result.code == ZkResult::NoNode)
        return pump(); // deleted since its data was read
    if (result.code == ZkResult::NoAuth) {
        m_digest.unreadable << path; // its ACL changed since its data was read
        return pump();
    }
    if (!result.ok())
        return fail(result.errorText());
    // The pzxid read together with the list (a child missing later is checked against it).
    entry.pzxid = result.stat.pzxid;
    m_digest.entries.append(entry);
    const QString prefix = path.endsWith(QLatin1Char('/')) ? path : path + QLatin1Char('/');
    for (const QString &child : result.children) {
        const QString childPath = prefix + child;
        if (!isExcluded(childPath))
            m_queue.enqueue(childPath);
    }
    pump();
}

void ZkTreeWalker::finish()
{
    m_running = false;
    std::sort(m_digest.entries.begin(), m_digest.entries.end(),
              [](const ZkTreeDigest::Entry &a, const ZkTreeDigest::Entry &b) { return a.path < b.path; });
    m_digest.unreadable.sort();
    m_digest.ok = true;
    emit finished(m_digest);
}

void ZkTreeWalker::fail(const QString &errorText)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_queue.clear();
    m_parents.clear();
    m_waiting.clear();
    m_digest = ZkTreeDigest();
    m_digest.errorText = tr("Reading the ZooKeeper tree failed: %1").arg(errorText);
    emit finished(m_digest);
}
