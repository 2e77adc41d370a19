#pragma once

#include "ZkTreeDigest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Verify's data check on a cluster other clients write to (DESIGN.md §2 "a live cluster"): not
// "the tree is unchanged" but "nothing went back in time". Compares the preflight snapshot with
// the tree after the migration, znode by znode, by their stats:
// - a znode of the snapshot is unchanged (same mzxid, version and data), or was changed by a
//   later transaction (higher mzxid and version), or was deleted and created again (higher czxid);
// - a znode of the snapshot that is gone had its nearest remaining ancestor's children changed
//   after that ancestor was read (higher pzxid: a delete is a transaction on the parent);
// - a znode that is not in the snapshot was created after the snapshot began (czxid above the
//   snapshot's zxid, and above its parent's pzxid as the snapshot read it).
// Anything else (an older mzxid or version, other data under the same mzxid, a znode gone without
// a change of its parent, an old znode that was not there before) is a problem, named with why.
// Subtrees that either snapshot could not read (ACLs) are left out of the comparison and named.
// Each znode is compared with its own stat as the snapshot read it, never with one zxid for the
// whole walk: the walk is not atomic, and other clients write while it runs.
struct ZkTreeIntegrity
{
    Q_DECLARE_TR_FUNCTIONS(ZkTreeIntegrity)

public:
    struct Problem
    {
        QString path;
        QString reason; // translated
        bool operator==(const Problem &) const = default;
    };

    qint64 snapshotZxid = -1;
    int snapshotZnodes = 0;
    int unchanged = 0;
    QStringList added;   // created after the snapshot, by other clients
    QStringList changed; // written (or deleted and created again) after the snapshot
    QStringList removed; // deleted after the snapshot
    QList<Problem> problems;
    // Subtrees either read could not see (NoAuth): not compared, and said so.
    QStringList notCompared;

    bool ok() const { return problems.isEmpty(); }
    // "N znode(s) unchanged; other clients added A, changed C, removed R" (translated).
    QString summary() const;
    // The problems, "path: reason; ...", at most `limit` named, then how many more.
    QString problemText(int limit = 20) const;

    static ZkTreeIntegrity check(const ZkTreeDigest &before, const ZkTreeDigest &after);
};
