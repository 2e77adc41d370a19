#pragma once

#include "MigrationOptions.h"

#include "config/MigrationPlan.h"
#include "remote/SshTarget.h"

#include <QList>
#include <QString>
#include <QStringList>

// Everything a run starts from: the plan (built from config.yaml and the current IDs), how to
// reach each master (one SshTarget per master, named by its master_list address) and options.
struct MigrationSetup
{
    MigrationPlan plan;
    QString clusterName;
    QList<SshTarget> targets;
    MigrationOptions options;
    // ZooKeeper super credentials ("super:<password>") the operator typed or the keychain gave:
    // a secret, in memory only (never in the journal, the report or a log).
    QByteArray zkSuperCredentials;

    QStringList targetNames() const
    {
        QStringList names;
        for (const SshTarget &target : targets)
            names << target.name;
        return names;
    }
};
