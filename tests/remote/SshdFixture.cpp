#include "SshdFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QThread>

#include <unistd.h>

SshdFixture::SshdFixture(quint16 port, const QStringList &extraOptions)
    : m_port(port)
    , m_extraOptions(extraOptions)
    , m_dir(QDir::tempPath() + QStringLiteral("/emw-sshd-XXXXXX"))
{ }

SshdFixture::~SshdFixture()
{
    stop();
}

QByteArray SshdFixture::run(const QString &program, const QStringList &args, int *exitCode,
                            const QByteArray &input)
{
    QProcess process;
    process.start(program, args);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    if (exitCode != nullptr)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput();
}

QString SshdFixture::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = dir() + QLatin1Char('/') + name;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(content);
    return path;
}

bool SshdFixture::ensureUser(const QString &user, const QString &password, QString *error)
{
    // Tests on other ports may run useradd/chpasswd at the same moment; the shadow tools then
    // refuse ("cannot lock /etc/passwd") instead of waiting, so try a few times.
    int code = 0;
    for (int attempt = 0; attempt < 20; ++attempt) {
        run(QStringLiteral("id"), { QStringLiteral("-u"), user }, &code);
        if (code == 0)
            break;
        run(QStringLiteral("useradd"),
            { QStringLiteral("-m"), QStringLiteral("-s"), QStringLiteral("/bin/bash"), user }, &code);
        if (code == 0 || code == 9) // 9: created meanwhile by another test
            break;
        QThread::msleep(250); // back off: another test holds the lock
    }
    if (code != 0 && code != 9) {
        *error = QStringLiteral("useradd %1 failed (%2)").arg(user).arg(code);
        return false;
    }
    for (int attempt = 0; attempt < 20; ++attempt) {
        run(QStringLiteral("chpasswd"), {}, &code,
            (user + QLatin1Char(':') + password + QLatin1Char('\n')).toUtf8());
        if (code == 0)
            return true;
        QThread::msleep(250);
    }
    *error = QStringLiteral("chpasswd for %1 failed").arg(user);
    return false;
}

bool SshdFixture::canRun(QString *why)
{
    if (::geteuid() != 0) {
        *why = QStringLiteral("needs root: creates test users and a sudoers drop-in, runs sshd");
        return false;
    }
    if (!QFile::exists(QStringLiteral("/usr/sbin/sshd"))) {
        *why = QStringLiteral("needs /usr/sbin/sshd (apt-get install openssh-server)");
        return false;
    }
    return true;
}

bool SshdFixture::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    // sshd reads authorized keys as the user: every path below must be reachable by the users.
    QFile::setPermissions(dir(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                              | QFileDevice::ExeOther);
    int code = 0;
    const QString keygen = QStringLiteral("ssh-keygen");
    run(keygen,
        { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
          QString(), QStringLiteral("-C"), QStringLiteral("emw-test-host"), QStringLiteral("-f"),
          dir() + QStringLiteral("/ssh_host_ed25519_key") },
        &code);
    run(keygen,
        { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
          QString(), QStringLiteral("-f"), clientKey() },
        &code);
    run(keygen,
        { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
          QString::fromLatin1(KeyPassphrase), QStringLiteral("-f"), encryptedClientKey() },
        &code);
    if (code != 0 || !QFile::exists(clientKey()) || !QFile::exists(hostKeyPublic())) {
        *error = QStringLiteral("ssh-keygen failed");
        return false;
    }

    const QString password = QString::fromLatin1(Password);
    if (!ensureUser(QString::fromLatin1(KeyUser), password, error)
        || !ensureUser(QString::fromLatin1(PasswordUser), password, error)
        || !ensureUser(QString::fromLatin1(NoSudoUser), password, error)
        || !ensureUser(QString::fromLatin1(PromptUser), password, error))
        return false;

    // PromptUser's stand-in for sudo: what sudo prints when PAM asks more than the password. It
    // takes sudo's -p prompt, so the app sees its own password prompt first.
    QDir(dir()).mkdir(QStringLiteral("fakesudo"));
    setPromptMode("real");
    QFile::setPermissions(writeFile(QStringLiteral("fakesudo/sudo"),
                                    "#!/bin/sh\n"
                                    "mode=$(cat \"$(dirname \"$0\")/mode\")\n"
                                    "[ \"$mode\" = real ] && exec /usr/bin/sudo \"$@\"\n"
                                    "prompt=\nwhile [ $# -gt 0 ]; do\n"
                                    "  case \"$1\" in -p) prompt=$2; shift 2;; --) break;; *) shift;; esac\n"
                                    "done\n"
                                    "printf '%s' \"$prompt\" >&2; read -r password\n"
                                    "if [ \"$mode\" = otp ]; then printf 'Verification code: ' >&2; fi\n"
                                    // PAM's wording for an expired account: a fixed text, no secret.
                                    "expired_notice='You are required to change your password immediately "
                                    "(administrator enforced).\\nChanging password for emwtprompt.\\nCurrent "
                                    "password: '\n"
                                    "if [ \"$mode\" = expired ]; then\n"
                                    "  printf \"$expired_notice\" >&2\n"
                                    "fi\n"
                                    "read -r answer\n"
                                    "exit 1\n"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                              | QFileDevice::ExeOther);

    QDir(dir()).mkdir(QStringLiteral("authorized_keys"));
    QFile pub(clientKey() + QStringLiteral(".pub"));
    QFile encPub(encryptedClientKey() + QStringLiteral(".pub"));
    pub.open(QIODevice::ReadOnly);
    encPub.open(QIODevice::ReadOnly);
    const QByteArray keys = pub.readAll() + encPub.readAll();
    for (const char *user : { KeyUser, PasswordUser, NoSudoUser, PromptUser })
        writeFile(QStringLiteral("authorized_keys/") + QString::fromLatin1(user), keys);
    writeFile(QStringLiteral("ssh_config_empty"), {});

    m_sudoersFile = QStringLiteral("/etc/sudoers.d/emw-remote-test-%1").arg(m_port);
    {
        QFile sudoers(m_sudoersFile);
        if (!sudoers.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = QStringLiteral("cannot write %1").arg(m_sudoersFile);
            return false;
        }
        sudoers.write(QByteArray(KeyUser) + " ALL=(ALL) NOPASSWD: ALL\n" + QByteArray(PasswordUser)
                      + " ALL=(ALL) ALL\n" + "Defaults:" + QByteArray(PasswordUser) + " !lecture\n"
                      + QByteArray(PromptUser) + " ALL=(ALL) NOPASSWD: ALL\nDefaults:" + QByteArray(PromptUser)
                      + " requiretty\n");
        sudoers.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    }
    run(QStringLiteral("visudo"), { QStringLiteral("-cf"), m_sudoersFile }, &code);
    if (code != 0) {
        *error = QStringLiteral("visudo rejected %1").arg(m_sudoersFile);
        return false;
    }

    QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation directory
    const QString config
        = writeFile(QStringLiteral("sshd_config"),
                    QStringLiteral("HostKey %1/ssh_host_ed25519_key\n"
                                   "PidFile %1/sshd.pid\n"
                                   "AuthorizedKeysFile %1/authorized_keys/%u\n"
                                   "StrictModes no\n"
                                   "PubkeyAuthentication yes\n"
                                   "PasswordAuthentication yes\n"
                                   "KbdInteractiveAuthentication no\n"
                                   "UsePAM no\n"
                                   "PermitRootLogin no\n"
                                   "AllowUsers %2 %3 %4 %5\n"
                                   "AllowTcpForwarding yes\n"
                                   "LogLevel VERBOSE\n"
                                   "Match User %5\n"
                                   "  SetEnv PATH=%1/fakesudo:/usr/bin:/bin\n")
                        .arg(dir(), QString::fromLatin1(KeyUser), QString::fromLatin1(PasswordUser),
                             QString::fromLatin1(NoSudoUser), QString::fromLatin1(PromptUser))
                        .toUtf8());

    QStringList args { QStringLiteral("-D"),
                       QStringLiteral("-f"),
                       config,
                       QStringLiteral("-o"),
                       QStringLiteral("ListenAddress=%1:%2").arg(QString::fromLatin1(Address)).arg(m_port),
                       QStringLiteral("-E"),
                       dir() + QStringLiteral("/sshd.log") };
    for (const QString &option : m_extraOptions)
        args << QStringLiteral("-o") << option;
    m_sshd.setProcessChannelMode(QProcess::ForwardedChannels);
    m_sshd.start(QStringLiteral("/usr/sbin/sshd"), args);
    if (!m_sshd.waitForStarted(5000)) {
        *error = QStringLiteral("sshd did not start: %1").arg(m_sshd.errorString());
        return false;
    }
    // Ready when it answers with its banner.
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (m_sshd.state() != QProcess::Running) {
            *error = QStringLiteral("sshd exited: %1").arg(sshdLog());
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(QString::fromLatin1(Address), m_port);
        if (probe.waitForConnected(200) && probe.waitForReadyRead(2000)
            && probe.readAll().startsWith("SSH-2.0"))
            return true;
        m_sshd.waitForFinished(100); // a short pause that also notices sshd dying
    }
    *error = QStringLiteral("sshd did not answer on %1:%2").arg(QString::fromLatin1(Address)).arg(m_port);
    return false;
}

void SshdFixture::setPromptMode(const QByteArray &mode) const
{
    writeFile(QStringLiteral("fakesudo/mode"), mode);
}

void SshdFixture::stop()
{
    if (m_sshd.state() != QProcess::NotRunning) {
        m_sshd.terminate();
        if (!m_sshd.waitForFinished(5000))
            m_sshd.kill();
        m_sshd.waitForFinished(2000);
    }
    if (!m_sudoersFile.isEmpty()) {
        QFile::remove(m_sudoersFile);
        m_sudoersFile.clear();
    }
}

QString SshdFixture::sshdLog() const
{
    QFile log(dir() + QStringLiteral("/sshd.log"));
    log.open(QIODevice::ReadOnly);
    return QString::fromUtf8(log.readAll());
}

QString SshdFixture::knownHostsLine() const
{
    QFile pub(hostKeyPublic());
    pub.open(QIODevice::ReadOnly);
    const QList<QByteArray> fields = pub.readAll().trimmed().split(' ');
    return QStringLiteral("[%1]:%2 %3 %4")
        .arg(QString::fromLatin1(Address))
        .arg(m_port)
        .arg(QString::fromLatin1(fields.value(0)), QString::fromLatin1(fields.value(1)));
}

QString SshdFixture::knownHostsWithServerKey(const QString &name) const
{
    return writeFile(name, (knownHostsLine() + QLatin1Char('\n')).toUtf8());
}

SshTarget SshdFixture::keyTarget(const QString &user) const
{
    SshTarget target;
    target.name = QStringLiteral("master-test");
    target.host = QString::fromLatin1(Address);
    target.port = m_port;
    target.user = user;
    target.auth = SshAuthMethod::KeyFile;
    target.keyFile = clientKey();
    target.knownHostsPath = knownHostsWithServerKey(QStringLiteral("known_hosts_ok"));
    target.sshConfigPath = emptySshConfig();
    target.connectTimeoutMs = 10000;
    target.commandTimeoutMs = 30000;
    return target;
}

SshTarget SshdFixture::passwordTarget() const
{
    SshTarget target = keyTarget(QString::fromLatin1(PasswordUser));
    target.auth = SshAuthMethod::Password;
    target.keyFile.clear();
    target.password = QString::fromLatin1(Password);
    return target;
}

int SshdFixture::connectionCount() const
{
    const QByteArray children
        = run(QStringLiteral("pgrep"), { QStringLiteral("-P"), QString::number(m_sshd.processId()) })
              .trimmed();
    return children.isEmpty() ? 0 : int(children.count('\n') + 1);
}
