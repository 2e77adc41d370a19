#include "secrets/SecretCache.h"

#include <QTest>

using Kind = SecretStore::Kind;
using Persistence = SecretCache::Persistence;

namespace {
const auto kCluster = QStringLiteral("prod-eu");
const auto kUser = QStringLiteral("core");
} // namespace

class TestSecretCache : public QObject
{
    Q_OBJECT

private slots:
    void emptyCacheKnowsNothing();
    void putThenGet();
    void emptySecretIsStillASecret();
    void kindsClustersAndUsersAreSeparate();
    void putReplacesSecretAndPersistence();
    void forgetAndClear();
    void statusTextSaysWhereTheSecretLives();
    void wipeZeroesAnUnsharedBuffer();
    void wipeLeavesASharedBufferAlone();
};

void TestSecretCache::emptyCacheKnowsNothing()
{
    SecretCache cache;
    QCOMPARE(cache.size(), 0);
    QVERIFY(!cache.contains(Kind::SshPassword, kCluster, kUser));
    QVERIFY(cache.secret(Kind::SshPassword, kCluster, kUser).isNull());
    QVERIFY(!cache.isPersisted(Kind::SshPassword, kCluster, kUser));
    QVERIFY(cache.isKeychainAvailable());
}

void TestSecretCache::putThenGet()
{
    SecretCache cache;
    const auto secret = QStringLiteral("pä$$ wörd 🔑");
    cache.put(Kind::SshPassword, kCluster, kUser, secret, Persistence::Keychain);
    QVERIFY(cache.contains(Kind::SshPassword, kCluster, kUser));
    QCOMPARE(cache.secret(Kind::SshPassword, kCluster, kUser), secret);
    QCOMPARE(cache.persistence(Kind::SshPassword, kCluster, kUser), Persistence::Keychain);
    QVERIFY(cache.isPersisted(Kind::SshPassword, kCluster, kUser));
    QCOMPARE(cache.size(), 1);
}

void TestSecretCache::emptySecretIsStillASecret()
{
    // A key without a passphrase: known, and not to be asked for again.
    SecretCache cache;
    cache.put(Kind::KeyPassphrase, kCluster, kUser, QString(), Persistence::ThisRunOnly);
    QVERIFY(cache.contains(Kind::KeyPassphrase, kCluster, kUser));
    QVERIFY(cache.secret(Kind::KeyPassphrase, kCluster, kUser).isEmpty());
}

void TestSecretCache::kindsClustersAndUsersAreSeparate()
{
    SecretCache cache;
    cache.put(Kind::SshPassword, kCluster, kUser, QStringLiteral("ssh"), Persistence::Keychain);
    cache.put(Kind::SudoPassword, kCluster, kUser, QStringLiteral("sudo"), Persistence::ThisRunOnly);
    cache.put(Kind::SshPassword, QStringLiteral("staging"), kUser, QStringLiteral("staging"),
              Persistence::ThisRunOnly);
    cache.put(Kind::SshPassword, kCluster, QStringLiteral("root"), QStringLiteral("root"),
              Persistence::ThisRunOnly);
    QCOMPARE(cache.size(), 4);
    QCOMPARE(cache.secret(Kind::SshPassword, kCluster, kUser), QStringLiteral("ssh"));
    QCOMPARE(cache.secret(Kind::SudoPassword, kCluster, kUser), QStringLiteral("sudo"));
    QCOMPARE(cache.secret(Kind::SshPassword, QStringLiteral("staging"), kUser), QStringLiteral("staging"));
    QCOMPARE(cache.secret(Kind::SshPassword, kCluster, QStringLiteral("root")), QStringLiteral("root"));
    QVERIFY(!cache.contains(Kind::KeyPassphrase, kCluster, kUser));
    QVERIFY(cache.isPersisted(Kind::SshPassword, kCluster, kUser));
    QVERIFY(!cache.isPersisted(Kind::SudoPassword, kCluster, kUser));
}

void TestSecretCache::putReplacesSecretAndPersistence()
{
    // The operator unticks "remember": the secret stays for this run, no longer persisted.
    SecretCache cache;
    cache.put(Kind::SshPassword, kCluster, kUser, QStringLiteral("old"), Persistence::Keychain);
    cache.put(Kind::SshPassword, kCluster, kUser, QStringLiteral("new"), Persistence::ThisRunOnly);
    QCOMPARE(cache.size(), 1);
    QCOMPARE(cache.secret(Kind::SshPassword, kCluster, kUser), QStringLiteral("new"));
    QCOMPARE(cache.persistence(Kind::SshPassword, kCluster, kUser), Persistence::ThisRunOnly);
}

void TestSecretCache::forgetAndClear()
{
    SecretCache cache;
    cache.put(Kind::SshPassword, kCluster, kUser, QStringLiteral("a"), Persistence::Keychain);
    cache.put(Kind::SudoPassword, kCluster, kUser, QStringLiteral("b"), Persistence::ThisRunOnly);
    cache.forget(Kind::SshPassword, kCluster, kUser);
    QVERIFY(!cache.contains(Kind::SshPassword, kCluster, kUser));
    QVERIFY(cache.contains(Kind::SudoPassword, kCluster, kUser));
    cache.forget(Kind::SshPassword, kCluster, kUser); // already gone: harmless
    cache.clear();
    QCOMPARE(cache.size(), 0);
}

void TestSecretCache::statusTextSaysWhereTheSecretLives()
{
    SecretCache cache;
    const QString unknown = cache.statusText(Kind::SshPassword, kCluster, kUser);
    cache.put(Kind::SshPassword, kCluster, kUser, QStringLiteral("s1"), Persistence::Keychain);
    const QString saved = cache.statusText(Kind::SshPassword, kCluster, kUser);
    cache.put(Kind::SshPassword, kCluster, kUser, QStringLiteral("s1"), Persistence::ThisRunOnly);
    const QString byChoice = cache.statusText(Kind::SshPassword, kCluster, kUser);
    cache.setKeychainUnavailable(QStringLiteral("no session bus"));
    QVERIFY(!cache.isKeychainAvailable());
    const QString noKeychain = cache.statusText(Kind::SshPassword, kCluster, kUser);

    const QStringList texts = { unknown, saved, byChoice, noKeychain };
    for (const QString &text : texts) {
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains(QStringLiteral("s1")));
    }
    QCOMPARE(QSet<QString>(texts.cbegin(), texts.cend()).size(), texts.size());
    QVERIFY2(noKeychain.contains(QStringLiteral("no session bus")), qPrintable(noKeychain));
    QVERIFY(byChoice.contains(QStringLiteral("memory")) && noKeychain.contains(QStringLiteral("memory")));

    cache.setKeychainUnavailable(QString()); // a reason-less NoBackend still counts
    QVERIFY(!cache.isKeychainAvailable());
}

void TestSecretCache::wipeZeroesAnUnsharedBuffer()
{
    QByteArray bytes = QStringLiteral("hunter2").toUtf8();
    const char *buffer = bytes.constData();
    QVERIFY(SecretCache::wipe(bytes));
    QCOMPARE(bytes.constData(), buffer); // in place, not in a detached copy
    QCOMPARE(bytes, QByteArray(7, '\0'));
}

void TestSecretCache::wipeLeavesASharedBufferAlone()
{
    QByteArray bytes = QStringLiteral("hunter2").toUtf8();
    const QByteArray otherHolder = bytes;
    QVERIFY(!SecretCache::wipe(bytes));
    QCOMPARE(otherHolder, QByteArrayLiteral("hunter2"));
    QCOMPARE(bytes, QByteArrayLiteral("hunter2"));
    QByteArray empty;
    QVERIFY(!SecretCache::wipe(empty));
}

QTEST_GUILESS_MAIN(TestSecretCache)
#include "TestSecretCache.moc"
