#include "MasterCredentialsSpecReader.h"

#include "remote/FileReadJob.h"
#include "remote/SshSession.h"

MasterCredentialsSpecReader::MasterCredentialsSpecReader(SshSession *session, const QString &location,
                                                         ReaderFactory factory, int timeoutMs, QObject *parent)
    : SpecReader(parent)
    , m_session(session)
    , m_factory(std::move(factory))
{
    m_result.location = location;
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish(BackendSpec::failed(tr("no answer from reading %1 on %2 within %3 s")
                                       .arg(QLatin1String(PropertiesFile), m_result.via)
                                       .arg(m_timer.interval() / 1000)));
    });
}

MasterCredentialsSpecReader::~MasterCredentialsSpecReader()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        delete m_job.data(); // a running read is cancelled
    }
}

void MasterCredentialsSpecReader::start()
{
    if (!m_session || !m_session->isConnected()) {
        finish(BackendSpec::failed(tr("config.yaml has no credentials for %1 and no master is connected to read "
                                      "them from %2")
                                       .arg(m_result.location, QLatin1String(PropertiesFile))));
        return;
    }
    m_result.via = m_session->name();
    m_timer.start();
    // Root only may read it on some installs; readFile never logs the content.
    m_job = m_session->readFile(QLatin1String(PropertiesFile), true);
    connect(m_job, &SshJob::finished, this, &MasterCredentialsSpecReader::onReadFinished);
}

void MasterCredentialsSpecReader::onReadFinished()
{
    m_timer.stop();
    FileReadJob *job = m_job;
    m_job.clear();
    job->deleteLater();
    if (job->error().isError()) {
        // The message names the file, the master and cat's or sudo's stderr: never the content.
        finish(BackendSpec::failed(tr("config.yaml has no credentials for %1 and the master's copy cannot be read: %2")
                                       .arg(m_result.location, job->error().message)));
        return;
    }
    QString error;
    QByteArray properties = job->content();
    SpecReader *inner = m_factory(properties, this, &error);
    properties.fill('\0');
    properties.clear();
    if (!inner) {
        finish(BackendSpec::failed(error));
        return;
    }
    emit logLine(tr("credentials from %1:%2").arg(m_result.via, QLatin1String(PropertiesFile)));
    m_inner = inner;
    // Its outcome line (emitted once it is finished) is left to this reader's finish().
    connect(inner, &SpecReader::logLine, this, [this, inner](const QString &line) {
        if (!inner->isFinished())
            emit logLine(line);
    });
    connect(inner, &SpecReader::finished, this, &MasterCredentialsSpecReader::onInnerFinished);
    inner->start();
}

void MasterCredentialsSpecReader::onInnerFinished()
{
    const BackendSpec result = m_inner->result();
    disconnect(m_inner, nullptr, this, nullptr);
    m_result.location = result.location;
    finish(result);
}

void MasterCredentialsSpecReader::cleanUp()
{
    m_timer.stop();
    if (m_job)
        m_job->cancel();
    if (m_inner && !m_inner->isFinished()) {
        disconnect(m_inner, nullptr, this, nullptr);
        m_inner->abort(m_result.error);
    }
}
