#pragma once

#include "ConnectionSettings.h"

#include "remote/SshTarget.h"

#include <QObject>
#include <QStringList>

class MasterConnections;
class WizardController;

// Step 2: the SSH settings, this run's secrets (SecretCache, the keychain through SecretStore),
// the connections to every master (MasterConnections) and the operator's host key decisions.
// No widgets: the Connection page renders it and the host key dialog answers it.
class ConnectionController : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionController(WizardController *wizard);
    ~ConnectionController() override;

    ConnectionSettings settings() const { return m_settings; }
    void setSettings(const ConnectionSettings &settings);

    // One SshTarget per master of the plan, secrets included, for Discovery and MigrationRunner.
    QList<SshTarget> targets() const;
    // SHA256 fingerprints the operator accepted for this run only (MigrationOptions::acceptedHostKeys).
    QStringList acceptedHostKeys() const { return m_acceptedHostKeys; }
    MasterConnections *connections() const { return m_connections; }

protected:
    WizardController *m_wizard;
    ConnectionSettings m_settings;
    QStringList m_acceptedHostKeys;
    MasterConnections *m_connections;
};
