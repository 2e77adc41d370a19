#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// A fingerprint of a ZooKeeper tree for the integrity check: every znode's path, the SHA-256
// of its data and the zxids of its stat, sorted by path. Taken in preflight and again in Verify;
// ZkTreeIntegrity compares the two on a cluster other clients write to. ZooKeeper's own
// /zookeeper subtree is left out.
struct ZkTreeDigest
{
    struct Entry
    {
        QString path;
        QByteArray sha256; // raw bytes of the SHA-256 of the node's data
        qint64 czxid = 0;  // created
        qint64 mzxid = 0;  // data last changed
        qint64 pzxid = 0;  // children last changed, read together with the children list
        int version = 0;   // data version
        bool operator==(const Entry &) const = default;
    };

    struct Diff
    {
        QStringList added;   // in `after` only
        QStringList removed; // in `before` only
        QStringList changed; // data differs
        bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
    };

    bool ok = false;
    QString errorText;   // translated, when the walk failed
    QList<Entry> entries; // sorted by path
    // A zxid every read of the walk saw applied: the zxid of a write the walking session made
    // just before it started (ZooKeeper answers a session's reads only from a server that has
    // its earlier writes). -1: unknown. See ZkTreeIntegrity for why not the highest zxid seen.
    qint64 zxid = -1;
    // Subtrees the session may not read (NoAuth: an ACL without READ for it), sorted: neither
    // they nor anything under them is in `entries`. Never a silent gap: preflight names them.
    QStringList unreadable;

    int znodeCount() const { return int(entries.size()); }
    // One SHA-256 over all entries, hex: short enough for the report.
    QByteArray combined() const;
    // Same znodes and data; errors compare unequal.
    bool operator==(const ZkTreeDigest &other) const { return ok && other.ok && entries == other.entries; }
    bool operator!=(const ZkTreeDigest &other) const { return !(*this == other); }

    static Diff compare(const ZkTreeDigest &before, const ZkTreeDigest &after);
};
