// SecretStore against a real Secret Service: CTest runs this through scripts/run-with-keyring,
// which provides a throwaway, unlocked gnome-keyring in a private D-Bus session.

#include "LogRecorder.h"
#include "secrets/SecretStore.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using Kind = SecretStore::Kind;
using Result = SecretStore::Result;

namespace {
// The first operation opens a session with the daemon and unlocks the collection; generous,
// since CI machines are shared.
constexpr int kTimeoutMs = 20000;

// Every test secret contains this marker, so the log check catches partial leaks as well.
const auto kMarker = QStringLiteral("Xyzzy7f3a");

QString secretFor(const QString &what)
{
    // Non-ASCII, quotes, a '%1' and a backslash: nothing may be mangled on the way.
    return kMarker + QLatin1Char('-') + what + QStringLiteral("-pä$$ wörd \"'%1\\🔑");
}

struct Finished
{
    Kind kind {};
    QString cluster;
    QString user;
    Result result {};
    QString secret;
    QString errorText;
};

Finished readArgs(const QList<QVariant> &args)
{
    return { args.at(0).value<Kind>(),   args.at(1).toString(), args.at(2).toString(),
             args.at(3).value<Result>(), args.at(4).toString(), args.at(5).toString() };
}

Finished writeOrRemoveArgs(const QList<QVariant> &args)
{
    return { args.at(0).value<Kind>(),
             args.at(1).toString(),
             args.at(2).toString(),
             args.at(3).value<Result>(),
             QString(),
             args.at(4).toString() };
}
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeThenReadBack_data();
    void writeThenReadBack();
    void readMissingEntryIsNotFound();
    void writeReplacesSecret();
    void removeDeletesEntry();
    void entryKeysAreDistinct();
    void clustersAndUsersDoNotCollide();
    void jobOutlivesItsStore();
    void noSecretInLogs(); // last: it inspects what every test before it logged
    void cleanupTestCase();

private:
    // Each starts one operation on store and waits for its signal; on failure the calling test
    // must return (QTest::currentTestFailed()).
    void write(SecretStore &store, Kind kind, const QString &cluster, const QString &user,
               const QString &secret);
    Finished read(SecretStore &store, Kind kind, const QString &cluster, const QString &user);
    void remove(SecretStore &store, Kind kind, const QString &cluster, const QString &user);
};

void TestSecretStore::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("EMW_THROWAWAY_KEYRING"),
             "Run through scripts/run-with-keyring (as CTest does): this test writes entries and "
             "must never do so in a real user's keyring.");
    LogRecorder::install();
}

void TestSecretStore::write(SecretStore &store, Kind kind, const QString &cluster, const QString &user,
                            const QString &secret)
{
    QSignalSpy spy(&store, &SecretStore::writeFinished);
    store.write(kind, cluster, user, secret);
    QVERIFY(spy.wait(kTimeoutMs));
    QCOMPARE(spy.count(), 1);
    const Finished done = writeOrRemoveArgs(spy.takeFirst());
    QCOMPARE(done.kind, kind);
    QCOMPARE(done.cluster, cluster);
    QCOMPARE(done.user, user);
    QVERIFY2(done.result == Result::Found, qPrintable(done.errorText));
    QVERIFY(done.errorText.isEmpty());
}

Finished TestSecretStore::read(SecretStore &store, Kind kind, const QString &cluster, const QString &user)
{
    QSignalSpy spy(&store, &SecretStore::readFinished);
    store.read(kind, cluster, user);
    if (!spy.wait(kTimeoutMs) || spy.count() != 1) {
        QTest::qFail("readFinished did not arrive exactly once", __FILE__, __LINE__);
        return {};
    }
    return readArgs(spy.takeFirst());
}

void TestSecretStore::remove(SecretStore &store, Kind kind, const QString &cluster, const QString &user)
{
    QSignalSpy spy(&store, &SecretStore::removeFinished);
    store.remove(kind, cluster, user);
    QVERIFY(spy.wait(kTimeoutMs));
    QCOMPARE(spy.count(), 1);
    const Finished done = writeOrRemoveArgs(spy.takeFirst());
    QCOMPARE(done.kind, kind);
    QVERIFY2(done.result == Result::Found, qPrintable(done.errorText));
}

void TestSecretStore::writeThenReadBack_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("ssh password") << Kind::SshPassword;
    QTest::newRow("key passphrase") << Kind::KeyPassphrase;
    QTest::newRow("sudo password") << Kind::SudoPassword;
}

void TestSecretStore::writeThenReadBack()
{
    QFETCH(Kind, kind);
    SecretStore store;
    const QString secret = secretFor(QString::fromLatin1(QTest::currentDataTag()));

    write(store, kind, QStringLiteral("prod-eu"), QStringLiteral("core"), secret);
    if (QTest::currentTestFailed())
        return;
    const Finished done = read(store, kind, QStringLiteral("prod-eu"), QStringLiteral("core"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(done.kind, kind);
    QCOMPARE(done.cluster, QStringLiteral("prod-eu"));
    QCOMPARE(done.user, QStringLiteral("core"));
    QVERIFY2(done.result == Result::Found, qPrintable(done.errorText));
    QVERIFY(done.secret == secret); // QVERIFY, not QCOMPARE: a failure must not print the secret
    QVERIFY(done.errorText.isEmpty());
}

void TestSecretStore::readMissingEntryIsNotFound()
{
    SecretStore store;
    const Finished done
        = read(store, Kind::SudoPassword, QStringLiteral("never-stored"), QStringLiteral("nobody"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(done.result == Result::NotFound, qPrintable(done.errorText));
    QVERIFY(done.secret.isEmpty());
    QVERIFY(done.errorText.isEmpty());
}

void TestSecretStore::writeReplacesSecret()
{
    SecretStore store;
    const auto cluster = QStringLiteral("replace"), user = QStringLiteral("admin");
    write(store, Kind::SshPassword, cluster, user, secretFor(QStringLiteral("old")));
    if (QTest::currentTestFailed())
        return;
    write(store, Kind::SshPassword, cluster, user, secretFor(QStringLiteral("new")));
    if (QTest::currentTestFailed())
        return;
    const Finished done = read(store, Kind::SshPassword, cluster, user);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(done.result, Result::Found);
    QVERIFY(done.secret == secretFor(QStringLiteral("new")));
}

void TestSecretStore::removeDeletesEntry()
{
    SecretStore store;
    const auto cluster = QStringLiteral("remove"), user = QStringLiteral("admin");
    write(store, Kind::KeyPassphrase, cluster, user, secretFor(QStringLiteral("remove")));
    if (QTest::currentTestFailed())
        return;
    remove(store, Kind::KeyPassphrase, cluster, user);
    if (QTest::currentTestFailed())
        return;
    const Finished done = read(store, Kind::KeyPassphrase, cluster, user);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(done.result, Result::NotFound);
    QVERIFY(done.secret.isEmpty());

    // Forgetting what is already gone still reaches the goal.
    remove(store, Kind::KeyPassphrase, cluster, user);
}

void TestSecretStore::entryKeysAreDistinct()
{
    // Pairs a naive "kind/user@cluster" would map onto one name.
    const QList<std::pair<QString, QString>> clusterUsers = {
        { QStringLiteral("c"), QStringLiteral("a@b") },
        { QStringLiteral("b@c"), QStringLiteral("a") },
        { QStringLiteral("x"), QStringLiteral("y/z") },
        { QStringLiteral("z"), QStringLiteral("x") },
        { QStringLiteral("%40"), QStringLiteral("u") },
        { QStringLiteral("@"), QStringLiteral("u") },
        { QString(), QString() },
    };
    QSet<QString> keys;
    for (const Kind kind : { Kind::SshPassword, Kind::KeyPassphrase, Kind::SudoPassword }) {
        for (const auto &[cluster, user] : clusterUsers)
            keys.insert(SecretStore::entryKey(kind, cluster, user));
    }
    QCOMPARE(keys.size(), 3 * clusterUsers.size());
    QCOMPARE(SecretStore::entryKey(Kind::SshPassword, QStringLiteral("prod-eu"), QStringLiteral("core")),
             QStringLiteral("ssh-password/core@prod-eu"));
}

void TestSecretStore::clustersAndUsersDoNotCollide()
{
    struct Entry
    {
        Kind kind;
        QString cluster;
        QString user;
    };
    const QList<Entry> entries = {
        { Kind::SshPassword, QStringLiteral("prod"), QStringLiteral("alice") },
        { Kind::SshPassword, QStringLiteral("staging"), QStringLiteral("alice") },
        { Kind::SshPassword, QStringLiteral("prod"), QStringLiteral("bob") },
        { Kind::SudoPassword, QStringLiteral("prod"), QStringLiteral("alice") },
        { Kind::KeyPassphrase, QStringLiteral("prod"), QStringLiteral("alice") },
        { Kind::SshPassword, QStringLiteral("c"), QStringLiteral("a@b") },
        { Kind::SshPassword, QStringLiteral("b@c"), QStringLiteral("a") },
    };
    const auto secretOf
        = [](const Entry &e) { return secretFor(SecretStore::entryKey(e.kind, e.cluster, e.user)); };

    // All writes in flight at once, then all reads: each answer must carry its own identity.
    SecretStore store;
    QSignalSpy written(&store, &SecretStore::writeFinished);
    for (const Entry &e : entries)
        store.write(e.kind, e.cluster, e.user, secretOf(e));
    while (written.count() < entries.size())
        QVERIFY(written.wait(kTimeoutMs));
    for (const QList<QVariant> &args : std::as_const(written)) {
        const Finished done = writeOrRemoveArgs(args);
        QVERIFY2(done.result == Result::Found, qPrintable(done.errorText));
    }

    QSignalSpy readBack(&store, &SecretStore::readFinished);
    for (const Entry &e : entries)
        store.read(e.kind, e.cluster, e.user);
    while (readBack.count() < entries.size())
        QVERIFY(readBack.wait(kTimeoutMs));
    QCOMPARE(readBack.count(), entries.size());
    for (const QList<QVariant> &args : std::as_const(readBack)) {
        const Finished done = readArgs(args);
        QVERIFY2(done.result == Result::Found, qPrintable(done.errorText));
        QVERIFY2(done.secret == secretOf({ done.kind, done.cluster, done.user }),
                 qPrintable(SecretStore::entryKey(done.kind, done.cluster, done.user)));
    }
}

void TestSecretStore::jobOutlivesItsStore()
{
    // The wizard may close a page (and its SecretStore) while a write is in flight; the
    // keychain job must neither crash nor be lost.
    const auto cluster = QStringLiteral("outlives"), user = QStringLiteral("admin");
    auto doomed = std::make_unique<SecretStore>();
    doomed->write(Kind::SshPassword, cluster, user, secretFor(QStringLiteral("outlives")));
    doomed.reset();

    // No signal left to wait for, so poll by reading until the write has landed.
    SecretStore store;
    QElapsedTimer elapsed;
    elapsed.start();
    Finished done;
    do {
        done = read(store, Kind::SshPassword, cluster, user);
        if (QTest::currentTestFailed())
            return;
    } while (done.result == Result::NotFound && elapsed.elapsed() < kTimeoutMs);
    QVERIFY2(done.result == Result::Found, qPrintable(done.errorText));
    QVERIFY(done.secret == secretFor(QStringLiteral("outlives")));
}

void TestSecretStore::noSecretInLogs()
{
    // Proves the recorder sees debug output at all, so an empty match below means something.
    qDebug("log recorder probe");
    QVERIFY(!LogRecorder::messagesContaining(QStringLiteral("log recorder probe")).isEmpty());

    const QStringList leaks = LogRecorder::messagesContaining(kMarker);
    QVERIFY2(leaks.isEmpty(),
             qPrintable(QStringLiteral("%1 log message(s) contain a secret").arg(leaks.size())));
}

void TestSecretStore::cleanupTestCase()
{
    LogRecorder::uninstall();
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
