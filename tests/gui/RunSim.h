#pragma once

// What the run tests share: a WizardController set up on a simulated cluster the way the earlier
// pages leave it (config.yaml imported, connection settings, the discovered IDs), with the run's
// journal and report in a temporary directory and test timeouts.

#include "ConnectionController.h"
#include "MigrationTestSupport.h"
#include "RunController.h"
#include "WizardController.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace RunSim {

inline bool prepare(WizardController *controller, const SimCluster &sim, const QTemporaryDir &dir)
{
    QSignalSpy imported(controller, &WizardController::importFinished);
    controller->loadConfigFile(sim.configYaml());
    if (!imported.wait(10000) || !imported.first().first().toBool())
        return false;
    const SshTarget target = sim.targets().constFirst();
    ConnectionSettings settings;
    settings.user = target.user;
    settings.port = target.port;
    settings.auth = SshAuthMethod::KeyFile;
    settings.keyFile = target.keyFile;
    settings.sudo = SudoMode::Passwordless;
    settings.knownHostsPath = target.knownHostsPath;
    settings.useSshConfig = false;
    controller->connection()->setSettings(settings);
    controller->setDiscoveredIds(simIds(sim), QStringLiteral("discovery"));
    if (!QTest::qWaitFor([controller] { return !controller->isBusy(); }, 5000)) // the plan is built off the GUI thread
        return false;
    MigrationOptions options = simSetup(sim, dir.path(), simIds(sim)).options;
    options.autoConfirm = false;
    controller->run()->setBaseOptions(options);
    return controller->planIsValid();
}

} // namespace RunSim
