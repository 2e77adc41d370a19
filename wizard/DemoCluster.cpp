#include "DemoCluster.h"

#include "ConnectionController.h"
#include "ConnectionSettings.h"
#include "OffGuiThread.h"
#include "WizardController.h"
#include "remote/KnownHostsFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>

#include <unistd.h>

namespace {
// What a wizard without root can learn of a running sim: `sim status` refuses non-root, and
// the sim's client key is root's alone, so it reads the sim's state (world-readable) and reaches
// the masters as the password user, with a known_hosts built from the masters' public host keys.
struct RunningSim
{
    QString error;
    QString name;
    ConnectionSettings settings;
    QString password; // the topology's fixture password; into SecretCache only
};

const auto kSimStateBase = QStringLiteral("/run/emw-sim");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The sim's name: a topology name as given, or the `name:` of a topology file.
QString simName(const QString &topology)
{
    if (!topology.contains(QLatin1Char('/')) && !topology.endsWith(QLatin1String(".yaml")))
        return topology;
    static const QRegularExpression nameLine(QStringLiteral("^name:\\s*([a-z0-9-]+)"),
                                             QRegularExpression::MultilineOption);
    return nameLine.match(QString::fromUtf8(readFile(topology))).captured(1);
}

RunningSim readRunningSim(const QString &topology, const QString &knownHostsPath)
{
    RunningSim sim;
    sim.name = simName(topology);
    const QString dir = kSimStateBase + QLatin1Char('/') + sim.name;
    const QJsonObject state = QJsonDocument::fromJson(readFile(dir + QStringLiteral("/state.json"))).object();
    if (sim.name.isEmpty() || !state.value(QStringLiteral("complete")).toBool()) {
        sim.error = DemoCluster::tr("%1 is not up (no %2/state.json).").arg(topology, dir);
        return sim;
    }
    const QJsonObject t = state.value(QStringLiteral("topology")).toObject();
    QByteArray knownHosts;
    const int port = t.value(QStringLiteral("ssh_port")).toInt();
    for (const QJsonValue &value : t.value(QStringLiteral("masters")).toArray()) {
        const QString ip = value.toObject().value(QStringLiteral("ip")).toString();
        for (const char *kind : { "ed25519", "ecdsa" }) {
            const QList<QByteArray> parts = readFile(QStringLiteral("%1/masters/%2/ssh/ssh_host_%3_key.pub")
                                                         .arg(dir, ip, QLatin1String(kind)))
                                                .split(' ');
            if (parts.size() >= 2)
                knownHosts += (KnownHostsFile::hostField(ip, port) + QLatin1Char(' ')).toUtf8() + parts.at(0) + ' '
                    + parts.at(1).trimmed() + '\n';
        }
    }
    QSaveFile hosts(knownHostsPath);
    if (knownHosts.isEmpty() || !hosts.open(QIODevice::WriteOnly) || hosts.write(knownHosts) < 0
        || !hosts.commit()) {
        sim.error = DemoCluster::tr("Cannot read the demo masters' host keys in %1.").arg(dir);
        return sim;
    }
    sim.settings.user = t.value(QStringLiteral("password_user")).toString();
    sim.settings.port = port;
    sim.settings.auth = SshAuthMethod::Password;
    sim.settings.sudo = SudoMode::Password;
    sim.settings.knownHostsPath = knownHostsPath;
    sim.settings.useSshConfig = false;
    sim.password = t.value(QStringLiteral("password")).toString();
    return sim;
}
} // namespace

DemoCluster::DemoCluster(WizardController *wizard)
    : QObject(wizard)
    , m_wizard(wizard)
{ }

DemoCluster::~DemoCluster()
{
    // A sim still starting is stopped: it takes down what it started (its SIGTERM handler).
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(15000))
            m_process->kill();
    }
}

QString DemoCluster::simTool()
{
#ifdef EMW_DEMO_CLUSTER
    const QString overridden = qEnvironmentVariable("EMW_SIM_TOOL");
    if (!overridden.isEmpty())
        return overridden;
    return QStringLiteral(EMW_SOURCE_DIR "/tests/cluster-sim/sim");
#else
    return QString();
#endif
}

bool DemoCluster::isBuiltIn()
{
#ifdef EMW_DEMO_CLUSTER
    return true;
#else
    return false;
#endif
}

bool DemoCluster::isAvailable()
{
    const QString tool = simTool();
    return !tool.isEmpty() && QFileInfo(tool).isExecutable();
}

bool DemoCluster::isRoot() const
{
    return !m_assumeNotRoot && ::geteuid() == 0;
}

QString DemoCluster::startCommand() const
{
    QString tool = simTool();
    const QString relative = QDir::current().relativeFilePath(tool);
    if (!relative.startsWith(QLatin1String("..")))
        tool = relative;
    return QStringLiteral("sudo %1 up %2").arg(tool, m_topology);
}

void DemoCluster::start()
{
    if (isBusy())
        return;
    m_lines.clear();
    m_error.clear();
    if (!isAvailable())
        return fail(tr("The demo cluster is part of a source build (tests/cluster-sim); this installation "
                       "does not have it."));
    if (!isRoot())
        return fail(tr("Starting the demo cluster needs root (it creates namespaces, users and mounts). Run\n"
                       "%1\nthen choose \"Connect to the running demo\".")
                        .arg(startCommand()));
    setState(State::Starting);
    addLine(tr("Starting the demo cluster (%1)…").arg(m_topology));
    m_process = startSim({ QStringLiteral("up"), m_topology, QStringLiteral("--profile"), m_profile });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        upFinished(exitCode, status != QProcess::NormalExit);
    });
}

void DemoCluster::connectToRunning()
{
    if (isBusy())
        return;
    m_error.clear();
    if (!isAvailable())
        return fail(tr("The demo cluster is part of a source build (tests/cluster-sim); this installation "
                       "does not have it."));
    setState(State::Checking);
    addLine(tr("Looking for the running demo cluster…"));
    if (!isRoot()) {
        const QString knownHosts = m_configDir.filePath(QStringLiteral("known_hosts"));
        runOffGuiThread(
            this, [topology = m_topology, knownHosts] { return readRunningSim(topology, knownHosts); },
            [this](const RunningSim &sim) {
                if (!sim.error.isEmpty())
                    return fail(tr("No running demo cluster found: %1\nStart it with\n%2")
                                    .arg(sim.error, startCommand()));
                m_settings = sim.settings;
                m_password = sim.password;
                addLine(tr("Demo cluster \"%1\" found; SSH as %2 (password) on port %3.")
                            .arg(sim.name, m_settings.user)
                            .arg(m_settings.port));
                loadConfig(sim.name);
            });
        return;
    }
    // Separate channels: stdout is the JSON, stderr says why there is none.
    QProcess *process = startSim({ QStringLiteral("status"), m_topology, QStringLiteral("--json") },
                                 QProcess::SeparateChannels);
    m_process = process;
    connect(process, &QProcess::finished, this,
            [this, process](int exitCode, QProcess::ExitStatus) { statusFinished(process, exitCode); });
}

void DemoCluster::cancel()
{
    if (!isBusy())
        return;
    if (m_process) {
        m_process->disconnect(this);
        // SIGTERM: `sim up` takes down what it started so far.
        m_process->terminate();
        connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
        m_process = nullptr;
    }
    addLine(tr("Cancelled."));
    m_error = tr("Cancelled.");
    setState(State::Idle);
    Q_EMIT finished(false, m_error);
}

QProcess *DemoCluster::startSim(const QStringList &arguments, QProcess::ProcessChannelMode mode)
{
    auto *process = new QProcess(this);
    process->setProcessChannelMode(mode);
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] { readOutput(process); });
    process->start(simTool(), arguments);
    return process;
}

void DemoCluster::readOutput(QProcess *process)
{
    // status --json's output is parsed at the end, not shown line by line.
    if (process->processChannelMode() != QProcess::MergedChannels)
        return;
    while (process->canReadLine())
        addLine(QString::fromUtf8(process->readLine()).trimmed());
}

void DemoCluster::upFinished(int exitCode, bool crashed)
{
    QProcess *process = m_process;
    m_process = nullptr;
    const QString rest = QString::fromUtf8(process->readAll()).trimmed();
    if (!rest.isEmpty())
        addLine(rest);
    process->deleteLater();
    if (crashed || exitCode != 0)
        return fail(tr("The demo cluster did not start:\n%1")
                        .arg(m_lines.mid(qMax(0, int(m_lines.size()) - 5)).join(QLatin1Char('\n'))));
    setState(State::Idle); // connectToRunning() goes on from an idle state
    connectToRunning();
}

void DemoCluster::statusFinished(QProcess *process, int exitCode)
{
    m_process = nullptr;
    process->deleteLater();
    const QByteArray output = process->readAllStandardOutput();
    const QString errors = QString::fromUtf8(process->readAllStandardError()).trimmed();
    const QJsonObject status = QJsonDocument::fromJson(output).object();
    if (exitCode != 0 || status.isEmpty()) {
        QString why = errors.isEmpty() ? tr("no answer") : errors;
        if (!isRoot())
            why += QLatin1Char('\n') + tr("Without root, start it with\n%1").arg(startCommand());
        return fail(tr("No running demo cluster found: %1").arg(why));
    }
    if (!status.value(QStringLiteral("healthy")).toBool())
        return fail(tr("The demo cluster is up but not healthy (no leader with all followers). Run\n"
                       "sudo %1 status %2")
                        .arg(simTool(), m_topology));

    ConnectionSettings settings;
    settings.user
        = status.value(QStringLiteral("users")).toObject().value(QStringLiteral("key_user")).toString();
    settings.port = status.value(QStringLiteral("ssh_port")).toInt();
    settings.auth = SshAuthMethod::KeyFile;
    settings.keyFile = status.value(QStringLiteral("client_key")).toString();
    settings.sudo = SudoMode::Passwordless;
    settings.knownHostsPath = status.value(QStringLiteral("known_hosts")).toString();
    settings.useSshConfig = false; // the operator's ~/.ssh/config knows nothing of the sim
    m_password.clear();
    m_settings = settings; // set once the config is loaded: a new config brings its own settings
    addLine(tr("Demo cluster \"%1\" is healthy; SSH as %2 on port %3.")
                .arg(status.value(QStringLiteral("name")).toString(), settings.user)
                .arg(settings.port));
    loadConfig(status.value(QStringLiteral("name")).toString());
}

void DemoCluster::loadConfig(const QString &name)
{
    setState(State::Loading);
    connect(
        m_wizard, &WizardController::importFinished, this,
        [this](bool ok) {
            if (ok) {
                m_wizard->connection()->setSettings(m_settings);
                if (!m_password.isEmpty()) {
                    m_wizard->connection()->setSecret(SecretStore::Kind::SshPassword, m_password);
                    m_wizard->connection()->setSecret(SecretStore::Kind::SudoPassword, m_password);
                }
                succeed();
            } else
                fail(tr("The demo cluster's config.yaml cannot be used:\n%1").arg(m_wizard->errorText()));
        },
        Qt::SingleShotConnection);

    if (name == QLatin1String("default"))
        return m_wizard->loadDemo(); // the bundled config.yaml describes the default topology

    // Another topology: its config.yaml as the sim writes it, into a file the import reads.
    const QString path = m_configDir.filePath(QStringLiteral("config.yaml"));
    auto *process = new QProcess(this);
    process->setStandardOutputFile(path);
    connect(process, &QProcess::finished, this,
            [this, process, path](int exitCode, QProcess::ExitStatus status) {
                process->deleteLater();
                if (status != QProcess::NormalExit || exitCode != 0) {
                    m_wizard->disconnect(this);
                    return fail(tr("The sim did not write the cluster's config.yaml: %1")
                                    .arg(QString::fromUtf8(process->readAllStandardError()).trimmed()));
                }
                m_wizard->loadConfigFile(path);
            });
    process->start(simTool(), { QStringLiteral("config-yaml"), m_topology });
}

void DemoCluster::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void DemoCluster::fail(const QString &message)
{
    m_error = message;
    setState(State::Failed);
    Q_EMIT finished(false, message);
}

void DemoCluster::succeed()
{
    addLine(tr("The demo cluster is ready."));
    setState(State::Ready);
    Q_EMIT finished(true, QString());
}

void DemoCluster::addLine(const QString &line)
{
    if (line.isEmpty())
        return;
    m_lines << line;
    Q_EMIT progress(line);
}
