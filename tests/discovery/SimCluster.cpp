#include "SimCluster.h"

#include "remote/KnownHostsFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>
#include <filesystem>

SimCluster::SimCluster(const QString &topologyFile)
    : m_topologyFile(topologyFile)
{
}

SimCluster::~SimCluster()
{
    if (m_up)
        down();
}

QString SimCluster::simTool() const
{
    return QStringLiteral(EMW_SOURCE_DIR "/tests/cluster-sim/sim");
}

QByteArray SimCluster::run(const QString &program, const QStringList &args, int *exitCode, const QByteArray &input,
                           int timeoutMs, QByteArray *errors)
{
    QProcess process;
    process.start(program, args);
    process.write(input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    if (exitCode)
        *exitCode = finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (errors)
        *errors = process.readAllStandardError();
    return process.readAllStandardOutput();
}

bool SimCluster::up(QString *error, int timeoutMs)
{
    int code = 0;
    QByteArray errors;
    const QByteArray output = run(simTool(), {QStringLiteral("up"), m_topologyFile}, &code, {}, timeoutMs, &errors);
    if (code != 0) {
        *error = QStringLiteral("sim up %1 failed (%2): %3%4")
                     .arg(m_topologyFile)
                     .arg(code)
                     .arg(QString::fromUtf8(output), QString::fromUtf8(errors));
        return false;
    }
    m_up = true;
    if (!readStatus(error))
        return false;
    const QByteArray config = run(simTool(), {QStringLiteral("config-yaml"), m_topologyFile}, &code);
    QFile configFile(this->configFile());
    if (code != 0 || !configFile.open(QIODevice::WriteOnly) || configFile.write(config) != config.size()) {
        *error = QStringLiteral("cannot write %1").arg(this->configFile());
        return false;
    }
    // Our own known_hosts, as the README asks, from the generated public keys.
    QByteArray knownHosts;
    for (const QString &master : std::as_const(m_masters)) {
        QFile key(m_hostKeys.value(master));
        if (!key.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(key.fileName());
            return false;
        }
        const QList<QByteArray> fields = key.readAll().split(' ');
        knownHosts += (KnownHostsFile::hostField(master, m_sshPort) + QLatin1Char(' ')).toUtf8() + fields.value(0) + ' '
                    + fields.value(1).trimmed() + '\n';
    }
    QFile knownHostsFile(this->knownHostsFile());
    if (!knownHostsFile.open(QIODevice::WriteOnly) || knownHostsFile.write(knownHosts) != knownHosts.size()) {
        *error = QStringLiteral("cannot write %1").arg(this->knownHostsFile());
        return false;
    }
    return true;
}

bool SimCluster::readStatus(QString *error)
{
    int code = 0;
    QByteArray errors;
    const QByteArray json = run(simTool(), {QStringLiteral("status"), m_topologyFile, QStringLiteral("--json")}, &code,
                                {}, 60000, &errors);
    const QJsonObject status = QJsonDocument::fromJson(json).object();
    if (code != 0 || status.isEmpty()) {
        *error = QStringLiteral("sim status failed: %1").arg(QString::fromUtf8(errors));
        return false;
    }
    m_name = status.value(QLatin1String("name")).toString();
    m_stateDir = status.value(QLatin1String("state_dir")).toString();
    m_sshPort = status.value(QLatin1String("ssh_port")).toInt();
    m_clientKey = status.value(QLatin1String("client_key")).toString();
    const QJsonObject users = status.value(QLatin1String("users")).toObject();
    m_keyUser = users.value(QLatin1String("key_user")).toString();
    m_passwordUser = users.value(QLatin1String("password_user")).toString();
    m_password = users.value(QLatin1String("password")).toString();
    m_masters.clear();
    m_ids.clear();
    const QJsonArray masters = status.value(QLatin1String("masters")).toArray();
    for (const QJsonValue &value : masters) {
        const QJsonObject master = value.toObject();
        const QString ip = master.value(QLatin1String("ip")).toString();
        m_masters << ip;
        m_ids.insert(ip, master.value(QLatin1String("id")).toInt());
        m_hostKeys.insert(ip, master.value(QLatin1String("host_keys")).toArray().at(0).toString());
    }
    return true;
}

void SimCluster::down()
{
    // For looking around after a failure: EMW_KEEP_SIM=1 leaves the cluster running.
    if (qEnvironmentVariableIntValue("EMW_KEEP_SIM") == 1) {
        m_up = false;
        return;
    }
    run(simTool(), {QStringLiteral("down"), m_topologyFile}, nullptr, {}, 120000);
    m_up = false;
}

QString SimCluster::hostKeyFingerprint(const QString &master) const
{
    // "256 SHA256:abc root@host (ED25519)"
    const QByteArray line = run(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-f"),
                                                               m_hostKeys.value(master)});
    return QString::fromUtf8(line.split(' ').value(1));
}

SshTarget SimCluster::keyTarget(const QString &master) const
{
    SshTarget target;
    target.name = master;
    target.host = master;
    target.port = m_sshPort;
    target.user = m_keyUser;
    target.auth = SshAuthMethod::KeyFile;
    target.keyFile = m_clientKey;
    target.knownHostsPath = knownHostsFile();
    target.useSshConfig = false; // nothing from this machine's ~/.ssh may change the test
    target.sudo = SudoMode::Passwordless;
    return target;
}

SshTarget SimCluster::passwordTarget(const QString &master) const
{
    SshTarget target = keyTarget(master);
    target.user = m_passwordUser;
    target.auth = SshAuthMethod::Password;
    target.keyFile.clear();
    target.password = m_password;
    target.sudo = SudoMode::Password;
    target.sudoPassword = m_password;
    return target;
}

QList<SshTarget> SimCluster::keyTargets() const
{
    QList<SshTarget> targets;
    for (const QString &master : m_masters)
        targets << keyTarget(master);
    return targets;
}

QList<SshTarget> SimCluster::passwordTargets() const
{
    QList<SshTarget> targets;
    for (const QString &master : m_masters)
        targets << passwordTarget(master);
    return targets;
}

bool SimCluster::fault(const QString &master, const QString &kind, QString *error)
{
    int code = 0;
    QByteArray errors;
    run(simTool(), {QStringLiteral("fault"), m_topologyFile, master, kind}, &code, {}, 60000, &errors);
    if (code != 0 && error)
        *error = QString::fromUtf8(errors);
    return code == 0;
}

QString SimCluster::hostPath(const QString &master, const QString &pathOnMaster) const
{
    const QString base = m_stateDir + QStringLiteral("/masters/") + master;
    QString path;
    if (pathOnMaster.startsWith(QLatin1String("/opt/mesosphere/")))
        path = base + QStringLiteral("/opt/") + pathOnMaster.mid(16);
    else if (pathOnMaster.startsWith(QLatin1String("/var/lib/dcos/")))
        path = base + QStringLiteral("/dcos/") + pathOnMaster.mid(14);
    // As the master sees it: pkgpanda's absolute symlink (/opt/mesosphere/etc/exhibitor into
    // /opt/mesosphere/packages/) is followed inside the master's own directories.
    std::error_code error;
    const std::filesystem::path target = std::filesystem::read_symlink(path.toStdString(), error);
    const QString onMaster = QString::fromStdString(target.string());
    if (!path.isEmpty() && !error && onMaster != pathOnMaster
        && (onMaster.startsWith(QLatin1String("/opt/mesosphere/")) || onMaster.startsWith(QLatin1String("/var/lib/dcos/"))))
        return hostPath(master, onMaster);
    return path;
}

QMap<QString, QByteArray> SimCluster::checksums() const
{
    QMap<QString, QByteArray> sums;
    const auto add = [&sums](const QString &path) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            sums.insert(path, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    };
    for (const QString &master : m_masters) {
        // QDir::System: pkgpanda's absolute symlinks (etc/exhibitor into packages/) look broken
        // from here; their targets are summed from packages/ below.
        QDirIterator it(hostPath(master, QStringLiteral("/opt/mesosphere/etc")),
                        QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            std::error_code error;
            const std::filesystem::path target = std::filesystem::read_symlink(path.toStdString(), error);
            if (!error)
                sums.insert(path, QByteArrayLiteral("-> ") + QByteArray::fromStdString(target.string()));
            else
                add(path);
        }
        QDirIterator packages(hostPath(master, QStringLiteral("/opt/mesosphere/packages")),
                              QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (packages.hasNext())
            add(packages.next());
        add(hostPath(master, QStringLiteral("/var/lib/dcos/exhibitor/zookeeper/snapshot/myid")));
        add(hostPath(master, QStringLiteral("/var/lib/dcos/exhibitor/conf/zoo.cfg")));
    }
    return sums;
}

bool SimCluster::ensurePasswordLogin(QString *why) const
{
    const auto shadowBound = [](const QString &pid) {
        QFile mountInfo(QStringLiteral("/proc/%1/mountinfo").arg(pid));
        if (!mountInfo.open(QIODevice::ReadOnly))
            return false;
        const QList<QByteArray> lines = mountInfo.readAll().split('\n');
        return std::any_of(lines.cbegin(), lines.cend(),
                           [](const QByteArray &line) { return line.split(' ').value(4) == "/etc/shadow"; });
    };
    const QString shadow = m_stateDir + QStringLiteral("/shadow-root/etc/shadow");
    if (!QFile::exists(shadow))
        return true; // this sim keeps the password elsewhere: nothing to restore
    for (const QString &master : m_masters) {
        QFile pidFile(m_stateDir + QStringLiteral("/masters/") + master + QStringLiteral("/ssh/pid"));
        if (!pidFile.open(QIODevice::ReadOnly))
            continue;
        const QString pid = QString::fromLatin1(pidFile.readAll().trimmed());
        if (shadowBound(pid))
            continue;
        qWarning("cluster-sim: %s lost its /etc/shadow bind mount (another sim rewrote the host's); binding it again",
                 qPrintable(master));
        int code = 0;
        run(QStringLiteral("nsenter"),
            {QStringLiteral("--mount=") + m_stateDir + QStringLiteral("/ns/") + master, QStringLiteral("--"),
             QStringLiteral("mount"), QStringLiteral("--bind"), shadow, QStringLiteral("/etc/shadow")},
            &code);
        if (code != 0 || !shadowBound(pid)) {
            *why = QStringLiteral("cluster-sim: master %1's private /etc/shadow bind mount is gone (another sim's `up` "
                                  "replaced the host's /etc/shadow) and could not be restored")
                       .arg(master);
            return false;
        }
    }
    return true;
}
