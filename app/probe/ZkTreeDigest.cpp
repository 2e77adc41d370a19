#include "ZkTreeDigest.h"

#include <QCryptographicHash>

QByteArray ZkTreeDigest::combined() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Entry &entry : entries) {
        hash.addData(entry.path.toUtf8());
        hash.addData(QByteArrayView("\0", 1)); // paths cannot contain NUL: an unambiguous separator
        hash.addData(entry.sha256);
    }
    return hash.result().toHex();
}

ZkTreeDigest::Diff ZkTreeDigest::compare(const ZkTreeDigest &before, const ZkTreeDigest &after)
{
    // Both lists are sorted by path: one merge pass.
    Diff diff;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < before.entries.size() || j < after.entries.size()) {
        if (j >= after.entries.size() || (i < before.entries.size() && before.entries[i].path < after.entries[j].path)) {
            diff.removed.append(before.entries[i++].path);
        } else if (i >= before.entries.size() || after.entries[j].path < before.entries[i].path) {
            diff.added.append(after.entries[j++].path);
        } else {
            if (before.entries[i].sha256 != after.entries[j].sha256)
                diff.changed.append(before.entries[i].path);
            ++i;
            ++j;
        }
    }
    return diff;
}
