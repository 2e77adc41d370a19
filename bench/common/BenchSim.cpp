#include "BenchSim.h"

#include "remote/KnownHostsFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <unistd.h>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

BenchSim::BenchSim(const QString &topology)
    : m_topologyPath(topology.contains(QLatin1Char('/'))
                         ? topology
                         : QStringLiteral(EMW_SOURCE_DIR "/bench/topologies/") + topology + QStringLiteral(".yaml"))
{
}

bool BenchSim::available(QString *why)
{
    if (geteuid() != 0) {
        *why = QStringLiteral("the simulated cluster needs root");
        return false;
    }
    for (const char *path : {"/usr/sbin/sshd", "/usr/bin/sudo", "/usr/share/java/zookeeper.jar"}) {
        if (!QFile::exists(QString::fromLatin1(path))) {
            *why = QStringLiteral("%1 is missing (see tests/cluster-sim/README.md)").arg(QString::fromLatin1(path));
            return false;
        }
    }
    return true;
}

QByteArray BenchSim::runSim(const QStringList &args, int *exitCode) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The machine's own sshd may hold port 22; the bench topologies say 2222 as well.
    if (!env.contains(QStringLiteral("EMW_SIM_SSH_PORT")))
        env.insert(QStringLiteral("EMW_SIM_SSH_PORT"), QStringLiteral("2222"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString sim = QStringLiteral(EMW_SOURCE_DIR "/tests/cluster-sim/sim");
    if (m_niceness > 0)
        process.start(QStringLiteral("nice"), QStringList{QStringLiteral("-n"), QString::number(m_niceness), sim} + args);
    else
        process.start(sim, args);
    // A dcos-profile ensemble takes minutes to form on a loaded machine.
    if (!process.waitForFinished(600000)) {
        process.kill();
        process.waitForFinished();
    }
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAll();
}

bool BenchSim::up(QString *error, const QString &profile)
{
    QStringList args{QStringLiteral("up"), m_topologyPath};
    if (!profile.isEmpty())
        args << QStringLiteral("--profile") << profile;
    int code = -1;
    const QByteArray output = runSim(args, &code);
    if (code != 0) {
        *error = QString::fromUtf8(output).trimmed();
        return false;
    }
    const QJsonObject st = status();
    m_stateDir = st.value(QStringLiteral("state_dir")).toString();
    m_clientKey = st.value(QStringLiteral("client_key")).toString();
    m_sshPort = st.value(QStringLiteral("ssh_port")).toInt();
    m_user = st.value(QStringLiteral("users")).toObject().value(QStringLiteral("key_user")).toString();
    m_masters.clear();
    // known_hosts from the generated public keys: the benchmark checks host keys like the app does.
    QByteArray knownHosts;
    for (const QJsonValue &value : st.value(QStringLiteral("masters")).toArray()) {
        const QJsonObject master = value.toObject();
        const QString ip = master.value(QStringLiteral("ip")).toString();
        m_masters << ip;
        for (const QJsonValue &key : master.value(QStringLiteral("host_keys")).toArray()) {
            const QList<QByteArray> parts = readAll(key.toString()).split(' ');
            if (parts.size() >= 2)
                knownHosts += (KnownHostsFile::hostField(ip, m_sshPort) + QLatin1Char(' ')).toUtf8() + parts.at(0) + ' '
                              + parts.at(1) + '\n';
        }
    }
    m_knownHosts = m_temp.filePath(QStringLiteral("known_hosts"));
    m_configPath = m_temp.filePath(QStringLiteral("config.yaml"));
    if (!writeAll(m_knownHosts, knownHosts)
        || !writeAll(m_configPath, runSim({QStringLiteral("config-yaml"), m_topologyPath}))) {
        *error = QStringLiteral("cannot write to %1").arg(m_temp.path());
        return false;
    }
    if (m_masters.isEmpty()) {
        *error = QStringLiteral("sim status lists no masters");
        return false;
    }
    return true;
}

void BenchSim::down()
{
    runSim({QStringLiteral("down"), m_topologyPath});
}

bool BenchSim::fault(const QString &master, const QString &kind, double seconds)
{
    QStringList args{QStringLiteral("fault"), m_topologyPath, master, kind};
    if (seconds >= 0)
        args << QString::number(seconds);
    int code = -1;
    runSim(args, &code);
    return code == 0;
}

QJsonObject BenchSim::status() const
{
    return QJsonDocument::fromJson(runSim({QStringLiteral("status"), m_topologyPath, QStringLiteral("--json")}))
        .object();
}

namespace {

// Clock ticks from /proc/<pid>/stat fields firstField..14-17 (utime, stime, cutime, cstime).
qint64 statTicks(const QByteArray &pid, int firstField)
{
    const QByteArray stat = readAll(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(pid)));
    // After the ")" closing the command name: field 3 (state) first; utime, stime, cutime,
    // cstime are fields 14-17.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    qint64 ticks = 0;
    if (fields.size() > 14) {
        for (int i = firstField - 3; i <= 14; ++i)
            ticks += fields.at(i).toLongLong();
    }
    return ticks;
}

} // namespace

double BenchSim::mastersCpuSeconds() const
{
    qint64 ticks = 0;
    for (const QString &master : m_masters) {
        const QByteArray pid = readAll(m_stateDir + QStringLiteral("/masters/") + master + QStringLiteral("/ssh/pid"))
                                   .trimmed();
        ticks += statTicks(pid, 14); // the listener's own and reaped
    }
    // The keeper's reaped only (cutime, cstime): orphaned sessions; its own polling is not ours.
    const QJsonObject state = QJsonDocument::fromJson(readAll(m_stateDir + QStringLiteral("/state.json"))).object();
    const qint64 keeper = state.value(QStringLiteral("keeper_pid")).toInteger();
    if (keeper > 0)
        ticks += statTicks(QByteArray::number(keeper), 16);
    return double(ticks) / double(sysconf(_SC_CLK_TCK));
}

QString BenchSim::connectString() const
{
    QStringList hosts;
    for (const QString &master : m_masters)
        hosts << master + QStringLiteral(":2181");
    return hosts.join(QLatin1Char(','));
}

QList<SshTarget> BenchSim::targets() const
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
        target.useSshConfig = false; // the operator's ~/.ssh/config has no say in a benchmark
        target.sudo = SudoMode::Passwordless;
        targets << target;
    }
    return targets;
}
