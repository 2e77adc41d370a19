#pragma once

#include <QObject>
#include <QString>

// Passwords, key passphrases and sudo passwords, per cluster and user, in the OS keychain
// (QtKeychain, insecure fallback off). Asynchronous: QtKeychain talks to the Secret Service
// over D-Bus, which must never block the GUI thread.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Kind { SshPassword, KeyPassphrase, SudoPassword };
    Q_ENUM(Kind)

    enum class Result {
        Found,       // secret delivered
        NotFound,    // no entry: ask the operator
        NoBackend,   // no keychain on this machine: keep the secret in memory for this run
        Failed       // denied or another error; errorText says which
    };
    Q_ENUM(Result)

    explicit SecretStore(QObject *parent = nullptr);

    // The keychain entry's name: never contains the secret itself.
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
