#include "RemoteTestHelpers.h"
#include "SshdFixture.h"
#include "remote/CommandJob.h"
#include "remote/SshSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {

RemoteCommand makeCommand(const QStringList &argv, bool asRoot = false, const QByteArray &stdinData = {})
{
    RemoteCommand command;
    command.argv = argv;
    command.asRoot = asRoot;
    command.stdinData = stdinData;
    return command;
}

} // namespace

// Commands: streaming, exit status, quoting, timeouts, cancel, sudo in every mode, no secret leaks.
class TestRemoteCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void linesArriveBeforeExit();
    void exitStatusAndStreams();
    void everyArgumentQuoted();
    void fileNameWithSpacesAndQuotes();
    void stdinData();
    void autoDelete();
    void timeoutStopsRemoteProcess();
    void cancelFollow();
    void followJournalCommand();
    void connectionLost();
    void idleConnectionLossNoticed();
    void sudoNone();
    void sudoPasswordless();
    void sudoPassword();
    void sudoPasswordModeWithoutPrompt();
    void wrongSudoPassword();
    void sudoRefusedNotInSudoers();
    void sudoPasswordRequired();
    void wrongSudoPasswordTriedOnce();
    void sudoForeignPrompt_data();
    void sudoForeignPrompt();
    void sudoRequiresTty();
    void passwordNeverInAnyOutput();

private:
    // A connected session that records every log line and every job line it produced.
    std::unique_ptr<SshSession> connect(const SshTarget &target);
    CommandJob *runAndWait(SshSession &session, const RemoteCommand &command);
    static bool remoteProcessGone(const QString &marker);

    SshdFixture m_sshd { 2223 };
    QStringList m_captured;
    QString m_workDir;
};

void TestRemoteCommand::initTestCase()
{
    QString error;
    if (!SshdFixture::canRun(&error))
        QSKIP(qPrintable(error));
    QVERIFY2(m_sshd.start(&error), qPrintable(error));
    m_workDir = m_sshd.dir() + QStringLiteral("/work");
    QVERIFY(QDir().mkpath(m_workDir));
    QFile::setPermissions(m_workDir, QFileDevice::Permissions(0x7777)); // rwx for the test users
}

void TestRemoteCommand::cleanupTestCase()
{
    m_sshd.stop();
}

std::unique_ptr<SshSession> TestRemoteCommand::connect(const SshTarget &target)
{
    auto session = std::make_unique<SshSession>(target);
    QObject::connect(session.get(), &SshSession::logLine, this,
                     [this](const QString &line) { m_captured << line; });
    QObject::connect(session.get(), &SshSession::errorOccurred, this,
                     [this](const SshError &error) { m_captured << error.message; });
    session->connectToHost();
    if (!waitConnected(*session))
        qWarning("not connected: %s", qPrintable(session->lastError().message));
    return session;
}

CommandJob *TestRemoteCommand::runAndWait(SshSession &session, const RemoteCommand &command)
{
    CommandJob *job = session.run(command);
    QObject::connect(job, &CommandJob::outputLine, this,
                     [this](OutputStream, const QString &line) { m_captured << line; });
    waitFinished(job, 60000);
    m_captured << job->displayLine() << job->error().message << QString::fromUtf8(job->result().stdoutData)
               << QString::fromUtf8(job->result().stderrData);
    return job;
}

bool TestRemoteCommand::remoteProcessGone(const QString &marker)
{
    int code = 0;
    SshdFixture::run(QStringLiteral("pgrep"), { QStringLiteral("-f"), marker }, &code);
    return code == 1; // pgrep: nothing matched
}

void TestRemoteCommand::linesArriveBeforeExit()
{
    auto session = connect(m_sshd.keyTarget());
    QVERIFY(session->isConnected());
    CommandJob *job = session->run(
        { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo first; sleep 2; echo second") });
    QSignalSpy lines(job, &CommandJob::outputLine);
    QVERIFY(lines.wait(10000));
    QCOMPARE(lines.at(0).at(1).toString(), QStringLiteral("first"));
    QVERIFY(!job->isFinished()); // the first line came while the command still ran
    QVERIFY(waitFinished(job));
    QCOMPARE(lines.count(), 2);
    QCOMPARE(lines.at(1).at(1).toString(), QStringLiteral("second"));
    QCOMPARE(job->result().exitStatus, 0);
}

void TestRemoteCommand::exitStatusAndStreams()
{
    auto session = connect(m_sshd.keyTarget());
    RemoteCommand command;
    command.argv = QStringList { QStringLiteral("sh"), QStringLiteral("-c"),
                                 QStringLiteral("echo out; echo err >&2; printf partial; exit 7") };
    CommandJob *job = session->run(command);
    QSignalSpy lines(job, &CommandJob::outputLine);
    QVERIFY(waitFinished(job));
    QCOMPARE(job->error().code, SshError::Code::None); // a failing command is a result, not an error
    QCOMPARE(job->result().exitStatus, 7);
    QVERIFY(!job->result().succeeded());
    QCOMPARE(job->result().stdoutData, QByteArray("out\npartial"));
    QCOMPARE(job->result().stderrData, QByteArray("err\n"));
    QCOMPARE(lines.count(), 3);
    QStringList stdoutLines;
    for (const auto &signal : lines) {
        if (signal.at(0).value<OutputStream>() == OutputStream::Stdout)
            stdoutLines << signal.at(1).toString();
        else
            QCOMPARE(signal.at(1).toString(), QStringLiteral("err"));
    }
    QCOMPARE(stdoutLines, (QStringList { QStringLiteral("out"), QStringLiteral("partial") }));
}

void TestRemoteCommand::everyArgumentQuoted()
{
    auto session = connect(m_sshd.keyTarget());
    const QStringList words { QStringLiteral("a b"),
                              QStringLiteral("it's"),
                              QStringLiteral("\"dq\""),
                              QStringLiteral("$HOME"),
                              QStringLiteral("`id`"),
                              QStringLiteral("$(id)"),
                              QStringLiteral("*"),
                              QStringLiteral(";"),
                              QStringLiteral("x\\y"),
                              QStringLiteral("--"),
                              QStringLiteral("a\tb"),
                              QStringLiteral("ünï cödé"),
                              QStringLiteral("'; rm -rf /tmp/nothing; '") };
    RemoteCommand command;
    command.argv = QStringList { QStringLiteral("printf"), QStringLiteral("[%s]\\n") } + words;
    CommandJob *job = runAndWait(*session, command);
    QCOMPARE(job->result().exitStatus, 0);
    QStringList expected;
    for (const QString &word : words)
        expected << QLatin1Char('[') + word + QLatin1Char(']');
    QCOMPARE(QString::fromUtf8(job->result().stdoutData),
             expected.join(QLatin1Char('\n')) + QLatin1Char('\n'));

    // An empty argument stays an argument.
    command.argv
        = QStringList { QStringLiteral("printf"), QStringLiteral("<%s>"), QString(), QStringLiteral("x") };
    job = runAndWait(*session, command);
    QCOMPARE(job->result().stdoutData, QByteArray("<><x>"));
}

void TestRemoteCommand::fileNameWithSpacesAndQuotes()
{
    auto session = connect(m_sshd.keyTarget());
    const QString name = m_workDir + QStringLiteral("/it's a \"file\" $x `y` (z).txt");
    RemoteCommand write;
    write.argv = QStringList { QStringLiteral("sh"),
                               QStringLiteral("-c"),
                               QStringLiteral("printf '%s' \"$2\" > \"$1\""),
                               QStringLiteral("sh"),
                               name,
                               QStringLiteral("round trip") };
    QCOMPARE(runAndWait(*session, write)->result().exitStatus, 0);
    QFile file(name);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("round trip"));

    CommandJob *read
        = runAndWait(*session, makeCommand({ QStringLiteral("cat"), QStringLiteral("--"), name }));
    QCOMPARE(read->result().stdoutData, QByteArray("round trip"));
    CommandJob *list
        = runAndWait(*session, makeCommand({ QStringLiteral("ls"), QStringLiteral("--"), m_workDir }));
    QVERIFY(list->result().stdoutData.contains("it's a \"file\" $x `y` (z).txt"));
}

void TestRemoteCommand::stdinData()
{
    auto session = connect(m_sshd.keyTarget());
    QByteArray big;
    for (int i = 0; i < 20000; ++i)
        big += "line " + QByteArray::number(i) + " of some stdin data\n"; // > 500 KiB: several windows
    RemoteCommand command;
    command.argv = QStringList { QStringLiteral("sha256sum") };
    command.stdinData = big;
    command.logOutput = false;
    CommandJob *job = runAndWait(*session, command);
    QCOMPARE(job->result().exitStatus, 0);
    QCOMPARE(job->result().stdoutData.left(64),
             QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex());
    QVERIFY(job->displayLine().contains(QLatin1String("byte")));
}

void TestRemoteCommand::autoDelete()
{
    auto session = connect(m_sshd.keyTarget());
    QPointer<CommandJob> job = session->run({ QStringLiteral("true") });
    job->setAutoDelete(true);
    QSignalSpy finished(job.data(), &SshJob::finished);
    QVERIFY(finished.wait(10000));
    QTRY_VERIFY(job.isNull());
}

void TestRemoteCommand::timeoutStopsRemoteProcess()
{
    auto session = connect(m_sshd.keyTarget());
    const QString marker = QStringLiteral("emw-timeout-") + QUuid::createUuid().toString(QUuid::Id128);
    RemoteCommand command;
    command.argv
        = QStringList { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sleep 30; :"), marker };
    command.timeoutMs = 1000;
    CommandJob *job = session->run(command);
    QTRY_VERIFY(!remoteProcessGone(marker));
    QVERIFY(waitFinished(job, 10000));
    QCOMPARE(job->error().code, SshError::Code::CommandTimeout);
    QVERIFY2(job->error().message.contains(QLatin1String("master-test")), qPrintable(job->error().message));
    QTRY_VERIFY(remoteProcessGone(marker));
    QVERIFY(session->isConnected()); // only the command was stopped
}

void TestRemoteCommand::cancelFollow()
{
    auto session = connect(m_sshd.keyTarget());
    const QString marker = QStringLiteral("emw-follow-") + QUuid::createUuid().toString(QUuid::Id128);
    RemoteCommand command;
    command.argv = QStringList { QStringLiteral("sh"), QStringLiteral("-c"),
                                 QStringLiteral("while :; do echo tick; sleep 0.2; done"), marker };
    command.timeoutMs = 0;
    command.captureOutput = false;
    CommandJob *job = session->run(command);
    QSignalSpy lines(job, &CommandJob::outputLine);
    QTRY_VERIFY_WITH_TIMEOUT(lines.count() >= 3, 10000);
    QVERIFY(!job->isFinished());
    job->cancel();
    QVERIFY(waitFinished(job, 5000));
    QCOMPARE(job->error().code, SshError::Code::Cancelled);
    QVERIFY(job->result().stdoutData.isEmpty()); // streamed only
    QTRY_VERIFY(remoteProcessGone(marker));

    // The connection stays usable.
    CommandJob *after = runAndWait(*session, makeCommand({ QStringLiteral("true") }));
    QCOMPARE(after->result().exitStatus, 0);
}

void TestRemoteCommand::followJournalCommand()
{
    SshTarget target = m_sshd.keyTarget();
    target.sudo = SudoMode::Passwordless;
    auto session = connect(target);
    CommandJob *job = session->followJournal();
    QSignalSpy started(session.get(), &SshSession::logLine);
    QTRY_VERIFY(!job->displayLine().isEmpty());
    QCOMPARE(job->displayLine(),
             QStringLiteral("sudo journalctl -u dcos-exhibitor -f -n 0 --no-pager -o short -q"));
    QVERIFY(!job->isFinished()); // following, until cancelled
    job->cancel();
    QVERIFY(waitFinished(job, 10000));
    QCOMPARE(job->error().code, SshError::Code::Cancelled);
}

void TestRemoteCommand::connectionLost()
{
    auto session = connect(m_sshd.keyTarget());
    // $PPID of the remote shell is this connection's sshd process: killing it drops the connection.
    CommandJob *job = session->run(
        { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $PPID; sleep 30") });
    QSignalSpy lines(job, &CommandJob::outputLine);
    QVERIFY(lines.wait(10000));
    const QString pid = lines.at(0).at(1).toString();
    QVERIFY(pid.toInt() > 1);
    SshdFixture::run(QStringLiteral("kill"), { QStringLiteral("-KILL"), pid });
    QVERIFY(waitFinished(job, 10000));
    QCOMPARE(job->error().code, SshError::Code::ConnectionLost);
    QTRY_COMPARE(session->state(), SshState::Failed);
    QCOMPARE(session->lastError().code, SshError::Code::ConnectionLost);
    CommandJob *after = session->run({ QStringLiteral("true") });
    QVERIFY(waitFinished(after));
    QCOMPARE(after->error().code, SshError::Code::NotConnected);
}

void TestRemoteCommand::idleConnectionLossNoticed()
{
    auto session = connect(m_sshd.keyTarget());
    CommandJob *job = runAndWait(
        *session, makeCommand({ QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $PPID") }));
    const QString pid = QString::fromLatin1(job->result().stdoutData.trimmed());
    QVERIFY(pid.toInt() > 1);
    QSignalSpy errors(session.get(), &SshSession::errorOccurred);
    SshdFixture::run(QStringLiteral("kill"), { QStringLiteral("-KILL"), pid }); // no channel is open now
    QVERIFY(errors.wait(10000));
    QCOMPARE(session->state(), SshState::Failed);
    QCOMPARE(session->lastError().code, SshError::Code::ConnectionLost);
    QVERIFY(session->lastError().message.contains(QLatin1String("master-test")));
}

void TestRemoteCommand::sudoNone()
{
    auto session = connect(m_sshd.keyTarget());
    RemoteCommand command = makeCommand({ QStringLiteral("id"), QStringLiteral("-un") }, true);
    CommandJob *job = runAndWait(*session, command);
    QCOMPARE(job->result().stdoutData, QByteArray("emwtkey\n"));
    QCOMPARE(job->displayLine(), QStringLiteral("id -un"));
}

void TestRemoteCommand::sudoPasswordless()
{
    SshTarget target = m_sshd.keyTarget();
    target.sudo = SudoMode::Passwordless;
    auto session = connect(target);
    CommandJob *job
        = runAndWait(*session, makeCommand({ QStringLiteral("id"), QStringLiteral("-un") }, true));
    QVERIFY2(job->result().succeeded(), qPrintable(job->error().message));
    QCOMPARE(job->result().stdoutData, QByteArray("root\n"));
    QCOMPARE(job->result().stderrData, QByteArray()); // the ready marker is not shown
    QCOMPARE(job->displayLine(), QStringLiteral("sudo id -un"));

    // Not asking for root: no sudo.
    job = runAndWait(*session, makeCommand({ QStringLiteral("id"), QStringLiteral("-un") }, false));
    QCOMPARE(job->result().stdoutData, QByteArray("emwtkey\n"));
}

void TestRemoteCommand::sudoPassword()
{
    SshTarget target = m_sshd.passwordTarget();
    target.sudo = SudoMode::Password;
    target.sudoPassword = QString::fromLatin1(SshdFixture::Password);
    auto session = connect(target);
    QVERIFY(session->isConnected());
    CommandJob *job
        = runAndWait(*session, makeCommand({ QStringLiteral("id"), QStringLiteral("-un") }, true));
    QVERIFY2(job->result().succeeded(), qPrintable(job->error().message));
    QCOMPARE(job->result().stdoutData, QByteArray("root\n"));
    QCOMPARE(job->result().stderrData.trimmed(), QByteArray());

    // stdin reaches the command, and only what we sent (not the password sudo read first).
    RemoteCommand cat = makeCommand({ QStringLiteral("cat") }, true, QByteArray("payload\nline two\n"));
    job = runAndWait(*session, cat);
    QVERIFY2(job->result().succeeded(), qPrintable(job->error().message));
    QCOMPARE(job->result().stdoutData, QByteArray("payload\nline two\n"));
}

void TestRemoteCommand::sudoPasswordModeWithoutPrompt()
{
    // Password mode, but sudoers says NOPASSWD: sudo never asks, so the password must never be
    // written, or it would land in the command's stdin.
    SshTarget target = m_sshd.keyTarget();
    target.sudo = SudoMode::Password;
    target.sudoPassword = QString::fromLatin1(SshdFixture::Password);
    auto session = connect(target);
    RemoteCommand cat = makeCommand({ QStringLiteral("cat") }, true, QByteArray("only this\n"));
    CommandJob *job = runAndWait(*session, cat);
    QVERIFY2(job->result().succeeded(), qPrintable(job->error().message));
    QCOMPARE(job->result().stdoutData, QByteArray("only this\n"));
}

void TestRemoteCommand::wrongSudoPassword()
{
    SshTarget target = m_sshd.passwordTarget();
    target.sudo = SudoMode::Password;
    target.sudoPassword = QStringLiteral("not-the-sudo-password");
    auto session = connect(target);
    QElapsedTimer elapsed;
    elapsed.start();
    CommandJob *job
        = runAndWait(*session, makeCommand({ QStringLiteral("id"), QStringLiteral("-un") }, true));
    QCOMPARE(job->error().code, SshError::Code::SudoWrongPassword);
    QVERIFY2(job->error().message.contains(QLatin1String("master-test")), qPrintable(job->error().message));
    QVERIFY(job->result().stdoutData.isEmpty());
    QVERIFY(elapsed.elapsed() < 15000); // stopped at the second prompt, not after three tries
    QVERIFY(session->isConnected());
}

void TestRemoteCommand::sudoRefusedNotInSudoers()
{
    SshTarget target = m_sshd.keyTarget(QString::fromLatin1(SshdFixture::NoSudoUser));
    target.sudo = SudoMode::Password;
    target.sudoPassword = QString::fromLatin1(SshdFixture::Password);
    auto session = connect(target);
    CommandJob *job
        = runAndWait(*session, makeCommand({ QStringLiteral("id"), QStringLiteral("-un") }, true));
    QCOMPARE(job->error().code, SshError::Code::SudoRefused);
    QVERIFY2(job->error().message.contains(QLatin1String("not in the sudoers file")),
             qPrintable(job->error().message));
}

void TestRemoteCommand::sudoPasswordRequired()
{
    SshTarget target = m_sshd.passwordTarget();
    target.sudo = SudoMode::Passwordless;
    auto session = connect(target);
    CommandJob *job
        = runAndWait(*session, makeCommand({ QStringLiteral("id"), QStringLiteral("-un") }, true));
    QCOMPARE(job->error().code, SshError::Code::SudoPasswordRequired);
    QVERIFY2(job->error().message.contains(QLatin1String("sudo with password")),
             qPrintable(job->error().message));
}

void TestRemoteCommand::wrongSudoPasswordTriedOnce()
{
    // Two masters' sessions of one run (one gate, as MasterConnections and the migration give
    // them), three sudo commands on each at once: the wrong password is sent once, by one of them.
    SshTarget target = m_sshd.passwordTarget();
    target.sudo = SudoMode::Password;
    target.sudoPassword = QStringLiteral("not-the-sudo-password");
    target.sudoGate = std::make_shared<SudoPasswordGate>();
    SshTarget second = target;
    second.name = QStringLiteral("master-two");
    auto one = connect(target);
    auto two = connect(second);
    QVERIFY(one->isConnected() && two->isConnected());
    QList<CommandJob *> jobs;
    for (int i = 0; i < 3; ++i) {
        jobs << one->run(makeCommand({ QStringLiteral("id") }, true));
        jobs << two->run(makeCommand({ QStringLiteral("id") }, true));
    }
    int tried = 0;
    for (CommandJob *job : std::as_const(jobs)) {
        QVERIFY(waitFinished(job, 60000));
        QCOMPARE(job->error().code, SshError::Code::SudoWrongPassword);
        if (job->error().message.contains(QLatin1String("was not tried")))
            continue;
        QVERIFY2(job->error().message.contains(QLatin1String("did not accept")), qPrintable(job->error().message));
        ++tried;
    }
    QCOMPARE(tried, 1);
    QVERIFY(target.sudoGate->isRefused());

    // The operator answers again: the same gate forgets, the right password works.
    target.sudoGate->reset();
    target.sudoPassword = QString::fromLatin1(SshdFixture::Password);
    auto three = connect(target);
    CommandJob *job = runAndWait(*three, makeCommand({ QStringLiteral("id"), QStringLiteral("-un") }, true));
    QVERIFY2(job->result().succeeded(), qPrintable(job->error().message));
}

void TestRemoteCommand::sudoForeignPrompt_data()
{
    QTest::addColumn<QByteArray>("mode");
    QTest::addColumn<QString>("shown");
    QTest::newRow("one-time code") << QByteArray("otp") << QStringLiteral("Verification code:");
    QTest::newRow("expired password") << QByteArray("expired")
                                      << QStringLiteral("You are required to change your password");
}

void TestRemoteCommand::sudoForeignPrompt()
{
    // sudo's PAM asks something after the password: recognised within seconds with its text,
    // never answered with the password, and no further sudo is tried until the operator acts.
    QFETCH(QByteArray, mode);
    QFETCH(QString, shown);
    m_sshd.setPromptMode(mode);
    SshTarget target = m_sshd.keyTarget(QString::fromLatin1(SshdFixture::PromptUser));
    target.sudo = SudoMode::Password;
    target.sudoPassword = QString::fromLatin1(SshdFixture::Password);
    auto session = connect(target);
    QVERIFY(session->isConnected());
    QElapsedTimer elapsed;
    elapsed.start();
    CommandJob *job = runAndWait(*session, makeCommand({ QStringLiteral("id") }, true));
    QCOMPARE(job->error().code, SshError::Code::SudoUnexpectedPrompt);
    QVERIFY2(job->error().message.contains(shown), qPrintable(job->error().message));
    QVERIFY2(elapsed.elapsed() < 10000, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY(!job->error().message.contains(QString::fromLatin1(SshdFixture::Password)));

    CommandJob *next = runAndWait(*session, makeCommand({ QStringLiteral("id") }, true));
    QCOMPARE(next->error().code, SshError::Code::SudoWrongPassword);
    QVERIFY2(next->error().message.contains(shown), qPrintable(next->error().message));
    m_sshd.setPromptMode("real");
}

void TestRemoteCommand::sudoRequiresTty()
{
    // sudoers "Defaults requiretty": sudo refuses at once; the message says what to change.
    m_sshd.setPromptMode("real");
    SshTarget target = m_sshd.keyTarget(QString::fromLatin1(SshdFixture::PromptUser));
    target.sudo = SudoMode::Passwordless;
    auto session = connect(target);
    QVERIFY(session->isConnected());
    CommandJob *job = runAndWait(*session, makeCommand({ QStringLiteral("id") }, true));
    QCOMPARE(job->error().code, SshError::Code::SudoRefused);
    QVERIFY2(job->error().message.contains(QLatin1String("must have a tty")), qPrintable(job->error().message));
    QVERIFY2(job->error().message.contains(QLatin1String("!requiretty")), qPrintable(job->error().message));
}

void TestRemoteCommand::passwordNeverInAnyOutput()
{
    // Everything this test class captured: log lines, output lines, display lines, results and
    // errors of password logins, sudo with the right and the wrong password.
    SshTarget target = m_sshd.passwordTarget();
    target.sudo = SudoMode::Password;
    target.sudoPassword = QString::fromLatin1(SshdFixture::Password);
    auto session = connect(target);
    runAndWait(*session, makeCommand({ QStringLiteral("true") }, true, QByteArray("data")));
    QVERIFY(m_captured.size() > 20);
    const QString all = m_captured.join(QLatin1Char('\n'));
    QVERIFY(!all.contains(QLatin1String(SshdFixture::Password)));
    QVERIFY(!all.contains(QLatin1String("not-the-sudo-password")));
    QVERIFY(!all.contains(QLatin1String("S3cret")));
    QVERIFY(!m_sshd.sshdLog().contains(QLatin1String("S3cret")));
    QVERIFY(all.contains(QLatin1String("$ sudo id -un"))); // the log does show the commands
}

QTEST_GUILESS_MAIN(TestRemoteCommand)
#include "TestRemoteCommand.moc"
