#include "MigrationCommandSupport.h"

#include "CliInput.h"
#include "CliText.h"
#include "ClusterTakeover.h"

#include "Command.h"
#include "MigrationRunPrinter.h"

#include "config/ClusterConfig.h"
#include "config/CurrentIds.h"
#include "config/Ensemble.h"
#include "discovery/Discovery.h"
#include "discovery/DiscoveryIdsFile.h"
#include "migration/MigrationJournal.h"
#include "migration/MigrationRunner.h"
#include "remote/MasterConnections.h"
#include "remote/ShellQuote.h"
#include "remote/SshSession.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>


MigrationCommandSupport::MigrationCommandSupport(const QString &command)
    : m_command(command)
{
}

void MigrationCommandSupport::addOptions(QCommandLineParser &parser, bool runOptions)
{
    parser.addOptions({
        {{QStringLiteral("c"), QStringLiteral("config")}, tr("The cluster's DC/OS config.yaml (before the migration)."),
         tr("FILE")},
        {QStringLiteral("ids"), tr("Current IDs: an ids file (\"<ip> <id>\" lines) or discover's JSON output."),
         tr("FILE")},
        {QStringLiteral("journal"), tr("The run journal (default: one per cluster in the app's data directory)."),
         tr("FILE")},
        {QStringLiteral("user"), tr("SSH user (default: ~/.ssh/config, else yours)."), tr("USER")},
        {QStringLiteral("port"), tr("SSH port (default: ~/.ssh/config, else 22)."), tr("PORT")},
        {QStringLiteral("identity"), tr("Private key file to log in with."), tr("KEYFILE")},
        {QStringLiteral("password-stdin"), tr("Log in with a password read from the first line of stdin.")},
        {QStringLiteral("sudo-password-stdin"),
         tr("Read the sudo password from the next line of stdin (default: the login password).")},
        {QStringLiteral("sudo"), tr("How to become root: none, nopasswd (default) or password."), tr("MODE"),
         QStringLiteral("nopasswd")},
        {QStringLiteral("known-hosts"), tr("known_hosts file (default: ~/.ssh/config, else ~/.ssh/known_hosts)."),
         tr("FILE")},
        {QStringLiteral("accept-host-key"),
         tr("Trust this host key for this run, after comparing it on the master. Repeat for each master."),
         tr("SHA256:...")},
        {QStringLiteral("forward-host"),
         tr("Where ZooKeeper listens as seen from each master (default: the master's own IP)."), tr("HOST")},
        {QStringLiteral("digest-exclude"),
         tr("Leave this znode subtree out of the data check (a busy live service's own paths). Repeatable."),
         tr("PATH")},
        {QStringLiteral("report"), tr("Write the report (report.json, report.html) into this directory."), tr("DIR")},
        {QStringLiteral("format"), tr("Progress: text on stderr (default) or json events on stdout."), tr("FORMAT"),
         QStringLiteral("text")},
    });
    m_runOptions = runOptions;
    if (runOptions) {
        parser.addOptions({
            {QStringLiteral("yes"), tr("Do not ask before each phase.")},
            {QStringLiteral("pause-each"), tr("Also ask before each master's restart.")},
            {QStringLiteral("take-over-stale-lock"),
             tr("Take over a stale run lock file on the masters (its run's ZooKeeper session gone, its process "
                "not running). A live lock is never taken over.")},
            {QStringLiteral("gate-timeout"),
             tr("Seconds a restarted master gets to settle before the run stops (10 to 1800, default 120)."),
             tr("SECONDS")},
        });
    }
}

int MigrationCommandSupport::usageError(const QString &message, QTextStream &err) const
{
    err << tr("exhibitor-migrate %1: %2").arg(m_command, message) << ' '
        << tr("Run \"exhibitor-migrate %1 --help\" for usage.").arg(m_command) << '\n';
    return ExitCode::InvalidInput;
}

bool MigrationCommandSupport::jsonFormat(const QCommandLineParser &parser) const
{
    return parser.value(QStringLiteral("format")) == QLatin1String("json");
}

int MigrationCommandSupport::prepare(QCommandLineParser &parser, OperationListBuilder::Kind kind, MigrationSetup *setup,
                                     QTextStream &err)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(tr("unknown format \"%1\"; use text or json.").arg(format), err);
    if (!parser.isSet(QStringLiteral("config")))
        return usageError(tr("--config FILE is required."), err);
    const QString sudo = parser.value(QStringLiteral("sudo"));
    if (sudo != QLatin1String("none") && sudo != QLatin1String("nopasswd") && sudo != QLatin1String("password"))
        return usageError(tr("unknown sudo mode \"%1\"; use none, nopasswd or password.").arg(sudo), err);
    int port = 0;
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        port = parser.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return usageError(tr("\"%1\" is not a port number.").arg(parser.value(QStringLiteral("port"))), err);
    }
    const QStringList accepted = parser.values(QStringLiteral("accept-host-key"));
    for (const QString &fingerprint : accepted) {
        if (!CliInput::isSha256Fingerprint(fingerprint))
            return usageError(tr("--accept-host-key takes the whole fingerprint as ssh-keygen -l prints it, "
                                 "\"SHA256:\" and 43 characters; \"%1\" is not one.")
                                  .arg(fingerprint),
                              err);
    }

    m_supportBundleCommand = {QStringLiteral("exhibitor-migrate"), QStringLiteral("support-bundle")};
    // Options only, no values that are secrets: passwords come from stdin, as here.
    for (const char *option : {"config", "journal", "user", "port", "identity", "sudo", "known-hosts", "forward-host"}) {
        const QString name = QString::fromLatin1(option);
        if (parser.isSet(name))
            m_supportBundleCommand << QStringLiteral("--") + name << parser.value(name);
    }
    for (const char *flag : {"password-stdin", "sudo-password-stdin"}) {
        if (parser.isSet(QString::fromLatin1(flag)))
            m_supportBundleCommand << QStringLiteral("--") + QString::fromLatin1(flag);
    }
    for (const QString &fingerprint : accepted)
        m_supportBundleCommand << QStringLiteral("--accept-host-key") << fingerprint;
    m_goOnOptions = m_supportBundleCommand.mid(2);
    // Not --report: the interrupted run's report stays where it is.
    for (const char *option : {"ids", "digest-exclude", "gate-timeout"}) {
        const QString name = QString::fromLatin1(option);
        if (name == QLatin1String("gate-timeout") && !m_runOptions)
            continue;
        for (const QString &value : parser.values(name))
            m_goOnOptions << QStringLiteral("--") + name << value;
    }

    const ClusterConfig config = ClusterConfig::fromFile(parser.value(QStringLiteral("config")));
    for (const auto &warning : config.warnings())
        err << warning.toWarningString() << '\n';
    if (!config.hasUsableMasterList() || !config.hasBackendToMigrate()) {
        for (const auto &issue : config.issues())
            err << issue.toString() << '\n';
        if (!config.hasBackendToMigrate())
            err << tr("%1: exhibitor_storage_backend is %2: give the config.yaml from before the migration.")
                       .arg(config.fileName(), config.storageBackend())
                << '\n';
        return ExitCode::InvalidInput;
    }
    setup->clusterName = config.clusterName();

    MigrationOptions &options = setup->options;
    // status and verify have no --yes or --pause-each (asking QCommandLineParser about an option
    // it does not know prints a warning).
    options.autoConfirm = (m_runOptions && parser.isSet(QStringLiteral("yes"))) ||
                          kind == OperationListBuilder::Kind::Status || kind == OperationListBuilder::Kind::Verify;
    options.pauseEach = m_runOptions && parser.isSet(QStringLiteral("pause-each"));
    options.takeOverStaleLock = m_runOptions && parser.isSet(QStringLiteral("take-over-stale-lock"));
    options.journalPath = parser.value(QStringLiteral("journal"));
    options.reportDir = parser.value(QStringLiteral("report"));
    options.acceptedHostKeys = accepted;
    options.forwardHost = parser.value(QStringLiteral("forward-host"));
    options.digestExcludes = parser.values(QStringLiteral("digest-exclude"));
    for (const QString &path : options.digestExcludes) {
        if (!path.startsWith(QLatin1Char('/')) || path == QLatin1String("/") || path.contains(QLatin1String("//")))
            return usageError(tr("--digest-exclude takes a znode path below / such as /dcos/jobs; \"%1\" is not one.")
                                  .arg(path),
                              err);
    }
    if (m_runOptions && parser.isSet(QStringLiteral("gate-timeout"))) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("gate-timeout")).toInt(&ok);
        if (!ok || seconds < CliInput::kMinGateTimeoutSeconds || seconds > CliInput::kMaxGateTimeoutSeconds)
            return usageError(tr("--gate-timeout takes a number of seconds from %1 to %2; \"%3\" is not one.")
                                  .arg(CliInput::kMinGateTimeoutSeconds)
                                  .arg(CliInput::kMaxGateTimeoutSeconds)
                                  .arg(parser.value(QStringLiteral("gate-timeout"))),
                              err);
        options.gateTimeoutMs = seconds * 1000;
    }

    // Secrets: stdin only, never argv (visible in ps) and never echoed.
    QString password;
    QString sudoPassword;
    if (parser.isSet(QStringLiteral("password-stdin")) && !CliText::readSecretLine(&password, tr("SSH password: ")))
        return usageError(tr("--password-stdin: no password on stdin."), err);
    if (parser.isSet(QStringLiteral("sudo-password-stdin"))
        && !CliText::readSecretLine(&sudoPassword, tr("sudo password: ")))
        return usageError(tr("--sudo-password-stdin: no sudo password on stdin."), err);
    if (!parser.isSet(QStringLiteral("sudo-password-stdin")))
        sudoPassword = password;
    if (sudo == QLatin1String("password") && sudoPassword.isEmpty())
        return usageError(tr("--sudo password needs --password-stdin or --sudo-password-stdin."), err);
    // One sudo password gate for the whole command (discovery and the run): a refused password
    // is sent to no master again (SudoPasswordGate).
    const auto sudoGate = std::make_shared<SudoPasswordGate>();
    for (const QString &master : Ensemble::dcosSorted(config.masterList())) {
        SshTarget target;
        target.sudoGate = sudoGate;
        target.name = master;
        target.host = master;
        target.port = port;
        target.user = parser.value(QStringLiteral("user"));
        if (parser.isSet(QStringLiteral("identity"))) {
            target.auth = SshAuthMethod::KeyFile;
            target.keyFile = parser.value(QStringLiteral("identity"));
        } else if (parser.isSet(QStringLiteral("password-stdin"))) {
            target.auth = SshAuthMethod::Password;
            target.password = password;
        }
        target.knownHostsPath = parser.value(QStringLiteral("known-hosts"));
        target.sudo = sudo == QLatin1String("none")       ? SudoMode::None
                      : sudo == QLatin1String("password") ? SudoMode::Password
                                                          : SudoMode::Passwordless;
        target.sudoPassword = target.sudo == SudoMode::Password ? sudoPassword : QString();
        setup->targets << target;
    }

    // No journal here (another workstation ran it, or it was lost): resume and rollback take the
    // run over from what the masters show, and say so before they act.
    using Kind = OperationListBuilder::Kind;
    const QString journalPath = setup->options.journalPath.isEmpty()
                                    ? MigrationJournal::defaultPath(setup->clusterName, setup->targetNames())
                                    : setup->options.journalPath;
    m_takeover.reset();
    if ((kind == Kind::Resume || kind == Kind::Rollback) && !QFile::exists(journalPath)) {
        err << tr("There is no journal at %1: taking the run over from the cluster.").arg(journalPath) << '\n';
        m_takeover = ClusterTakeover::read(*setup, err);
        ClusterTakeover::print(*m_takeover, err);
        const QStringList refusals = m_takeover->refusals(kind, parser.isSet(QStringLiteral("ids")));
        if (!refusals.isEmpty()) {
            for (const QString &refusal : refusals)
                err << tr("Not taken over: %1.").arg(refusal) << '\n';
            err << tr("Nothing was changed.") << Qt::endl;
            return ExitCode::Failure;
        }
    }

    QMap<QString, int> ids;
    if (!readIds(parser, kind, config, *setup, &ids, err))
        return ExitCode::InvalidInput;
    setup->plan = MigrationPlan::build(config, ids, parser.value(QStringLiteral("ids")));
    if (!setup->plan.isValid()) {
        for (const auto &issue : setup->plan.issues())
            err << issue.toString() << '\n';
        return ExitCode::InvalidInput;
    }
    if (m_takeover)
        return ClusterTakeover::takeOver(kind, *m_takeover, *setup, journalPath, err);
    return ExitCode::Ok;
}

bool MigrationCommandSupport::readIds(QCommandLineParser &parser, OperationListBuilder::Kind kind,
                                      const ClusterConfig &config, const MigrationSetup &setup,
                                      QMap<QString, int> *ids, QTextStream &err)
{
    using Kind = OperationListBuilder::Kind;
    const QString idsFile = parser.value(QStringLiteral("ids"));
    if (!idsFile.isEmpty()) {
        ConfigIssues issues;
        if (DiscoveryIdsFile::isJsonFile(idsFile)) {
            const DiscoveryIdsFile file = DiscoveryIdsFile::read(idsFile);
            *ids = file.ids();
            issues = file.issues();
        } else {
            const CurrentIds file = CurrentIds::fromIdsFile(idsFile);
            *ids = file.ids();
            issues = file.issues();
        }
        for (const auto &issue : issues)
            err << issue.toString() << '\n';
        return issues.isEmpty();
    }
    // A run that already started knows the IDs from before it: the masters may run others now.
    const QString journalPath = setup.options.journalPath.isEmpty()
                                    ? MigrationJournal::defaultPath(setup.clusterName, setup.targetNames())
                                    : setup.options.journalPath;
    if (QFile::exists(journalPath)) {
        QString error;
        const auto journal = MigrationJournal::load(journalPath, &error);
        if (!journal) {
            err << error << '\n';
            return false;
        }
        if (kind != Kind::Migrate || journal->state != MigrationJournal::State::RolledBack) {
            *ids = journal->currentIds;
            return true;
        }
    }
    switch (kind) {
    case Kind::Migrate:
        return discoverIds(config, setup, ids, err);
    case Kind::Resume:
    case Kind::Rollback:
        if (m_takeover) {
            // Where the masters no longer tell them (every one on DC/OS's numbering) a resume
            // has only Verify left, which needs DC/OS's numbering alone.
            *ids = m_takeover->originalIds();
            if (ids->isEmpty()) {
                for (const auto &member : Ensemble::canonical(setup.targetNames()).members())
                    ids->insert(member.host, member.id);
            }
            return true;
        }
        err << tr("There is no journal at %1: give the IDs the masters had before the migration with --ids FILE.")
                   .arg(journalPath)
            << '\n';
        return false;
    case Kind::Status:
    case Kind::Verify:
        // Only DC/OS's numbering matters to these: verify checks it, status only reads.
        for (const auto &member : Ensemble::canonical(setup.targetNames()).members())
            ids->insert(member.host, member.id);
        return true;
    }
    return false;
}

bool MigrationCommandSupport::discoverIds(const ClusterConfig &config, const MigrationSetup &setup,
                                          QMap<QString, int> *ids, QTextStream &err)
{
    // No ids file and no journal: ask the masters, as `exhibitor-migrate discover` does. Every
    // master's sources must agree; otherwise discover shows the disagreement to sort out first.
    err << tr("Discovering the current IDs on every master...") << Qt::endl;
    MasterConnections connections;
    connections.setTargets(setup.targets);
    const QStringList accepted = setup.options.acceptedHostKeys;
    QObject::connect(&connections, &MasterConnections::hostKeyUnknown, &connections,
                     [&connections, accepted, &err](const QString &master, const HostKeyInfo &info) {
                         const bool trusted = accepted.contains(info.fingerprint);
                         if (!trusted) {
                             err << tr("%1: host key %2 %3 is not in %4; compare it on the master and pass "
                                       "--accept-host-key %3.")
                                        .arg(master, info.keyType, info.fingerprint, info.knownHostsPath)
                                 << Qt::endl;
                         }
                         connections.session(master)->answerHostKey(trusted ? HostKeyDecision::AcceptOnce
                                                                             : HostKeyDecision::Reject);
                     });
    Discovery discovery;
    DiscoveryOptions options = DiscoveryOptions::fromConfig(config);
    options.forwardHost = setup.options.forwardHost;
    discovery.setOptions(options);
    QEventLoop loop;
    QObject::connect(&discovery, &Discovery::finished, &loop, &QEventLoop::quit);
    discovery.start(&connections);
    if (discovery.isRunning())
        loop.exec();
    connections.disconnectAll();
    const QStringList problems = discovery.problems();
    for (const QString &problem : problems)
        err << problem << '\n';
    if (!problems.isEmpty() || !discovery.allAgree()) {
        err << tr("The current IDs are not clear; run \"exhibitor-migrate discover\", settle them, then pass --ids FILE.")
            << '\n';
        return false;
    }
    *ids = discovery.currentIds();
    return true;
}

void MigrationCommandSupport::printHelp(const QCommandLineParser &parser, const QString &usage,
                                        const QString &description, QTextStream &out)
{
    QString options = parser.helpText();
    options = options.mid(options.indexOf(QLatin1Char('\n')) + 1);
    out << usage << "\n\n" << description << "\n" << options << "\n"
        << tr("Exit status: 0 done; 1 the run failed or was stopped (the journal and the report say where); 2 invalid "
              "input.")
        << '\n';
}


int MigrationCommandSupport::run(OperationListBuilder::Kind kind, const MigrationSetup &setup, bool json,
                                 QTextStream &out, QTextStream &err,
                                 const std::function<void(const CheckResult &)> &onCheck)
{
    const int exitCode = MigrationRunPrinter::run(kind, setup, json, out, err, onCheck);
    const SudoPasswordGatePtr gate = setup.targets.isEmpty() ? nullptr : setup.targets.constFirst().sudoGate;
    if (gate && gate->isRefused()) {
        // Invalid input, like a wrong password anywhere else: the operator must answer again.
        err << tr("sudo on %1 did not accept the sudo password (or asked something else); no other master was "
                  "asked. Run again with the right password (--sudo-password-stdin).")
                   .arg(gate->refusedOn())
            << '\n';
        return ExitCode::InvalidInput;
    }
    using Kind = OperationListBuilder::Kind;
    if (exitCode == ExitCode::Interrupted) {
        const QStringList resume = QStringList{QStringLiteral("exhibitor-migrate"), QStringLiteral("migrate"),
                                               QStringLiteral("--resume")} +
                                   m_goOnOptions;
        const QStringList rollback =
            QStringList{QStringLiteral("exhibitor-migrate"), QStringLiteral("rollback")} + m_goOnOptions;
        if (kind == Kind::Rollback) {
            err << tr("The rollback was interrupted; its journal records how far it got. To finish it, run:") << '\n'
                << "  " << ShellQuote::join(rollback) << '\n';
        } else {
            err << tr("The migration was interrupted; its journal records how far it got. To go on, run:") << '\n'
                << "  " << ShellQuote::join(resume) << '\n'
                << tr("or, to restore the original configuration:") << '\n'
                << "  " << ShellQuote::join(rollback) << '\n';
        }
        err << tr("(exit status %1: interrupted by a signal)").arg(ExitCode::Interrupted) << '\n';
        return exitCode;
    }
    if (exitCode == ExitCode::Failure && (kind == Kind::Migrate || kind == Kind::Resume || kind == Kind::Rollback)
        && !m_supportBundleCommand.isEmpty()) {
        err << tr("To collect the masters' env files, zoo.cfg, myid, journals and ZooKeeper answers (secrets "
                  "redacted, known failures explained) for a support request, run:")
            << '\n'
            << "  " << ShellQuote::join(m_supportBundleCommand) << '\n';
    }
    return exitCode;
}
