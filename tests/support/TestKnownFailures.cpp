#include "support/KnownFailures.h"

#include <QTest>

// Known failure messages are found where the real components print them, with the line a
// reader can open, counted once per file however often a looping unit repeats them.
class TestKnownFailures : public QObject
{
    Q_OBJECT

private slots:
    void matchesRealMessages_data();
    void matchesRealMessages();
    void repeatedFailureIsOneFindingAtItsLastLine();
    void healthyJournalHasNoFinding();
    void staticEnsembleWithoutTheMaster();
    void everyPatternIsExplained();
    void causesComeFirst();
};

void TestKnownFailures::matchesRealMessages_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("id");
    // As journald shows them: dcos/dcos start_exhibitor.py and bootstrap_exhibitor_tls.py,
    // the dcos/exhibitor fork, ZooKeeper 3.4 (with DC/OS's [myid:N] layout) and systemd 219.
    QTest::newRow("start_exhibitor ip-detect")
        << QByteArray("Dec 07 06:10:01 m3 start_exhibitor.py[812]: ERROR: ip-detect returned 10.0.0.3. 10.0.0.3 is "
                      "not in the configured list of masters.")
        << "not-in-masters";
    QTest::newRow("start_exhibitor unset")
        << QByteArray("Dec 07 06:10:01 m3 start_exhibitor.py[812]: ERROR: \"EXHIBITOR_STATICENSEMBLE\" must be set")
        << "env-not-set";
    QTest::newRow("unknown backend")
        << QByteArray("Dec 07 06:10:01 m3 start_exhibitor.py[812]: ERROR: No known exhibitor backend: STATICC")
        << "unknown-backend";
    QTest::newRow("myid")
        << QByteArray("Dec 07 06:10:09 m3 java[990]: [myid:] ERROR [main:QuorumPeerMain@88] - Invalid config, "
                      "exiting abnormally\norg.apache.zookeeper.server.quorum.QuorumPeerConfig$ConfigException: "
                      "Error processing /var/lib/dcos/exhibitor/conf/zoo.cfg\nCaused by: "
                      "java.lang.IllegalArgumentException: /var/lib/dcos/exhibitor/zookeeper/snapshot/myid file is "
                      "missing")
        << "myid-missing";
    QTest::newRow("disk full")
        << QByteArray("Dec 07 06:11:00 m3 java[990]: java.io.IOException: No space left on device") << "no-space";
    QTest::newRow("port taken")
        << QByteArray("Dec 07 06:11:00 m3 java[990]: java.net.BindException: Address already in use") << "address-in-use";
    QTest::newRow("peer down")
        << QByteArray("[myid:2] WARN  [WorkerSender[myid=2]:QuorumCnxManager@584] - Cannot open channel to 3 at "
                      "election address /10.0.0.3:3888\njava.net.ConnectException: Connection refused (Connection "
                      "refused)")
        << "connection-refused";
    QTest::newRow("standalone")
        << QByteArray("INFO  com.netflix.exhibitor.core.activity.ActivityLog  Starting in standalone mode "
                      "[ActivityQueue-0]")
        << "standalone";
    QTest::newRow("tls")
        << QByteArray("bootstrap_exhibitor_tls.py[700]: exhibitor TLS bootstrap failed, but is required") << "tls-required";
    QTest::newRow("not serving")
        << QByteArray("This ZooKeeper instance is not currently serving requests") << "not-serving";
    QTest::newRow("systemd")
        << QByteArray("Dec 07 06:10:01 m3 systemd[1]: Unit dcos-exhibitor.service entered failed state.") << "unit-failed";
}

void TestKnownFailures::matchesRealMessages()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, id);
    const QByteArray text = "Dec 07 06:09:59 m3 systemd[1]: Starting Exhibitor and ZooKeeper...\n" + line + '\n';
    const QList<SupportFinding> findings = KnownFailures::match(QStringLiteral("10.0.0.3"),
                                                                QStringLiteral("masters/10.0.0.3/journal.txt"), text);
    QStringList ids;
    for (const SupportFinding &finding : findings)
        ids << finding.id;
    QVERIFY2(ids.contains(id), qPrintable(ids.join(QLatin1Char(','))));
    const SupportFinding &finding = findings.at(ids.indexOf(id));
    QCOMPARE(finding.master, QStringLiteral("10.0.0.3"));
    QCOMPARE(finding.file, QStringLiteral("masters/10.0.0.3/journal.txt"));
    QVERIFY(finding.line >= 2);
    QVERIFY(!finding.title.isEmpty());
    QVERIFY(finding.explanation.size() > 40);
}

void TestKnownFailures::repeatedFailureIsOneFindingAtItsLastLine()
{
    QByteArray journal;
    for (int i = 0; i < 5; ++i) {
        journal += "Dec 07 06:10:0" + QByteArray::number(i) + " m3 start_exhibitor.py[8" + QByteArray::number(i)
                   + "]: Exhibitor configured for static ZK ensemble\n";
        journal += "Dec 07 06:10:0" + QByteArray::number(i) + " m3 start_exhibitor.py[8" + QByteArray::number(i)
                   + "]: ERROR: ip-detect returned 10.0.0.3. 10.0.0.3 is not in the configured list of masters.\n";
    }
    const QList<SupportFinding> findings = KnownFailures::match(QStringLiteral("10.0.0.3"), QStringLiteral("j"), journal);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.constFirst().occurrences, 5);
    QCOMPARE(findings.constFirst().line, 10);
    QVERIFY(findings.constFirst().text.contains(QLatin1String("ip-detect returned 10.0.0.3")));
}

void TestKnownFailures::healthyJournalHasNoFinding()
{
    const QByteArray journal =
        "Dec 07 06:10:01 m1 start_exhibitor.py[1]: Exhibitor configured for static ZK ensemble\n"
        "Dec 07 06:10:40 m1 java[2]: [myid:1] INFO  [QuorumPeer[myid=1]/0.0.0.0:2181:QuorumPeer@856] - LEADING\n"
        "Zookeeper version: 3.4.14\nMode: leader\nimok\n";
    QVERIFY(KnownFailures::match(QStringLiteral("m1"), QStringLiteral("j"), journal).isEmpty());
}

void TestKnownFailures::staticEnsembleWithoutTheMaster()
{
    const QByteArray missing = "EXHIBITOR_TLS_ENABLED=false\nEXHIBITOR_BACKEND=STATIC\n"
                               "EXHIBITOR_STATICENSEMBLE=1:10.0.0.1,2:10.0.0.2\n";
    const QList<SupportFinding> findings =
        KnownFailures::checkEnvFile(QStringLiteral("10.0.0.3"), QStringLiteral("masters/10.0.0.3/exhibitor.env"), missing);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.constFirst().id, QStringLiteral("ensemble-lacks-master"));
    QVERIFY(findings.constFirst().explanation.contains(QLatin1String("10.0.0.3")));
    QVERIFY(findings.constFirst().explanation.contains(QLatin1String("10.0.0.1, 10.0.0.2")));

    // Present (a prefix would not count for start_exhibitor.py: it compares the second field).
    QVERIFY(KnownFailures::checkEnvFile(QStringLiteral("10.0.0.2"), QStringLiteral("f"), missing).isEmpty());
    // Not static: nothing to say.
    QVERIFY(KnownFailures::checkEnvFile(QStringLiteral("10.0.0.3"), QStringLiteral("f"),
                                        "EXHIBITOR_BACKEND=ZK\nZK_CONFIG_CONNECT=10.0.0.9:2181\n")
                .isEmpty());
}

void TestKnownFailures::everyPatternIsExplained()
{
    QStringList ids;
    for (const KnownFailures::Pattern &pattern : KnownFailures::patterns()) {
        QVERIFY(pattern.expression.isValid());
        QVERIFY2(!ids.contains(pattern.id), qPrintable(pattern.id));
        ids << pattern.id;
        QVERIFY(!pattern.title.isEmpty());
        QVERIFY(pattern.explanation.size() > 40);
    }
}

void TestKnownFailures::causesComeFirst()
{
    const QByteArray journal = "java.net.ConnectException: Connection refused\n"
                               "ERROR: ip-detect returned 10.0.0.3. 10.0.0.3 is not in the configured list of masters.\n";
    QList<SupportFinding> findings = KnownFailures::match(QString(), QStringLiteral("run/report.json"), journal);
    findings << KnownFailures::match(QStringLiteral("10.0.0.3"), QStringLiteral("journal.txt"), journal);
    findings << KnownFailures::checkEnvFile(QStringLiteral("10.0.0.3"), QStringLiteral("exhibitor.env"),
                                            "EXHIBITOR_BACKEND=STATIC\nEXHIBITOR_STATICENSEMBLE=1:10.0.0.1\n");
    KnownFailures::sort(&findings);
    QStringList order;
    for (const SupportFinding &finding : std::as_const(findings))
        order << (finding.master.isEmpty() ? QStringLiteral("run") : finding.master) + QLatin1Char(' ') + finding.id;
    QCOMPARE(order, QStringList({QStringLiteral("10.0.0.3 ensemble-lacks-master"), QStringLiteral("10.0.0.3 not-in-masters"),
                                 QStringLiteral("10.0.0.3 connection-refused"), QStringLiteral("run not-in-masters"),
                                 QStringLiteral("run connection-refused")}));
}

QTEST_GUILESS_MAIN(TestKnownFailures)
#include "TestKnownFailures.moc"
