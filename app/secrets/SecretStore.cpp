#include "SecretStore.h"

#include <QUrl>
#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#define EMW_SECRET_SERVICE 1
#endif

namespace {
const auto kService = QStringLiteral("exhibitor-migration-wizard");

// QtKeychain's libsecret backend reports a missing session bus or Secret Service as
// OtherError (the GError comes from GIO, not from libsecret), never as NoBackendAvailable.
// So after an OtherError we ask the bus ourselves, to tell "no keychain here, keep it in
// memory" from "the keychain refused". Only on that failure path: it is a blocking but local
// round trip to dbus-daemon, never paid when the keychain works.
bool secretServiceReachable()
{
#ifdef EMW_SECRET_SERVICE
    const QDBusConnection bus = QDBusConnection::sessionBus();
    const QDBusConnectionInterface *busInterface = bus.isConnected() ? bus.interface() : nullptr;
    if (!busInterface)
        return false;
    const auto name = QStringLiteral("org.freedesktop.secrets");
    return busInterface->isServiceRegistered(name).value()
        || busInterface->activatableServiceNames().value().contains(name);
#else
    return true; // other platforms' keychains say NoBackendAvailable themselves
#endif
}

SecretStore::Result resultOf(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return SecretStore::Result::Found;
    case QKeychain::EntryNotFound:
        return SecretStore::Result::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Result::NoBackend;
    case QKeychain::OtherError:
        return secretServiceReachable() ? SecretStore::Result::Failed : SecretStore::Result::NoBackend;
    default:
        return SecretStore::Result::Failed;
    }
}

QString errorTextOf(SecretStore::Result result, const QKeychain::Job *job)
{
    switch (result) {
    case SecretStore::Result::Found:
    case SecretStore::Result::NotFound:
        return {};
    case SecretStore::Result::NoBackend:
        return SecretStore::tr("No system keychain is reachable: %1").arg(job->errorString());
    case SecretStore::Result::Failed:
        break;
    }
    return SecretStore::tr("The system keychain reported an error: %1").arg(job->errorString());
}

template<typename JobT> JobT *makeJob(const QString &key)
{
    // No parent: closing a page (and its SecretStore) must neither drop a write in flight nor
    // free a job that a pending libsecret callback still points to. The job deletes itself
    // once finished; its connection to the store dies with the store.
    auto *job = new JobT(kService);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a secret never lands in a plain file
    job->setKey(key);
    return job;
}

// Stored in the keychain's entry names: never renamed, or saved secrets are lost.
QLatin1String kindName(SecretStore::Kind kind)
{
    switch (kind) {
    case SecretStore::Kind::SshPassword:
        return QLatin1String("ssh-password");
    case SecretStore::Kind::KeyPassphrase:
        return QLatin1String("key-passphrase");
    case SecretStore::Kind::SudoPassword:
        break;
    }
    return QLatin1String("sudo-password");
}

QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}
} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

QString SecretStore::entryKey(Kind kind, const QString &cluster, const QString &user)
{
    return QStringLiteral("%1/%2@%3").arg(kindName(kind), encoded(user), encoded(cluster));
}

void SecretStore::read(Kind kind, const QString &cluster, const QString &user)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(entryKey(kind, cluster, user));
    connect(job, &QKeychain::Job::finished, this, [this, job, kind, cluster, user] {
        const auto result = resultOf(job);
        emit readFinished(kind, cluster, user, result, result == Result::Found ? job->textData() : QString(),
                          errorTextOf(result, job));
    });
    job->start();
}

void SecretStore::write(Kind kind, const QString &cluster, const QString &user, const QString &secret)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(entryKey(kind, cluster, user));
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, kind, cluster, user] {
        const auto result = resultOf(job);
        emit writeFinished(kind, cluster, user, result, errorTextOf(result, job));
    });
    job->start();
}

void SecretStore::remove(Kind kind, const QString &cluster, const QString &user)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(entryKey(kind, cluster, user));
    connect(job, &QKeychain::Job::finished, this, [this, job, kind, cluster, user] {
        // Forgetting a secret that is not there has still reached its goal; libsecret says so
        // itself, KWallet reports EntryNotFound.
        auto result = resultOf(job);
        if (result == Result::NotFound)
            result = Result::Found;
        emit removeFinished(kind, cluster, user, result, errorTextOf(result, job));
    });
    job->start();
}
