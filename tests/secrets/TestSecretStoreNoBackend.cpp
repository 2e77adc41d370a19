// SecretStore on a machine without a keychain: no D-Bus session bus at all, as in an SSH
// session or a bare container. Registered without scripts/run-with-keyring; the test strips
// the bus from its own environment, so it behaves the same wherever CTest runs.

#include "LogRecorder.h"
#include "secrets/SecretCache.h"
#include "secrets/SecretStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qt6keychain/keychain.h>

using Kind = SecretStore::Kind;
using Result = SecretStore::Result;

namespace {
constexpr int kTimeoutMs = 20000;
const auto kSecret = QStringLiteral("Xyzzy7f3a-no-backend-secret");
const auto kCluster = QStringLiteral("prod-eu");
const auto kUser = QStringLiteral("core");
} // namespace

class TestSecretStoreNoBackend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void qtKeychainReportsOtherError();
    void readReportsNoBackend();
    void writeReportsNoBackend();
    void removeReportsNoBackend();
    void secretStaysInMemoryAndGuiSaysSo();
    void noSecretInLogs(); // last
    void cleanupTestCase();

private:
    QTemporaryDir m_home;
    QTemporaryDir m_runtimeDir;
    QString m_writeError;
};

void TestSecretStoreNoBackend::initTestCase()
{
    QVERIFY(m_home.isValid() && m_runtimeDir.isValid());
    // Before anything touches D-Bus (Qt and GLib connect lazily): no bus address, no
    // $XDG_RUNTIME_DIR/bus to fall back on, no display for dbus-launch to autolaunch a bus on.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir.path()));
    qputenv("HOME", QFile::encodeName(m_home.path()));
    LogRecorder::install();
}

void TestSecretStoreNoBackend::qtKeychainReportsOtherError()
{
    // What SecretStore has to cope with: QtKeychain's libsecret backend passes GIO's "cannot
    // connect to the bus" on as OtherError, not NoBackendAvailable. If a QtKeychain update
    // changes that, SecretStore still answers NoBackend; only this record needs updating.
    QKeychain::ReadPasswordJob job(QStringLiteral("exhibitor-migration-wizard"));
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(SecretStore::entryKey(Kind::SshPassword, kCluster, kUser));
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    QVERIFY(finished.wait(kTimeoutMs));
    qInfo("QtKeychain without a session bus: error %d, \"%s\"", int(job.error()),
          qPrintable(job.errorString()));
    QCOMPARE(job.error(), QKeychain::OtherError);
}

void TestSecretStoreNoBackend::readReportsNoBackend()
{
    SecretStore store;
    QSignalSpy spy(&store, &SecretStore::readFinished);
    store.read(Kind::SshPassword, kCluster, kUser);
    QVERIFY(spy.wait(kTimeoutMs));
    const QList<QVariant> args = spy.takeFirst();
    QCOMPARE(args.at(3).value<Result>(), Result::NoBackend);
    QVERIFY(args.at(4).toString().isEmpty());
    QVERIFY(!args.at(5).toString().isEmpty());
}

void TestSecretStoreNoBackend::writeReportsNoBackend()
{
    SecretStore store;
    QSignalSpy spy(&store, &SecretStore::writeFinished);
    store.write(Kind::SudoPassword, kCluster, kUser, kSecret);
    QVERIFY(spy.wait(kTimeoutMs));
    const QList<QVariant> args = spy.takeFirst();
    QCOMPARE(args.at(0).value<Kind>(), Kind::SudoPassword);
    QCOMPARE(args.at(3).value<Result>(), Result::NoBackend);
    m_writeError = args.at(4).toString();
    QVERIFY(!m_writeError.isEmpty());
    QVERIFY(!m_writeError.contains(kSecret));
}

void TestSecretStoreNoBackend::removeReportsNoBackend()
{
    SecretStore store;
    QSignalSpy spy(&store, &SecretStore::removeFinished);
    store.remove(Kind::KeyPassphrase, kCluster, kUser);
    QVERIFY(spy.wait(kTimeoutMs));
    QCOMPARE(spy.takeFirst().at(3).value<Result>(), Result::NoBackend);
}

void TestSecretStoreNoBackend::secretStaysInMemoryAndGuiSaysSo()
{
    // What the wizard does with a NoBackend answer to write().
    QVERIFY(!m_writeError.isEmpty());
    SecretCache cache;
    cache.setKeychainUnavailable(m_writeError);
    cache.put(Kind::SudoPassword, kCluster, kUser, kSecret, SecretCache::Persistence::ThisRunOnly);

    QVERIFY(cache.secret(Kind::SudoPassword, kCluster, kUser) == kSecret);
    QVERIFY(!cache.isPersisted(Kind::SudoPassword, kCluster, kUser));
    QVERIFY(!cache.isKeychainAvailable());
    const QString status = cache.statusText(Kind::SudoPassword, kCluster, kUser);
    QVERIFY2(status.contains(m_writeError), qPrintable(status));
    QVERIFY(!status.contains(kSecret));
}

void TestSecretStoreNoBackend::noSecretInLogs()
{
    qDebug("log recorder probe");
    QVERIFY(!LogRecorder::messagesContaining(QStringLiteral("log recorder probe")).isEmpty());
    const QStringList leaks = LogRecorder::messagesContaining(QStringLiteral("Xyzzy7f3a"));
    QVERIFY2(leaks.isEmpty(),
             qPrintable(QStringLiteral("%1 log message(s) contain a secret").arg(leaks.size())));
}

void TestSecretStoreNoBackend::cleanupTestCase()
{
    LogRecorder::uninstall();
}

QTEST_GUILESS_MAIN(TestSecretStoreNoBackend)
#include "TestSecretStoreNoBackend.moc"
