#include "MigrationPlan.h"

#include "Redaction.h"
#include "StaticConfigYaml.h"
#include "UnifiedDiff.h"

#include <QSet>

MigrationPlan MigrationPlan::build(const ClusterConfig &config, const QMap<QString, int> &currentIds,
                                   const QString &idsSource)
{
    return build(config, currentIds, idsSource, {}, {});
}

MigrationPlan MigrationPlan::build(const ClusterConfig &config, const CurrentIds &currentIds)
{
    return build(config, currentIds.ids(), currentIds.source(), currentIds.origins(), currentIds.issues());
}

MigrationPlan MigrationPlan::build(const ClusterConfig &config, const QMap<QString, int> &currentIds,
                                   const QString &idsSource, const QMap<QString, CurrentIds::Origin> &origins,
                                   const ConfigIssues &readIssues)
{
    MigrationPlan plan;
    plan.m_configFile = config.fileName();
    plan.m_configBefore = config.originalText();
    plan.m_storageBackend = config.storageBackend();
    plan.m_zkHosts = config.zkHosts();
    plan.m_zkPath = config.zkPath();
    plan.m_backendSettings = config.backendSettings();
    plan.m_exhibitorAdminPassword = config.exhibitorAdminPassword();
    plan.m_currentIds = currentIds;
    plan.m_issues = config.issues();
    plan.m_issues += readIssues;

    // IDs are checked against master_list only when that list can be trusted; otherwise every
    // master would be reported twice, once for the list and once for its ID.
    if (!config.hasUsableMasterList() || !config.hasBackendToMigrate())
        return plan;

    const QStringList masterList = config.masterList();
    plan.m_masters = Ensemble::dcosSorted(masterList);
    plan.m_phaseB = Ensemble::canonical(masterList);
    const auto problems = Ensemble::validateIds(masterList, currentIds);
    // A set, not a search per problem: a hostile ids file can hold tens of thousands of entries.
    QSet<QString> readIssueKeys;
    for (const ConfigIssue &issue : readIssues)
        readIssueKeys.insert(issue.key);
    for (const auto &problem : problems) {
        // A master whose journal could not be read is already reported, with the reason.
        const bool reported = readIssueKeys.contains(problem.host);
        if (reported && !currentIds.contains(problem.host))
            continue;
        const auto origin = origins.value(problem.host, CurrentIds::Origin{idsSource, 0});
        plan.m_issues << ConfigIssue{origin.file, origin.line, problem.host, problem.message};
    }
    if (problems.isEmpty())
        plan.m_phaseA = Ensemble::withIds(masterList, currentIds);

    if (config.isValid()) {
        QString error;
        plan.m_configAfter = StaticConfigYaml::render(config.originalText(), &error);
        if (plan.m_configAfter.isEmpty()) {
            plan.m_issues << ConfigIssue{config.fileName(), 0, QStringLiteral("exhibitor_storage_backend"),
                                         tr("Cannot write the config.yaml DC/OS needs after the migration: %1 "
                                            "Edit a copy by hand: set exhibitor_storage_backend: static and "
                                            "remove %2.")
                                             .arg(error,
                                                  StaticConfigYaml::backendKeys(config.storageBackend())
                                                      .join(QStringLiteral(", ")))};
        }
    }
    return plan;
}

QStringList MigrationPlan::mastersChangingId() const
{
    QStringList changing;
    for (const auto &master : m_masters) {
        if (m_phaseA.idOf(master) != m_phaseB.idOf(master))
            changing << master;
    }
    return changing;
}

QString MigrationPlan::phaseBReason() const
{
    if (!phaseBNeeded()) {
        return tr("Phase B is skipped: the current IDs already are the ones DC/OS generates from master_list "
                  "(sorted as strings, numbered from 1). Changing the file again would take the ensemble "
                  "offline for nothing.");
    }
    return tr("Phase B is needed: %n master(s) must change ID to the numbering DC/OS generates from master_list "
              "(sorted as strings, numbered from 1). Otherwise the next DC/OS upgrade or config change would "
              "give running servers new IDs all at once and break the ensemble.",
              nullptr, int(mastersChangingId().size()));
}

QString MigrationPlan::restartNote() const
{
    if (!phaseBNeeded()) {
        return tr("Restart dcos-exhibitor on one master at a time, followers first and the leader last, waiting "
                  "after each until it serves again and the ensemble has one leader.");
    }
    return tr("Restart dcos-exhibitor on one master at a time, followers first and the leader last, waiting "
              "after each until it serves again and the ensemble has one leader; then do the same once more "
              "for Phase B. During Phase B the first restarted masters report \"ZooKeeperServer not running\" "
              "until a majority runs the new numbering: that is expected.");
}

QByteArray MigrationPlan::configYamlAfterRedacted() const
{
    return Redaction::configYaml(m_configAfter);
}

QString MigrationPlan::configYamlDiff(const QString &afterName) const
{
    if (m_configAfter.isEmpty())
        return QString();
    return UnifiedDiff::diff(Redaction::configYaml(m_configBefore), configYamlAfterRedacted(), m_configFile,
                             afterName.isEmpty() ? m_configFile : afterName);
}
