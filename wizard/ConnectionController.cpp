#include "ConnectionController.h"

#include "WizardController.h"

#include "remote/MasterConnections.h"

ConnectionController::ConnectionController(WizardController *wizard)
    : QObject(wizard)
    , m_wizard(wizard)
    , m_connections(new MasterConnections(this))
{
}

ConnectionController::~ConnectionController() = default;

void ConnectionController::setSettings(const ConnectionSettings &settings)
{
    m_settings = settings;
}

QList<SshTarget> ConnectionController::targets() const
{
    QList<SshTarget> result;
    for (const QString &master : m_wizard->config().masterList()) {
        SshTarget target;
        target.name = master;
        target.host = master;
        target.port = m_settings.port;
        target.user = m_settings.user;
        target.auth = m_settings.auth;
        target.keyFile = m_settings.keyFile;
        target.sudo = m_settings.sudo;
        target.knownHostsPath = m_settings.knownHostsPath;
        target.sshConfigPath = m_settings.sshConfigPath;
        target.useSshConfig = m_settings.useSshConfig;
        result << target;
    }
    return result;
}
