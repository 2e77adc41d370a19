#include "RemoteTestHelpers.h"
#include "SshdFixture.h"
#include "remote/AtomicWriteJob.h"
#include "remote/BackupJob.h"
#include "remote/CommandJob.h"
#include "remote/FileReadJob.h"
#include "remote/RemoteScripts.h"
#include "remote/SshSession.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace {

// A TCP relay to sshd that passes client data at about 12 MiB/s, in this test's thread.
class SlowRelay : public QObject
{
public:
    explicit SlowRelay(quint16 sshdPort)
        : m_sshdPort(sshdPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            m_client = m_server.nextPendingConnection();
            m_upstream.connectToHost(QString::fromLatin1(SshdFixture::Address), m_sshdPort);
            connect(m_client, &QTcpSocket::readyRead, this, [this] { m_pending += m_client->readAll(); });
            connect(&m_upstream, &QTcpSocket::readyRead, this,
                    [this] { m_client->write(m_upstream.readAll()); });
            connect(m_client, &QTcpSocket::disconnected, &m_upstream, &QTcpSocket::disconnectFromHost);
            connect(&m_upstream, &QTcpSocket::disconnected, m_client, &QTcpSocket::disconnectFromHost);
        });
        connect(&m_tick, &QTimer::timeout, this, [this] {
            if (m_upstream.state() == QAbstractSocket::ConnectedState && !m_pending.isEmpty()) {
                m_upstream.write(m_pending.left(128 * 1024));
                m_pending.remove(0, qMin<qsizetype>(m_pending.size(), 128 * 1024));
            }
        });
        m_tick.start(10);
    }

    // The network goes away: both sides of the relay are cut at once, nothing more is passed.
    void drop()
    {
        m_tick.stop();
        m_pending.clear();
        if (m_client != nullptr)
            m_client->abort();
        m_upstream.abort();
    }

    bool listen() { return m_server.listen(QHostAddress(QString::fromLatin1(SshdFixture::Address)), 0); }
    quint16 port() const { return m_server.serverPort(); }

private:
    quint16 m_sshdPort;
    QTcpServer m_server;
    QTcpSocket *m_client = nullptr;
    QTcpSocket m_upstream;
    QByteArray m_pending;
    QTimer m_tick;
};

} // namespace

// Reading, atomically writing and backing up files: content, owner, mode, checksum, failures.
class TestRemoteFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void readAsRoot();
    void readMissingFile();
    void writePreservesOwnerAndMode();
    void writeWithSudoPassword();
    void wrongSudoPasswordTouchesNothing();
    void writeFailsBeforeRename();
    void writeFailingRenameLeavesOldFile();
    void writeKilledBeforeRename();
    void writeConnectionDroppedKeepsOldFile();
    void backupCreated();
    void backupAlreadyThere();
    void backupDiffersRefused();
    void pkgpandaLinkReplacedNotWritten();
    void pkgpandaLinkBackedUpAndRestored();

private:
    std::unique_ptr<SshSession> connect(SshTarget target, SudoMode sudo);
    QString makeFile(const QString &name, const QByteArray &content, const QString &owner, int mode);
    static QByteArray readLocal(const QString &path);
    QStringList leftovers() const;
    uint uidOf(const QString &user) const;

    SshdFixture m_sshd { 2224 };
    QString m_etc; // root-owned, like /opt/mesosphere/etc
    QStringList m_log;

    // /opt/mesosphere/etc/exhibitor as DC/OS installs it: a link into a content-addressed package.
    QString makePkgpandaLink(const QByteArray &content, QString *packageFile)
    {
        const QString packageDir = m_etc + QStringLiteral("/packages/dcos-config--setup_0123abcd/etc");
        QDir().mkpath(packageDir);
        *packageFile = packageDir + QStringLiteral("/exhibitor");
        QFile file(*packageFile);
        file.open(QIODevice::WriteOnly);
        file.write(content);
        file.close();
        SshdFixture::run(QStringLiteral("chmod"), { QStringLiteral("644"), *packageFile });
        const QString link = m_etc + QStringLiteral("/exhibitor");
        QFile::link(*packageFile, link);
        return link;
    }
};

void TestRemoteFiles::initTestCase()
{
    QString error;
    if (!SshdFixture::canRun(&error))
        QSKIP(qPrintable(error));
    QVERIFY2(m_sshd.start(&error), qPrintable(error));
}

void TestRemoteFiles::init()
{
    m_etc = m_sshd.dir() + QStringLiteral("/etc-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    QVERIFY(QDir().mkpath(m_etc));
    m_log.clear();
}

void TestRemoteFiles::cleanupTestCase()
{
    m_sshd.stop();
}

std::unique_ptr<SshSession> TestRemoteFiles::connect(SshTarget target, SudoMode sudo)
{
    target.sudo = sudo;
    auto session = std::make_unique<SshSession>(target);
    QObject::connect(session.get(), &SshSession::logLine, this,
                     [this](const QString &line) { m_log << line; });
    session->connectToHost();
    waitConnected(*session);
    return session;
}

QString TestRemoteFiles::makeFile(const QString &name, const QByteArray &content, const QString &owner,
                                  int mode)
{
    const QString path = m_etc + QLatin1Char('/') + name;
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(content);
    file.close();
    SshdFixture::run(QStringLiteral("chown"), { owner + QLatin1Char(':') + owner, path });
    SshdFixture::run(QStringLiteral("chmod"), { QString::number(mode, 8), path });
    return path;
}

QByteArray TestRemoteFiles::readLocal(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

QStringList TestRemoteFiles::leftovers() const
{
    return QDir(m_etc).entryList({ QStringLiteral("*emw-tmp*") }, QDir::Files | QDir::Hidden | QDir::System);
}

uint TestRemoteFiles::uidOf(const QString &user) const
{
    return SshdFixture::run(QStringLiteral("id"), { QStringLiteral("-u"), user }).trimmed().toUInt();
}

void TestRemoteFiles::readAsRoot()
{
    const QByteArray secret = "EXHIBITOR_BACKEND=AWS_S3\nAWS_SECRET_ACCESS_KEY=abc123-very-secret\n";
    const QString path = makeFile(QStringLiteral("exhibitor"), secret, QStringLiteral("root"), 0600);
    auto session = connect(m_sshd.keyTarget(), SudoMode::Passwordless);

    FileReadJob *job = session->readFile(path, true);
    QVERIFY(waitFinished(job));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().message));
    QCOMPARE(job->content(), secret);
    // The command is logged, the content is not.
    const QString log = m_log.join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QStringLiteral("$ sudo cat -- ") + path), qPrintable(log));
    QVERIFY(!log.contains(QLatin1String("very-secret")));

    FileReadJob *denied = session->readFile(path, false);
    QVERIFY(waitFinished(denied));
    QCOMPARE(denied->error().code, SshError::Code::RemoteFailed);
    QVERIFY2(denied->error().message.contains(QLatin1String("Permission denied")),
             qPrintable(denied->error().message));
}

void TestRemoteFiles::readMissingFile()
{
    auto session = connect(m_sshd.keyTarget(), SudoMode::Passwordless);
    const QString path = m_etc + QStringLiteral("/does not exist");
    FileReadJob *job = session->readFile(path, true);
    QVERIFY(waitFinished(job));
    QCOMPARE(job->error().code, SshError::Code::RemoteFailed);
    QVERIFY(job->error().message.contains(path));
    QVERIFY(job->error().message.contains(QLatin1String("master-test")));
}

void TestRemoteFiles::writePreservesOwnerAndMode()
{
    const QString path
        = makeFile(QStringLiteral("exhibitor"), "EXHIBITOR_BACKEND=ZK\n", QStringLiteral("emwtnosudo"), 0640);
    auto session = connect(m_sshd.keyTarget(), SudoMode::Passwordless);
    const QByteArray content = "EXHIBITOR_BACKEND=STATIC\nEXHIBITOR_STATICENSEMBLE=1:10.0.0.1,2:10.0.0.2\n";
    AtomicWriteJob *job = session->writeFileAtomically(path, content, true);
    QVERIFY(waitFinished(job));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().message));
    QCOMPARE(readLocal(path), content);
    QCOMPARE(job->checksum(),
             QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    const QFileInfo info(path);
    QCOMPARE(info.ownerId(), uidOf(QStringLiteral("emwtnosudo")));
    QCOMPARE(info.groupId(), uidOf(QStringLiteral("emwtnosudo"))); // useradd made a same-named group
    QCOMPARE(SshdFixture::run(QStringLiteral("stat"), { QStringLiteral("-c"), QStringLiteral("%a"), path })
                 .trimmed(),
             QByteArray("640"));
    QCOMPARE(leftovers(), QStringList());
    const QString log = m_log.join(QLatin1Char('\n'));
    QVERIFY(!log.contains(QLatin1String("STATICENSEMBLE"))); // content not logged
    QVERIFY2(log.contains(QStringLiteral("$ sudo write %1 atomically").arg(path)), qPrintable(log));
    QVERIFY2(log.contains(QLatin1String(" on stdin)")), qPrintable(log)); // a byte count, not the content
}

void TestRemoteFiles::writeWithSudoPassword()
{
    const QString path = makeFile(QStringLiteral("exhibitor"), "old\n", QStringLiteral("root"), 0644);
    SshTarget target = m_sshd.passwordTarget();
    target.sudoPassword = QString::fromLatin1(SshdFixture::Password);
    auto session = connect(target, SudoMode::Password);
    const QByteArray content = "new content\n";
    AtomicWriteJob *job = session->writeFileAtomically(path, content, true);
    QVERIFY(waitFinished(job));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().message));
    QCOMPARE(readLocal(path), content); // exactly: no password line in front
    QCOMPARE(QFileInfo(path).ownerId(), 0u);
}

void TestRemoteFiles::wrongSudoPasswordTouchesNothing()
{
    // sudo stops before the script runs: no temp file, no backup, the old file as it was.
    const QString path = makeFile(QStringLiteral("exhibitor"), "old\n", QStringLiteral("root"), 0644);
    const QString backup = path + QStringLiteral(".orig");
    SshTarget target = m_sshd.passwordTarget();
    target.sudoPassword = QStringLiteral("not-the-sudo-password");
    auto session = connect(target, SudoMode::Password);

    AtomicWriteJob *write = session->writeFileAtomically(path, "new content\n", true);
    QVERIFY(waitFinished(write));
    QCOMPARE(write->error().code, SshError::Code::SudoWrongPassword);
    QVERIFY2(write->error().message.contains(QLatin1String("did not accept the sudo password")),
             qPrintable(write->error().message));
    BackupJob *copy = session->backupFile(path, backup, true);
    QVERIFY(waitFinished(copy));
    QCOMPARE(copy->error().code, SshError::Code::SudoWrongPassword);

    QCOMPARE(readLocal(path), QByteArray("old\n"));
    QVERIFY(!QFile::exists(backup));
    QCOMPARE(leftovers(), QStringList());
    QVERIFY(!m_log.join(QLatin1Char('\n')).contains(QLatin1String("not-the-sudo-password")));
}

void TestRemoteFiles::writeFailsBeforeRename()
{
    // The login user may create files in the directory, but cannot give one root's ownership:
    // the write stops before the rename.
    SshdFixture::run(QStringLiteral("chown"), { QStringLiteral("emwtkey"), m_etc });
    const QString path = makeFile(QStringLiteral("exhibitor"), "original\n", QStringLiteral("root"), 0644);
    auto session = connect(m_sshd.keyTarget(), SudoMode::None);
    AtomicWriteJob *job = session->writeFileAtomically(path, "replacement\n", false);
    QVERIFY(waitFinished(job));
    QCOMPARE(job->error().code, SshError::Code::RemoteFailed);
    QVERIFY2(job->error().message.contains(QLatin1String("owner")), qPrintable(job->error().message));
    QVERIFY2(job->error().message.contains(QLatin1String("unchanged")), qPrintable(job->error().message));
    QCOMPARE(readLocal(path), QByteArray("original\n"));
    QCOMPARE(leftovers(), QStringList()); // the temp file was removed
}

void TestRemoteFiles::writeFailingRenameLeavesOldFile()
{
    const QString path = makeFile(QStringLiteral("exhibitor"), "original\n", QStringLiteral("root"), 0644);
    int code = -1;
    SshdFixture::run(QStringLiteral("chattr"), { QStringLiteral("+i"), path }, &code);
    if (code != 0)
        QSKIP("chattr +i is not supported here");
    auto session = connect(m_sshd.keyTarget(), SudoMode::Passwordless);
    AtomicWriteJob *job = session->writeFileAtomically(path, "replacement\n", true);
    QVERIFY(waitFinished(job));
    SshdFixture::run(QStringLiteral("chattr"), { QStringLiteral("-i"), path });
    QCOMPARE(job->error().code, SshError::Code::RemoteFailed);
    QVERIFY2(job->error().message.contains(QLatin1String("renaming")), qPrintable(job->error().message));
    QCOMPARE(readLocal(path), QByteArray("original\n"));
    QCOMPARE(leftovers(), QStringList());
}

void TestRemoteFiles::writeKilledBeforeRename()
{
    // The remote script is killed (SIGKILL, no trap runs) while the temp file is being written:
    // the old file stays, and the temp file left behind is clearly named. The connection goes
    // through a throttling relay, so the temp file stays in the making for seconds.
    SlowRelay relay(m_sshd.port());
    QVERIFY(relay.listen());
    SshTarget target = m_sshd.keyTarget();
    target.port = relay.port();
    target.knownHostsPath = m_sshd.writeFile(
        QStringLiteral("known_hosts_relay"),
        m_sshd.knownHostsLine()
            .replace(QStringLiteral(":%1 ").arg(m_sshd.port()), QStringLiteral(":%1 ").arg(relay.port()))
            .toUtf8());
    auto session = connect(target, SudoMode::Passwordless);
    QVERIFY2(session->isConnected(), qPrintable(session->lastError().message));

    const QString marker = QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString path
        = makeFile(QStringLiteral("exhibitor-") + marker, "original\n", QStringLiteral("root"), 0644);
    AtomicWriteJob *job = session->writeFileAtomically(path, QByteArray(32 * 1024 * 1024, 'x'), true);
    QTRY_VERIFY_WITH_TIMEOUT(!leftovers().isEmpty() || job->isFinished(), 20000);
    QVERIFY2(!job->isFinished(), qPrintable(job->error().message));

    // The "sh -c <script>" process (not sudo, not dd).
    bool killed = false;
    for (const QByteArray &pid :
         SshdFixture::run(QStringLiteral("pgrep"), { QStringLiteral("-f"), marker }).split('\n')) {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(QString::fromLatin1(pid)));
        if (!pid.isEmpty() && comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "sh") {
            SshdFixture::run(QStringLiteral("kill"), { QStringLiteral("-KILL"), QString::fromLatin1(pid) });
            killed = true;
        }
    }
    QVERIFY(killed);
    QVERIFY(waitFinished(job, 60000));
    QCOMPARE(job->error().code, SshError::Code::RemoteFailed);
    QVERIFY2(job->error().message.contains(QLatin1String("killed")), qPrintable(job->error().message));
    QCOMPARE(readLocal(path), QByteArray("original\n"));
    const QStringList left = leftovers();
    QCOMPARE(left.size(), 1);
    QVERIFY2(left.first().startsWith(QStringLiteral(".exhibitor-") + marker + QStringLiteral(".emw-tmp.")),
             qPrintable(left.first()));
}

void TestRemoteFiles::writeConnectionDroppedKeepsOldFile()
{
    // The connection drops while the content is on its way (a VPN goes away): sshd ends the
    // script's stdin as if the content were complete. The file must keep its old bytes, and the
    // temp file must go, once the remote script has finished on its own.
    SlowRelay relay(m_sshd.port());
    QVERIFY(relay.listen());
    SshTarget target = m_sshd.keyTarget();
    target.port = relay.port();
    target.knownHostsPath = m_sshd.writeFile(
        QStringLiteral("known_hosts_relay"),
        m_sshd.knownHostsLine()
            .replace(QStringLiteral(":%1 ").arg(m_sshd.port()), QStringLiteral(":%1 ").arg(relay.port()))
            .toUtf8());
    auto session = connect(target, SudoMode::Passwordless);
    QVERIFY2(session->isConnected(), qPrintable(session->lastError().message));

    const QString marker = QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString path
        = makeFile(QStringLiteral("exhibitor-") + marker, "original\n", QStringLiteral("root"), 0644);
    AtomicWriteJob *job = session->writeFileAtomically(path, QByteArray(32 * 1024 * 1024, 'x'), true);
    QTRY_VERIFY_WITH_TIMEOUT(!leftovers().isEmpty() || job->isFinished(), 20000);
    QVERIFY2(!job->isFinished(), qPrintable(job->error().message));
    relay.drop();

    QVERIFY(waitFinished(job, 60000));
    QVERIFY(job->error().isError());
    QTRY_VERIFY_WITH_TIMEOUT(
        SshdFixture::run(QStringLiteral("pgrep"), { QStringLiteral("-f"), marker }).trimmed().isEmpty(),
        30000);
    QCOMPARE(readLocal(path), QByteArray("original\n"));
    QCOMPARE(leftovers(), QStringList());
}

void TestRemoteFiles::backupCreated()
{
    const QString path
        = makeFile(QStringLiteral("exhibitor"), "EXHIBITOR_BACKEND=ZK\n", QStringLiteral("emwtnosudo"), 0640);
    SshdFixture::run(QStringLiteral("touch"),
                     { QStringLiteral("-d"), QStringLiteral("2020-01-02 03:04:05"), path });
    auto session = connect(m_sshd.keyTarget(), SudoMode::Passwordless);
    const QString backup = path + QStringLiteral(".orig");
    BackupJob *job = session->backupFile(path, backup, true);
    QVERIFY(waitFinished(job));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().message));
    QCOMPARE(job->outcome(), BackupJob::Outcome::Created);
    QCOMPARE(readLocal(backup), QByteArray("EXHIBITOR_BACKEND=ZK\n"));
    QCOMPARE(job->checksum(),
             QString::fromLatin1(
                 QCryptographicHash::hash("EXHIBITOR_BACKEND=ZK\n", QCryptographicHash::Sha256).toHex()));
    // cp -p: owner, mode and time kept.
    const QFileInfo original(path), copy(backup);
    QCOMPARE(copy.ownerId(), original.ownerId());
    QCOMPARE(copy.permissions(), original.permissions());
    QCOMPARE(copy.lastModified(), original.lastModified());
    QCOMPARE(leftovers(), QStringList());
}

void TestRemoteFiles::backupAlreadyThere()
{
    const QString path = makeFile(QStringLiteral("exhibitor"), "same\n", QStringLiteral("root"), 0644);
    makeFile(QStringLiteral("exhibitor.orig"), "same\n", QStringLiteral("root"), 0644);
    auto session = connect(m_sshd.keyTarget(), SudoMode::Passwordless);
    BackupJob *job = session->backupFile(path, path + QStringLiteral(".orig"), true);
    QVERIFY(waitFinished(job));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().message));
    QCOMPARE(job->outcome(), BackupJob::Outcome::AlreadyBackedUp);
    QVERIFY(job->outcomeText().contains(QLatin1String("already backed up")));
}

void TestRemoteFiles::backupDiffersRefused()
{
    const QString path
        = makeFile(QStringLiteral("exhibitor"), "EXHIBITOR_BACKEND=STATIC\n", QStringLiteral("root"), 0644);
    const QString backup
        = makeFile(QStringLiteral("exhibitor.orig"), "EXHIBITOR_BACKEND=ZK\n", QStringLiteral("root"), 0644);
    auto session = connect(m_sshd.keyTarget(), SudoMode::Passwordless);
    BackupJob *job = session->backupFile(path, backup, true);
    QVERIFY(waitFinished(job));
    QCOMPARE(job->error().code, SshError::Code::BackupDiffers);
    QVERIFY2(job->error().message.contains(backup), qPrintable(job->error().message));
    QCOMPARE(job->outcome(), BackupJob::Outcome::None);
    QCOMPARE(readLocal(backup), QByteArray("EXHIBITOR_BACKEND=ZK\n")); // untouched
    QCOMPARE(leftovers(), QStringList());
}

QTEST_GUILESS_MAIN(TestRemoteFiles)
void TestRemoteFiles::pkgpandaLinkReplacedNotWritten()
{
    QString packageFile;
    const QString link = makePkgpandaLink("EXHIBITOR_BACKEND=ZK\n", &packageFile);
    auto session = connect(m_sshd.keyTarget(), SudoMode::Passwordless);
    const QByteArray content = "EXHIBITOR_BACKEND=STATIC\nEXHIBITOR_STATICENSEMBLE=1:10.0.0.1\n";
    AtomicWriteJob *job = session->writeFileAtomically(link, content, true);
    QVERIFY(waitFinished(job));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().message));
    // The link was replaced by the new file; the package's file was not touched.
    QVERIFY(!QFileInfo(link).isSymLink());
    QCOMPARE(readLocal(link), content);
    QCOMPARE(readLocal(packageFile), QByteArray("EXHIBITOR_BACKEND=ZK\n"));
    QCOMPARE(SshdFixture::run(QStringLiteral("stat"), { QStringLiteral("-c"), QStringLiteral("%a"), link }).trimmed(),
             QByteArray("644"));
    QCOMPARE(leftovers(), QStringList());
}

void TestRemoteFiles::pkgpandaLinkBackedUpAndRestored()
{
    QString packageFile;
    const QString link = makePkgpandaLink("EXHIBITOR_BACKEND=ZK\n", &packageFile);
    const QString backup = link + QStringLiteral(".orig");
    auto session = connect(m_sshd.keyTarget(), SudoMode::Passwordless);
    BackupJob *backupJob = session->backupFile(link, backup, true);
    QVERIFY(waitFinished(backupJob));
    QVERIFY2(!backupJob->error().isError(), qPrintable(backupJob->error().message));
    QCOMPARE(readLocal(backup), QByteArray("EXHIBITOR_BACKEND=ZK\n"));
    QCOMPARE(QFileInfo(backup + QStringLiteral(".link")).symLinkTarget(), packageFile);

    AtomicWriteJob *write = session->writeFileAtomically(link, "EXHIBITOR_BACKEND=STATIC\n", true);
    QVERIFY(waitFinished(write));
    QVERIFY(!QFileInfo(link).isSymLink());

    const auto restore = [&] {
        RemoteCommand command;
        command.argv = RemoteScripts::shArgv(RemoteScripts::restoreLinkScript(), { link, backup });
        command.asRoot = true;
        CommandJob *job = session->run(command);
        waitFinished(job);
        return job->result();
    };
    CommandResult result = restore();
    QCOMPARE(result.exitStatus, 0);
    QVERIFY(result.stdoutData.contains("emw-restore=link"));
    QCOMPARE(QFileInfo(link).symLinkTarget(), packageFile);
    QCOMPARE(readLocal(link), QByteArray("EXHIBITOR_BACKEND=ZK\n"));
    QCOMPARE(RemoteScripts::checksums(result.stdoutData).value(0),
             QString::fromLatin1(QCryptographicHash::hash("EXHIBITOR_BACKEND=ZK\n", QCryptographicHash::Sha256).toHex()));
    QVERIFY(restore().stdoutData.contains("emw-restore=already"));

    // A package file that no longer holds the backup's bytes is not linked back.
    QFile::remove(link);
    QFile changed(packageFile);
    changed.open(QIODevice::WriteOnly | QIODevice::Truncate);
    changed.write("something else\n");
    changed.close();
    makeFile(QStringLiteral("exhibitor"), "EXHIBITOR_BACKEND=STATIC\n", QStringLiteral("root"), 0644);
    result = restore();
    QCOMPARE(result.exitStatus, int(RemoteScripts::LinkTargetChanged));
    QVERIFY(!QFileInfo(link).isSymLink());

    // Without a record nothing is changed: the caller writes the bytes.
    QFile::remove(backup + QStringLiteral(".link"));
    QCOMPARE(restore().exitStatus, int(RemoteScripts::NoLinkRecorded));
}

#include "TestRemoteFiles.moc"
