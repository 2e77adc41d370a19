#include "SimCluster.h"

#include "remote/KnownHostsFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <csignal>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString simTool()
{
    return QStringLiteral(EMW_SOURCE_DIR "/tests/cluster-sim/sim");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

SimCluster::SimCluster(const QString &topology, const QString &profile)
    : m_topologyPath(QStringLiteral(EMW_SOURCE_DIR "/tests/migration/topologies/") + topology + QStringLiteral(".yaml"))
    , m_profile(profile)
{
}

SimCluster::~SimCluster()
{
    if (!qEnvironmentVariableIsSet("EMW_KEEP_SIM"))
        down();
}

bool SimCluster::available(QString *why)
{
    if (geteuid() != 0) {
        *why = QStringLiteral("the simulated cluster needs root");
        return false;
    }
    for (const char *path : {"/usr/sbin/sshd", "/usr/share/java/zookeeper.jar", "/usr/bin/sudo"}) {
        if (!QFile::exists(QString::fromLatin1(path))) {
            *why = QStringLiteral("%1 is missing (see tests/cluster-sim/README.md)").arg(QString::fromLatin1(path));
            return false;
        }
    }
    return true;
}

QByteArray SimCluster::runSim(const QStringList &args, int *exitCode, int timeoutMs) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("EMW_SIM_SSH_PORT")))
        env.insert(QStringLiteral("EMW_SIM_SSH_PORT"), QStringLiteral("2222"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(simTool(), args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAll();
}

QJsonObject SimCluster::loadReport() const
{
    return QJsonDocument::fromJson(runSim({QStringLiteral("load"), QStringLiteral("report"), m_topologyPath,
                                           QStringLiteral("--json")}))
        .object();
}

QByteArray SimCluster::dcosRender(const QString &configYaml, QString *problems) const
{
    QProcess process;
    process.start(simTool(), {QStringLiteral("dcos-render"), configYaml, QStringLiteral("--topology"), m_topologyPath});
    if (!process.waitForFinished(60000))
        process.kill();
    process.waitForFinished();
    const QByteArray errors = process.readAllStandardError();
    *problems = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 && errors.isEmpty()
                    ? QString()
                    : QStringLiteral("sim dcos-render %1: exit %2 %3").arg(configYaml).arg(process.exitCode())
                          .arg(QString::fromUtf8(errors));
    return process.readAllStandardOutput();
}

bool SimCluster::up(QString *error)
{
    // Fresh, or the test is worthless: a sim that `down` could not take away would come back
    // with the last test's files (`up` keeps a running sim's data).
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QByteArray downOutput = runSim({QStringLiteral("down"), m_topologyPath});
        int code = -1;
        const QByteArray output = runSim({QStringLiteral("up"), m_topologyPath, QStringLiteral("--profile"), m_profile}, &code);
        if (code != 0) {
            *error = QString::fromUtf8(downOutput + output);
            return false;
        }
        if (readState() && isPristine())
            return true;
        *error = QStringLiteral("the sim did not come up fresh: %1").arg(QString::fromUtf8(downOutput + output));
    }
    return false;
}

bool SimCluster::isPristine() const
{
    for (const QString &master : m_masters) {
        // DC/OS 2.0+ put four TLS/bootstrap lines before the backend's; the backend is the
        // topology's (ZK, AWS_S3, AZURE, SHARED_FS), never STATIC before a run.
        const QByteArray env = QByteArrayLiteral("\n") + envFile(master);
        if (origExists(master) || !env.contains("\nEXHIBITOR_BACKEND=") || env.contains("\nEXHIBITOR_BACKEND=STATIC\n"))
            return false;
    }
    return true;
}

bool SimCluster::readState()
{
    const QJsonObject st = status();
    m_name = st.value(QStringLiteral("name")).toString();
    m_stateDir = st.value(QStringLiteral("state_dir")).toString();
    m_clientKey = st.value(QStringLiteral("client_key")).toString();
    m_sshPort = st.value(QStringLiteral("ssh_port")).toInt();
    const QJsonObject users = st.value(QStringLiteral("users")).toObject();
    m_user = users.value(QStringLiteral("key_user")).toString();
    m_passwordUser = users.value(QStringLiteral("password_user")).toString();
    m_password = users.value(QStringLiteral("password")).toString();
    m_masters.clear();
    QByteArray knownHosts;
    for (const QJsonValue &value : st.value(QStringLiteral("masters")).toArray()) {
        const QJsonObject master = value.toObject();
        const QString ip = master.value(QStringLiteral("ip")).toString();
        m_masters << ip;
        for (const QJsonValue &key : master.value(QStringLiteral("host_keys")).toArray()) {
            const QList<QByteArray> parts = readAll(key.toString()).split(' ');
            if (parts.size() >= 2)
                knownHosts += (KnownHostsFile::hostField(ip, m_sshPort) + QLatin1Char(' ')).toUtf8() + parts.at(0) + ' ' + parts.at(1) + '\n';
        }
    }
    m_knownHosts = m_temp.filePath(QStringLiteral("known_hosts"));
    QFile hosts(m_knownHosts);
    if (!hosts.open(QIODevice::WriteOnly) || hosts.write(knownHosts) < 0)
        return false;
    hosts.close();
    m_configPath = m_temp.filePath(QStringLiteral("config.yaml"));
    QFile config(m_configPath);
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.write(runSim({QStringLiteral("config-yaml"), m_topologyPath}));
    return !m_masters.isEmpty();
}

void SimCluster::down()
{
    runSim({QStringLiteral("down"), m_topologyPath});
}

bool SimCluster::fault(const QString &master, const QString &kind, double seconds)
{
    QStringList args{QStringLiteral("fault"), m_topologyPath, master, kind};
    if (seconds >= 0)
        args << QString::number(seconds);
    int code = -1;
    runSim(args, &code);
    return code == 0;
}

bool SimCluster::sshdDownHard(const QString &master)
{
    if (!fault(master, QStringLiteral("sshd-down")))
        return false;
    // The per-connection sshd processes live in the master's mount namespace.
    struct stat ns {};
    if (stat(QFile::encodeName(m_stateDir + QStringLiteral("/ns/") + master).constData(), &ns) != 0)
        return false;
    const QString wanted = QStringLiteral("mnt:[%1]").arg(quint64(ns.st_ino));
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        bool numeric = false;
        const int id = pid.toInt(&numeric);
        if (!numeric)
            continue;
        char target[64] = {};
        const QByteArray nsLink = QFile::encodeName(QStringLiteral("/proc/%1/ns/mnt").arg(pid));
        const ssize_t length = ::readlink(nsLink.constData(), target, sizeof(target) - 1);
        const QString comm = QString::fromUtf8(readAll(QStringLiteral("/proc/%1/comm").arg(pid))).trimmed();
        if (length > 0 && QString::fromLatin1(target, int(length)) == wanted && comm == QLatin1String("sshd"))
            ::kill(id, SIGKILL);
    }
    return true;
}

QJsonObject SimCluster::status() const
{
    return QJsonDocument::fromJson(runSim({QStringLiteral("status"), m_topologyPath, QStringLiteral("--json")})).object();
}

QString SimCluster::connectString() const
{
    QStringList hosts;
    for (const QString &master : m_masters)
        hosts << master + QStringLiteral(":2181");
    return hosts.join(QLatin1Char(','));
}

QList<SshTarget> SimCluster::targets() const
{
    QList<SshTarget> targets;
    for (const QString &master : m_masters) {
        SshTarget target;
        target.name = master;
        target.host = master;
        target.port = m_sshPort;
        target.user = m_user;
        target.auth = SshAuthMethod::KeyFile;
        target.keyFile = m_clientKey;
        target.knownHostsPath = m_knownHosts;
        target.useSshConfig = false;
        target.sudo = SudoMode::Passwordless;
        target.connectTimeoutMs = 5000;
        targets << target;
    }
    return targets;
}

QList<SshTarget> SimCluster::passwordTargets(const QString &sudoPassword) const
{
    QList<SshTarget> result = targets();
    for (SshTarget &target : result) {
        target.user = m_passwordUser;
        target.auth = SshAuthMethod::Password;
        target.keyFile.clear();
        target.password = m_password;
        target.sudo = SudoMode::Password;
        target.sudoPassword = sudoPassword;
    }
    return result;
}

int SimCluster::failedSudoLogins(const QString &master) const
{
    // faillock prints "user:", a header line, then one line per failure it counts.
    QProcess faillock;
    faillock.start(QStringLiteral("faillock"),
                   {QStringLiteral("--dir"), m_stateDir + QStringLiteral("/masters/") + master + QStringLiteral("/run/faillock"),
                    QStringLiteral("--user"), m_passwordUser});
    if (!faillock.waitForFinished(10000) || faillock.exitCode() != 0)
        return -1;
    int count = 0;
    for (const QByteArray &line : faillock.readAllStandardOutput().split('\n')) {
        if (line.contains(" SVC ") || line.contains(" RHOST ") || line.contains(" TTY "))
            ++count;
    }
    return count;
}

QByteArray SimCluster::masterFile(const QString &master, const QString &relative) const
{
    const QString base = m_stateDir + QStringLiteral("/masters/") + master + QLatin1Char('/');
    QString path = base + relative;
    // On a DC/OS master /opt/mesosphere/etc/exhibitor is pkgpanda's absolute symlink into
    // /opt/mesosphere/packages/; seen from here, that lies in the master's own opt/.
    std::error_code error;
    const std::filesystem::path target = std::filesystem::read_symlink(path.toStdString(), error);
    const QString opt = QStringLiteral("/opt/mesosphere/");
    if (!error && QString::fromStdString(target.string()).startsWith(opt))
        path = base + QStringLiteral("opt/") + QString::fromStdString(target.string()).mid(opt.size());
    return readAll(path);
}

QByteArray SimCluster::envFile(const QString &master) const
{
    return masterFile(master, QStringLiteral("opt/etc/exhibitor"));
}

QByteArray SimCluster::origFile(const QString &master) const
{
    return masterFile(master, QStringLiteral("opt/etc/exhibitor.orig"));
}

bool SimCluster::origExists(const QString &master) const
{
    return QFile::exists(m_stateDir + QStringLiteral("/masters/") + master + QStringLiteral("/opt/etc/exhibitor.orig"));
}

QByteArray SimCluster::lockFile(const QString &master) const
{
    return masterFile(master, QStringLiteral("run-exhibitor-migration/run.lock"));
}

bool SimCluster::lockFileExists(const QString &master) const
{
    return QFile::exists(m_stateDir + QStringLiteral("/masters/") + master +
                         QStringLiteral("/run-exhibitor-migration/run.lock"));
}

bool SimCluster::writeLockFile(const QString &master, const QByteArray &record) const
{
    QFile file(m_stateDir + QStringLiteral("/masters/") + master + QStringLiteral("/run-exhibitor-migration/run.lock"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
    return file.write(record) == record.size();
}

QByteArray SimCluster::myid(const QString &master) const
{
    return masterFile(master, QStringLiteral("dcos/exhibitor/zookeeper/snapshot/myid"));
}

QMap<QString, QByteArray> SimCluster::envFiles() const
{
    QMap<QString, QByteArray> files;
    for (const QString &master : m_masters)
        files.insert(master, envFile(master));
    return files;
}

QByteArray SimCluster::journal(const QString &master) const
{
    return masterFile(master, QStringLiteral("run/journal"));
}

QByteArray SimCluster::zooCfg(const QString &master) const
{
    return masterFile(master, QStringLiteral("dcos/exhibitor/conf/zoo.cfg"));
}

double SimCluster::unitSince(const QString &master) const
{
    const QJsonObject unit = QJsonDocument::fromJson(masterFile(master, QStringLiteral("run/unit.json"))).object();
    return unit.value(QStringLiteral("since")).toDouble();
}
