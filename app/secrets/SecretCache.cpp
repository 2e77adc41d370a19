#include "SecretCache.h"

SecretCache::~SecretCache()
{
    clear();
}

void SecretCache::put(SecretStore::Kind kind, const QString &cluster, const QString &user,
                      const QString &secret, Persistence persistence)
{
    const QString key = SecretStore::entryKey(kind, cluster, user);
    forget(kind, cluster, user); // wipe the old buffer before it is released
    // toUtf8() allocates a buffer nobody else references, so wipe() can always reach it.
    m_entries.insert(key, Entry { secret.toUtf8(), persistence });
}

bool SecretCache::contains(SecretStore::Kind kind, const QString &cluster, const QString &user) const
{
    return m_entries.contains(SecretStore::entryKey(kind, cluster, user));
}

QString SecretCache::secret(SecretStore::Kind kind, const QString &cluster, const QString &user) const
{
    const auto it = m_entries.constFind(SecretStore::entryKey(kind, cluster, user));
    // A new QString, so the caller never shares (and keeps alive) the buffer wipe() clears.
    return it == m_entries.cend() ? QString() : QString::fromUtf8(it->utf8);
}

SecretCache::Persistence SecretCache::persistence(SecretStore::Kind kind, const QString &cluster,
                                                  const QString &user) const
{
    const auto it = m_entries.constFind(SecretStore::entryKey(kind, cluster, user));
    return it == m_entries.cend() ? Persistence::ThisRunOnly : it->persistence;
}

bool SecretCache::isPersisted(SecretStore::Kind kind, const QString &cluster, const QString &user) const
{
    return contains(kind, cluster, user) && persistence(kind, cluster, user) == Persistence::Keychain;
}

void SecretCache::forget(SecretStore::Kind kind, const QString &cluster, const QString &user)
{
    const auto it = m_entries.find(SecretStore::entryKey(kind, cluster, user));
    if (it == m_entries.end())
        return;
    wipe(it->utf8);
    m_entries.erase(it);
}

void SecretCache::clear()
{
    for (auto &entry : m_entries)
        wipe(entry.utf8);
    m_entries.clear();
}

void SecretCache::setKeychainUnavailable(const QString &reason)
{
    // Non-empty even without a reason, since emptiness means "available".
    m_keychainUnavailableReason = reason.isEmpty() ? tr("no system keychain") : reason;
}

QString SecretCache::statusText(SecretStore::Kind kind, const QString &cluster, const QString &user) const
{
    if (!contains(kind, cluster, user))
        return tr("Not known yet: you will be asked for it.");
    if (isPersisted(kind, cluster, user))
        return tr("Saved in the system keychain.");
    if (!isKeychainAvailable())
        return tr("Kept in memory until the wizard closes, because it cannot be saved (%1).")
            .arg(m_keychainUnavailableReason);
    return tr("Kept in memory until the wizard closes; not saved in the system keychain.");
}

bool SecretCache::wipe(QByteArray &bytes)
{
    if (bytes.isEmpty() || !bytes.isDetached())
        return false;
    // Writes through a volatile pointer are observable behaviour, so they survive even when
    // the buffer is freed right afterwards (a plain memset there may be optimised away).
    volatile char *p = bytes.data(); // detached already: data() does not copy
    for (qsizetype i = 0, n = bytes.size(); i < n; ++i)
        p[i] = 0;
    return true;
}
