#include "ZooKeeperEnsemble.h"

#include "probe/CanarySession.h"
#include "probe/ExhibitorSharedConfig.h"
#include "probe/ZkClient.h"
#include "probe/ZkTreeWalker.h"

#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>
#include <unistd.h>

// ZkClient, ZkTreeWalker and CanarySession against a real standalone ZooKeeper on 127.0.6.7.
class TestZkClient : public QObject
{
    Q_OBJECT

private:
    // Runs one operation and waits for its callback.
    template<typename Operation>
    std::optional<ZkResult> run(Operation operation)
    {
        std::optional<ZkResult> result;
        operation([&result](const ZkResult &r) { result = r; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 10000);
        return result;
    }

    ZkResult get(const QString &path)
    {
        return run([&](ZkClient::Callback cb) { m_client->get(path, this, cb); }).value_or(ZkResult());
    }

    ZkResult create(const QString &path, const QByteArray &data, ZkClient::CreateFlags flags = ZkClient::Persistent)
    {
        return run([&](ZkClient::Callback cb) { m_client->create(path, data, flags, this, cb); }).value_or(ZkResult());
    }

    ZkResult set(const QString &path, const QByteArray &data)
    {
        return run([&](ZkClient::Callback cb) { m_client->set(path, data, -1, this, cb); }).value_or(ZkResult());
    }

    ZkResult exists(const QString &path)
    {
        return run([&](ZkClient::Callback cb) { m_client->exists(path, this, cb); }).value_or(ZkResult());
    }

    ZkResult remove(const QString &path)
    {
        return run([&](ZkClient::Callback cb) { m_client->remove(path, -1, this, cb); }).value_or(ZkResult());
    }

    ZkTreeDigest walk(const QStringList &excluded = {QStringLiteral("/zookeeper")})
    {
        ZkTreeWalker walker(m_client.get());
        walker.setExcludedPaths(excluded);
        walker.setMaxInFlight(4); // small, so the bounded queue is exercised
        QSignalSpy spy(&walker, &ZkTreeWalker::finished);
        walker.start();
        if (!spy.wait(15000))
            return {};
        return spy.at(0).at(0).value<ZkTreeDigest>();
    }

    std::unique_ptr<ZooKeeperEnsemble> m_server;
    std::unique_ptr<ZkClient> m_client;

private slots:
    void initTestCase()
    {
        ZooKeeperEnsemble::Options options;
        options.size = 1;
        options.firstAddress = 7;
        m_server = std::make_unique<ZooKeeperEnsemble>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));

        m_client = std::make_unique<ZkClient>();
        QSignalSpy connected(m_client.get(), &ZkClient::connected);
        QVERIFY(m_client->open(m_server->connectString(), 6000));
        QCOMPARE(m_client->state(), ZkClient::State::Connecting);
        QVERIFY(connected.wait(15000));
        QCOMPARE(m_client->state(), ZkClient::State::Connected);
        QVERIFY(m_client->sessionId() != 0);
        QVERIFY(m_client->negotiatedTimeout() > 0);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

    void createGetSetRemove()
    {
        const ZkResult created = create(QStringLiteral("/basic"), "one");
        QVERIFY2(created.ok(), qPrintable(created.errorText()));
        QCOMPARE(created.createdPath, QStringLiteral("/basic"));

        ZkResult read = get(QStringLiteral("/basic"));
        QVERIFY(read.ok());
        QVERIFY(read.exists);
        QCOMPARE(read.data, QByteArray("one"));
        QCOMPARE(read.stat.version, 0);
        QCOMPARE(read.stat.ephemeralOwner, 0);

        QVERIFY(set(QStringLiteral("/basic"), "two").ok());
        read = get(QStringLiteral("/basic"));
        QCOMPARE(read.data, QByteArray("two"));
        QCOMPARE(read.stat.version, 1);

        QCOMPARE(create(QStringLiteral("/basic"), "again").code, int(ZkResult::NodeExists));
        QVERIFY(remove(QStringLiteral("/basic")).ok());
        const ZkResult gone = exists(QStringLiteral("/basic"));
        QCOMPARE(gone.code, int(ZkResult::NoNode));
        QVERIFY(!gone.exists);
    }

    void errors()
    {
        const ZkResult missing = get(QStringLiteral("/no/such/node"));
        QCOMPARE(missing.code, int(ZkResult::NoNode));
        QVERIFY(missing.errorText().startsWith(QLatin1String("/no/such/node: ")));
        QCOMPARE(create(QStringLiteral("/no/parent"), "x").code, int(ZkResult::NoNode));
        QCOMPARE(get(QStringLiteral("relative")).code, int(ZkResult::BadArguments));
    }

    void emptyData()
    {
        QVERIFY(create(QStringLiteral("/empty"), QByteArray()).ok());
        const ZkResult read = get(QStringLiteral("/empty"));
        QVERIFY(read.ok());
        QVERIFY(read.data.isEmpty());
        QVERIFY(remove(QStringLiteral("/empty")).ok());
    }

    void sequential()
    {
        QVERIFY(create(QStringLiteral("/seq"), QByteArray()).ok());
        const ZkResult first = create(QStringLiteral("/seq/w-"), "0", ZkClient::Sequential);
        const ZkResult second = create(QStringLiteral("/seq/w-"), "1", ZkClient::Sequential);
        QCOMPARE(first.createdPath, QStringLiteral("/seq/w-0000000000"));
        QCOMPARE(second.createdPath, QStringLiteral("/seq/w-0000000001"));
        const auto children = run([&](ZkClient::Callback cb) { m_client->getChildren(QStringLiteral("/seq"), this, cb); });
        QVERIFY(children);
        QCOMPARE(children->children.size(), 2);
    }

    void ephemeralCanary()
    {
        CanarySession canary;
        QSignalSpy ready(&canary, &CanarySession::ready);
        canary.start(m_server->connectString(), QStringLiteral("/canary"), "alive", 6000);
        QVERIFY(ready.wait(15000));
        QVERIFY(canary.isReady());
        QVERIFY(canary.survived());

        // Another session sees it, owned by the canary's session.
        const ZkResult seen = get(QStringLiteral("/canary"));
        QVERIFY(seen.ok());
        QCOMPARE(seen.data, QByteArray("alive"));
        QCOMPARE(seen.stat.ephemeralOwner, canary.sessionId());

        QSignalSpy checked(&canary, &CanarySession::checked);
        canary.check();
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.at(0).at(0).toBool(), true);

        // A second canary cannot take the node while the first holds it.
        CanarySession intruder;
        QSignalSpy failed(&intruder, &CanarySession::failed);
        intruder.start(m_server->connectString(), QStringLiteral("/canary"), "other", 6000);
        QVERIFY(failed.wait(15000));
        QVERIFY(!intruder.isReady());

        // Ending the session removes the node.
        canary.stop();
        QTRY_COMPARE_WITH_TIMEOUT(exists(QStringLiteral("/canary")).code, int(ZkResult::NoNode), 10000);
    }

    // stop() removes the node before it reports done, so a run that ends right after leaves no
    // session node for others to mistake for a live run (a close request alone may never arrive).
    void canaryStopRemovesTheNodeBeforeDone()
    {
        CanarySession canary;
        QSignalSpy ready(&canary, &CanarySession::ready);
        canary.start(m_server->connectString(), QStringLiteral("/session-run"), "record", 6000);
        QVERIFY(ready.wait(15000));
        QVERIFY(exists(QStringLiteral("/session-run")).ok());

        bool done = false;
        canary.stop([&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QCOMPARE(exists(QStringLiteral("/session-run")).code, int(ZkResult::NoNode));

        // A canary that never connected is done at once.
        CanarySession idle;
        bool idleDone = false;
        idle.stop([&idleDone] { idleDone = true; });
        QVERIFY(idleDone);
    }

    void digest()
    {
        QVERIFY(create(QStringLiteral("/app"), "root").ok());
        QVERIFY(create(QStringLiteral("/app/a"), "alpha").ok());
        QVERIFY(create(QStringLiteral("/app/b"), QByteArray()).ok());
        QVERIFY(create(QStringLiteral("/app/b/c"), "gamma").ok());
        for (int i = 0; i < 20; ++i)
            QVERIFY(create(QStringLiteral("/app/b/n%1").arg(i), QByteArray::number(i)).ok());

        const ZkTreeDigest first = walk();
        QVERIFY2(first.ok, qPrintable(first.errorText));
        QStringList paths;
        for (const ZkTreeDigest::Entry &entry : first.entries)
            paths.append(entry.path);
        QVERIFY(paths.contains(QStringLiteral("/")));
        QVERIFY(paths.contains(QStringLiteral("/app/b/c")));
        QVERIFY(std::none_of(paths.cbegin(), paths.cend(), [](const QString &p) { return p.startsWith(QLatin1String("/zookeeper")); }));
        QVERIFY(std::is_sorted(paths.cbegin(), paths.cend()));
        QCOMPARE(first.entries.at(paths.indexOf(QStringLiteral("/app/a"))).sha256,
                 QCryptographicHash::hash("alpha", QCryptographicHash::Sha256));

        // Same tree, same digest.
        const ZkTreeDigest again = walk();
        QVERIFY(again == first);
        QCOMPARE(again.combined(), first.combined());
        QCOMPARE(again.znodeCount(), first.znodeCount());

        // Changed data, a new node, a removed node: each is seen.
        QVERIFY(set(QStringLiteral("/app/a"), "ALPHA").ok());
        QVERIFY(create(QStringLiteral("/app/d"), "delta").ok());
        QVERIFY(remove(QStringLiteral("/app/b/n3")).ok());
        const ZkTreeDigest changed = walk();
        QVERIFY(changed.ok);
        QVERIFY(changed != first);
        QVERIFY(changed.combined() != first.combined());
        QCOMPARE(changed.znodeCount(), first.znodeCount());
        const ZkTreeDigest::Diff diff = ZkTreeDigest::compare(first, changed);
        QCOMPARE(diff.changed, QStringList{QStringLiteral("/app/a")});
        QCOMPARE(diff.added, QStringList{QStringLiteral("/app/d")});
        QCOMPARE(diff.removed, QStringList{QStringLiteral("/app/b/n3")});

        // Restoring the data restores the digest of that node.
        QVERIFY(set(QStringLiteral("/app/a"), "alpha").ok());
        QVERIFY(ZkTreeDigest::compare(first, walk()).changed.isEmpty());

        // Excluded subtrees are left out.
        const ZkTreeDigest partial = walk({QStringLiteral("/zookeeper"), QStringLiteral("/app/b")});
        QVERIFY(partial.ok);
        QVERIFY(std::none_of(partial.entries.cbegin(), partial.entries.cend(),
                             [](const ZkTreeDigest::Entry &e) { return e.path.startsWith(QLatin1String("/app/b")); }));
        QVERIFY(partial.znodeCount() < changed.znodeCount());
    }

    void aclSubtreeNamedUnreadable()
    {
        // Another client, authenticated, protects a subtree with a digest ACL (as DC/OS
        // Enterprise does its secrets).
        const QList<ZkClient::Acl> acl{{QStringLiteral("digest"), ZkClient::digestId(QStringLiteral("emw"), "pw"),
                                        ZkClient::Acl::All}};
        ZkClient owner;
        QSignalSpy ownerConnected(&owner, &ZkClient::connected);
        QVERIFY(owner.open(m_server->connectString(), 6000));
        QVERIFY(ownerConnected.wait(15000));
        auto ownerRun = [&owner](const std::function<void(ZkClient &, ZkClient::Callback)> &op) {
            std::optional<ZkResult> result;
            op(owner, [&result](const ZkResult &r) { result = r; });
            if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
                qWarning("owner's ZooKeeper call did not finish within 10 s");
            ZkResult failed;
            failed.code = ZkResult::OperationTimeout;
            return result.value_or(failed);
        };
        QVERIFY(ownerRun([this](ZkClient &c, ZkClient::Callback cb) {
                    c.addAuth(QStringLiteral("digest"), "emw:pw", this, cb);
                }).ok());
        QVERIFY(ownerRun([&acl, this](ZkClient &c, ZkClient::Callback cb) {
                    c.create(QStringLiteral("/acl"), "protected", ZkClient::Persistent, acl, this, cb);
                }).ok());
        QVERIFY(ownerRun([&acl, this](ZkClient &c, ZkClient::Callback cb) {
                    c.create(QStringLiteral("/acl/x"), "secret", ZkClient::Persistent, acl, this, cb);
                }).ok());
        QCOMPARE(get(QStringLiteral("/acl")).code, int(ZkResult::NoAuth));

        // Our session may not read it: the walk names it and goes on, nothing under it read.
        const ZkTreeDigest digest = walk();
        QVERIFY2(digest.ok, qPrintable(digest.errorText));
        QCOMPARE(digest.unreadable, QStringList{QStringLiteral("/acl")});
        QVERIFY(std::none_of(digest.entries.cbegin(), digest.entries.cend(),
                             [](const ZkTreeDigest::Entry &e) { return e.path.startsWith(QLatin1String("/acl")); }));
        QVERIFY(digest.znodeCount() > 0);

        // With the credentials added to the session, the whole subtree is read.
        std::optional<ZkResult> authed;
        m_client->addAuth(QStringLiteral("digest"), "emw:pw", this, [&authed](const ZkResult &r) { authed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(authed.has_value(), 10000);
        QVERIFY(authed->ok());
        const ZkTreeDigest full = walk();
        QVERIFY(full.ok && full.unreadable.isEmpty());
        QVERIFY(std::any_of(full.entries.cbegin(), full.entries.cend(),
                            [](const ZkTreeDigest::Entry &e) { return e.path == QLatin1String("/acl/x"); }));
    }

    void exhibitorSharedConfigFromZooKeeper()
    {
        // As Exhibitor's ZooKeeper backend stores it (Properties.store(): ':' escaped).
        const QByteArray properties = "#Auto-generated by Exhibitor\n#Thu Jan 01 00:00:00 UTC 2024\n"
                                      "com.netflix.exhibitor.servers-spec=1\\:127.0.6.1,2\\:127.0.6.2\n"
                                      "com.netflix.exhibitor.client-port=2181\n";
        QVERIFY(create(QStringLiteral("/exhibitor"), QByteArray()).ok());
        QVERIFY(create(QStringLiteral("/exhibitor/configs"), QByteArray()).ok());
        QVERIFY(create(ExhibitorSharedConfig::znodePath(QStringLiteral("/exhibitor")), properties).ok());

        const ZkResult read = get(ExhibitorSharedConfig::znodePath(QStringLiteral("/exhibitor/")));
        QVERIFY2(read.ok(), qPrintable(read.errorText()));
        const ExhibitorSharedConfig config = ExhibitorSharedConfig::parse(read.data);
        QVERIFY(config.hasServersSpec);
        QCOMPARE(config.serversSpec, QStringLiteral("1:127.0.6.1,2:127.0.6.2"));
    }

    void noCallbackAfterDestruction()
    {
        int called = 0;
        {
            ZkClient client;
            QSignalSpy connected(&client, &ZkClient::connected);
            QVERIFY(client.open(m_server->connectString(), 6000));
            QVERIFY(connected.wait(15000));
            for (int i = 0; i < 50; ++i)
                client.get(QStringLiteral("/app/a"), this, [&called](const ZkResult &) { ++called; });
        } // destroyed with 50 requests in flight
        QTest::qWait(300);
        QCOMPARE(called, 0);
    }

    void noCallbackAfterContextDestroyed()
    {
        int called = 0;
        auto *context = new QObject;
        m_client->get(QStringLiteral("/app/a"), context, [&called](const ZkResult &) { ++called; });
        delete context;
        // A later request on the same client completes after the first (one connection, in order).
        QVERIFY(get(QStringLiteral("/app/a")).ok());
        QCOMPARE(called, 0);
    }

    void closeFailsPendingRequests()
    {
        ZkClient client;
        // Nothing listens there: the request waits for a connection that never comes.
        const QString nowhere = QStringLiteral("127.0.6.7:%1").arg(ZooKeeperEnsemble::freePort(QStringLiteral("127.0.6.7")));
        QVERIFY(client.open(nowhere, 4000));
        std::optional<ZkResult> result;
        client.get(QStringLiteral("/x"), this, [&result](const ZkResult &r) { result = r; });
        client.close();
        QCOMPARE(client.state(), ZkClient::State::Closed);
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->code, int(ZkResult::Closing));

        // And after close, operations fail at once (asynchronously) instead of hanging.
        std::optional<ZkResult> late;
        client.get(QStringLiteral("/x"), this, [&late](const ZkResult &r) { late = r; });
        QVERIFY(!late.has_value());
        QTRY_VERIFY(late.has_value());
        QCOMPARE(late->code, int(ZkResult::InvalidState));
    }

    void libraryLogsStayOffStderr()
    {
        // The C client logs every failed connection attempt; none of it may reach stderr.
        QTemporaryFile capture;
        QVERIFY(capture.open());
        fflush(stderr);
        const int savedStderr = ::dup(STDERR_FILENO);
        ::dup2(capture.handle(), STDERR_FILENO);
        {
            ZkClient client;
            const QString nowhere = QStringLiteral("127.0.6.7:%1").arg(ZooKeeperEnsemble::freePort(QStringLiteral("127.0.6.7")));
            QVERIFY(client.open(nowhere, 4000));
            QTest::qWait(1500); // several connection attempts
        }
        QTest::qWait(200);
        fflush(stderr);
        ::dup2(savedStderr, STDERR_FILENO);
        ::close(savedStderr);
        capture.seek(0);
        const QByteArray written = capture.readAll();
        QVERIFY2(written.isEmpty(), written.constData());
    }

    void walkerNeedsConnection()
    {
        ZkClient closed;
        ZkTreeWalker walker(&closed);
        QSignalSpy spy(&walker, &ZkTreeWalker::finished);
        walker.start();
        QVERIFY(spy.wait(5000));
        QVERIFY(!spy.at(0).at(0).value<ZkTreeDigest>().ok);
    }
};

QTEST_GUILESS_MAIN(TestZkClient)
#include "TestZkClient.moc"
