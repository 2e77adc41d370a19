#pragma once

#include "ClusterConfig.h"
#include "ConfigIssue.h"
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

    bool isValid() const { return m_issues.isEmpty(); }
    const ConfigIssues &issues() const { return m_issues; }

    QStringList masters() const { return m_masters; } // as DC/OS sorts them
    QMap<QString, int> currentIds() const { return m_currentIds; }
    Ensemble phaseA() const { return m_phaseA; }
    Ensemble phaseB() const { return m_phaseB; } // canonical
    bool phaseBNeeded() const { return m_phaseA != m_phaseB; }
    // Translated: why Phase B runs or is skipped, for the preview and the CLI.
    QString phaseBReason() const;
    QByteArray configYamlAfter() const { return m_configAfter; }
    QString configYamlDiff() const;

private:
    ConfigIssues m_issues;
    QString m_configFile;
    QStringList m_masters;
    QMap<QString, int> m_currentIds;
    Ensemble m_phaseA;
    Ensemble m_phaseB;
    QByteArray m_configBefore;
    QByteArray m_configAfter;
};
