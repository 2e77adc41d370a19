#include "ConnectionController.h"

#include "ConnectionStatusModel.h"
#include "OffGuiThread.h"
#include "WizardController.h"
#include "remote/MasterConnections.h"
#include "remote/SshError.h"
#include "remote/SshOptions.h"
#include "remote/SshSession.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace {
constexpr SecretStore::Kind kAllKinds[]
    = { SecretStore::Kind::SshPassword, SecretStore::Kind::KeyPassphrase, SecretStore::Kind::SudoPassword };

struct NamedValue
{
    const char *name;
    int value;
};

constexpr NamedValue kAuthNames[] = { { "auto", int(SshAuthMethod::Auto) },
                                      { "agent", int(SshAuthMethod::Agent) },
                                      { "key", int(SshAuthMethod::KeyFile) },
                                      { "password", int(SshAuthMethod::Password) } };
constexpr NamedValue kSudoNames[] = { { "none", int(SudoMode::None) },
                                      { "passwordless", int(SudoMode::Passwordless) },
                                      { "password", int(SudoMode::Password) } };

// Names rather than numbers in the settings file, so a reordered enum never changes a setting.
template<std::size_t N> QString nameOf(const NamedValue (&table)[N], int value)
{
    for (const NamedValue &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    }
    return QString::fromLatin1(table[0].name);
}

template<std::size_t N> int valueOf(const NamedValue (&table)[N], const QString &name, int fallback)
{
    for (const NamedValue &entry : table) {
        if (name == QLatin1String(entry.name))
            return entry.value;
    }
    return fallback;
}

// What the "Via" column shows: where SSH really goes after ~/.ssh/config, and the bastion.
QString routeText(const SshEffectiveTarget &effective)
{
    if (!effective.error.isEmpty())
        return ConnectionController::tr("~/.ssh/config could not be read: %1").arg(effective.error);
    const QString destination = effective.user.isEmpty()
        ? effective.hostPort()
        : effective.user + QLatin1Char('@') + effective.hostPort();
    if (effective.proxyCommand.isEmpty())
        return ConnectionController::tr("%1 (direct)").arg(destination);
    return ConnectionController::tr("%1 through %2").arg(destination, effective.proxyCommand);
}

struct RoutePreview
{
    quint64 request = 0;
    QList<QPair<QString, QString>> routes; // master, route text
};
} // namespace

ConnectionController::ConnectionController(WizardController *wizard)
    : QObject(wizard)
    , m_wizard(wizard)
    , m_connections(new MasterConnections(this))
    , m_model(new ConnectionStatusModel(this))
    , m_store(new SecretStore(this))
{
    connect(m_wizard, &WizardController::configChanged, this, &ConnectionController::onConfigChanged);
    connect(m_store, &SecretStore::readFinished, this, &ConnectionController::onReadFinished);
    connect(m_store, &SecretStore::writeFinished, this, &ConnectionController::onWriteFinished);

    connect(m_connections, &MasterConnections::masterStateChanged, this,
            [this](const QString &master, SshState state) {
                m_model->setState(master, state);
                Q_EMIT connectionStateChanged();
            });
    connect(m_connections, &MasterConnections::masterFailed, this, &ConnectionController::onMasterFailed);
    connect(m_connections, &MasterConnections::hostKeyUnknown, this,
            [this](const QString &master, const HostKeyInfo &info) {
                // The same key from the same master, accepted once already in this run.
                if (m_acceptedHostKeys.contains(master, info.fingerprint)) {
                    if (SshSession *session = m_connections->session(master))
                        session->answerHostKey(HostKeyDecision::AcceptOnce);
                    return;
                }
                m_pendingHostKeys.insert(master, info);
                Q_EMIT hostKeyQuestion(master, info);
            });
    connect(m_connections, &MasterConnections::allSettled, this, &ConnectionController::onSettled);
}

ConnectionController::~ConnectionController() = default;

QString ConnectionController::clusterKey() const
{
    const ClusterConfig &config = m_wizard->config();
    QStringList masters = config.masterList();
    masters.sort();
    const QString path = config.fileName().startsWith(QLatin1Char(':'))
        ? config.fileName() // a resource (the demo)
        : QFileInfo(config.fileName()).absoluteFilePath();
    const QByteArray identity = path.toUtf8() + '\n' + masters.join(QLatin1Char(',')).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(12);
    const QString name = config.clusterName().isEmpty() ? QFileInfo(config.fileName()).fileName()
                                                        : config.clusterName();
    return name + QLatin1Char('#') + QString::fromLatin1(hash);
}

void ConnectionController::setSettings(const ConnectionSettings &settings)
{
    if (settings == m_settings)
        return;
    const bool rememberChanged = settings.rememberSecrets != m_settings.rememberSecrets;
    const bool userChanged = settings.user != m_settings.user;
    const bool routeChanged = settings.user != m_settings.user || settings.port != m_settings.port
        || settings.sshConfigPath != m_settings.sshConfigPath
        || settings.useSshConfig != m_settings.useSshConfig;
    m_settings = settings;

    if (m_hasSessions)
        resetConnections();
    if (userChanged && m_settings.rememberSecrets) {
        readSecretsFromKeychain();
    } else if (rememberChanged) {
        // Secrets follow the checkbox: into the keychain when it is ticked, out when it is not.
        const QString cluster = clusterKey();
        const QString user = secretUser();
        for (const SecretStore::Kind kind : kAllKinds) {
            if (m_settings.rememberSecrets) {
                if (m_cache.contains(kind, cluster, user) && m_cache.isKeychainAvailable())
                    m_store->write(kind, cluster, user, m_cache.secret(kind, cluster, user));
            } else {
                m_store->remove(kind, cluster, user);
                if (m_cache.contains(kind, cluster, user))
                    m_cache.put(kind, cluster, user, m_cache.secret(kind, cluster, user),
                                SecretCache::Persistence::ThisRunOnly);
            }
        }
    }
    if (routeChanged)
        previewRoutes();
    Q_EMIT settingsChanged();
    Q_EMIT secretStatusChanged();
}

QList<SshTarget> ConnectionController::targets() const
{
    const QString cluster = clusterKey();
    const QString user = secretUser();
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
        // Only the secrets the chosen methods use travel with the target.
        if (m_settings.auth == SshAuthMethod::Password)
            target.password = m_cache.secret(SecretStore::Kind::SshPassword, cluster, user);
        if (m_settings.auth == SshAuthMethod::KeyFile || m_settings.auth == SshAuthMethod::Auto)
            target.keyPassphrase = m_cache.secret(SecretStore::Kind::KeyPassphrase, cluster, user);
        if (m_settings.sudo == SudoMode::Password)
            target.sudoPassword = m_cache.secret(SecretStore::Kind::SudoPassword, cluster, user);
        target.sudoGate = m_sudoGate;
        result << target;
    }
    return result;
}

void ConnectionController::setSecret(SecretStore::Kind kind, const QString &secret)
{
    if (kind == SecretStore::Kind::SudoPassword)
        m_sudoGate = std::make_shared<SudoPasswordGate>(); // answered again: every master may be asked

    const QString cluster = clusterKey();
    const QString user = secretUser();
    if (secret.isEmpty()) {
        m_cache.forget(kind, cluster, user);
    } else {
        // Memory first; "saved in the keychain" only once the keychain said so.
        m_cache.put(kind, cluster, user, secret, SecretCache::Persistence::ThisRunOnly);
        if (m_settings.rememberSecrets && m_cache.isKeychainAvailable())
            m_store->write(kind, cluster, user, secret);
    }
    Q_EMIT secretStatusChanged();
}

bool ConnectionController::hasSecret(SecretStore::Kind kind) const
{
    return m_cache.contains(kind, clusterKey(), secretUser());
}

QString ConnectionController::secretStatusText(SecretStore::Kind kind) const
{
    return m_cache.statusText(kind, clusterKey(), secretUser());
}

bool ConnectionController::allConnected() const
{
    const QList<SshSession *> sessions = m_connections->sessions();
    return m_hasSessions && !sessions.isEmpty() && m_connections->connectedCount() == sessions.size();
}

void ConnectionController::connectAll()
{
    if (!m_wizard->hasValidConfig())
        return;
    saveSettings();
    m_pendingHostKeys.clear();
    m_connections->setTargets(targets());
    m_hasSessions = true;
    for (SshSession *session : m_connections->sessions()) {
        const QString master = session->name();
        connect(session, &SshSession::resolved, this, [this, master](const SshEffectiveTarget &effective) {
            m_model->setVia(master, routeText(effective));
        });
    }
    m_model->resetStates();
    setBusy(true);
    Q_EMIT connectionStateChanged();
    m_connections->connectAll();
}

void ConnectionController::disconnectAll()
{
    resetConnections();
}

void ConnectionController::answerHostKey(const QString &master, const QString &fingerprint,
                                         HostKeyDecision decision)
{
    SshSession *session = m_connections->session(master);
    if (!session || !m_pendingHostKeys.contains(master))
        return;
    const HostKeyInfo pending = m_pendingHostKeys.value(master);
    if (pending.fingerprint != fingerprint) {
        // The answer is about a key this master no longer presents: ask about the one it does.
        Q_EMIT hostKeyQuestion(master, pending);
        return;
    }
    m_pendingHostKeys.remove(master);
    // The migration run opens sessions of its own, which must accept the same key from the same
    // master without asking again; a saved key is in known_hosts for them already.
    if (decision == HostKeyDecision::AcceptOnce && !m_acceptedHostKeys.contains(master, fingerprint))
        m_acceptedHostKeys.insert(master, fingerprint);
    session->answerHostKey(decision);
}

void ConnectionController::loadSettings()
{
    QSettings store;
    store.beginGroup(QStringLiteral("connection"));
    store.beginGroup(QString::fromLatin1(QUrl::toPercentEncoding(clusterKey())));
    const ConnectionSettings defaults;
    ConnectionSettings loaded;
    loaded.user = store.value(QStringLiteral("user"), defaults.user).toString();
    loaded.port = store.value(QStringLiteral("port"), defaults.port).toInt();
    loaded.auth = SshAuthMethod(
        valueOf(kAuthNames, store.value(QStringLiteral("auth")).toString(), int(defaults.auth)));
    loaded.keyFile = store.value(QStringLiteral("keyFile"), defaults.keyFile).toString();
    loaded.sudo
        = SudoMode(valueOf(kSudoNames, store.value(QStringLiteral("sudo")).toString(), int(defaults.sudo)));
    loaded.rememberSecrets
        = store.value(QStringLiteral("rememberSecrets"), defaults.rememberSecrets).toBool();
    loaded.knownHostsPath = store.value(QStringLiteral("knownHostsPath"), defaults.knownHostsPath).toString();
    loaded.sshConfigPath = store.value(QStringLiteral("sshConfigPath"), defaults.sshConfigPath).toString();
    loaded.useSshConfig = store.value(QStringLiteral("useSshConfig"), defaults.useSshConfig).toBool();

    // Loading is not the operator toggling "remember": nothing is written to or removed from
    // the keychain, only read.
    m_settings = loaded;
    if (m_hasSessions)
        resetConnections();
    previewRoutes();
    if (m_settings.rememberSecrets)
        readSecretsFromKeychain();
    Q_EMIT settingsChanged();
    Q_EMIT secretStatusChanged();
}

void ConnectionController::saveSettings() const
{
    if (!m_wizard->hasConfig())
        return;
    QSettings store;
    store.beginGroup(QStringLiteral("connection"));
    store.beginGroup(QString::fromLatin1(QUrl::toPercentEncoding(clusterKey())));
    store.setValue(QStringLiteral("user"), m_settings.user);
    store.setValue(QStringLiteral("port"), m_settings.port);
    store.setValue(QStringLiteral("auth"), nameOf(kAuthNames, int(m_settings.auth)));
    store.setValue(QStringLiteral("keyFile"), m_settings.keyFile);
    store.setValue(QStringLiteral("sudo"), nameOf(kSudoNames, int(m_settings.sudo)));
    store.setValue(QStringLiteral("rememberSecrets"), m_settings.rememberSecrets);
    store.setValue(QStringLiteral("knownHostsPath"), m_settings.knownHostsPath);
    store.setValue(QStringLiteral("sshConfigPath"), m_settings.sshConfigPath);
    store.setValue(QStringLiteral("useSshConfig"), m_settings.useSshConfig);
}

QString ConnectionController::secretUser() const
{
    if (!m_settings.user.isEmpty())
        return m_settings.user;
    // ssh(1) logs in as the local user then (or as ~/.ssh/config's User, unknown until connected).
    return qEnvironmentVariable("USER");
}

void ConnectionController::readSecretsFromKeychain()
{
    if (!m_cache.isKeychainAvailable() || !m_wizard->hasConfig())
        return;
    for (const SecretStore::Kind kind : kAllKinds)
        m_store->read(kind, clusterKey(), secretUser());
}

void ConnectionController::onReadFinished(SecretStore::Kind kind, const QString &cluster, const QString &user,
                                          SecretStore::Result result, const QString &secret,
                                          const QString &errorText)
{
    switch (result) {
    case SecretStore::Result::Found:
        // What the operator typed in the meantime wins over the keychain's older copy.
        if (!m_cache.contains(kind, cluster, user))
            m_cache.put(kind, cluster, user, secret, SecretCache::Persistence::Keychain);
        break;
    case SecretStore::Result::NotFound:
        return;
    case SecretStore::Result::NoBackend:
    case SecretStore::Result::Failed:
        m_cache.setKeychainUnavailable(errorText.isEmpty() ? tr("no system keychain") : errorText);
        break;
    }
    Q_EMIT secretStatusChanged();
}

void ConnectionController::onWriteFinished(SecretStore::Kind kind, const QString &cluster,
                                           const QString &user, SecretStore::Result result,
                                           const QString &errorText)
{
    if (!m_cache.contains(kind, cluster, user))
        return;
    if (result == SecretStore::Result::Found) {
        // Only if the keychain holds what the cache holds: the operator may have typed again.
        if (m_settings.rememberSecrets)
            m_cache.put(kind, cluster, user, m_cache.secret(kind, cluster, user),
                        SecretCache::Persistence::Keychain);
    } else {
        m_cache.setKeychainUnavailable(errorText.isEmpty() ? tr("no system keychain") : errorText);
    }
    Q_EMIT secretStatusChanged();
}

void ConnectionController::onMasterFailed(const QString &master, const SshError &error)
{
    m_pendingHostKeys.remove(master);
    // The engine's message names the master and says what to do (e.g. the known_hosts line to
    // remove for a changed key).
    m_model->setError(master, error.message);
    Q_EMIT connectionStateChanged();
}

void ConnectionController::onSettled(int connected, int failed)
{
    setBusy(false);
    Q_EMIT connectFinished(connected, failed);
}

void ConnectionController::onConfigChanged()
{
    resetConnections();
    m_acceptedHostKeys.clear(); // another cluster: its masters' keys are asked about afresh
    m_model->setMasters(m_wizard->config().masterList());
    loadSettings();
}

void ConnectionController::resetConnections()
{
    const bool had = m_hasSessions;
    m_connections->setTargets({});
    m_hasSessions = false;
    m_pendingHostKeys.clear();
    m_model->resetStates();
    setBusy(false);
    if (had)
        Q_EMIT connectionStateChanged();
}

void ConnectionController::previewRoutes()
{
    // ~/.ssh/config is a file: read off the GUI thread. Secrets play no part in the route.
    QList<SshTarget> routeTargets = targets();
    for (SshTarget &target : routeTargets) {
        target.password.clear();
        target.keyPassphrase.clear();
        target.sudoPassword.clear();
    }
    const quint64 request = ++m_routeRequest;
    runOffGuiThread(
        this,
        [request, routeTargets] {
            RoutePreview preview;
            preview.request = request;
            for (const SshTarget &target : routeTargets)
                preview.routes.append({ target.name, routeText(SshOptions::resolve(target)) });
            return preview;
        },
        [this](const RoutePreview &preview) {
            if (preview.request != m_routeRequest)
                return;
            for (const auto &route : preview.routes)
                m_model->setVia(route.first, route.second);
        });
}

void ConnectionController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(m_busy);
}
