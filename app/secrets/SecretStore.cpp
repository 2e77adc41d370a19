#include "SecretStore.h"

#include <QUrl>

#include <functional>
#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#define EMW_SECRET_SERVICE 1
#endif

namespace {
const auto kService = QStringLiteral("exhibitor-migration-wizard");

// QtKeychain's libsecret backend reports a missing session bus or Secret Service as
// OtherError (the GError comes from GIO, not from libsecret), never as NoBackendAvailable.
// So after an OtherError we ask the bus ourselves, to tell "no keychain here, keep it in
// memory" from "the keychain refused". Asynchronously: the store lives on the GUI thread and
// a stuck bus would otherwise hold it for D-Bus's whole call timeout.
void checkSecretServiceReachable(QObject *context, std::function<void(bool)> done)
{
#ifdef EMW_SECRET_SERVICE
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        done(false);
        return;
    }
    const auto name = QStringLiteral("org.freedesktop.secrets");
    const auto busCall = [](const char *method) {
        return QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                              QStringLiteral("/org/freedesktop/DBus"),
                                              QStringLiteral("org.freedesktop.DBus"), QLatin1String(method));
    };
    constexpr int kTimeoutMs = 3000;
    auto *running = new QDBusPendingCallWatcher(bus.asyncCall(busCall("NameHasOwner") << name, kTimeoutMs), context);
    QObject::connect(running, &QDBusPendingCallWatcher::finished, context, [=](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        if (const QDBusPendingReply<bool> owned = *call; owned.isValid() && owned.value()) {
            done(true);
            return;
        }
        // Not running now, but D-Bus may start it on first use.
        auto *activatable =
            new QDBusPendingCallWatcher(bus.asyncCall(busCall("ListActivatableNames"), kTimeoutMs), context);
        QObject::connect(activatable, &QDBusPendingCallWatcher::finished, context,
                         [=](QDBusPendingCallWatcher *listCall) {
                             listCall->deleteLater();
                             const QDBusPendingReply<QStringList> names = *listCall;
                             done(names.isValid() && names.value().contains(name));
                         });
    });
#else
    Q_UNUSED(context)
    done(true); // other platforms' keychains say NoBackendAvailable themselves
#endif
}

// Calls done(result, errorText) once the job's outcome is known. The job deletes itself after
// finished(), so what the answer needs is copied out before any asynchronous step.
void classify(QObject *context, const QKeychain::Job *job,
              std::function<void(SecretStore::Result, const QString &)> done)
{
    const QString errorString = job->errorString();
    const auto report = [done, errorString](SecretStore::Result result) {
        switch (result) {
        case SecretStore::Result::Found:
        case SecretStore::Result::NotFound:
            done(result, {});
            return;
        case SecretStore::Result::NoBackend:
            done(result, SecretStore::tr("No system keychain is reachable: %1").arg(errorString));
            return;
        case SecretStore::Result::Failed:
            break;
        }
        done(result, SecretStore::tr("The system keychain reported an error: %1").arg(errorString));
    };
    switch (job->error()) {
    case QKeychain::NoError:
        report(SecretStore::Result::Found);
        return;
    case QKeychain::EntryNotFound:
        report(SecretStore::Result::NotFound);
        return;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        report(SecretStore::Result::NoBackend);
        return;
    case QKeychain::OtherError:
        checkSecretServiceReachable(context, [report](bool reachable) {
            report(reachable ? SecretStore::Result::Failed : SecretStore::Result::NoBackend);
        });
        return;
    default:
        report(SecretStore::Result::Failed);
        return;
    }
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
        const QString secret = job->error() == QKeychain::NoError ? job->textData() : QString();
        classify(this, job, [=, this](Result result, const QString &errorText) {
            emit readFinished(kind, cluster, user, result, result == Result::Found ? secret : QString(), errorText);
        });
    });
    job->start();
}

void SecretStore::write(Kind kind, const QString &cluster, const QString &user, const QString &secret)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(entryKey(kind, cluster, user));
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, kind, cluster, user] {
        classify(this, job, [=, this](Result result, const QString &errorText) {
            emit writeFinished(kind, cluster, user, result, errorText);
        });
    });
    job->start();
}

void SecretStore::remove(Kind kind, const QString &cluster, const QString &user)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(entryKey(kind, cluster, user));
    connect(job, &QKeychain::Job::finished, this, [this, job, kind, cluster, user] {
        // Forgetting a secret that is not there has still reached its goal; libsecret says so
        // itself, KWallet reports EntryNotFound.
        classify(this, job, [=, this](Result result, const QString &errorText) {
            emit removeFinished(kind, cluster, user, result == Result::NotFound ? Result::Found : result,
                                result == Result::NotFound ? QString() : errorText);
        });
    });
    job->start();
}
