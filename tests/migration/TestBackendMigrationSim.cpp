// A migration and its rollback from each dynamic backend other than ZooKeeper (issue 17) on the
// simulated cluster: Exhibitor's shared config on a shared filesystem, in S3 (s3rver) and in Azure
// blob storage (azurite), ZooKeeper 3.4, the live DC/OS-like workload running throughout. The
// IDs come from discovery, as in the wizard: the backend's servers-spec read through
// BackendSpecSource's reader must name the IDs the cluster runs with.
#include "MigrationTestSupport.h"

#include "../discovery/DiscoveryRun.h"

#include "config/Ensemble.h"
#include "config/StaticConfigYaml.h"
#include "migration/MigrationJournal.h"
#include "migration/ZooCfg.h"
#include "probe/ExhibitorRestProbe.h"

#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

class TestBackendMigrationSim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void migrationAndRollback_data();
    void migrationAndRollback();
    void sharedConfigMissingStopsPreflight();
    void instanceRoleUsesGetState();
    void instanceRoleCustomDataDirectoryStopsPreflight();

private:
    // The sim's config.yaml as DC/OS's AWS CloudFormation templates leave it: no keys, the masters
    // read S3 with their instance role. This workstation cannot read the object then.
    static MigrationSetup instanceRoleSetup(const SimCluster &sim, const QString &dir);
    static QJsonObject checkOf(const RunResult &run, const QString &id);
};

MigrationSetup TestBackendMigrationSim::instanceRoleSetup(const SimCluster &sim, const QString &dir)
{
    QFile in(sim.configYaml());
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QByteArray yaml;
    for (const QByteArray &line : in.readAll().split('\n')) {
        if (line.startsWith("aws_access_key_id:") || line.startsWith("aws_secret_access_key:"))
            continue;
        yaml += line.startsWith("exhibitor_explicit_keys:") ? QByteArray("exhibitor_explicit_keys: 'false'") : line;
        yaml += '\n';
    }
    if (!yaml.contains("exhibitor_explicit_keys: 'false'"))
        yaml += "exhibitor_explicit_keys: 'false'\n";
    const QString path = dir + QStringLiteral("/config.instance-role.yaml");
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(yaml) != yaml.size())
        return {};
    out.close();
    MigrationSetup setup = simSetup(sim, dir, simIds(sim));
    const ClusterConfig config = ClusterConfig::fromFile(path);
    setup.plan = MigrationPlan::build(config, simIds(sim), QStringLiteral("sim"));
    return setup;
}

QJsonObject TestBackendMigrationSim::checkOf(const RunResult &run, const QString &id)
{
    for (const QJsonValue &value : run.report.value(QStringLiteral("checks")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    }
    return {};
}

void TestBackendMigrationSim::initTestCase()
{
    QString why;
    if (!SimCluster::available(&why))
        QSKIP(qPrintable(why));
}

void TestBackendMigrationSim::migrationAndRollback_data()
{
    QTest::addColumn<QString>("topology");
    QTest::addColumn<QByteArray>("envBackend"); // EXHIBITOR_BACKEND as DC/OS renders it
    QTest::addColumn<QString>("location");      // where discovery reads the shared config (a part of it)
    QTest::addColumn<QByteArray>("endpointVariable"); // how the engine is told the emulator's address

    QTest::newRow("shared_filesystem") << QStringLiteral("migration-shared-fs") << QByteArray("SHARED_FS")
                                       << QStringLiteral("/var/lib/dcos/exhibitor-shared/exhibitor.properties")
                                       << QByteArray();
    QTest::newRow("aws_s3") << QStringLiteral("migration-s3") << QByteArray("AWS_S3")
                            << QStringLiteral("s3://emw-mig-exhibitor/migration-s3/exhibitor")
                            << QByteArray("EMW_S3_ENDPOINT");
    QTest::newRow("azure") << QStringLiteral("migration-azure") << QByteArray("AZURE")
                           << QStringLiteral("/dcos-exhibitor/migration-azure") << QByteArray("EMW_AZURE_BLOB_ENDPOINT");
}

void TestBackendMigrationSim::migrationAndRollback()
{
    QFETCH(QString, topology);
    QFETCH(QByteArray, envBackend);
    QFETCH(QString, location);
    QFETCH(QByteArray, endpointVariable);
    QElapsedTimer timer;
    timer.start();

    SimCluster sim(topology);
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    const QMap<QString, QByteArray> before = sim.envFiles();
    const QMap<QString, int> ids = simIds(sim);
    const ClusterConfig config = ClusterConfig::fromFile(sim.configYaml());
    QVERIFY(config.isValid());
    // The cloud's stand-in: DC/OS's files name no endpoint (AWS's and Azure's are derived from the
    // region and the account), so the sim's is handed over as the emulators' override.
    if (!endpointVariable.isEmpty()) {
        const QString endpoint =
            sim.status().value(QStringLiteral("storage")).toObject().value(QStringLiteral("endpoint")).toString();
        QVERIFY(!endpoint.isEmpty());
        qputenv(endpointVariable.constData(), endpoint.toUtf8());
    }
    const auto unsetEndpoint = qScopeGuard([&endpointVariable] {
        if (!endpointVariable.isEmpty())
            qunsetenv(endpointVariable.constData());
    });

    // Before: each master's env file is what DC/OS's installer renders for this backend.
    QString problems;
    const QByteArray renderedBefore = sim.dcosRender(sim.configYaml(), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QVERIFY2(renderedBefore.contains("\nEXHIBITOR_BACKEND=" + envBackend + '\n'), renderedBefore.constData());
    for (const QString &master : sim.masters())
        QCOMPARE(sim.envFile(master), renderedBefore);

    // Discovery reads the backend's servers-spec: the IDs Exhibitor handed out, gaps and all.
    QMap<QString, int> discovered;
    {
        DiscoveryRun discovery;
        QVERIFY(discovery.run(sim.targets(), DiscoveryOptions::fromConfig(config)));
        const BackendSpec &spec = discovery.discovery.backendSpec();
        QVERIFY2(spec.isOk(), qPrintable(spec.error + QLatin1Char('\n') + discovery.log.join(QLatin1Char('\n'))));
        QVERIFY2(spec.location.contains(location), qPrintable(spec.location));
        const auto ensemble = Ensemble::parse(spec.spec);
        QVERIFY(ensemble);
        QCOMPARE(ensemble->members().size(), sim.masters().size());
        for (const QString &master : sim.masters())
            QCOMPARE(ensemble->idOf(master), ids.value(master));
        QVERIFY2(discovery.discovery.allAgree(), qPrintable(discovery.discovery.problems().join(QLatin1Char('\n'))));
        discovered = discovery.discovery.currentIds();
    }
    QCOMPARE(discovered, ids);
    qInfo("up and discovered in %lld ms", timer.elapsed());

    QTemporaryDir dir;
    MigrationSetup setup = simSetup(sim, dir.path(), discovered);
    QVERIFY(setup.plan.isValid());
    QVERIFY(setup.plan.phaseBNeeded());

    const RunResult run = runToEnd(OperationListBuilder::Kind::Migrate, setup, 300000);
    QVERIFY2(run.finished, "the migration did not finish in time");
    if (run.outcome != RunOutcome::Succeeded) {
        for (const QString &line : run.log)
            qInfo("%s", qPrintable(line));
    }
    QVERIFY2(run.outcome == RunOutcome::Succeeded, qPrintable(run.message));
    QCOMPARE(run.checksFailed(), 0);
    // Preflight read this backend's shared config: no roll in progress, nothing the switch drops
    // that would stop it, on every master.
    int switchChecks = 0;
    bool rollChecked = false;
    for (const QJsonValue &value : run.report.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject check = value.toObject();
        const QString id = check.value(QStringLiteral("id")).toString();
        if (id == QLatin1String("exhibitor-roll")) {
            QVERIFY2(check.value(QStringLiteral("detail")).toString().contains(location),
                     qPrintable(check.value(QStringLiteral("detail")).toString()));
            rollChecked = true;
        }
        switchChecks += id == QLatin1String("switch-settings") && !check.value(QStringLiteral("skipped")).toBool();
    }
    QVERIFY(rollChecked);
    QCOMPARE(switchChecks, int(sim.masters().size()));
    qInfo("migrated in %lld ms", timer.elapsed());

    // After: the config.yaml the run wrote is static without the backend's keys, and each env
    // file is exactly what DC/OS renders from it; ZooKeeper runs the canonical numbering.
    const ClusterConfig after = ClusterConfig::fromFile(setup.options.configOutPath);
    QCOMPARE(after.storageBackend(), QStringLiteral("static"));
    for (const QString &key : StaticConfigYaml::backendKeys(config.storageBackend()))
        QCOMPARE(after.lineOf(key), 0);
    const QByteArray renderedAfter = sim.dcosRender(setup.options.configOutPath, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QVERIFY(renderedAfter.contains("\nEXHIBITOR_BACKEND=STATIC\n"));
    const Ensemble canonical = Ensemble::canonical(sim.masters());
    for (const QString &master : sim.masters()) {
        QCOMPARE(sim.envFile(master), renderedAfter);
        QCOMPARE(sim.origFile(master), before.value(master));
        QCOMPARE(sim.myid(master).trimmed().toInt(), canonical.idOf(master));
        QVERIFY2(ZooCfg::sameNumbering(ZooCfg::servers(sim.zooCfg(master)), canonical), sim.zooCfg(master).constData());
    }

    // And back: the original env files byte for byte, the original IDs, one leader, all serving.
    const RunResult rollback = runToEnd(OperationListBuilder::Kind::Rollback, setup, 300000);
    QVERIFY2(rollback.finished, "the rollback did not finish in time");
    QVERIFY2(rollback.outcome == RunOutcome::Succeeded,
             qPrintable(rollback.message + QLatin1Char('\n') + rollback.log.join(QLatin1Char('\n'))));
    QCOMPARE(rollback.checksFailed(), 0);
    for (const QString &master : sim.masters())
        QCOMPARE(sim.envFile(master), before.value(master));
    QCOMPARE(sim.dcosRender(sim.configYaml(), &problems), renderedBefore);
    int leaders = 0;
    int serving = 0;
    for (const QJsonValue &value : sim.status().value(QStringLiteral("masters")).toArray()) {
        const QJsonObject master = value.toObject();
        QCOMPARE(master.value(QStringLiteral("server_id")).toInt(), ids.value(master.value(QStringLiteral("ip")).toString()));
        const QString mode = master.value(QStringLiteral("mode")).toString();
        leaders += mode == QLatin1String("leader");
        serving += mode == QLatin1String("leader") || mode == QLatin1String("follower");
    }
    QCOMPARE(leaders, 1);
    QCOMPARE(serving, int(sim.masters().size()));
    const auto journal = MigrationJournal::load(setup.options.journalPath);
    QVERIFY(journal);
    QCOMPARE(journal->state, MigrationJournal::State::RolledBack);

    // The DC/OS-like workload wrote all through both runs and lost nothing it was told was written.
    const QJsonObject load = sim.loadReport();
    qInfo("workload: %s", QJsonDocument(load).toJson(QJsonDocument::Compact).left(600).constData());
    QVERIFY(load.value(QStringLiteral("writes")).toInt() > 0);
    QCOMPARE(load.value(QStringLiteral("lost_writes")).toInt(), 0);
    QVERIFY(load.value(QStringLiteral("one_leader")).toBool());
    qInfo("migrated and rolled back in %lld ms", timer.elapsed());
}

// The share lost its exhibitor.properties (unmounted, cleaned up): discovery says which file on
// which master it could not read, and preflight stops before anything is written, since neither a
// roll in progress nor the settings the switch drops can be ruled out: the masters' Exhibitors,
// asked instead, run on their defaults without the ensemble.
void TestBackendMigrationSim::sharedConfigMissingStopsPreflight()
{
    SimCluster sim(QStringLiteral("migration-shared-fs"));
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    const QMap<QString, QByteArray> before = sim.envFiles();
    const QJsonObject storage = sim.status().value(QStringLiteral("storage")).toObject();
    const QString hostFile = storage.value(QStringLiteral("host_dir")).toString() + QLatin1Char('/')
                           + storage.value(QStringLiteral("config_name")).toString();
    QVERIFY2(QFile::remove(hostFile), qPrintable(hostFile));
    const QString file = QStringLiteral("/var/lib/dcos/exhibitor-shared/exhibitor.properties");
    // Each master's Exhibitor reloads it, finds none and runs on its defaults: its get-state, the
    // fallback where the workstation cannot read the backend, no longer knows the ensemble either.
    for (const QString &master : sim.masters()) {
        ExhibitorRestProbe probe(master, 8181);
        QSignalSpy states(&probe, &ExhibitorRestProbe::stateReceived);
        int serverId = 0;
        bool asking = false;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (!states.isEmpty()) {
                    const auto state = states.takeFirst().at(0).value<ExhibitorState>();
                    serverId = state.ok ? state.serverId : 0;
                    asking = false;
                }
                if (serverId >= 0 && !asking) {
                    asking = true;
                    probe.fetchState();
                }
                return serverId < 0;
            }(),
            60000);
    }

    const ClusterConfig config = ClusterConfig::fromFile(sim.configYaml());
    {
        DiscoveryRun discovery;
        QVERIFY(discovery.run(sim.targets(), DiscoveryOptions::fromConfig(config)));
        const BackendSpec &spec = discovery.discovery.backendSpec();
        QVERIFY(!spec.isOk());
        QVERIFY2(spec.error.startsWith(QStringLiteral("cannot read %1 on %2: ").arg(file, spec.via)),
                 qPrintable(spec.error));
        QVERIFY2(spec.error.contains(QStringLiteral("No such file")), qPrintable(spec.error));
        for (const QString &master : sim.masters()) {
            const IdReading reading = discovery.result(master).reading(IdSource::Backend);
            QVERIFY(reading.isUnavailable());
            QVERIFY2(reading.detail.contains(file), qPrintable(reading.detail));
        }
    }

    QTemporaryDir dir;
    const MigrationSetup setup = simSetup(sim, dir.path(), simIds(sim));
    const RunResult run = runToEnd(OperationListBuilder::Kind::Migrate, setup, 120000);
    QVERIFY(run.finished);
    QCOMPARE(run.outcome, RunOutcome::Failed);
    QVERIFY2(run.message.contains(QLatin1String("Preflight failed; nothing was changed")), qPrintable(run.message));
    // Exhibitor without the ensemble goes on to restart ZooKeeper on its own; when that is under
    // way as preflight starts, an ensemble check fails first and the shared config is not asked.
    const QJsonObject roll = checkOf(run, QStringLiteral("exhibitor-roll"));
    if (roll.isEmpty()) {
        QStringList failed;
        for (const QJsonValue &value : run.report.value(QStringLiteral("checks")).toArray()) {
            if (!value.toObject().value(QStringLiteral("passed")).toBool())
                failed << value.toObject().value(QStringLiteral("id")).toString();
        }
        qInfo("ZooKeeper restarting: preflight stopped at %s", qPrintable(failed.join(QStringLiteral(", "))));
        QVERIFY(!failed.isEmpty());
    } else {
        QVERIFY(!roll.value(QStringLiteral("passed")).toBool());
        const QString detail = roll.value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.contains(file), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("its Exhibitor runs without a servers spec naming it (server ID -1)")),
                 qPrintable(detail));
    }
    QCOMPARE(sim.envFiles(), before);
    for (const QString &master : sim.masters())
        QVERIFY(!sim.origExists(master));
}

// An AWS-template cluster (exhibitor_explicit_keys false, no keys in config.yaml): the S3 object is
// not readable from here, so preflight asks each master's Exhibitor (get-state) whether a roll is
// in progress and which settings it runs with, says so in the check, and the migration runs.
void TestBackendMigrationSim::instanceRoleUsesGetState()
{
    SimCluster sim(QStringLiteral("migration-s3"));
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    QTemporaryDir dir;
    const MigrationSetup setup = instanceRoleSetup(sim, dir.path());
    QVERIFY(setup.plan.isValid());
    QCOMPARE(setup.plan.storageBackend(), QStringLiteral("aws_s3"));

    const RunResult run = runToEnd(OperationListBuilder::Kind::Migrate, setup, 300000);
    QVERIFY2(run.finished, "the migration did not finish in time");
    QVERIFY2(run.outcome == RunOutcome::Succeeded,
             qPrintable(run.message + QLatin1Char('\n') + run.log.join(QLatin1Char('\n'))));
    QCOMPARE(run.checksFailed(), 0);
    const QJsonObject roll = checkOf(run, QStringLiteral("exhibitor-roll"));
    QVERIFY(roll.value(QStringLiteral("passed")).toBool());
    const QString detail = roll.value(QStringLiteral("detail")).toString();
    QVERIFY2(detail.contains(QLatin1String("as each master's Exhibitor reports it (get-state), the backend being "
                                           "unreadable from here: the masters read S3 with their instance role")),
             qPrintable(detail));
    int switchChecks = 0;
    for (const QJsonValue &value : run.report.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject check = value.toObject();
        if (check.value(QStringLiteral("id")).toString() != QLatin1String("switch-settings"))
            continue;
        QVERIFY(check.value(QStringLiteral("passed")).toBool());
        ++switchChecks;
    }
    QCOMPARE(switchChecks, int(sim.masters().size()));
    const ClusterConfig after = ClusterConfig::fromFile(setup.options.configOutPath);
    QCOMPARE(after.storageBackend(), QStringLiteral("static"));
    for (const QString &master : sim.masters())
        QVERIFY2(sim.envFile(master).contains("\nEXHIBITOR_BACKEND=STATIC\n"), sim.envFile(master).constData());
}

// The same cluster with a data directory moved in the shared config: get-state shows it, and the
// switch would start ZooKeeper on an empty directory, so preflight stops with nothing written.
void TestBackendMigrationSim::instanceRoleCustomDataDirectoryStopsPreflight()
{
    SimCluster sim(QStringLiteral("migration-s3-custom-data"));
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    const QMap<QString, QByteArray> before = sim.envFiles();
    QTemporaryDir dir;
    const MigrationSetup setup = instanceRoleSetup(sim, dir.path());
    QVERIFY(setup.plan.isValid());

    const RunResult run = runToEnd(OperationListBuilder::Kind::Migrate, setup, 120000);
    QVERIFY(run.finished);
    QCOMPARE(run.outcome, RunOutcome::Failed);
    QVERIFY2(run.message.contains(QLatin1String("Preflight failed; nothing was changed")), qPrintable(run.message));
    QVERIFY2(checkOf(run, QStringLiteral("exhibitor-roll")).value(QStringLiteral("detail")).toString().contains(
                 QLatin1String("(get-state)")),
             qPrintable(checkOf(run, QStringLiteral("exhibitor-roll")).value(QStringLiteral("detail")).toString()));
    int stopping = 0;
    for (const QJsonValue &value : run.report.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject check = value.toObject();
        if (check.value(QStringLiteral("id")).toString() != QLatin1String("switch-settings"))
            continue;
        QVERIFY(!check.value(QStringLiteral("passed")).toBool());
        const QString detail = check.value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.contains(QStringLiteral("zookeeper-data-directory: /var/lib/dcos/exhibitor/zookeeper/custom-snapshot "
                                                "\u2192 /var/lib/dcos/exhibitor/zookeeper/snapshot")),
                 qPrintable(detail));
        ++stopping;
    }
    QCOMPARE(stopping, int(sim.masters().size()));
    QCOMPARE(sim.envFiles(), before);
    for (const QString &master : sim.masters())
        QVERIFY(!sim.origExists(master));
}

QTEST_GUILESS_MAIN(TestBackendMigrationSim)
#include "TestBackendMigrationSim.moc"
