#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// A fingerprint of a ZooKeeper tree for the integrity check: every znode's path and the SHA-256
// of its data, sorted by path. Taken in preflight and again in Verify; equal digests mean the
// same znodes with the same data. ZooKeeper's own /zookeeper subtree is left out.
struct ZkTreeDigest
{
    struct Entry
    {
        QString path;
        QByteArray sha256; // raw bytes of the SHA-256 of the node's data
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

    int znodeCount() const { return int(entries.size()); }
    // One SHA-256 over all entries, hex: short enough for the report.
    QByteArray combined() const;
    // Same znodes and data; errors compare unequal.
    bool operator==(const ZkTreeDigest &other) const { return ok && other.ok && entries == other.entries; }
    bool operator!=(const ZkTreeDigest &other) const { return !(*this == other); }

    static Diff compare(const ZkTreeDigest &before, const ZkTreeDigest &after);
};
