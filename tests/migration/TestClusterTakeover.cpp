// Taking a run over from the cluster (issue 15) as an operator on another workstation meets it:
// the journal of the run that changed the masters is gone, and status, rollback and
// `migrate --resume` say where the run stands from the masters alone, say what they will do, and
// go on from there. On the simulated cluster run-controls (127.0.63.x, Exhibitor's IDs 3,1,2:
// Phase B renumbers).
#include "MigrateCli.h"
#include "SimCluster.h"

#include "migration/MigrationJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kRunTimeout = 400000;

using MigrateCli::Result;

Result run(const QStringList &arguments, const QByteArray &input = {})
{
    return MigrateCli::run(arguments, input, kRunTimeout);
}

QStringList sshArguments(const SimCluster &sim, const QString &journalPath)
{
    const SshTarget target = sim.targets().first();
    return QStringList{QStringLiteral("--config"),      sim.configYaml(),
                       QStringLiteral("--user"),        target.user,
                       QStringLiteral("--port"),        QString::number(target.port),
                       QStringLiteral("--identity"),    target.keyFile,
                       QStringLiteral("--known-hosts"), target.knownHostsPath,
                       QStringLiteral("--journal"),     journalPath,
                       QStringLiteral("--gate-timeout"), QStringLiteral("60")};
}

// Status has no --gate-timeout.
QStringList statusArguments(const SimCluster &sim, const QString &journalPath)
{
    return sshArguments(sim, journalPath).mid(0, 12);
}

// Where the master's /opt/mesosphere/etc/exhibitor points (empty: not a link), read in the
// sim's state directory, not through the app.
QString envLinkTarget(const SimCluster &sim, const QString &master)
{
    const QString stateDir = sim.status().value(QStringLiteral("state_dir")).toString();
    return QFileInfo(stateDir + QStringLiteral("/masters/") + master + QStringLiteral("/opt/etc/exhibitor"))
        .symLinkTarget();
}

QByteArray staticEnsemble(const QByteArray &envFile)
{
    for (const QByteArray &line : envFile.split('\n')) {
        if (line.startsWith("EXHIBITOR_STATICENSEMBLE="))
            return line.mid(int(qstrlen("EXHIBITOR_STATICENSEMBLE=")));
    }
    return QByteArray();
}

// A run that has ended holds no run record any more: it removes its ZooKeeper session node
// (session-<run id>) before it ends, instead of leaving it to ZooKeeper's session timeout, where
// a colleague's takeover would be refused ("another run holds the cluster now") for seconds.
bool noLiveRun(const QStringList &statusArguments)
{
    const Result status = MigrateCli::run(QStringList{QStringLiteral("status"), QStringLiteral("--format"),
                                                      QStringLiteral("json")} + statusArguments);
    const QJsonObject state = QJsonDocument::fromJson(status.out.toUtf8()).object();
    if (status.exitCode == 0 && state.value(QStringLiteral("liveRuns")).toArray().isEmpty())
        return true;
    qWarning().noquote() << "a run record is still there:" << QJsonDocument(state).toJson(QJsonDocument::Compact).left(400);
    return false;
}

void removeJournal(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".lock"));
}

} // namespace

class TestClusterTakeover : public QObject
{
    Q_OBJECT

private slots:
    void unreachableMastersAreNamedAndNothingIsDone();
    void statusRollbackAndResumeWithoutTheJournal();
};

void TestClusterTakeover::unreachableMastersAreNamedAndNothingIsDone()
{
    // No master answers (nothing listens on port 1): the takeover says which and does nothing.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("config.yaml"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("cluster_name: takeover-unreachable\n"
               "exhibitor_storage_backend: zookeeper\n"
               "exhibitor_zk_hosts: 127.0.9.1:2181\n"
               "exhibitor_zk_path: /takeover\n"
               "master_discovery: static\n"
               "master_list:\n- 127.0.9.11\n- 127.0.9.12\n- 127.0.9.13\n");
    file.close();
    const QString journal = dir.filePath(QStringLiteral("journal.json"));
    const QStringList common{QStringLiteral("--config"), config, QStringLiteral("--port"), QStringLiteral("1"),
                             QStringLiteral("--journal"), journal};
    for (const QString &command : {QStringLiteral("rollback"), QStringLiteral("migrate")}) {
        QStringList arguments = QStringList{command} + common + QStringList{QStringLiteral("--yes")};
        if (command == QLatin1String("migrate"))
            arguments << QStringLiteral("--resume");
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("There is no journal at %1: taking the run over from the cluster.")
                                         .arg(journal)),
                 qPrintable(result.err));
        for (const char *master : {"127.0.9.11", "127.0.9.12", "127.0.9.13"}) {
            QVERIFY2(result.err.contains(QStringLiteral("Not taken over: %1 cannot be read").arg(QLatin1String(master))),
                     qPrintable(result.err));
        }
        QVERIFY2(result.err.contains(QLatin1String("Nothing was changed.")), qPrintable(result.err));
        QVERIFY(!QFile::exists(journal));
    }
    const Result status = run(QStringList{QStringLiteral("status")} + common);
    QCOMPARE(status.exitCode, 1);
    QVERIFY2(status.out.contains(QLatin1String("127.0.9.11: ")), qPrintable(status.out));
    QVERIFY2(status.out.contains(QLatin1String("Where the run stands: the masters are not in a state")),
             qPrintable(status.out));
}

void TestClusterTakeover::statusRollbackAndResumeWithoutTheJournal()
{
    QString why;
    if (!SimCluster::available(&why))
        QSKIP(qPrintable(why));
    SimCluster sim(QStringLiteral("run-controls"));
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    const QMap<QString, QByteArray> before = sim.envFiles();
    QMap<QString, QString> linksBefore;
    for (const QString &master : sim.masters()) {
        linksBefore.insert(master, envLinkTarget(sim, master));
        QVERIFY2(!linksBefore.value(master).isEmpty(), qPrintable(master));
    }
    QTemporaryDir dir;
    const QString phaseAIds = QStringLiteral("3:127.0.63.11,1:127.0.63.12,2:127.0.63.13");
    const QString canonical = QStringLiteral("1:127.0.63.11,2:127.0.63.12,3:127.0.63.13");

    // Someone else's run: backup and Phase A, then "no" at Phase B. Its journal goes away.
    const QString first = dir.filePath(QStringLiteral("first.json"));
    const Result phaseA = run(QStringList{QStringLiteral("migrate")} + sshArguments(sim, first), "y\ny\nn\n");
    QVERIFY2(phaseA.exitCode == 1, qPrintable(phaseA.err.right(3000)));
    // Phase A leaves the leader's restart to Phase B: two restarts.
    QVERIFY2(MigrationJournal::load(first)->restartsDone(Phase::PhaseA).size() == 2, qPrintable(phaseA.err.right(3000)));
    removeJournal(first);

    // status from here: no journal, each master's step from the cluster.
    const QString here = dir.filePath(QStringLiteral("here.json"));
    const Result status = run(QStringList{QStringLiteral("status")} + statusArguments(sim, here));
    QVERIFY2(status.exitCode == 0, qPrintable(status.out + status.err));
    QVERIFY2(status.out.contains(QLatin1String("Reconstructed from the cluster:")), qPrintable(status.out));
    int restarted = 0;
    int leftToB = 0;
    for (const QString &master : sim.masters()) {
        const QString env = QStringLiteral("env file: backend STATIC %1 (a regular file); exhibitor.orig sha256 ").arg(phaseAIds);
        restarted += status.out.contains(master + QStringLiteral(": Phase A done (static, current IDs, restarted); ") + env);
        leftToB += status.out.contains(master + QStringLiteral(": Phase A file written (current IDs), ZooKeeper not "
                                                               "restarted on it yet; ") + env);
    }
    QVERIFY2(restarted == 2 && leftToB == 1, qPrintable(status.out));
    QVERIFY2(status.out.contains(QLatin1String("the leader: Phase A leaves its restart to Phase B")), qPrintable(status.out));
    QVERIFY2(status.out.contains(QLatin1String(", backend ZK, recorded link to /opt/mesosphere/packages/")),
             qPrintable(status.out));
    QVERIFY2(status.out.contains(QStringLiteral("IDs before the migration: %1 (from the Phase A env file on").arg(phaseAIds)),
             qPrintable(status.out));
    QVERIFY2(status.out.contains(QLatin1String("Where the run stands: Phase A is done: every master has the static "
                                               "backend with its current ID")),
             qPrintable(status.out));
    QVERIFY(!QFile::exists(here)); // status writes no journal

    // rollback without a journal: says what it will do, asks; "n" changes nothing.
    QVERIFY(noLiveRun(statusArguments(sim, dir.filePath(QStringLiteral("never.json")))));
    const Result declined = run(QStringList{QStringLiteral("rollback")} + sshArguments(sim, here), "n\n");
    if (!declined.err.contains(QLatin1String("The rollback will")))
        qInfo().noquote() << declined.err;
    QCOMPARE(declined.exitCode, 1);
    QVERIFY2(declined.err.contains(QLatin1String("The rollback will, from this state:")), qPrintable(declined.err.right(2500)));
    QVERIFY2(declined.err.contains(QLatin1String("exhibitor.orig goes back, byte for byte (or as the link it recorded), "
                                                 "on: 127.0.63.11, 127.0.63.12, 127.0.63.13")),
             qPrintable(declined.err.right(2500)));
    QVERIFY2(declined.err.contains(QLatin1String("Take the run over from the cluster and roll it back? [y/N]")),
             qPrintable(declined.err.right(2500)));
    QVERIFY(!QFile::exists(here));
    for (const QString &master : sim.masters())
        QCOMPARE(staticEnsemble(sim.envFile(master)), phaseAIds.toLatin1());

    // --yes: every master back on its dynamic env file, the link as before.
    const Result rollback = run(QStringList{QStringLiteral("rollback"), QStringLiteral("--yes")} + sshArguments(sim, here));
    QVERIFY2(rollback.exitCode == 0, qPrintable(rollback.err.right(4000)));
    QVERIFY2(rollback.err.contains(QLatin1String("Journal ")) &&
                 rollback.err.contains(QLatin1String("written from the cluster's state")),
             qPrintable(rollback.err.right(4000)));
    for (const QString &master : sim.masters()) {
        QCOMPARE(sim.envFile(master), before.value(master));
        QCOMPARE(envLinkTarget(sim, master), linksBefore.value(master));
    }
    QCOMPARE(MigrationJournal::load(here)->state, MigrationJournal::State::RolledBack);

    // Backup only this time; then from another journal, resume goes all the way to DC/OS's IDs.
    const QString second = dir.filePath(QStringLiteral("second.json"));
    const Result backup = run(QStringList{QStringLiteral("migrate")} + sshArguments(sim, second), "y\nn\n");
    QVERIFY2(backup.exitCode == 1, qPrintable(backup.err.right(3000)));
    removeJournal(second);
    QVERIFY(noLiveRun(statusArguments(sim, dir.filePath(QStringLiteral("never.json")))));
    const QString resumed = dir.filePath(QStringLiteral("resumed.json"));
    const Result resume = run(QStringList{QStringLiteral("migrate"), QStringLiteral("--resume"), QStringLiteral("--yes")} +
                              sshArguments(sim, resumed));
    QVERIFY2(resume.exitCode == 0, qPrintable(resume.err.right(4000)));
    QVERIFY2(resume.err.contains(QLatin1String("Where the run stands: the backup is done on every master; Phase A has "
                                               "not begun.")),
             qPrintable(resume.err.left(4000)));
    QVERIFY2(resume.err.contains(QStringLiteral("Phase B: the static file with %1 written on: ").arg(canonical)),
             qPrintable(resume.err.left(4000)));
    const QMap<QString, QByteArray> canonicalIds{
        {QStringLiteral("127.0.63.11"), "1"}, {QStringLiteral("127.0.63.12"), "2"}, {QStringLiteral("127.0.63.13"), "3"}};
    for (const QString &master : sim.masters()) {
        QCOMPARE(staticEnsemble(sim.envFile(master)), canonical.toLatin1());
        QCOMPARE(sim.myid(master).trimmed(), canonicalIds.value(master));
    }
    QCOMPARE(MigrationJournal::load(resumed)->state, MigrationJournal::State::Completed);

    // With that journal gone too, the IDs from before are on no master: rollback asks for them.
    removeJournal(resumed);
    QVERIFY(noLiveRun(statusArguments(sim, dir.filePath(QStringLiteral("never.json")))));
    const Result noIds = run(QStringList{QStringLiteral("rollback"), QStringLiteral("--yes")} +
                             sshArguments(sim, dir.filePath(QStringLiteral("none.json"))));
    QCOMPARE(noIds.exitCode, 1);
    QVERIFY2(noIds.err.contains(QLatin1String("Where the run stands: Phase B is done")), qPrintable(noIds.err.right(2500)));
    QVERIFY2(noIds.err.contains(QLatin1String("give them with --ids FILE")), qPrintable(noIds.err.right(2500)));
    for (const QString &master : sim.masters())
        QCOMPARE(staticEnsemble(sim.envFile(master)), canonical.toLatin1());

    // With the IDs given, but an exhibitor.orig that is a static file (copied over the backup by
    // hand): no rollback from it, the master and the file's checksum named, nothing changed.
    const QString ids = dir.filePath(QStringLiteral("before.ids"));
    QFile idsFile(ids);
    QVERIFY(idsFile.open(QIODevice::WriteOnly));
    idsFile.write("127.0.63.11 3\n127.0.63.12 1\n127.0.63.13 2\n");
    idsFile.close();
    const QString stateDir = sim.status().value(QStringLiteral("state_dir")).toString();
    QFile orig(stateDir + QStringLiteral("/masters/127.0.63.12/opt/etc/exhibitor.orig"));
    QVERIFY(orig.open(QIODevice::WriteOnly | QIODevice::Truncate));
    orig.write(sim.envFile(QStringLiteral("127.0.63.12")));
    orig.close();
    const Result badOrig = run(QStringList{QStringLiteral("rollback"), QStringLiteral("--yes"), QStringLiteral("--ids"), ids} +
                               sshArguments(sim, dir.filePath(QStringLiteral("none.json"))));
    QCOMPARE(badOrig.exitCode, 1);
    QVERIFY2(badOrig.err.contains(QLatin1String("Not taken over: exhibitor.orig on 127.0.63.12 (sha256 ")) &&
                 badOrig.err.contains(QLatin1String("is not a dynamic-backend env file (EXHIBITOR_BACKEND=STATIC)")),
             qPrintable(badOrig.err.right(2500)));
    QVERIFY(!badOrig.err.contains(QLatin1String("give them with --ids FILE")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.json"))));
    for (const QString &master : sim.masters())
        QCOMPARE(staticEnsemble(sim.envFile(master)), canonical.toLatin1());
}

QTEST_GUILESS_MAIN(TestClusterTakeover)
#include "TestClusterTakeover.moc"
