#include "SharedFsSpecReader.h"

#include "config/ClusterConfig.h"
#include "probe/ExhibitorSharedConfig.h"
#include "remote/CommandJob.h"
#include "remote/ShellQuote.h"
#include "remote/SshSession.h"

SharedFsSpecReader::SharedFsSpecReader(SshSession *session, const QString &configDir, int timeoutMs, QObject *parent)
    : SpecReader(parent)
    , m_session(session)
    , m_configDir(configDir)
{
    m_result.location = configFile(configDir);
    m_result.via = session ? session->name() : QString();
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish(BackendSpec::failed(tr("no answer from reading %1 on %2 within %3 s (a hanging shared filesystem?)")
                                       .arg(m_result.location, m_result.via)
                                       .arg(m_timer.interval() / 1000)));
    });
}

SharedFsSpecReader::~SharedFsSpecReader()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        delete m_job.data(); // a running read is cancelled
    }
}

QString SharedFsSpecReader::configFile(const QString &configDir)
{
    QString dir = configDir;
    while (dir.size() > 1 && dir.endsWith(QLatin1Char('/')))
        dir.chop(1);
    return dir == QLatin1String("/") ? dir + QLatin1String(FileName) : dir + QLatin1Char('/') + QLatin1String(FileName);
}

void SharedFsSpecReader::start()
{
    // The directory goes into a remote command: checked as config.yaml's validation checks it,
    // even though every word is quoted, so that a path DC/OS could not have rendered is never run.
    const QString problem = ClusterConfig::fsConfigDirProblem(m_configDir);
    if (!problem.isEmpty()) {
        finish(BackendSpec::failed(problem));
        return;
    }
    if (!m_session || !m_session->isConnected()) {
        finish(BackendSpec::failed(tr("no master is connected to read %1 through").arg(m_result.location)));
        return;
    }
    emit logLine(tr("backend: reading %1 (shared filesystem) on this master").arg(m_result.location));
    RemoteCommand command;
    command.argv = {QStringLiteral("cat"), QStringLiteral("--"), m_result.location};
    command.asRoot = true; // Exhibitor writes it as root; a 0600 file needs root to read
    command.logOutput = false;
    command.timeoutMs = m_timer.interval();
    command.displayText = QStringLiteral("cat -- %1").arg(ShellQuote::quote(m_result.location));
    m_timer.start();
    m_job = m_session->run(command);
    connect(m_job, &SshJob::finished, this, &SharedFsSpecReader::onReadFinished);
}

void SharedFsSpecReader::onReadFinished()
{
    const CommandResult result = m_job->result();
    m_job->deleteLater();
    m_job.clear();
    if (result.error.isError()) {
        finish(BackendSpec::failed(tr("cannot read %1 on %2: %3").arg(m_result.location, m_result.via,
                                                                       result.error.message)));
        return;
    }
    if (result.exitStatus != 0) {
        // Exhibitor starts from its defaults when the file is missing: no servers-spec, no IDs.
        finish(BackendSpec::failed(tr("cannot read %1 on %2: %3")
                                       .arg(m_result.location, m_result.via,
                                            QString::fromUtf8(result.stderrData).trimmed())));
        return;
    }
    const ExhibitorSharedConfig config = ExhibitorSharedConfig::parse(result.stdoutData);
    if (!config.hasServersSpec) {
        finish(BackendSpec::failed(
            tr("%1 has no %2").arg(m_result.location, QLatin1String(ExhibitorSharedConfig::ServersSpecKey))));
        return;
    }
    BackendSpec spec;
    spec.status = BackendSpec::Status::Ok;
    spec.spec = config.serversSpec;
    spec.sharedConfig = result.stdoutData;
    spec.rollingSpec = config.rollingServersSpec;
    finish(spec);
}

void SharedFsSpecReader::cleanUp()
{
    m_timer.stop();
    if (m_job)
        m_job->cancel();
}
