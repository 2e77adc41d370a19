#pragma once

#include "SecretStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

// This run's secrets, in memory. Every secret the operator typed or the keychain delivered
// lands here, with whether it also lives in the keychain, so the GUI can say
// "saved in the keychain" or "kept in memory until the wizard closes" — because the machine
// has no keychain (SecretStore::Result::NoBackend) or because the operator chose not to
// remember it.
//
// Secrets are held as UTF-8 in buffers only this class references, and are overwritten with
// zeros on forget(), clear() and destruction. Copies handed out by secret() and the QString
// passed to put() belong to the caller and cannot be wiped from here: drop them early.
// No QDebug operator on purpose: a secret must never reach a log.
class SecretCache
{
    Q_DECLARE_TR_FUNCTIONS(SecretCache)
    Q_DISABLE_COPY_MOVE(SecretCache)

public:
    enum class Persistence {
        // Also saved in the system keychain; asked for again only if it is removed there.
        Keychain,
        // Memory only: gone, and asked for again, when the wizard closes.
        ThisRunOnly
    };

    SecretCache() = default;
    ~SecretCache();

    void put(SecretStore::Kind kind, const QString &cluster, const QString &user, const QString &secret,
             Persistence persistence);
    bool contains(SecretStore::Kind kind, const QString &cluster, const QString &user) const;
    // Empty if there is none; check contains() to tell an empty secret from a missing one.
    QString secret(SecretStore::Kind kind, const QString &cluster, const QString &user) const;
    // ThisRunOnly for a secret that is not held, which is never persisted either.
    Persistence persistence(SecretStore::Kind kind, const QString &cluster, const QString &user) const;
    bool isPersisted(SecretStore::Kind kind, const QString &cluster, const QString &user) const;
    void forget(SecretStore::Kind kind, const QString &cluster, const QString &user);
    void clear();
    qsizetype size() const { return m_entries.size(); }

    // Once a keychain write answered NoBackend (or Failed, e.g. a locked keyring that cannot
    // prompt without a display), this run's secrets stay memory-only; the reason (SecretStore's
    // errorText, which never holds a secret) goes into the status text.
    void setKeychainUnavailable(const QString &reason);
    bool isKeychainAvailable() const { return m_keychainUnavailableReason.isEmpty(); }

    // One sentence for the GUI next to a secret's field: where this secret lives.
    QString statusText(SecretStore::Kind kind, const QString &cluster, const QString &user) const;

    // Overwrites bytes's buffer with zeros, in a way the optimiser keeps, and returns true, if
    // bytes is the only reference to that buffer: wiping a shared one would corrupt another
    // holder's copy, and detaching first would only wipe a fresh copy. The size stays.
    static bool wipe(QByteArray &bytes);

private:
    struct Entry
    {
        QByteArray utf8;
        Persistence persistence = Persistence::ThisRunOnly;
    };

    QHash<QString, Entry> m_entries; // keyed by SecretStore::entryKey, which holds no secret
    QString m_keychainUnavailableReason;
};
