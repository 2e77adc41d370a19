#include "SpecReader.h"

void SpecReader::finish(const BackendSpec &result)
{
    if (isFinished())
        return;
    m_result.status = result.status; // first: a finish() that cleanUp() causes does nothing
    m_result.spec = result.spec;
    m_result.error = result.error;
    m_result.sharedConfig = result.sharedConfig;
    m_result.rollingSpec = result.rollingSpec;
    cleanUp();
    emit logLine(m_result.isOk() ? tr("backend: servers-spec %1").arg(m_result.spec)
                                 : tr("backend: %1").arg(m_result.error));
    emit finished();
}
