// What a wrong sudo password costs on the masters, counted where an operator's lockout is counted:
// each simulated master's pam_faillock tally (tests/cluster-sim: sudo's PAM stack). Operators'
// masters often lock an account after three failures (pam_faillock deny=3), on every master at
// once if the app sends the wrong password everywhere.
#include "SimCluster.h"

#include "remote/CommandJob.h"
#include "remote/MasterConnections.h"
#include "remote/SshSession.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSudoGateSim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void wrongPasswordCostsOneFailedLogin();

private:
    // Connects every master, then runs commands sudo commands on each master at once, as
    // preflight and discovery do; returns the jobs once all have finished.
    QList<CommandJob *> runEverywhere(MasterConnections *connections, int commands);
    int failedLoginsEverywhere(QStringList *where = nullptr) const;

    SimCluster m_sim{QStringLiteral("sudo-gate")};
};

void TestSudoGateSim::initTestCase()
{
    QString why;
    if (!SimCluster::available(&why))
        QSKIP(qPrintable(why));
    QString error;
    QVERIFY2(m_sim.up(&error), qPrintable(error));
}

void TestSudoGateSim::cleanupTestCase()
{
    m_sim.down();
}

QList<CommandJob *> TestSudoGateSim::runEverywhere(MasterConnections *connections, int commands)
{
    QSignalSpy settled(connections, &MasterConnections::allSettled);
    connections->connectAll();
    if (!settled.wait(30000) || connections->connectedCount() != m_sim.masters().size())
        return {};
    QList<CommandJob *> jobs;
    for (SshSession *session : connections->sessions()) {
        for (int i = 0; i < commands; ++i)
            jobs << session->run({QStringLiteral("cat"), QStringLiteral("/opt/mesosphere/etc/exhibitor")}, true);
    }
    for (CommandJob *job : std::as_const(jobs)) {
        if (!job->isFinished()) {
            QSignalSpy finished(job, &SshJob::finished);
            if (!finished.wait(90000))
                return {};
        }
    }
    return jobs;
}

int TestSudoGateSim::failedLoginsEverywhere(QStringList *where) const
{
    int total = 0;
    for (const QString &master : m_sim.masters()) {
        const int failed = m_sim.failedSudoLogins(master);
        if (failed < 0)
            return -1;
        if (failed > 0 && where)
            *where << master;
        total += failed;
    }
    return total;
}

void TestSudoGateSim::wrongPasswordCostsOneFailedLogin()
{
    QCOMPARE(failedLoginsEverywhere(), 0);

    MasterConnections connections;
    connections.setTargets(m_sim.passwordTargets(QStringLiteral("not-the-sudo-password")));
    const QList<CommandJob *> jobs = runEverywhere(&connections, 3);
    QCOMPARE(jobs.size(), 3 * m_sim.masters().size());

    // Every command failed for the password, and says so; exactly one of them tried it.
    int refused = 0;
    for (CommandJob *job : jobs) {
        QCOMPARE(job->error().code, SshError::Code::SudoWrongPassword);
        QVERIFY(job->result().stdoutData.isEmpty());
        if (job->error().message.contains(QLatin1String("was not tried")))
            continue;
        QVERIFY2(job->error().message.contains(QLatin1String("did not accept the sudo password")),
                 qPrintable(job->error().message));
        ++refused;
    }
    QCOMPARE(refused, 1);
    QStringList where;
    QCOMPARE(failedLoginsEverywhere(&where), 1);
    QCOMPARE(where.size(), 1);

    // More commands, on every master: nothing more is sent until the operator answers again.
    QList<CommandJob *> again;
    for (SshSession *session : connections.sessions())
        again << session->run({QStringLiteral("true")}, true);
    for (CommandJob *job : std::as_const(again)) {
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
        QCOMPARE(job->error().code, SshError::Code::SudoWrongPassword);
        QVERIFY2(job->error().message.contains(where.first()), qPrintable(job->error().message));
    }
    QCOMPARE(failedLoginsEverywhere(), 1);

    // Answered again (a new set of targets, as the wizard and the CLI build them): it works.
    connections.setTargets(m_sim.passwordTargets(m_sim.password()));
    const QList<CommandJob *> right = runEverywhere(&connections, 2);
    QCOMPARE(right.size(), 2 * m_sim.masters().size());
    for (CommandJob *job : right)
        QVERIFY2(job->result().succeeded(), qPrintable(job->error().message));
}

QTEST_GUILESS_MAIN(TestSudoGateSim)
#include "TestSudoGateSim.moc"
