#include "DiscoverCommand.h"

#include "CliInput.h"
#include "CliText.h"

#include "config/ClusterConfig.h"
#include "config/Ensemble.h"
#include "discovery/Discovery.h"
#include "discovery/DiscoveryJson.h"
#include "discovery/DiscoveryModel.h"
#include "remote/MasterConnections.h"
#include "remote/SshSession.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace {

const auto kFormatText = QStringLiteral("text");
const auto kFormatJson = QStringLiteral("json");

} // namespace

QString DiscoverCommand::summary() const
{
    return tr("Connect to every master and read each ZooKeeper server's ID from every source.");
}

int DiscoverCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Displays this help."));
    const QCommandLineOption configOption({QStringLiteral("c"), QStringLiteral("config")},
                                          tr("The cluster's DC/OS config.yaml: master_list and the backend."),
                                          tr("FILE"));
    const QCommandLineOption userOption(QStringLiteral("user"), tr("SSH user (default: ~/.ssh/config, else yours)."),
                                        tr("USER"));
    const QCommandLineOption portOption(QStringLiteral("port"), tr("SSH port (default: ~/.ssh/config, else 22)."),
                                        tr("PORT"));
    const QCommandLineOption identityOption(QStringLiteral("identity"), tr("Private key file to log in with."),
                                            tr("KEYFILE"));
    const QCommandLineOption passwordOption(QStringLiteral("password-stdin"),
                                            tr("Log in with a password read from the first line of stdin."));
    const QCommandLineOption sudoPasswordOption(
        QStringLiteral("sudo-password-stdin"),
        tr("Read the sudo password from the next line of stdin (default: the login password)."));
    const QCommandLineOption sudoOption(QStringLiteral("sudo"),
                                        tr("How to become root: none, nopasswd (default) or password."),
                                        tr("MODE"), QStringLiteral("nopasswd"));
    const QCommandLineOption knownHostsOption(QStringLiteral("known-hosts"),
                                              tr("known_hosts file (default: ~/.ssh/config, else ~/.ssh/known_hosts)."),
                                              tr("FILE"));
    const QCommandLineOption acceptOption(
        QStringLiteral("accept-host-key"),
        tr("Trust this host key for this run, after comparing it on the master. Repeat for each master."),
        tr("SHA256:..."));
    const QCommandLineOption forwardHostOption(
        QStringLiteral("forward-host"),
        tr("Where ZooKeeper and Exhibitor listen as seen from each master (default: the master's own IP)."),
        tr("HOST"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format: text (default) or json."),
                                          tr("FORMAT"), kFormatText);
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           tr("Show every master's log (commands, probes) on stderr."));
    parser.addOptions({help, configOption, userOption, portOption, identityOption, passwordOption, sudoPasswordOption,
                       sudoOption, knownHostsOption, acceptOption, forwardHostOption, formatOption, verboseOption});

    auto usageError = [&err](const QString &message) {
        err << tr("exhibitor-migrate discover: %1").arg(message) << ' '
            << tr("Run \"exhibitor-migrate discover --help\" for usage.") << '\n';
        return ExitCode::InvalidInput;
    };

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        QString options = parser.helpText();
        options = options.mid(options.indexOf(QLatin1Char('\n')) + 1);
        out << tr("Usage: exhibitor-migrate discover --config FILE [--user U] [--port P] [--identity KEYFILE] "
                  "[--password-stdin] [--sudo none|nopasswd|password] [--known-hosts FILE] [--format text|json]")
            << "\n\n"
            << tr("Connects to every master over SSH and reads, without changing anything, each ZooKeeper server's "
                  "ID from the journal, the myid file, the four-letter word conf, Exhibitor's get-state and the "
                  "backend's servers-spec, plus mode, zxid, the env file's backend and the exhibitor.orig backup. "
                  "The JSON output's current_ids can be given to \"exhibitor-migrate plan --ids\".")
            << "\n" << options << "\n"
            << tr("Exit status: 0 every master's ID sources agree; 2 sources disagree, a master has no ID, or the "
                  "input is invalid (one line per problem on stderr, naming the master); 1 a master could not be "
                  "reached.")
            << '\n';
        return ExitCode::Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(configOption))
        return usageError(tr("--config FILE is required."));
    const QString format = parser.value(formatOption);
    if (format != kFormatText && format != kFormatJson)
        return usageError(tr("unknown format \"%1\"; use text or json.").arg(format));
    const QString sudo = parser.value(sudoOption);
    if (sudo != QLatin1String("none") && sudo != QLatin1String("nopasswd") && sudo != QLatin1String("password"))
        return usageError(tr("unknown sudo mode \"%1\"; use none, nopasswd or password.").arg(sudo));
    int port = 0;
    if (parser.isSet(portOption)) {
        bool ok = false;
        port = parser.value(portOption).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return usageError(tr("\"%1\" is not a port number.").arg(parser.value(portOption)));
    }
    if (parser.isSet(identityOption) && parser.isSet(passwordOption))
        return usageError(tr("give either --identity or --password-stdin, not both."));
    const QStringList accepted = parser.values(acceptOption);
    for (const QString &fingerprint : accepted) {
        if (!CliInput::isSha256Fingerprint(fingerprint))
            return usageError(tr("--accept-host-key takes the whole fingerprint as ssh-keygen -l prints it, "
                                 "\"SHA256:\" and 43 characters; \"%1\" is not one.")
                                  .arg(fingerprint));
    }

    const ClusterConfig config = ClusterConfig::fromFile(parser.value(configOption));
    for (const auto &warning : config.warnings())
        err << warning.toWarningString() << '\n';
    if (!config.hasUsableMasterList()) {
        for (const auto &issue : config.issues())
            err << issue.toString() << '\n';
        return ExitCode::InvalidInput;
    }

    // Secrets: stdin only, never argv (visible in ps) and never echoed.
    QString password;
    QString sudoPassword;
    if (parser.isSet(passwordOption) && !CliText::readSecretLine(&password, tr("SSH password: ")))
        return usageError(tr("--password-stdin: no password on stdin."));
    if (parser.isSet(sudoPasswordOption) && !CliText::readSecretLine(&sudoPassword, tr("sudo password: ")))
        return usageError(tr("--sudo-password-stdin: no sudo password on stdin."));
    if (!parser.isSet(sudoPasswordOption))
        sudoPassword = password;
    if (sudo == QLatin1String("password") && sudoPassword.isEmpty())
        return usageError(tr("--sudo password needs --password-stdin or --sudo-password-stdin."));

    QList<SshTarget> targets;
    for (const QString &master : Ensemble::dcosSorted(config.masterList())) {
        SshTarget target;
        target.name = master;
        target.host = master;
        target.port = port;
        target.user = parser.value(userOption);
        if (parser.isSet(identityOption)) {
            target.auth = SshAuthMethod::KeyFile;
            target.keyFile = parser.value(identityOption);
        } else if (parser.isSet(passwordOption)) {
            target.auth = SshAuthMethod::Password;
            target.password = password;
        }
        target.knownHostsPath = parser.value(knownHostsOption);
        target.sudo = sudo == QLatin1String("none")       ? SudoMode::None
                      : sudo == QLatin1String("password") ? SudoMode::Password
                                                          : SudoMode::Passwordless;
        target.sudoPassword = target.sudo == SudoMode::Password ? sudoPassword : QString();
        targets << target;
    }

    MasterConnections connections;
    connections.setTargets(targets);
    const bool verbose = parser.isSet(verboseOption);
    QObject::connect(&connections, &MasterConnections::hostKeyUnknown, &connections,
                     [&connections, &accepted, &err](const QString &master, const HostKeyInfo &info) {
                         SshSession *session = connections.session(master);
                         if (accepted.contains(info.fingerprint)) {
                             err << tr("%1: trusting host key %2 %3 for this run, as given with --accept-host-key.")
                                        .arg(master, info.keyType, info.fingerprint)
                                 << Qt::endl;
                             session->answerHostKey(HostKeyDecision::AcceptOnce);
                             return;
                         }
                         err << tr("%1: host key %2 %3 is not in %4. Compare it with the master's own (ssh-keygen "
                                   "-lf /etc/ssh/ssh_host_*_key.pub on the master) and, if it is the same, pass "
                                   "--accept-host-key %3.")
                                    .arg(master, info.keyType, info.fingerprint, info.knownHostsPath)
                             << Qt::endl;
                         session->answerHostKey(HostKeyDecision::Reject);
                     });
    Discovery discovery;
    DiscoveryOptions options = DiscoveryOptions::fromConfig(config);
    options.forwardHost = parser.value(forwardHostOption);
    discovery.setOptions(options);
    if (verbose) {
        const auto log = [&err](const QString &master, const QString &line) {
            err << master << ": " << line << Qt::endl;
        };
        QObject::connect(&connections, &MasterConnections::logLine, &connections, log);
        QObject::connect(&discovery, &Discovery::logLine, &discovery, log);
    }

    // The command's whole life is this run: a local loop is the CLI's main loop.
    QEventLoop loop;
    QObject::connect(&discovery, &Discovery::finished, &loop, &QEventLoop::quit);
    discovery.start(&connections);
    if (discovery.isRunning())
        loop.exec();
    connections.disconnectAll();

    if (format == kFormatJson)
        printJson(discovery, out);
    else
        printText(discovery, out);
    out.flush();

    const QStringList problems = discovery.problems();
    for (const QString &problem : problems)
        err << problem << '\n';
    const QList<MasterDiscovery> results = discovery.results();
    const bool unreachable = std::any_of(results.cbegin(), results.cend(),
                                         [](const MasterDiscovery &result) { return !result.isReachable(); });
    if (unreachable)
        return ExitCode::Failure;
    return problems.isEmpty() ? ExitCode::Ok : ExitCode::InvalidInput;
}

void DiscoverCommand::printJson(const Discovery &discovery, QTextStream &out)
{
    out << QString::fromUtf8(QJsonDocument(DiscoveryJson::toJson(discovery.results())).toJson(QJsonDocument::Indented));
}

void DiscoverCommand::printText(const Discovery &discovery, QTextStream &out)
{
    // The wizard's table, as text: the same columns and words.
    DiscoveryModel model;
    model.setResults(discovery.results());
    QList<QStringList> rows;
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header << model.headerData(column, Qt::Horizontal).toString();
    rows << header;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.data(model.index(row, column)).toString();
        rows << cells;
    }
    out << tr("Masters as DC/OS sorts them (as strings):") << '\n' << CliText::table(rows);

    QStringList unavailable;
    for (const MasterDiscovery &result : discovery.results()) {
        if (!result.isReachable())
            continue;
        for (const IdReading &reading : result.unavailableReadings())
            unavailable << QStringLiteral("  %1: %2").arg(result.master(), reading.describe());
        if (result.origDiffers())
            unavailable << QStringLiteral("  ") + tr("%1: exhibitor.orig differs from the current env file (an earlier "
                                                     "run's backup; it is never overwritten)")
                                                      .arg(result.master());
    }
    if (!unavailable.isEmpty())
        out << '\n' << tr("Notes (sources that could not say are not a disagreement):") << '\n'
            << unavailable.join(QLatin1Char('\n')) << '\n';

    const QMap<QString, int> ids = discovery.currentIds();
    if (!ids.isEmpty()) {
        out << '\n' << tr("Current IDs (an ids file for \"exhibitor-migrate plan --ids\"):") << '\n';
        for (const QString &master : discovery.masters()) {
            if (ids.contains(master))
                out << master << ' ' << ids.value(master) << '\n';
        }
    }
}
