// ConnectionController without widgets, against the simulated cluster's real sshd: key and
// password logins, sudo, host key questions, per-master errors, settings without secrets and the
// keychain round trip.
#include "ConnectSim.h"
#include "ConnectionController.h"
#include "ConnectionStatusModel.h"
#include "GuiTestSupport.h"
#include "WizardController.h"
#include "remote/CommandJob.h"
#include "remote/MasterConnections.h"
#include "remote/SshSession.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace GuiTestSupport;

namespace {
constexpr int kConnectTimeoutMs = 60000;
}

class TestConnectionController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void connectsAllMastersWithKey();
    void connectsWithPasswordAndSudoPassword();
    void unknownHostKeyIsAskedAndRejectFailsThatMasterOnly();
    void acceptOnceIsKeptForTheRun();
    void acceptedKeyIsBoundToItsMaster();
    void wrongPasswordFailsEveryMasterWithItsError();
    void settingsArePerClusterAndHoldNoSecret();
    void changedSettingsDropTheConnections();
    void keychainRememberRoundTrip();
    void secretsBelongToTheClustersIdentity();

private:
    bool needSim();
    void loadConfig(WizardController *wizard) const;
    ConnectionSettings keySettings() const;
    ConnectionSettings passwordSettings() const;
    bool sudoWorks(const QString &master) const;

    std::unique_ptr<SimCluster> m_sim;
    QString m_simError;
    QTemporaryDir m_dir;
    std::unique_ptr<WizardController> m_wizard;
    ConnectionController *m_controller = nullptr;
};

void TestConnectionController::initTestCase()
{
    isolateSettings();
    QVERIFY(m_dir.isValid());
}

bool TestConnectionController::needSim()
{
    // Up on first use only: the keychain test runs alone (under scripts/run-with-keyring) without it.
    if (m_sim)
        return m_simError.isEmpty();
    if (!SimCluster::available(&m_simError))
        return false;
    m_sim = std::make_unique<SimCluster>(ConnectSim::topology());
    if (!m_sim->up(&m_simError))
        return false;
    m_simError.clear();
    loadConfig(m_wizard.get());
    return true;
}

#define NEED_SIM()                                                                                           \
    do {                                                                                                     \
        if (!needSim())                                                                                      \
            QSKIP(qPrintable(m_simError));                                                                   \
    } while (false)

void TestConnectionController::init()
{
    QSettings().clear();
    m_wizard = std::make_unique<WizardController>();
    m_controller = m_wizard->connection();
    if (m_sim && m_simError.isEmpty())
        loadConfig(m_wizard.get());
}

void TestConnectionController::cleanup()
{
    m_controller = nullptr;
    m_wizard.reset();
}

void TestConnectionController::loadConfig(WizardController *wizard) const
{
    QSignalSpy imported(wizard, &WizardController::importFinished);
    wizard->loadConfigFile(m_sim->configYaml());
    QVERIFY(imported.wait());
    QVERIFY2(wizard->hasValidConfig(), qPrintable(wizard->errorText()));
}

ConnectionSettings TestConnectionController::keySettings() const
{
    const SshTarget sim = m_sim->targets().constFirst();
    ConnectionSettings settings;
    settings.user = QStringLiteral("emw-key");
    settings.port = sim.port;
    settings.auth = SshAuthMethod::KeyFile;
    settings.keyFile = sim.keyFile;
    settings.sudo = SudoMode::Passwordless;
    settings.knownHostsPath = sim.knownHostsPath;
    settings.useSshConfig = false;
    return settings;
}

ConnectionSettings TestConnectionController::passwordSettings() const
{
    ConnectionSettings settings = keySettings();
    settings.user = QStringLiteral("emw-pass");
    settings.auth = SshAuthMethod::Password;
    settings.keyFile.clear();
    settings.sudo = SudoMode::Password;
    return settings;
}

bool TestConnectionController::sudoWorks(const QString &master) const
{
    SshSession *session = m_controller->connections()->session(master);
    if (!session)
        return false;
    CommandJob *job = session->run({ QStringLiteral("id"), QStringLiteral("-u") }, true);
    QSignalSpy finished(job, &SshJob::finished);
    if (!finished.wait(30000))
        return false;
    return job->result().succeeded() && job->result().stdoutData.trimmed() == "0";
}

void TestConnectionController::connectsAllMastersWithKey()
{
    NEED_SIM();
    m_controller->setSettings(keySettings());
    QSignalSpy finished(m_controller, &ConnectionController::connectFinished);
    m_controller->connectAll();
    QVERIFY(m_controller->isBusy());
    QVERIFY(!m_controller->isComplete());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kConnectTimeoutMs);
    QCOMPARE(finished.constFirst().at(0).toInt(), 3);
    QVERIFY(m_controller->allConnected());
    QVERIFY(m_controller->isComplete());
    QVERIFY(!m_controller->isBusy());

    const ConnectionStatusModel *model = m_controller->statusModel();
    QCOMPARE(model->masters(), m_sim->masters());
    for (const QString &master : m_sim->masters()) {
        QCOMPARE(model->state(master), SshState::Connected);
        QVERIFY(model->error(master).isEmpty());
        // The route after the config: straight to the master's sshd, no bastion.
        QCOMPARE(model->via(master), QStringLiteral("emw-key@[%1]:2222 (direct)").arg(master));
    }
    QVERIFY(sudoWorks(m_sim->masters().constFirst()));
    QVERIFY(m_controller->acceptedHostKeys().isEmpty());
}

void TestConnectionController::connectsWithPasswordAndSudoPassword()
{
    NEED_SIM();
    const QString password = ConnectSim::password(*m_sim);
    m_controller->setSettings(passwordSettings());
    m_controller->setSecret(SecretStore::Kind::SshPassword, password);
    m_controller->setSecret(SecretStore::Kind::SudoPassword, password);

    const QList<SshTarget> targets = m_controller->targets();
    QCOMPARE(targets.size(), 3);
    QCOMPARE(targets.constFirst().password, password);
    QCOMPARE(targets.constFirst().sudoPassword, password);
    QVERIFY(targets.constFirst().keyPassphrase.isEmpty());

    QSignalSpy finished(m_controller, &ConnectionController::connectFinished);
    m_controller->connectAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kConnectTimeoutMs);
    QVERIFY(m_controller->allConnected());
    // sudo asks emw-pass for its password on the sim: this proves the sudo password arrives.
    for (const QString &master : m_sim->masters())
        QVERIFY2(sudoWorks(master), qPrintable(master));
}

void TestConnectionController::unknownHostKeyIsAskedAndRejectFailsThatMasterOnly()
{
    NEED_SIM();
    const QString stranger = m_sim->masters().constFirst();
    ConnectionSettings settings = keySettings();
    settings.knownHostsPath
        = ConnectSim::knownHostsWithout(*m_sim, m_dir, { stranger }, QStringLiteral("reject"));
    const QByteArray knownHostsBefore = ConnectSim::readFile(settings.knownHostsPath);
    m_controller->setSettings(settings);

    QSignalSpy questions(m_controller, &ConnectionController::hostKeyQuestion);
    QSignalSpy finished(m_controller, &ConnectionController::connectFinished);
    m_controller->connectAll();
    QTRY_COMPARE_WITH_TIMEOUT(questions.size(), 1, kConnectTimeoutMs);
    QCOMPARE(questions.constFirst().at(0).toString(), stranger);
    const auto info = questions.constFirst().at(1).value<HostKeyInfo>();
    QCOMPARE(info.host, stranger);
    QCOMPARE(info.port, 2222);
    QCOMPARE(info.knownHostsPath, settings.knownHostsPath);
    QVERIFY(info.fingerprint.startsWith(QLatin1String("SHA256:")));
    QCOMPARE(info.fingerprint, ConnectSim::fingerprint(*m_sim, stranger, info.keyType));
    QCOMPARE(m_controller->statusModel()->state(stranger), SshState::AwaitingHostKeyDecision);

    // The others do not wait for the operator.
    for (const QString &master : m_sim->masters().mid(1))
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->statusModel()->state(master), SshState::Connected,
                                  kConnectTimeoutMs);
    QCOMPARE(finished.size(), 0);

    m_controller->answerHostKey(stranger, info.fingerprint, HostKeyDecision::Reject);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kConnectTimeoutMs);
    QCOMPARE(finished.constFirst().at(0).toInt(), 2);
    QCOMPARE(finished.constFirst().at(1).toInt(), 1);
    QCOMPARE(m_controller->statusModel()->state(stranger), SshState::Failed);
    const QString error = m_controller->statusModel()->error(stranger);
    QVERIFY2(error.contains(stranger) && error.contains(info.fingerprint), qPrintable(error));
    QVERIFY(!m_controller->allConnected());
    QVERIFY(m_controller->acceptedHostKeys().isEmpty());
    QCOMPARE(ConnectSim::readFile(settings.knownHostsPath), knownHostsBefore);
}

void TestConnectionController::acceptOnceIsKeptForTheRun()
{
    NEED_SIM();
    const QString stranger = m_sim->masters().constLast();
    ConnectionSettings settings = keySettings();
    settings.knownHostsPath
        = ConnectSim::knownHostsWithout(*m_sim, m_dir, { stranger }, QStringLiteral("once"));
    const QByteArray knownHostsBefore = ConnectSim::readFile(settings.knownHostsPath);
    m_controller->setSettings(settings);

    QSignalSpy questions(m_controller, &ConnectionController::hostKeyQuestion);
    m_controller->connectAll();
    QTRY_COMPARE_WITH_TIMEOUT(questions.size(), 1, kConnectTimeoutMs);
    const auto info = questions.constFirst().at(1).value<HostKeyInfo>();
    m_controller->answerHostKey(stranger, info.fingerprint, HostKeyDecision::AcceptOnce);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->allConnected(), kConnectTimeoutMs);
    // For the migration run's own sessions, bound to that master; known_hosts stays as it was.
    QCOMPARE(m_controller->acceptedHostKeys(), (QMultiHash<QString, QString> { { stranger, info.fingerprint } }));
    QCOMPARE(ConnectSim::readFile(settings.knownHostsPath), knownHostsBefore);
}

// Accepting the key shown for one master accepts that key from that master only: answering
// another master's question with it (a dialog about the first master's key, a stale answer) does
// not let the other in, and on reconnecting only the first is let in without asking.
void TestConnectionController::acceptedKeyIsBoundToItsMaster()
{
    NEED_SIM();
    const QString first = m_sim->masters().at(0);
    const QString second = m_sim->masters().at(1);
    ConnectionSettings settings = keySettings();
    settings.knownHostsPath
        = ConnectSim::knownHostsWithout(*m_sim, m_dir, { first, second }, QStringLiteral("bound"));
    m_controller->setSettings(settings);

    QSignalSpy questions(m_controller, &ConnectionController::hostKeyQuestion);
    m_controller->connectAll();
    QTRY_COMPARE_WITH_TIMEOUT(questions.size(), 2, kConnectTimeoutMs);
    const HostKeyInfo firstKey = m_controller->pendingHostKey(first);
    const HostKeyInfo secondKey = m_controller->pendingHostKey(second);
    QCOMPARE(firstKey.fingerprint, ConnectSim::fingerprint(*m_sim, first, firstKey.keyType));
    QVERIFY(firstKey.fingerprint != secondKey.fingerprint);

    m_controller->answerHostKey(first, firstKey.fingerprint, HostKeyDecision::AcceptOnce);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->statusModel()->state(first), SshState::Connected, kConnectTimeoutMs);

    // The first master's key as the answer for the second: not accepted, asked again.
    questions.clear();
    m_controller->answerHostKey(second, firstKey.fingerprint, HostKeyDecision::AcceptOnce);
    QCOMPARE(questions.size(), 1);
    QCOMPARE(questions.constFirst().at(0).toString(), second);
    QCOMPARE(questions.constFirst().at(1).value<HostKeyInfo>().fingerprint, secondKey.fingerprint);
    QCOMPARE(m_controller->statusModel()->state(second), SshState::AwaitingHostKeyDecision);
    QCOMPARE(m_controller->acceptedHostKeys(), (QMultiHash<QString, QString> { { first, firstKey.fingerprint } }));
    m_controller->answerHostKey(second, secondKey.fingerprint, HostKeyDecision::Reject);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->statusModel()->state(second), SshState::Failed, kConnectTimeoutMs);

    // Again: the first master, same key, gets in without a question; the second is asked.
    questions.clear();
    QSignalSpy finished(m_controller, &ConnectionController::connectFinished);
    m_controller->disconnectAll();
    m_controller->connectAll();
    QTRY_COMPARE_WITH_TIMEOUT(questions.size(), 1, kConnectTimeoutMs);
    QCOMPARE(questions.constFirst().at(0).toString(), second);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->statusModel()->state(first), SshState::Connected, kConnectTimeoutMs);
    m_controller->answerHostKey(second, secondKey.fingerprint, HostKeyDecision::Reject);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kConnectTimeoutMs);
}

void TestConnectionController::wrongPasswordFailsEveryMasterWithItsError()
{
    NEED_SIM();
    m_controller->setSettings(passwordSettings());
    m_controller->setSecret(SecretStore::Kind::SshPassword, QStringLiteral("not-the-password"));
    QSignalSpy finished(m_controller, &ConnectionController::connectFinished);
    m_controller->connectAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kConnectTimeoutMs);
    QCOMPARE(finished.constFirst().at(0).toInt(), 0);
    QCOMPARE(finished.constFirst().at(1).toInt(), 3);
    for (const QString &master : m_sim->masters()) {
        QCOMPARE(m_controller->statusModel()->state(master), SshState::Failed);
        const QString error = m_controller->statusModel()->error(master);
        QVERIFY2(error.contains(master), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("not-the-password")), qPrintable(error));
    }
    QVERIFY(!m_controller->isComplete());
}

void TestConnectionController::settingsArePerClusterAndHoldNoSecret()
{
    NEED_SIM();
    const QString password = ConnectSim::password(*m_sim);
    ConnectionSettings settings = passwordSettings();
    settings.port = 2222;
    m_controller->setSettings(settings);
    m_controller->setSecret(SecretStore::Kind::SshPassword, password);
    m_controller->setSecret(SecretStore::Kind::SudoPassword, password);
    m_controller->setSecret(SecretStore::Kind::KeyPassphrase, QStringLiteral("passphrase-not-to-store"));
    QSignalSpy finished(m_controller, &ConnectionController::connectFinished);
    m_controller->connectAll(); // saves the settings
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kConnectTimeoutMs);

    QSettings store;
    store.sync();
    const QByteArray file = ConnectSim::readFile(store.fileName());
    QVERIFY2(file.contains("emw-pass"), file.constData());
    QVERIFY(!file.contains(password.toUtf8()));
    QVERIFY(!file.contains("passphrase-not-to-store"));

    // The same cluster again (a fresh wizard): the last options come back, the secrets do not.
    auto again = std::make_unique<WizardController>();
    loadConfig(again.get());
    QCOMPARE(again->connection()->settings(), settings);
    QVERIFY(!again->connection()->hasSecret(SecretStore::Kind::SshPassword));
    QCOMPARE(again->connection()->secretStatusText(SecretStore::Kind::SshPassword),
             SecretCache::tr("Not known yet: you will be asked for it."));

    // Another cluster starts from the defaults.
    QSignalSpy imported(again.get(), &WizardController::importFinished);
    again->loadDemo();
    QVERIFY(imported.wait());
    QCOMPARE(again->connection()->settings(), ConnectionSettings());
}

void TestConnectionController::changedSettingsDropTheConnections()
{
    NEED_SIM();
    m_controller->setSettings(keySettings());
    m_controller->connectAll();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->allConnected(), kConnectTimeoutMs);
    ConnectionSettings other = keySettings();
    other.sudo = SudoMode::None;
    m_controller->setSettings(other);
    QVERIFY(!m_controller->allConnected());
    for (const QString &master : m_sim->masters())
        QCOMPARE(m_controller->statusModel()->state(master), SshState::Disconnected);
}

void TestConnectionController::keychainRememberRoundTrip()
{
    // Never the developer's own keyring: either scripts/run-with-keyring's throwaway one, or none.
    const bool throwaway = qEnvironmentVariable("EMW_THROWAWAY_KEYRING") == QLatin1String("1");
    if (!throwaway && qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("a session bus that may hold a real keyring; run under scripts/run-with-keyring");

    // Needs a cluster name only, not a running cluster.
    QSignalSpy imported(m_wizard.get(), &WizardController::importFinished);
    m_wizard->loadDemo();
    QVERIFY(imported.wait());
    ConnectionSettings settings;
    settings.user = QStringLiteral("keychain-user");
    settings.rememberSecrets = true;
    m_controller->setSettings(settings);
    m_controller->saveSettings();
    const auto kind = SecretStore::Kind::SshPassword;
    QSignalSpy status(m_controller, &ConnectionController::secretStatusChanged);
    m_controller->setSecret(kind, QStringLiteral("kept-in-the-keychain"));

    if (!throwaway) {
        // No keychain on this machine: memory only, and the hint says so.
        QTRY_VERIFY(!m_controller->isKeychainAvailable());
        QVERIFY(m_controller->hasSecret(kind));
        QVERIFY2(m_controller->secretStatusText(kind).contains(QLatin1String("cannot be saved")),
                 qPrintable(m_controller->secretStatusText(kind)));
        return;
    }

    QTRY_COMPARE(m_controller->secretStatusText(kind), SecretCache::tr("Saved in the system keychain."));

    // A fresh wizard on the same cluster reads it back from the keychain.
    auto again = std::make_unique<WizardController>();
    QSignalSpy againImported(again.get(), &WizardController::importFinished);
    again->loadDemo();
    QVERIFY(againImported.wait());
    QVERIFY(again->connection()->settings().rememberSecrets);
    QTRY_VERIFY(again->connection()->hasSecret(kind));
    again->connection()->setSettings([&] {
        ConnectionSettings withPassword = again->connection()->settings();
        withPassword.auth = SshAuthMethod::Password;
        return withPassword;
    }());
    QCOMPARE(again->connection()->targets().constFirst().password, QStringLiteral("kept-in-the-keychain"));

    // Unticking "remember" takes it out of the keychain.
    settings.rememberSecrets = false;
    m_controller->setSettings(settings);
    m_controller->saveSettings();
    QTRY_COMPARE(
        m_controller->secretStatusText(kind),
        SecretCache::tr("Kept in memory until the wizard closes; not saved in the system keychain."));
    SecretStore store;
    QSignalSpy read(&store, &SecretStore::readFinished);
    store.read(kind, m_controller->clusterKey(), settings.user);
    QVERIFY(read.wait());
    QCOMPARE(read.constFirst().at(3).value<SecretStore::Result>(), SecretStore::Result::NotFound);
}

// Two clusters both called "exhibitor-demo" (a copy of a config.yaml edited for another cluster,
// or the same name in two environments) must not share a password, neither in the keychain nor
// in this run's memory: secrets are kept under the config's path and master_list too.
void TestConnectionController::secretsBelongToTheClustersIdentity()
{
    const QByteArray demo = demoConfig();
    QVERIFY(demo.contains("- 127.0.1.169\n"));
    const QString first = writeFile(m_dir, QStringLiteral("identity-a.yaml"), demo);
    QByteArray otherMasters = demo;
    otherMasters.replace("- 127.0.1.169\n", "- 127.0.1.170\n");
    const QString sameNameOtherMasters = writeFile(m_dir, QStringLiteral("identity-b.yaml"), otherMasters);
    const QString sameContentElsewhere = writeFile(m_dir, QStringLiteral("identity-c.yaml"), demo);

    ConnectionSettings settings;
    settings.user = QStringLiteral("identity-user");
    settings.auth = SshAuthMethod::Password;
    const auto kind = SecretStore::Kind::SshPassword;
    auto load = [&](const QString &path) {
        QSignalSpy imported(m_wizard.get(), &WizardController::importFinished);
        m_wizard->loadConfigFile(path);
        QVERIFY(imported.wait());
        QVERIFY2(m_wizard->hasValidConfig(), qPrintable(m_wizard->errorText()));
        QCOMPARE(m_wizard->config().clusterName(), QStringLiteral("exhibitor-demo"));
        m_controller->setSettings(settings);
    };

    load(first);
    const QString firstKey = m_controller->clusterKey();
    QVERIFY2(firstKey.startsWith(QStringLiteral("exhibitor-demo#")), qPrintable(firstKey));
    m_controller->setSecret(kind, QStringLiteral("password-of-the-first"));
    QVERIFY(m_controller->hasSecret(kind));

    load(sameNameOtherMasters);
    QVERIFY(m_controller->clusterKey() != firstKey);
    QVERIFY(SecretStore::entryKey(kind, m_controller->clusterKey(), settings.user)
            != SecretStore::entryKey(kind, firstKey, settings.user));
    QVERIFY(!m_controller->hasSecret(kind));
    QVERIFY(m_controller->targets().constFirst().password.isEmpty());

    load(sameContentElsewhere);
    QVERIFY(m_controller->clusterKey() != firstKey);
    QVERIFY(!m_controller->hasSecret(kind));

    // The first cluster again: its own password is still there.
    load(first);
    QCOMPARE(m_controller->clusterKey(), firstKey);
    QVERIFY(m_controller->hasSecret(kind));
    QCOMPARE(m_controller->targets().constFirst().password, QStringLiteral("password-of-the-first"));
}

QTEST_MAIN(TestConnectionController)
#include "TestConnectionController.moc"
