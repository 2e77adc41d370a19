#include "RemoteTestHelpers.h"
#include "SshdFixture.h"
#include "remote/CommandJob.h"
#include "remote/SshOptions.h"
#include "remote/SshSession.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTest>

// Connecting: every way to log in, every host key case, unreachable masters, ~/.ssh/config.
class TestSshConnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void keyAuth();
    void encryptedKey();
    void wrongKeyPassphrase();
    void agentAuth();
    void passwordAuth();
    void wrongPassword();
    void unknownHostKeyAcceptAndSave();
    void unknownHostKeyAcceptOnce();
    void unknownHostKeyReject();
    void hostKeyAnswerTooLate();
    void changedHostKeyRefused();
    void changedHashedHostKeyNamesLine();
    void refusedConnectionNamesHost();
    void silentHostTimesOut();
    void sshConfigHonoured();
    void proxyCommandFromConfig();
    void proxyJumpShownAsEffectiveProxy();
    void proxyJumpConnects();
    void knownHostsFileFromSshConfig();

private:
    QString serverFingerprint();
    int acceptedLogins();

    SshdFixture m_sshd { 2222 };
};

void TestSshConnect::initTestCase()
{
    QString error;
    if (!SshdFixture::canRun(&error))
        QSKIP(qPrintable(error));
    QVERIFY2(m_sshd.start(&error), qPrintable(error));
}

void TestSshConnect::cleanupTestCase()
{
    m_sshd.stop();
}

QString TestSshConnect::serverFingerprint()
{
    // "256 SHA256:... comment (ED25519)"
    const QByteArray out
        = SshdFixture::run(QStringLiteral("ssh-keygen"), { QStringLiteral("-lf"), m_sshd.hostKeyPublic() });
    return QString::fromLatin1(out.split(' ').value(1));
}

int TestSshConnect::acceptedLogins()
{
    return int(m_sshd.sshdLog().count(QLatin1String("Accepted ")));
}

void TestSshConnect::keyAuth()
{
    SshSession session(m_sshd.keyTarget());
    session.connectToHost();
    QVERIFY2(waitConnected(session), qPrintable(session.lastError().message));
    QCOMPARE(session.effectiveTarget().host, QStringLiteral("127.0.5.1"));
    QCOMPARE(session.effectiveTarget().port, 2222);
    QCOMPARE(session.effectiveTarget().user, QStringLiteral("emwtkey"));

    CommandJob *job = session.run({ QStringLiteral("id"), QStringLiteral("-un") });
    QVERIFY(waitFinished(job));
    QCOMPARE(job->result().stdoutData, QByteArray("emwtkey\n"));
}

void TestSshConnect::encryptedKey()
{
    SshTarget target = m_sshd.keyTarget();
    target.keyFile = m_sshd.encryptedClientKey();
    target.keyPassphrase = QString::fromLatin1(SshdFixture::KeyPassphrase);
    SshSession session(target);
    session.connectToHost();
    QVERIFY2(waitConnected(session), qPrintable(session.lastError().message));
}

void TestSshConnect::wrongKeyPassphrase()
{
    SshTarget target = m_sshd.keyTarget();
    target.keyFile = m_sshd.encryptedClientKey();
    target.keyPassphrase = QStringLiteral("not the phrase");
    SshSession session(target);
    session.connectToHost();
    QVERIFY(!waitConnected(session));
    QCOMPARE(session.lastError().code, SshError::Code::KeyFileUnreadable);
    QVERIFY(session.lastError().message.contains(m_sshd.encryptedClientKey()));
    QVERIFY(!session.lastError().message.contains(QLatin1String("not the phrase")));
}

void TestSshConnect::agentAuth()
{
    const QString socket = m_sshd.dir() + QStringLiteral("/agent.sock");
    QProcess agent;
    agent.start(QStringLiteral("ssh-agent"), { QStringLiteral("-D"), QStringLiteral("-a"), socket });
    QVERIFY(agent.waitForStarted());
    QTRY_VERIFY(QFile::exists(socket));
    QProcess add;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
    add.setProcessEnvironment(env);
    add.start(QStringLiteral("ssh-add"), { m_sshd.clientKey() });
    QVERIFY(add.waitForFinished());
    QCOMPARE(add.exitCode(), 0);

    SshTarget target = m_sshd.keyTarget();
    target.auth = SshAuthMethod::Agent;
    target.keyFile.clear();
    target.agentSocket = socket;
    SshSession session(target);
    session.connectToHost();
    const bool ok = waitConnected(session);
    agent.terminate();
    agent.waitForFinished();
    QVERIFY2(ok, qPrintable(session.lastError().message));
}

void TestSshConnect::passwordAuth()
{
    SshSession session(m_sshd.passwordTarget());
    session.connectToHost();
    QVERIFY2(waitConnected(session), qPrintable(session.lastError().message));
    CommandJob *job = session.run({ QStringLiteral("id"), QStringLiteral("-un") });
    QVERIFY(waitFinished(job));
    QCOMPARE(job->result().stdoutData, QByteArray("emwtpass\n"));
}

void TestSshConnect::wrongPassword()
{
    SshTarget target = m_sshd.passwordTarget();
    target.password = QStringLiteral("wrong-password-123");
    SshSession session(target);
    QStringList log;
    connect(&session, &SshSession::logLine, this, [&log](const QString &line) { log << line; });
    session.connectToHost();
    QVERIFY(!waitConnected(session));
    QCOMPARE(session.state(), SshState::Failed);
    QCOMPARE(session.lastError().code, SshError::Code::AuthFailed);
    const QString message = session.lastError().message;
    QVERIFY2(message.contains(QLatin1String("rejected the password")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("emwtpass")) && message.contains(QLatin1String("master-test")),
             qPrintable(message));
    QVERIFY(!log.join(QLatin1Char('\n')).contains(QLatin1String("wrong-password-123")));
}

void TestSshConnect::unknownHostKeyAcceptAndSave()
{
    SshTarget target = m_sshd.keyTarget();
    target.knownHostsPath = m_sshd.dir() + QStringLiteral("/sub/dir/known_hosts_new"); // does not exist yet
    SshSession session(target);
    QSignalSpy keySpy(&session, &SshSession::hostKeyUnknown);
    session.connectToHost();
    QVERIFY(keySpy.wait(20000));
    QCOMPARE(session.state(), SshState::AwaitingHostKeyDecision);
    const auto info = keySpy.at(0).at(0).value<HostKeyInfo>();
    QCOMPARE(info.fingerprint, serverFingerprint());
    QVERIFY(info.fingerprint.startsWith(QLatin1String("SHA256:")));
    QCOMPARE(info.keyType, QStringLiteral("ssh-ed25519"));
    QCOMPARE(info.master, QStringLiteral("master-test"));
    QCOMPARE(info.host, QStringLiteral("127.0.5.1"));
    QCOMPARE(info.port, 2222);
    QCOMPARE(info.knownHostsPath, target.knownHostsPath);

    session.answerHostKey(HostKeyDecision::AcceptAndSave);
    QVERIFY2(waitConnected(session), qPrintable(session.lastError().message));

    // ssh-keygen finds the entry libssh wrote, under the name ssh(1) would use.
    int code = -1;
    SshdFixture::run(QStringLiteral("ssh-keygen"),
                     { QStringLiteral("-F"), QStringLiteral("[127.0.5.1]:2222"), QStringLiteral("-f"),
                       target.knownHostsPath },
                     &code);
    QCOMPARE(code, 0);

    // The second connection passes silently.
    SshSession second(target);
    QSignalSpy secondSpy(&second, &SshSession::hostKeyUnknown);
    second.connectToHost();
    QVERIFY2(waitConnected(second), qPrintable(second.lastError().message));
    QCOMPARE(secondSpy.count(), 0);
}

void TestSshConnect::unknownHostKeyAcceptOnce()
{
    SshTarget target = m_sshd.keyTarget();
    target.knownHostsPath = m_sshd.writeFile(QStringLiteral("known_hosts_once"), "# nothing yet\n");
    SshSession session(target);
    QSignalSpy keySpy(&session, &SshSession::hostKeyUnknown);
    session.connectToHost();
    QVERIFY(keySpy.wait(20000));
    session.answerHostKey(HostKeyDecision::AcceptOnce);
    QVERIFY2(waitConnected(session), qPrintable(session.lastError().message));
    QFile file(target.knownHostsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("# nothing yet\n"));
}

void TestSshConnect::unknownHostKeyReject()
{
    SshTarget target = m_sshd.keyTarget();
    target.knownHostsPath = m_sshd.dir() + QStringLiteral("/known_hosts_reject");
    const int loginsBefore = acceptedLogins();
    SshSession session(target);
    QSignalSpy keySpy(&session, &SshSession::hostKeyUnknown);
    session.connectToHost();
    QVERIFY(keySpy.wait(20000));
    session.answerHostKey(HostKeyDecision::Reject);
    QVERIFY(!waitConnected(session));
    QTRY_COMPARE(session.state(), SshState::Failed);
    QCOMPARE(session.lastError().code, SshError::Code::HostKeyRejected);
    QVERIFY(!QFile::exists(target.knownHostsPath));
    QCOMPARE(acceptedLogins(), loginsBefore);
}

void TestSshConnect::hostKeyAnswerTooLate()
{
    // sshd drops a login that takes longer than LoginGraceTime; an answer after that says so.
    SshdFixture impatient(2227, { QStringLiteral("LoginGraceTime=2") });
    QString error;
    QVERIFY2(impatient.start(&error), qPrintable(error));
    SshTarget target = impatient.keyTarget();
    target.knownHostsPath = impatient.dir() + QStringLiteral("/known_hosts_late");
    SshSession session(target);
    QSignalSpy keySpy(&session, &SshSession::hostKeyUnknown);
    session.connectToHost();
    QVERIFY(keySpy.wait(20000));
    QVERIFY(impatient.connectionCount() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(impatient.connectionCount(), 0, 15000); // sshd gave up on the login
    session.answerHostKey(HostKeyDecision::AcceptOnce);
    QVERIFY(!waitConnected(session));
    QCOMPARE(session.lastError().code, SshError::Code::ConnectionLost);
    QVERIFY2(session.lastError().message.contains(QLatin1String("Connect again")),
             qPrintable(session.lastError().message));
}

void TestSshConnect::changedHostKeyRefused()
{
    // known_hosts records another key for this host, on line 3.
    const QString otherKey = m_sshd.dir() + QStringLiteral("/other_host_key");
    SshdFixture::run(QStringLiteral("ssh-keygen"),
                     { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                       QStringLiteral("-N"), QString(), QStringLiteral("-f"), otherKey });
    QFile pub(otherKey + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = pub.readAll().split(' ');
    const QByteArray content = "# first\n10.9.9.9 " + fields.at(0) + ' ' + fields.at(1)
        + "\n[127.0.5.1]:2222 " + fields.at(0) + ' ' + fields.at(1) + "\n";
    SshTarget target = m_sshd.keyTarget();
    target.knownHostsPath = m_sshd.writeFile(QStringLiteral("known_hosts_changed"), content);

    const int loginsBefore = acceptedLogins();
    SshSession session(target);
    QSignalSpy keySpy(&session, &SshSession::hostKeyUnknown);
    QSignalSpy errorSpy(&session, &SshSession::errorOccurred);
    session.connectToHost();
    QVERIFY(errorSpy.wait(20000));
    QCOMPARE(session.state(), SshState::Failed);
    QCOMPARE(keySpy.count(), 0);
    const SshError error = session.lastError();
    QCOMPARE(error.code, SshError::Code::HostKeyChanged);
    QVERIFY2(error.message.contains(QLatin1String("master-test")), qPrintable(error.message));
    QVERIFY2(error.message.contains(target.knownHostsPath + QStringLiteral(", line 3")),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(serverFingerprint()), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("ssh-keygen -R '[127.0.5.1]:2222'")),
             qPrintable(error.message));

    // Nothing was run: no login happened, and commands are refused.
    QCOMPARE(acceptedLogins(), loginsBefore);
    CommandJob *job
        = session.run({ QStringLiteral("touch"), m_sshd.dir() + QStringLiteral("/must-not-exist") });
    QVERIFY(waitFinished(job));
    QCOMPARE(job->error().code, SshError::Code::NotConnected);
    QVERIFY(!QFile::exists(m_sshd.dir() + QStringLiteral("/must-not-exist")));
}

void TestSshConnect::changedHashedHostKeyNamesLine()
{
    // Same with a hashed known_hosts (HashKnownHosts yes, Debian's default), made by ssh-keygen -H.
    const QString otherKey = m_sshd.dir() + QStringLiteral("/other_host_key2");
    SshdFixture::run(QStringLiteral("ssh-keygen"),
                     { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                       QStringLiteral("-N"), QString(), QStringLiteral("-f"), otherKey });
    QFile pub(otherKey + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = pub.readAll().split(' ');
    const QString path = m_sshd.writeFile(QStringLiteral("known_hosts_hashed"),
                                          "[127.0.5.1]:2222 " + fields.at(0) + ' ' + fields.at(1) + "\n");
    int code = -1;
    SshdFixture::run(QStringLiteral("ssh-keygen"), { QStringLiteral("-H"), QStringLiteral("-f"), path },
                     &code);
    QCOMPARE(code, 0);
    QFile hashed(path);
    QVERIFY(hashed.open(QIODevice::ReadOnly));
    QVERIFY(hashed.readAll().startsWith("|1|"));

    SshTarget target = m_sshd.keyTarget();
    target.knownHostsPath = path;
    SshSession session(target);
    QSignalSpy errorSpy(&session, &SshSession::errorOccurred);
    session.connectToHost();
    QVERIFY(errorSpy.wait(20000));
    QCOMPARE(session.lastError().code, SshError::Code::HostKeyChanged);
    QVERIFY2(session.lastError().message.contains(path + QStringLiteral(", line 1")),
             qPrintable(session.lastError().message));
}

void TestSshConnect::refusedConnectionNamesHost()
{
    SshTarget target = m_sshd.keyTarget();
    target.name = QStringLiteral("master-9");
    target.host = QStringLiteral("127.0.5.9"); // nothing listens there
    target.connectTimeoutMs = 3000;
    SshSession session(target);
    session.connectToHost();
    QVERIFY(!waitConnected(session));
    QCOMPARE(session.state(), SshState::Failed);
    QCOMPARE(session.lastError().code, SshError::Code::ConnectFailed);
    QVERIFY2(session.lastError().message.contains(QLatin1String("master-9 (127.0.5.9:2222)")),
             qPrintable(session.lastError().message));
}

void TestSshConnect::silentHostTimesOut()
{
    // Accepts TCP connections but never says a word, like a master whose sshd hangs.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress(QStringLiteral("127.0.5.9")), 0));
    SshTarget target = m_sshd.keyTarget();
    target.name = QStringLiteral("master-9");
    target.host = QStringLiteral("127.0.5.9");
    target.port = silent.serverPort();
    target.connectTimeoutMs = 2000;
    SshSession session(target);
    QElapsedTimer elapsed;
    elapsed.start();
    session.connectToHost();
    QVERIFY(!waitConnected(session, 15000));
    QCOMPARE(session.lastError().code, SshError::Code::ConnectTimeout);
    QVERIFY2(session.lastError().message.contains(QLatin1String("127.0.5.9")),
             qPrintable(session.lastError().message));
    QVERIFY2(session.lastError().message.contains(QLatin1String("master-9")),
             qPrintable(session.lastError().message));
    QVERIFY(elapsed.elapsed() < 10000);
}

void TestSshConnect::sshConfigHonoured()
{
    // The operator's config gives the alias its address, port, user and key.
    const QString config = m_sshd.writeFile(
        QStringLiteral("ssh_config_alias"),
        QStringLiteral(
            "Host m1-alias\n  HostName 127.0.5.1\n  Port 2222\n  User emwtkey\n  IdentityFile %1\n")
            .arg(m_sshd.clientKey())
            .toUtf8());
    SshTarget target;
    target.name = QStringLiteral("m1");
    target.host = QStringLiteral("m1-alias");
    target.auth = SshAuthMethod::Auto;
    target.sshConfigPath = config;
    target.knownHostsPath = m_sshd.knownHostsWithServerKey(QStringLiteral("known_hosts_alias"));
    target.agentSocket = m_sshd.dir() + QStringLiteral("/no-agent.sock");

    const SshEffectiveTarget resolved = SshOptions::resolve(target);
    QCOMPARE(resolved.host, QStringLiteral("127.0.5.1"));
    QCOMPARE(resolved.port, 2222);
    QCOMPARE(resolved.user, QStringLiteral("emwtkey"));
    QCOMPARE(resolved.identityFile, m_sshd.clientKey());

    SshSession session(target);
    session.connectToHost();
    QVERIFY2(waitConnected(session), qPrintable(session.lastError().message));
    QCOMPARE(session.effectiveTarget().host, QStringLiteral("127.0.5.1"));

    // What the operator typed beats the config file.
    target.user = QStringLiteral("emwtnosudo");
    QCOMPARE(SshOptions::resolve(target).user, QStringLiteral("emwtnosudo"));
}

void TestSshConnect::proxyCommandFromConfig()
{
    const QString config = m_sshd.writeFile(
        QStringLiteral("ssh_config_proxy"),
        QByteArray("Host behind-bastion\n  HostName 127.0.5.1\n  Port 2222\n  ProxyCommand nc %h %p\n"));
    SshTarget target = m_sshd.keyTarget();
    target.host = QStringLiteral("behind-bastion");
    target.port = 0;
    target.sshConfigPath = config;
    SshSession session(target);
    session.connectToHost();
    QVERIFY2(waitConnected(session), qPrintable(session.lastError().message));
    QCOMPARE(session.effectiveTarget().proxyCommand, QStringLiteral("nc %h %p"));
    CommandJob *job = session.run({ QStringLiteral("echo"), QStringLiteral("through the proxy") });
    QVERIFY(waitFinished(job));
    QCOMPARE(job->result().stdoutData, QByteArray("through the proxy\n"));
}

void TestSshConnect::proxyJumpShownAsEffectiveProxy()
{
    const QString config = m_sshd.writeFile(
        QStringLiteral("ssh_config_jump"),
        QByteArray("Host 10.0.0.*\n  ProxyJump admin@bastion.example.com:2022\n  User core\n"));
    SshTarget target;
    target.host = QStringLiteral("10.0.0.7");
    target.sshConfigPath = config;
    const SshEffectiveTarget effective = SshOptions::resolve(target);
    QCOMPARE(effective.host, QStringLiteral("10.0.0.7"));
    QCOMPARE(effective.user, QStringLiteral("core"));
    QVERIFY2(effective.proxyCommand.contains(QLatin1String("bastion.example.com")),
             qPrintable(effective.proxyCommand));
    QVERIFY2(effective.proxyCommand.contains(QLatin1String("2022")), qPrintable(effective.proxyCommand));
}

void TestSshConnect::proxyJumpConnects()
{
    // libssh 0.10 runs ProxyJump as "ssh -W" through the local ssh(1). That client reads the
    // operator's own ~/.ssh for the bastion hop; here a wrapper first on PATH gives it the
    // fixture's key and known_hosts instead (root's ~/.ssh is not the test's to change) and
    // records how it was called.
    const QString calls = m_sshd.dir() + QStringLiteral("/jump-calls");
    const QString clientConfig = m_sshd.writeFile(
        QStringLiteral("ssh_config_jump_client"),
        QStringLiteral("Host *\n  IdentityFile %1\n  IdentitiesOnly yes\n  UserKnownHostsFile %2\n"
                       "  StrictHostKeyChecking yes\n  BatchMode yes\n")
            .arg(m_sshd.clientKey(),
                 m_sshd.knownHostsWithServerKey(QStringLiteral("known_hosts_jump_client")))
            .toUtf8());
    const QString bin = m_sshd.dir() + QStringLiteral("/jump-bin");
    QVERIFY(QDir().mkpath(bin));
    const QString wrapper = m_sshd.writeFile(
        QStringLiteral("jump-bin/ssh"),
        QStringLiteral("#!/bin/sh\necho \"$*\" >> '%1'\nexec /usr/bin/ssh -F '%2' \"$@\"\n")
            .arg(calls, clientConfig)
            .toUtf8());
    QVERIFY(QFile::setPermissions(wrapper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QByteArray oldPath = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(bin) + ':' + oldPath);
    const auto restorePath = qScopeGuard([&oldPath] { qputenv("PATH", oldPath); });

    const QString config = m_sshd.writeFile(
        QStringLiteral("ssh_config_jump_real"),
        QStringLiteral("Host behind-jump\n  HostName 127.0.5.1\n  Port 2222\n  ProxyJump %1@127.0.5.1:2222\n")
            .arg(QString::fromLatin1(SshdFixture::KeyUser))
            .toUtf8());
    SshTarget target = m_sshd.keyTarget();
    target.host = QStringLiteral("behind-jump");
    target.port = 0;
    target.sshConfigPath = config;
    // Not acceptedLogins(): ssh(1) asks whether a key would do before it signs, and sshd logs
    // that as "Accepted key ..." too.
    const auto logins
        = [this] { return int(m_sshd.sshdLog().count(QLatin1String("Accepted publickey for "))); };
    const int loginsBefore = logins();
    SshSession session(target);
    session.connectToHost();
    QVERIFY2(waitConnected(session), qPrintable(session.lastError().message));
    QVERIFY2(session.effectiveTarget().proxyCommand.contains(QLatin1String("-W")),
             qPrintable(session.effectiveTarget().proxyCommand));
    CommandJob *job = session.run({ QStringLiteral("echo"), QStringLiteral("through the bastion") });
    QVERIFY(waitFinished(job));
    QCOMPARE(job->result().stdoutData, QByteArray("through the bastion\n"));

    QFile recorded(calls);
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    const QString call = QString::fromUtf8(recorded.readAll());
    QVERIFY2(call.contains(QLatin1String("-W [127.0.5.1]:2222")), qPrintable(call));
    QVERIFY2(call.contains(QLatin1String("-p 2222")), qPrintable(call));
    // One login on the bastion, one on the master behind it.
    QTRY_COMPARE(logins(), loginsBefore + 2);
}

void TestSshConnect::knownHostsFileFromSshConfig()
{
    // UserKnownHostsFile in the operator's config is where the key is checked (no question: the
    // key is there) and what every message names.
    const QString knownHosts = m_sshd.knownHostsWithServerKey(QStringLiteral("known_hosts_from_config"));
    const QString config = m_sshd.writeFile(
        QStringLiteral("ssh_config_known_hosts"),
        QStringLiteral("Host kh-alias\n  HostName 127.0.5.1\n  Port 2222\n  UserKnownHostsFile %1\n"
                       "Host kh-home\n  UserKnownHostsFile %d/emw_known_hosts\n"
                       "Host kh-tilde\n  UserKnownHostsFile ~/emw/known_hosts\n")
            .arg(knownHosts)
            .toUtf8());
    SshTarget target = m_sshd.keyTarget();
    target.host = QStringLiteral("kh-alias");
    target.port = 0;
    target.knownHostsPath.clear();
    target.sshConfigPath = config;
    QCOMPARE(SshOptions::resolve(target).knownHostsPath, knownHosts);

    SshSession session(target);
    QSignalSpy keySpy(&session, &SshSession::hostKeyUnknown);
    session.connectToHost();
    QVERIFY2(waitConnected(session), qPrintable(session.lastError().message));
    QCOMPARE(keySpy.count(), 0);
    QCOMPARE(session.effectiveTarget().knownHostsPath, knownHosts);

    // libssh expands these only when it connects; shown and searched, they must already be paths.
    target.host = QStringLiteral("kh-home");
    QCOMPARE(SshOptions::resolve(target).knownHostsPath,
             QDir::homePath() + QStringLiteral("/.ssh/emw_known_hosts"));
    target.host = QStringLiteral("kh-tilde");
    QCOMPARE(SshOptions::resolve(target).knownHostsPath,
             QDir::homePath() + QStringLiteral("/emw/known_hosts"));
    // What the operator typed still beats the config file.
    target.knownHostsPath = knownHosts;
    QCOMPARE(SshOptions::resolve(target).knownHostsPath, knownHosts);
}

QTEST_GUILESS_MAIN(TestSshConnect)
#include "TestSshConnect.moc"
