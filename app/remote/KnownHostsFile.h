#pragma once

#include <QList>
#include <QString>

// Read-only look-up in an OpenSSH known_hosts file, to name the file and line in the "host key
// changed" message (libssh says that the key differs, not where the old one is). Understands plain
// and hashed (|1|salt|hash) host fields, "[host]:port", patterns with * and ?, negation with !,
// and skips @cert-authority/@revoked lines. Checking keys is left to libssh.
class KnownHostsFile
{
public:
    struct Entry
    {
        int line = 0; // 1-based
        QString keyType; // e.g. "ssh-ed25519"
        bool hashed = false;
    };

    // "host" for port 22, "[host]:port" otherwise, as ssh(1) writes it.
    static QString hostField(const QString &host, int port);

    static QList<Entry> entriesFor(const QString &path, const QString &host, int port);

    // Whether one known_hosts host field (comma-separated patterns, or a hashed name) matches.
    static bool hostFieldMatches(const QString &field, const QString &host, int port);
};
