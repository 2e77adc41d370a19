#include "SecretStore.h"

#include <qt6keychain/keychain.h>

namespace {
const auto kService = QStringLiteral("exhibitor-migration-wizard");

SecretStore::Result resultOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Result::Found;
    case QKeychain::EntryNotFound:
        return SecretStore::Result::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Result::NoBackend;
    default:
        return SecretStore::Result::Failed;
    }
}

template<typename JobT>
JobT *makeJob(QObject *parent, const QString &key)
{
    auto *job = new JobT(kService, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a secret never lands in a plain file
    job->setKey(key);
    return job;
}
} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

QString SecretStore::entryKey(Kind kind, const QString &cluster, const QString &user)
{
    const char *kindName = kind == Kind::SshPassword ? "ssh-password"
                         : kind == Kind::KeyPassphrase ? "key-passphrase"
                                                       : "sudo-password";
    return QStringLiteral("%1/%2@%3").arg(QLatin1String(kindName), user, cluster);
}

void SecretStore::read(Kind kind, const QString &cluster, const QString &user)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, entryKey(kind, cluster, user));
    connect(job, &QKeychain::Job::finished, this, [=, this](QKeychain::Job *) {
        const auto result = resultOf(job->error());
        emit readFinished(kind, cluster, user, result,
                          result == Result::Found ? job->textData() : QString(),
                          result == Result::Found ? QString() : job->errorString());
    });
    job->start();
}

void SecretStore::write(Kind kind, const QString &cluster, const QString &user, const QString &secret)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, entryKey(kind, cluster, user));
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [=, this](QKeychain::Job *) {
        const auto result = resultOf(job->error());
        emit writeFinished(kind, cluster, user, result, result == Result::Found ? QString() : job->errorString());
    });
    job->start();
}

void SecretStore::remove(Kind kind, const QString &cluster, const QString &user)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, entryKey(kind, cluster, user));
    connect(job, &QKeychain::Job::finished, this, [=, this](QKeychain::Job *) {
        const auto result = resultOf(job->error());
        emit removeFinished(kind, cluster, user, result, result == Result::Found ? QString() : job->errorString());
    });
    job->start();
}
