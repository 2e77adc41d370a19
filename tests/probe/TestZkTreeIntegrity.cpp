// Verify's data check as a pure function over two snapshots: what other clients may do to a
// live cluster passes and is counted; a znode that went back in time, or vanished without a
// change of its parent, fails and is named.
#include "probe/ZkTreeIntegrity.h"

#include <QCryptographicHash>
#include <QTest>

namespace
{
    ZkTreeDigest::Entry node(const QString &path, const QByteArray &data, qint64 czxid, qint64 mzxid, int version,
                             qint64 pzxid = -1)
    {
        return ZkTreeDigest::Entry{path, QCryptographicHash::hash(data, QCryptographicHash::Sha256), czxid, mzxid,
                                   pzxid < 0 ? czxid : pzxid, version};
    }

    // The preflight snapshot: taken at zxid 0x100.
    //   /            pzxid 0x50
    //   /app         pzxid 0x60, children a, b
    //   /app/a       set twice
    //   /app/b
    //   /svc         pzxid 0x70, child s
    //   /svc/s
    ZkTreeDigest snapshot()
    {
        ZkTreeDigest digest;
        digest.ok = true;
        digest.zxid = 0x100;
        digest.entries = {node(QStringLiteral("/"), {}, 0, 0, 0, 0x50),
                          node(QStringLiteral("/app"), "app", 0x10, 0x10, 0, 0x60),
                          node(QStringLiteral("/app/a"), "a2", 0x20, 0x40, 2),
                          node(QStringLiteral("/app/b"), "b", 0x60, 0x60, 0),
                          node(QStringLiteral("/svc"), "svc", 0x50, 0x50, 0, 0x70),
                          node(QStringLiteral("/svc/s"), "s", 0x70, 0x70, 0)};
        return digest;
    }

    ZkTreeDigest::Entry *find(ZkTreeDigest &digest, const QString &path)
    {
        for (ZkTreeDigest::Entry &entry : digest.entries) {
            if (entry.path == path)
                return &entry;
        }
        return nullptr;
    }

    void remove(ZkTreeDigest &digest, const QString &path)
    {
        digest.entries.removeIf([&path](const ZkTreeDigest::Entry &entry) { return entry.path == path; });
    }

    void add(ZkTreeDigest &digest, const ZkTreeDigest::Entry &entry)
    {
        digest.entries.append(entry);
        std::sort(digest.entries.begin(), digest.entries.end(),
                  [](const ZkTreeDigest::Entry &a, const ZkTreeDigest::Entry &b) { return a.path < b.path; });
    }

    QStringList problemPaths(const ZkTreeIntegrity &result)
    {
        QStringList paths;
        for (const ZkTreeIntegrity::Problem &problem : result.problems)
            paths << problem.path;
        return paths;
    }
} // namespace

class TestZkTreeIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void sameTreeIsUnchanged()
    {
        const ZkTreeIntegrity result = ZkTreeIntegrity::check(snapshot(), snapshot());
        QVERIFY(result.ok());
        QCOMPARE(result.unchanged, 6);
        QCOMPARE(result.snapshotZnodes, 6);
        QCOMPARE(result.snapshotZxid, 0x100);
        QVERIFY(result.added.isEmpty() && result.changed.isEmpty() && result.removed.isEmpty());
    }

    void otherClientsWritesAreCounted()
    {
        ZkTreeDigest after = snapshot();
        // set on /app/a after the snapshot
        *find(after, QStringLiteral("/app/a")) = node(QStringLiteral("/app/a"), "a3", 0x20, 0x120, 3);
        // /app/b deleted, /app/c created: /app's children changed at 0x130
        remove(after, QStringLiteral("/app/b"));
        add(after, node(QStringLiteral("/app/c"), "c", 0x130, 0x130, 0));
        find(after, QStringLiteral("/app"))->pzxid = 0x130;
        // /svc and its child deleted, /svc created again: / changed at 0x150
        remove(after, QStringLiteral("/svc/s"));
        *find(after, QStringLiteral("/svc")) = node(QStringLiteral("/svc"), "svc", 0x150, 0x150, 0);
        find(after, QStringLiteral("/"))->pzxid = 0x150;
        // a whole new subtree
        add(after, node(QStringLiteral("/new"), "n", 0x160, 0x160, 0, 0x161));
        add(after, node(QStringLiteral("/new/x"), "x", 0x161, 0x161, 0));
        find(after, QStringLiteral("/"))->pzxid = 0x160;

        const ZkTreeIntegrity result = ZkTreeIntegrity::check(snapshot(), after);
        QVERIFY2(result.ok(), qPrintable(result.problemText()));
        QCOMPARE(result.changed, QStringList({QStringLiteral("/app/a"), QStringLiteral("/svc")}));
        QCOMPARE(result.removed, QStringList({QStringLiteral("/app/b"), QStringLiteral("/svc/s")}));
        QCOMPARE(result.added, QStringList({QStringLiteral("/app/c"), QStringLiteral("/new"), QStringLiteral("/new/x")}));
        QCOMPARE(result.unchanged, 2); // "/" and "/app": their data; only their children changed
        QVERIFY(result.summary().contains(QLatin1String("added 3, changed 2, removed 2")));
    }

    void rolledBackZnodeFailsAndIsNamed_data()
    {
        QTest::addColumn<ZkTreeDigest::Entry>("after");
        QTest::addColumn<QString>("why");
        // /app/a was at mzxid 0x40, version 2, data "a2" in the snapshot.
        QTest::newRow("older mzxid and version") << node(QStringLiteral("/app/a"), "a1", 0x20, 0x30, 1)
                                                 << QStringLiteral("went back in time");
        QTest::newRow("lower version, newer mzxid") << node(QStringLiteral("/app/a"), "a1", 0x20, 0x120, 1)
                                                    << QStringLiteral("went back in time");
        QTest::newRow("other data, same mzxid") << node(QStringLiteral("/app/a"), "zz", 0x20, 0x40, 2)
                                                << QStringLiteral("same mzxid");
        QTest::newRow("older incarnation") << node(QStringLiteral("/app/a"), "a2", 0x18, 0x40, 2)
                                           << QStringLiteral("an older znode came back");
    }

    void rolledBackZnodeFailsAndIsNamed()
    {
        QFETCH(ZkTreeDigest::Entry, after);
        QFETCH(QString, why);
        ZkTreeDigest tree = snapshot();
        *find(tree, after.path) = after;
        const ZkTreeIntegrity result = ZkTreeIntegrity::check(snapshot(), tree);
        QVERIFY(!result.ok());
        QCOMPARE(problemPaths(result), QStringList{QStringLiteral("/app/a")});
        QVERIFY2(result.problems.first().reason.contains(why), qPrintable(result.problems.first().reason));
        QVERIFY(result.problemText().startsWith(QLatin1String("/app/a: ")));
    }

    void vanishedWithoutParentChangeFails()
    {
        // /app/b gone, /app's pzxid as at the snapshot: no transaction removed it.
        ZkTreeDigest after = snapshot();
        remove(after, QStringLiteral("/app/b"));
        ZkTreeIntegrity result = ZkTreeIntegrity::check(snapshot(), after);
        QCOMPARE(problemPaths(result), QStringList{QStringLiteral("/app/b")});
        QVERIFY(result.problems.first().reason.contains(QLatin1String("children of /app did not change")));
        QVERIFY(result.removed.isEmpty());

        // The same with a subtree: /svc and /svc/s gone, / unchanged: both named.
        after = snapshot();
        remove(after, QStringLiteral("/svc"));
        remove(after, QStringLiteral("/svc/s"));
        result = ZkTreeIntegrity::check(snapshot(), after);
        QCOMPARE(problemPaths(result), QStringList({QStringLiteral("/svc"), QStringLiteral("/svc/s")}));
    }

    void childrenBackInTimeFails()
    {
        ZkTreeDigest after = snapshot();
        find(after, QStringLiteral("/app"))->pzxid = 0x55;
        const ZkTreeIntegrity result = ZkTreeIntegrity::check(snapshot(), after);
        QCOMPARE(problemPaths(result), QStringList{QStringLiteral("/app")});
    }

    void oldZnodeNotInSnapshotFails()
    {
        // Created at 0x90, before the snapshot's zxid 0x100: the walk would have read it.
        ZkTreeDigest after = snapshot();
        add(after, node(QStringLiteral("/app/old"), "o", 0x90, 0x90, 0));
        ZkTreeIntegrity result = ZkTreeIntegrity::check(snapshot(), after);
        QCOMPARE(problemPaths(result), QStringList{QStringLiteral("/app/old")});

        // Without the snapshot's zxid, the parent's pzxid as the snapshot read it tells.
        ZkTreeDigest before = snapshot();
        before.zxid = -1;
        after = snapshot();
        add(after, node(QStringLiteral("/app/old"), "o", 0x58, 0x58, 0));
        result = ZkTreeIntegrity::check(before, after);
        QCOMPARE(problemPaths(result), QStringList{QStringLiteral("/app/old")});
        QVERIFY(result.problems.first().reason.contains(QLatin1String("pzxid 0x60")));
    }

    void unreadableSubtreesAreNotCompared()
    {
        // /svc could not be read at Verify (its ACL changed, or no super credentials then):
        // neither it nor its child count as removed, and the summary names it.
        ZkTreeDigest after = snapshot();
        remove(after, QStringLiteral("/svc"));
        remove(after, QStringLiteral("/svc/s"));
        after.unreadable = {QStringLiteral("/svc")};
        ZkTreeIntegrity result = ZkTreeIntegrity::check(snapshot(), after);
        QVERIFY2(result.ok(), qPrintable(result.problemText()));
        QVERIFY(result.removed.isEmpty());
        QCOMPARE(result.notCompared, QStringList{QStringLiteral("/svc")});
        QVERIFY(result.summary().contains(QLatin1String("not compared (no permission to read): /svc")));

        // Unreadable at the snapshot, readable at Verify: what is there now is not "added".
        ZkTreeDigest before = snapshot();
        remove(before, QStringLiteral("/svc/s"));
        before.unreadable = {QStringLiteral("/svc/s")};
        after = snapshot();
        add(after, node(QStringLiteral("/svc/s/t"), "t", 0x40, 0x40, 0));
        result = ZkTreeIntegrity::check(before, after);
        QVERIFY2(result.ok(), qPrintable(result.problemText()));
        QVERIFY(result.added.isEmpty());
        QCOMPARE(result.notCompared, QStringList{QStringLiteral("/svc/s")});
    }

    void problemTextIsBounded()
    {
        ZkTreeDigest after = snapshot();
        for (ZkTreeDigest::Entry &entry : after.entries) {
            if (entry.path != QLatin1String("/"))
                entry.mzxid -= 1;
        }
        const ZkTreeIntegrity result = ZkTreeIntegrity::check(snapshot(), after);
        QCOMPARE(result.problems.size(), 5);
        QVERIFY(result.problemText(2).endsWith(QLatin1String("(and 3 more)")));
    }
};

QTEST_GUILESS_MAIN(TestZkTreeIntegrity)
#include "TestZkTreeIntegrity.moc"
