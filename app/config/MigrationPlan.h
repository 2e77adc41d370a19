#pragma once

#include "ClusterConfig.h"
#include "ConfigIssue.h"
#include "CurrentIds.h"
#include "Ensemble.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

// What the migration will do, computed from config.yaml and each master's current ZooKeeper ID,
// before anything touches a master. Shared by `exhibitor-migrate plan` and the wizard's preview.
class MigrationPlan
{
    Q_DECLARE_TR_FUNCTIONS(MigrationPlan)

public:
    // currentIds: master IP -> current ID. idsSource names where the IDs came from (a file path
    // or a directory) for the issues' messages.
    static MigrationPlan build(const ClusterConfig &config, const QMap<QString, int> &currentIds,
                               const QString &idsSource);
    // The same, with the IDs' reading problems included and each ID's file and line in the issues.
    static MigrationPlan build(const ClusterConfig &config, const CurrentIds &currentIds);

    // Issues are the config's, then the IDs' reading problems, then problems of the IDs against
    // master_list. With any issue the plan must not be executed.
    bool isValid() const { return m_issues.isEmpty(); }
    const ConfigIssues &issues() const { return m_issues; }

    QString configFile() const { return m_configFile; }
    QStringList masters() const { return m_masters; } // as DC/OS sorts them
    QMap<QString, int> currentIds() const { return m_currentIds; }
    // config.yaml's dynamic backend, where Exhibitor's shared config lives now.
    QString storageBackend() const { return m_storageBackend; }
    QString zkHosts() const { return m_zkHosts; }
    QString zkPath() const { return m_zkPath; }
    // Where and how the backend's shared config is read (ClusterConfig::backendSettings; may hold
    // secrets: memory only).
    QHash<QString, QString> backendSettings() const { return m_backendSettings; }
    // config.yaml's exhibitor_admin_password (a secret): the restarts' REST calls need it.
    QString exhibitorAdminPassword() const { return m_exhibitorAdminPassword; }
    Ensemble phaseA() const { return m_phaseA; }
    Ensemble phaseB() const { return m_phaseB; } // canonical
    bool phaseBNeeded() const { return m_phaseA != m_phaseB; }
    // Masters whose ID Phase B changes, in DC/OS order.
    QStringList mastersChangingId() const;
    // Translated: why Phase B runs or is skipped, for the preview and the CLI.
    QString phaseBReason() const;
    // Translated: how the restarts go, for the preview and the CLI.
    QString restartNote() const;
    // The texts themselves, secrets included: for writing the file DC/OS needs, never for showing.
    QByteArray configYamlBefore() const { return m_configBefore; }
    QByteArray configYamlAfter() const { return m_configAfter; }
    // For showing (the plan's output, the preview, the confirmation): secret values replaced by
    // Redaction::configYaml's marker. The diff is headed with the config's file name, or afterName.
    QByteArray configYamlAfterRedacted() const;
    QString configYamlDiff(const QString &afterName = QString()) const;

private:
    static MigrationPlan build(const ClusterConfig &config, const QMap<QString, int> &currentIds,
                               const QString &idsSource, const QMap<QString, CurrentIds::Origin> &origins,
                               const ConfigIssues &readIssues);

    ConfigIssues m_issues;
    QString m_configFile;
    QStringList m_masters;
    QMap<QString, int> m_currentIds;
    Ensemble m_phaseA;
    Ensemble m_phaseB;
    QByteArray m_configBefore;
    QString m_storageBackend;
    QString m_zkHosts;
    QString m_zkPath;
    QHash<QString, QString> m_backendSettings;
    QString m_exhibitorAdminPassword;
    QByteArray m_configAfter;
};
