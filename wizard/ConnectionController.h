#pragma once

#include "ConnectionSettings.h"
#include "remote/HostKeyInfo.h"
#include "remote/SshTarget.h"
#include "secrets/SecretCache.h"
#include "secrets/SecretStore.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class ConnectionStatusModel;
class MasterConnections;
class WizardController;
struct SshError;

// Step 2: the SSH settings, this run's secrets (SecretCache, the keychain through SecretStore),
// the connections to every master (MasterConnections) and the operator's host key decisions.
// No widgets: the Connection page renders it and the host key dialog answers it.
//
// Settings are kept per cluster (config.yaml's cluster_name) in QSettings; secrets never go
// there, only to the cache and, with "remember" on, to the keychain.
class ConnectionController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    explicit ConnectionController(WizardController *wizard);
    ~ConnectionController() override;

    ConnectionSettings settings() const { return m_settings; }
    // Connections made with other settings no longer count: they are closed and the rows go
    // back to "not connected", so Next waits for a new Connect.
    void setSettings(const ConnectionSettings &settings);

    // One SshTarget per master of the plan, secrets included, for Discovery and MigrationRunner.
    QList<SshTarget> targets() const;
    // Host keys the operator accepted for this run only, each for the master it was shown for:
    // master -> SHA256 fingerprint (MigrationOptions::masterHostKeys). A key accepted for one
    // master is not accepted from another, nor a different key from the same master later.
    QMultiHash<QString, QString> acceptedHostKeys() const { return m_acceptedHostKeys; }
    MasterConnections *connections() const { return m_connections; }
    ConnectionStatusModel *statusModel() const { return m_model; }

    // The secret of kind for this cluster and user; an empty one forgets it for this run.
    void setSecret(SecretStore::Kind kind, const QString &secret);
    bool hasSecret(SecretStore::Kind kind) const;
    // One sentence for the hint under the secret's field: where it lives (keychain, memory only).
    QString secretStatusText(SecretStore::Kind kind) const;
    bool isKeychainAvailable() const { return m_cache.isKeychainAvailable(); }

    bool isBusy() const { return m_busy; }
    bool allConnected() const;
    bool isComplete() const { return allConnected(); }
    HostKeyInfo pendingHostKey(const QString &master) const { return m_pendingHostKeys.value(master); }

    // The cluster the settings and keychain secrets are kept under: its identity, not only its
    // name (two clusters may both be called "prod"): cluster_name (or the file's name) for people
    // reading the keychain, then a hash of the config file's absolute path and the sorted
    // master_list, e.g. "prod#3f9a0c1e22b4".
    QString clusterKey() const;

public Q_SLOTS:
    // Saves the settings, then opens every master's connection in parallel.
    void connectAll();
    void disconnectAll();
    // The operator's answer about the key with this fingerprint, shown for master. If master now
    // presents another key (it reconnected meanwhile), nothing is accepted: the question is asked
    // again with the key it presents.
    void answerHostKey(const QString &master, const QString &fingerprint, HostKeyDecision decision);
    // Reads this cluster's settings (and, with "remember" on, its secrets from the keychain).
    void loadSettings();
    void saveSettings() const;

Q_SIGNALS:
    void busyChanged(bool busy);
    void settingsChanged();
    void secretStatusChanged();
    // A master presents a key known_hosts does not have: answer with answerHostKey().
    void hostKeyQuestion(const QString &master, const HostKeyInfo &info);
    void connectionStateChanged();
    void connectFinished(int connected, int failed);

private:
    QString secretUser() const;
    SecretCache::Persistence persistence() const;
    void readSecretsFromKeychain();
    void onReadFinished(SecretStore::Kind kind, const QString &cluster, const QString &user,
                        SecretStore::Result result, const QString &secret, const QString &errorText);
    void onWriteFinished(SecretStore::Kind kind, const QString &cluster, const QString &user,
                         SecretStore::Result result, const QString &errorText);
    void onMasterFailed(const QString &master, const SshError &error);
    void onSettled(int connected, int failed);
    void onConfigChanged();
    void resetConnections();
    void previewRoutes();
    void setBusy(bool busy);

    WizardController *m_wizard;
    ConnectionSettings m_settings;
    QMultiHash<QString, QString> m_acceptedHostKeys;
    MasterConnections *m_connections;
    ConnectionStatusModel *m_model;
    SecretStore *m_store;
    SecretCache m_cache;
    // Shared by every session the wizard opens with these settings (connection, discovery, the
    // run): a refused sudo password is sent to no master again until the operator enters it anew.
    SudoPasswordGatePtr m_sudoGate = std::make_shared<SudoPasswordGate>();
    QHash<QString, HostKeyInfo> m_pendingHostKeys;
    bool m_busy = false;
    bool m_hasSessions = false;
    quint64 m_routeRequest = 0;
};
