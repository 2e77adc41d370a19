#pragma once

// The Discovery tests' simulated cluster: one of tests/gui/topologies (127.0.62.x), brought up
// fresh through tests/migration's SimCluster fixture, and the wizard pointed at it.

#include "ConnectionController.h"
#include "SimCluster.h"
#include "WizardController.h"
#include "remote/MasterConnections.h"

#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace DiscoveryTestSupport {

// SimCluster looks in tests/migration/topologies; ours live next to the GUI tests.
inline QString topology(const QString &name)
{
    return QStringLiteral("../../gui/topologies/") + name;
}

// Loads the sim's config.yaml and hands the connections the sim's targets (its key and
// known_hosts), as the Connection page would once the operator connected.
inline bool pointWizardAt(WizardController *wizard, const SimCluster &sim)
{
    QSignalSpy imported(wizard, &WizardController::importFinished);
    wizard->loadConfigFile(sim.configYaml());
    if (!imported.wait(10000) || !imported.first().first().toBool())
        return false;
    wizard->connection()->connections()->setTargets(sim.targets());
    return true;
}

// Rewrites a master's myid under its running ZooKeeper (which read it at start): the file
// then says another ID than the journal, conf and Exhibitor, as after a botched manual fix.
inline bool writeMyid(const SimCluster &sim, const QString &master, int id)
{
    const QString stateDir = sim.status().value(QStringLiteral("state_dir")).toString();
    QFile file(stateDir + QStringLiteral("/masters/") + master
               + QStringLiteral("/dcos/exhibitor/zookeeper/snapshot/myid"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(QByteArray::number(id) + '\n') > 0;
}

} // namespace DiscoveryTestSupport
