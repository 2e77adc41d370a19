#include "ZkTreeIntegrity.h"

#include <QHash>

namespace
{
    using Entry = ZkTreeDigest::Entry;

    QString hex(qint64 zxid)
    {
        return QStringLiteral("0x") + QString::number(zxid, 16);
    }

    QString parentOf(const QString &path)
    {
        if (path == QLatin1String("/") || path.isEmpty())
            return QString();
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        return slash <= 0 ? QStringLiteral("/") : path.left(slash);
    }

    bool under(const QString &path, const QStringList &roots)
    {
        for (const QString &root : roots) {
            if (path == root || path.startsWith(root == QLatin1String("/") ? root : root + QLatin1Char('/')))
                return true;
        }
        return false;
    }

    QHash<QString, const Entry *> byPath(const ZkTreeDigest &digest)
    {
        QHash<QString, const Entry *> index;
        index.reserve(digest.entries.size());
        for (const Entry &entry : digest.entries)
            index.insert(entry.path, &entry);
        return index;
    }
} // namespace

ZkTreeIntegrity ZkTreeIntegrity::check(const ZkTreeDigest &before, const ZkTreeDigest &after)
{
    ZkTreeIntegrity result;
    result.snapshotZxid = before.zxid;
    result.snapshotZnodes = before.znodeCount();
    const QHash<QString, const Entry *> beforeIndex = byPath(before);
    const QHash<QString, const Entry *> afterIndex = byPath(after);
    result.notCompared = before.unreadable + after.unreadable;
    result.notCompared.sort();
    result.notCompared.removeDuplicates();
    auto problem = [&result](const QString &path, const QString &reason) { result.problems << Problem{path, reason}; };

    for (const Entry &was : before.entries) {
        if (under(was.path, result.notCompared))
            continue;
        const Entry *now = afterIndex.value(was.path);
        if (!now) {
            // Gone: a delete is a transaction on the parent, which raises its pzxid. When the
            // parent went too, its own parent (or the nearest ancestor still there) tells.
            QString ancestor = parentOf(was.path);
            while (!ancestor.isEmpty() && !afterIndex.contains(ancestor))
                ancestor = parentOf(ancestor);
            const Entry *ancestorNow = afterIndex.value(ancestor);
            const Entry *ancestorWas = beforeIndex.value(ancestor);
            if (!ancestorNow || !ancestorWas || ancestorNow->pzxid > ancestorWas->pzxid)
                result.removed << was.path;
            else
                problem(was.path, tr("gone, but the children of %1 did not change after the snapshot (pzxid %2)")
                                      .arg(ancestor, hex(ancestorNow->pzxid)));
            continue;
        }
        if (now->czxid != was.czxid) {
            if (now->czxid > was.czxid)
                result.changed << was.path; // deleted and created again after the snapshot
            else
                problem(was.path, tr("created at %1, before the snapshot's znode (%2): an older znode came back")
                                      .arg(hex(now->czxid), hex(was.czxid)));
            continue;
        }
        if (now->pzxid < was.pzxid) {
            problem(was.path, tr("its children went back in time (pzxid %1, %2 at the snapshot)")
                                  .arg(hex(now->pzxid), hex(was.pzxid)));
            continue;
        }
        if (now->mzxid == was.mzxid) {
            if (now->version != was.version || now->sha256 != was.sha256)
                problem(was.path, tr("data differs from the snapshot under the same mzxid %1 (version %2, %3 at the "
                                     "snapshot)")
                                      .arg(hex(now->mzxid))
                                      .arg(now->version)
                                      .arg(was.version));
            else
                ++result.unchanged;
        } else if (now->mzxid > was.mzxid && now->version > was.version) {
            result.changed << was.path;
        } else {
            problem(was.path, tr("went back in time: mzxid %1 version %2, at the snapshot mzxid %3 version %4")
                                  .arg(hex(now->mzxid))
                                  .arg(now->version)
                                  .arg(hex(was.mzxid))
                                  .arg(was.version));
        }
    }

    for (const Entry &now : after.entries) {
        if (beforeIndex.contains(now.path) || under(now.path, result.notCompared))
            continue;
        // New. Created before the snapshot began, it would have been there all along and the
        // walk would have read it; so would it if created before its parent's children were read.
        const Entry *parentWas = beforeIndex.value(parentOf(now.path));
        const Entry *parentNow = afterIndex.value(parentOf(now.path));
        const bool sameParent = parentWas && parentNow && parentWas->czxid == parentNow->czxid;
        if (before.zxid >= 0 && now.czxid <= before.zxid)
            problem(now.path, tr("not in the snapshot, though created at %1, before the snapshot (%2)")
                                  .arg(hex(now.czxid), hex(before.zxid)));
        else if (sameParent && now.czxid <= parentWas->pzxid)
            problem(now.path, tr("not in the snapshot, though created at %1, before the snapshot read its parent "
                                 "(pzxid %2)")
                                  .arg(hex(now.czxid), hex(parentWas->pzxid)));
        else
            result.added << now.path;
    }
    return result;
}

QString ZkTreeIntegrity::summary() const
{
    QString text = tr("%n znode(s) of the snapshot unchanged; other clients meanwhile added %1, changed %2, removed %3",
                      nullptr, unchanged)
                       .arg(added.size())
                       .arg(changed.size())
                       .arg(removed.size());
    if (!notCompared.isEmpty())
        text += QStringLiteral("; ") + tr("not compared (no permission to read): %1").arg(notCompared.join(QStringLiteral(", ")));
    return text;
}

QString ZkTreeIntegrity::problemText(int limit) const
{
    QStringList named;
    for (const Problem &p : problems.mid(0, limit))
        named << tr("%1: %2").arg(p.path, p.reason);
    QString text = named.join(QStringLiteral("; "));
    if (problems.size() > limit)
        text += QLatin1Char(' ') + tr("(and %n more)", nullptr, int(problems.size() - limit));
    return text;
}
