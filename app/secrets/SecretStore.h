#pragma once

#include <QObject>
#include <QString>

// Passwords, key passphrases and sudo passwords, per cluster and user, in the OS keychain
// (QtKeychain, insecure fallback off). Asynchronous: QtKeychain talks to the Secret Service
// over D-Bus, which must never block the GUI thread.
//
// Every finished signal carries the kind, cluster and user it was started with, so several
// operations may be in flight at once. Secrets never reach a log message, QSettings or a
// command line; the caller keeps what it needs for this run in a SecretCache.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Kind { SshPassword, KeyPassphrase, SudoPassword };
    Q_ENUM(Kind)

    enum class Result {
        // Done: read delivered the secret, write stored it, remove removed it (or there was
        // nothing to remove).
        Found,
        // Read only: no entry, ask the operator.
        NotFound,
        // No keychain reachable on this machine (no D-Bus session bus, no Secret Service):
        // keep the secret in memory for this run and say so.
        NoBackend,
        // The keychain is there but refused (locked, denied) or broke; errorText says why.
        Failed
    };
    Q_ENUM(Result)

    explicit SecretStore(QObject *parent = nullptr);

    // The keychain entry's name, e.g. "ssh-password/admin@prod-eu". Never contains the secret.
    // Cluster and user are percent-encoded, so "a@b" on "c" and "a" on "b@c" stay two entries.
    static QString entryKey(Kind kind, const QString &cluster, const QString &user);

    void read(Kind kind, const QString &cluster, const QString &user);
    void write(Kind kind, const QString &cluster, const QString &user, const QString &secret);
    void remove(Kind kind, const QString &cluster, const QString &user);

signals:
    void readFinished(SecretStore::Kind kind, const QString &cluster, const QString &user,
                      SecretStore::Result result, const QString &secret, const QString &errorText);
    void writeFinished(SecretStore::Kind kind, const QString &cluster, const QString &user,
                       SecretStore::Result result, const QString &errorText);
    void removeFinished(SecretStore::Kind kind, const QString &cluster, const QString &user,
                        SecretStore::Result result, const QString &errorText);
};
