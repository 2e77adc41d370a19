#include "PlanCommand.h"

#include "CliText.h"

#include "config/ClusterConfig.h"
#include "config/CurrentIds.h"
#include "config/MigrationPlan.h"
#include "discovery/DiscoveryIdsFile.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace {

const auto kFormatText = QStringLiteral("text");
const auto kFormatJson = QStringLiteral("json");

} // namespace

QString PlanCommand::summary() const
{
    return tr("Show what the migration will do, from config.yaml and the masters' current IDs.");
}

int PlanCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Displays this help."));
    const QCommandLineOption configOption({QStringLiteral("c"), QStringLiteral("config")},
                                          tr("The cluster's DC/OS config.yaml (genconf/config.yaml)."), tr("FILE"));
    const QCommandLineOption idsOption(
        {QStringLiteral("i"), QStringLiteral("ids")},
        tr("The masters' current ZooKeeper IDs: one \"<ip> <id>\" per line; '#' starts a comment. Or the output "
           "of \"exhibitor-migrate discover --format json\" (its current_ids)."),
        tr("FILE"));
    const QCommandLineOption journalOption(
        QStringLiteral("journal-dir"),
        tr("A directory with one <ip>.log per master holding \"journalctl -u dcos-exhibitor\" output; each "
           "master's ID is the last \"my id = N\" in it."),
        tr("DIR"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format: text (default) or json."),
                                          tr("FORMAT"), kFormatText);
    parser.addOptions({help, configOption, idsOption, journalOption, formatOption});

    auto usageError = [&err](const QString &message) {
        err << tr("exhibitor-migrate plan: %1").arg(message) << ' '
            << tr("Run \"exhibitor-migrate plan --help\" for usage.") << '\n';
        return ExitCode::InvalidInput;
    };

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        QString options = parser.helpText();
        options = options.mid(options.indexOf(QLatin1Char('\n')) + 1); // our own usage line instead
        out << tr("Usage: exhibitor-migrate plan --config FILE (--ids FILE | --journal-dir DIR) "
                  "[--format text|json]")
            << "\n\n"
            << tr("Shows what the migration will do, without touching any master: the masters as DC/OS sorts "
                  "them with their current and canonical IDs, the Phase A and Phase B ensembles, whether Phase B "
                  "is needed, and the config.yaml DC/OS needs afterwards.")
            << "\n" << options << "\n"
            << tr("Exit status: 0 the plan was printed; 2 a usage error, or an input that is unreadable or wrong "
                  "(one line per problem on stderr: file:line: key or master: what to do); 1 an unexpected "
                  "failure.")
            << '\n';
        return ExitCode::Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(configOption))
        return usageError(tr("--config FILE is required."));
    if (parser.isSet(idsOption) == parser.isSet(journalOption))
        return usageError(tr("give the current IDs with exactly one of --ids FILE and --journal-dir DIR."));
    const QString format = parser.value(formatOption);
    if (format != kFormatText && format != kFormatJson)
        return usageError(tr("unknown format \"%1\"; use text or json.").arg(format));

    const ClusterConfig config = ClusterConfig::fromFile(parser.value(configOption));
    CurrentIds ids;
    // `discover --format json` output works as an ids file too.
    std::optional<DiscoveryIdsFile> discovered;
    if (parser.isSet(idsOption) && DiscoveryIdsFile::isJsonFile(parser.value(idsOption))) {
        discovered = DiscoveryIdsFile::read(parser.value(idsOption));
    } else if (parser.isSet(idsOption)) {
        ids = CurrentIds::fromIdsFile(parser.value(idsOption));
    } else {
        // Without a trustworthy master_list there is no list of journals to look for; the
        // config's own issues say why.
        ids = CurrentIds::fromJournalDir(parser.value(journalOption),
                                         config.hasUsableMasterList() ? config.masterList() : QStringList());
    }

    // Warnings first: they may explain the problems that follow (a second YAML document, a
    // master given twice in the ids JSON).
    for (const auto &warning : config.warnings() + (discovered ? discovered->warnings() : ConfigIssues()))
        err << warning.toWarningString() << '\n';

    const MigrationPlan plan = discovered ? MigrationPlan::build(config, discovered->ids(), discovered->source())
                                          : MigrationPlan::build(config, ids);
    const ConfigIssues issues = discovered ? discovered->withPlanIssues(plan) : plan.issues();
    if (!issues.isEmpty()) {
        for (const auto &issue : issues)
            err << issue.toString() << '\n';
        return ExitCode::InvalidInput;
    }

    if (format == kFormatJson)
        printJson(plan, out);
    else
        printText(plan, config, discovered ? discovered->source() : ids.source(), out);
    return ExitCode::Ok;
}

void PlanCommand::printJson(const MigrationPlan &plan, QTextStream &out)
{
    QJsonObject currentIds;
    const auto ids = plan.currentIds();
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        currentIds.insert(it.key(), it.value());

    const QJsonObject root{
        {QStringLiteral("masters"), QJsonArray::fromStringList(plan.masters())},
        {QStringLiteral("current_ids"), currentIds},
        {QStringLiteral("phase_a_ensemble"), plan.phaseA().toString()},
        {QStringLiteral("phase_b_ensemble"), plan.phaseB().toString()},
        {QStringLiteral("phase_b_needed"), plan.phaseBNeeded()},
        {QStringLiteral("phase_b_reason"), plan.phaseBReason()},
        {QStringLiteral("config_yaml_after"), QString::fromUtf8(plan.configYamlAfterRedacted())},
    };
    out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

void PlanCommand::printText(const MigrationPlan &plan, const ClusterConfig &config, const QString &idsSource,
                            QTextStream &out)
{
    out << tr("Cluster \"%1\", config %2, current IDs from %3").arg(config.clusterName(), config.fileName(), idsSource)
        << "\n\n";

    out << tr("Masters as DC/OS sorts them (as strings):") << '\n';
    QList<QStringList> rows{{tr("Master"), tr("Current ID"), tr("Canonical ID"), tr("Changes?")}};
    for (const auto &master : plan.masters()) {
        const int current = plan.phaseA().idOf(master);
        const int canonical = plan.phaseB().idOf(master);
        rows << QStringList{master, QString::number(current), QString::number(canonical),
                            current == canonical ? tr("no") : tr("yes")};
    }
    out << CliText::table(rows) << '\n';

    out << CliText::table({{tr("Phase A ensemble (current IDs):"), plan.phaseA().toString()},
                  {tr("Phase B ensemble (DC/OS's IDs):"), plan.phaseB().toString()}})
        << '\n';
    out << plan.phaseBReason() << "\n\n";
    out << plan.restartNote() << "\n\n";
    out << tr("config.yaml after the migration (write it only once the migration is verified):") << '\n';
    out << plan.configYamlDiff();
}
