#include "RemoteTestHelpers.h"
#include "SshdFixture.h"
#include "remote/MasterConnections.h"
#include "remote/SshSession.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

// All masters at once: per-master status, one slow or undecided master holds up no other.
class TestMasterConnections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void connectsInParallel();
    void hostKeyQuestionDoesNotBlockOthers();
    void replacingTargets();

private:
    SshTarget target(const QString &name, SshTarget base) const;

    SshdFixture m_sshd { 2226 };
};

void TestMasterConnections::initTestCase()
{
    QString error;
    if (!SshdFixture::canRun(&error))
        QSKIP(qPrintable(error));
    QVERIFY2(m_sshd.start(&error), qPrintable(error));
}

void TestMasterConnections::cleanupTestCase()
{
    m_sshd.stop();
}

SshTarget TestMasterConnections::target(const QString &name, SshTarget base) const
{
    base.name = name;
    return base;
}

void TestMasterConnections::connectsInParallel()
{
    QTcpServer silent; // accepts TCP, never speaks SSH
    QVERIFY(silent.listen(QHostAddress(QStringLiteral("127.0.5.9")), 0));
    SshTarget hanging = target(QStringLiteral("m3"), m_sshd.keyTarget());
    hanging.host = QStringLiteral("127.0.5.9");
    hanging.port = silent.serverPort();
    hanging.connectTimeoutMs = 5000;
    SshTarget refused = target(QStringLiteral("m4"), m_sshd.keyTarget());
    refused.host = QStringLiteral("127.0.5.9");
    refused.port = 2226; // nothing on 127.0.5.9:2226

    MasterConnections masters;
    masters.setTargets({ target(QStringLiteral("m1"), m_sshd.keyTarget()),
                         target(QStringLiteral("m2"), m_sshd.passwordTarget()), hanging, refused });
    QCOMPARE(masters.sessions().size(), 4);
    QSignalSpy connected(&masters, &MasterConnections::masterConnected);
    QSignalSpy failed(&masters, &MasterConnections::masterFailed);
    QSignalSpy settled(&masters, &MasterConnections::allSettled);
    QSignalSpy states(&masters, &MasterConnections::masterStateChanged);

    QElapsedTimer elapsed;
    elapsed.start();
    masters.connectAll();
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 2, 10000);
    // The good masters did not wait for the hanging one.
    QCOMPARE(masters.session(QStringLiteral("m3"))->state(), SshState::Connecting);
    QVERIFY(settled.isEmpty());

    QVERIFY(settled.wait(15000));
    QCOMPARE(settled.at(0).at(0).toInt(), 2);
    QCOMPARE(settled.at(0).at(1).toInt(), 2);
    QVERIFY(elapsed.elapsed() < 12000); // in parallel: about one connect timeout, not the sum
    QCOMPARE(masters.connectedCount(), 2);
    QCOMPARE(masters.failedCount(), 2);
    QVERIFY(masters.isSettled());

    QStringList connectedNames { connected.at(0).at(0).toString(), connected.at(1).at(0).toString() };
    connectedNames.sort();
    QCOMPARE(connectedNames, (QStringList { QStringLiteral("m1"), QStringLiteral("m2") }));
    QCOMPARE(failed.count(), 2);
    for (const auto &signal : failed) {
        const QString master = signal.at(0).toString();
        const auto error = signal.at(1).value<SshError>();
        QVERIFY2(error.message.contains(master), qPrintable(error.message));
        QCOMPARE(error.code,
                 master == QLatin1String("m3") ? SshError::Code::ConnectTimeout
                                               : SshError::Code::ConnectFailed);
    }
    bool sawConnecting = false;
    for (const auto &signal : states)
        sawConnecting = sawConnecting || signal.at(1).value<SshState>() == SshState::Connecting;
    QVERIFY(sawConnecting);
}

void TestMasterConnections::hostKeyQuestionDoesNotBlockOthers()
{
    SshTarget asking = target(QStringLiteral("m1"), m_sshd.keyTarget());
    asking.knownHostsPath = m_sshd.dir() + QStringLiteral("/known_hosts_pool_empty");
    MasterConnections masters;
    masters.setTargets({ asking, target(QStringLiteral("m2"), m_sshd.keyTarget()),
                         target(QStringLiteral("m3"), m_sshd.passwordTarget()) });
    QSignalSpy question(&masters, &MasterConnections::hostKeyUnknown);
    QSignalSpy connected(&masters, &MasterConnections::masterConnected);
    QSignalSpy settled(&masters, &MasterConnections::allSettled);
    masters.connectAll();

    QTRY_COMPARE_WITH_TIMEOUT(question.count(), 1, 10000);
    QCOMPARE(question.at(0).at(0).toString(), QStringLiteral("m1"));
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 2, 10000); // while m1 still waits for the operator
    QCOMPARE(masters.session(QStringLiteral("m1"))->state(), SshState::AwaitingHostKeyDecision);
    QVERIFY(!masters.isSettled());
    QVERIFY(settled.isEmpty());

    masters.session(QStringLiteral("m1"))->answerHostKey(HostKeyDecision::AcceptOnce);
    QVERIFY(settled.wait(10000));
    QCOMPARE(settled.at(0).at(0).toInt(), 3);
    QCOMPARE(settled.at(0).at(1).toInt(), 0);
}

void TestMasterConnections::replacingTargets()
{
    MasterConnections masters;
    masters.setTargets(
        { target(QStringLiteral("a"), m_sshd.keyTarget()), target(QStringLiteral("b"), m_sshd.keyTarget()) });
    masters.connectAll();
    QTRY_COMPARE_WITH_TIMEOUT(masters.connectedCount(), 2, 10000);
    masters.setTargets({ target(QStringLiteral("c"), m_sshd.keyTarget()) });
    QCOMPARE(masters.sessions().size(), 1);
    QVERIFY(masters.session(QStringLiteral("a")) == nullptr);
    QVERIFY(masters.session(QStringLiteral("c")) != nullptr);
    QCOMPARE(masters.connectedCount(), 0);
    masters.connectAll();
    QTRY_COMPARE_WITH_TIMEOUT(masters.connectedCount(), 1, 10000);
    masters.disconnectAll();
    QTRY_COMPARE(masters.session(QStringLiteral("c"))->state(), SshState::Disconnected);
}

QTEST_GUILESS_MAIN(TestMasterConnections)
#include "TestMasterConnections.moc"
