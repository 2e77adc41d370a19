// Discovery on topologies/disc-traps.yaml: 127.0.23.9 (ID 7, journal rotated), 127.0.23.10 (ID 2,
// the password user's sudo needs no password), 127.0.23.100 (ID 4, slow start). As strings
// .10 < .100 < .9, and the IDs have gaps: DC/OS's canonical numbering differs from all of them.
#include "DiscoveryRun.h"
#include "SimCluster.h"

#include "config/ClusterConfig.h"
#include "config/Ensemble.h"
#include "config/MigrationPlan.h"
#include "discovery/DiscoveryModel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>
#include <unistd.h>

namespace {

const auto kRotated = QStringLiteral("127.0.23.9");
const auto kEnvFile = QStringLiteral("/opt/mesosphere/etc/exhibitor");

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.data(model.index(row, column)).toString();
    return values;
}

const auto kZooKeeperPid = QStringLiteral("/var/lib/dcos/exhibitor/zk.pid");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString logLine(const DiscoveryRun &run, const QString &prefix)
{
    for (const QString &line : run.log) {
        if (line.startsWith(prefix))
            return line;
    }
    return {};
}

} // namespace

class TestDiscoveryTraps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void rotatedJournalFallsBackToTheOtherSources();
    void stalePidFileFallsBackToTheBackwardSearch();
    void adminPasswordComesFromConfigYaml();
    void modelSortsLikeDcos();
    void passwordUserWithMixedSudo();
    void staticEnvFileIsItsOwnServersSpec();

private:
    void discover(DiscoveryRun &run, const QList<SshTarget> &targets);

    std::unique_ptr<SimCluster> m_sim;
    ClusterConfig m_config;
    DiscoveryOptions m_options;
};

void TestDiscoveryTraps::initTestCase()
{
    if (geteuid() != 0)
        QSKIP("the simulated cluster needs root");
    m_sim = std::make_unique<SimCluster>(QStringLiteral(EMW_SOURCE_DIR "/tests/discovery/topologies/disc-traps.yaml"));
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(m_sim->up(&error), qPrintable(error));
    qInfo("sim %s up in %lld ms", qPrintable(m_sim->name()), timer.elapsed());
    m_config = ClusterConfig::fromFile(m_sim->configFile());
    QVERIFY(m_config.isValid());
    m_options = DiscoveryOptions::fromConfig(m_config);
}

void TestDiscoveryTraps::cleanupTestCase()
{
    if (m_sim)
        m_sim->down();
}

void TestDiscoveryTraps::discover(DiscoveryRun &run, const QList<SshTarget> &targets)
{
    const QMap<QString, QByteArray> before = m_sim->checksums();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(run.run(targets, m_options));
    qInfo("discovery of %lld masters: %lld ms", qsizetype(targets.size()), timer.elapsed());
    QCOMPARE(m_sim->checksums(), before);
}

void TestDiscoveryTraps::rotatedJournalFallsBackToTheOtherSources()
{
    DiscoveryRun run;
    discover(run, m_sim->keyTargets());
    QVERIFY2(run.discovery.allAgree(), qPrintable(run.discovery.problems().join(u'\n')));
    QVERIFY(run.discovery.problems().isEmpty());
    QCOMPARE(run.discovery.currentIds(), m_sim->ids());

    const MasterDiscovery rotated = run.result(kRotated);
    QCOMPARE(rotated.agreedId(), 7);
    QCOMPARE(rotated.reading(IdSource::Journal).status, IdReading::Status::Unavailable);
    QCOMPARE(rotated.reading(IdSource::Journal).describe(), QStringLiteral("journal: no 'my id' line (rotated?)"));
    QCOMPARE(rotated.agreeingSources(),
             (QList<IdSource>{IdSource::MyIdFile, IdSource::Conf, IdSource::GetState, IdSource::Backend}));
    for (const QString &master : {QStringLiteral("127.0.23.10"), QStringLiteral("127.0.23.100")}) {
        QCOMPARE(run.result(master).agreeingSources(), IdSources::all());
        QCOMPARE(run.result(master).agreedId(), m_sim->ids().value(master));
        // Found among the running ZooKeeper's own entries (the pid zkServer.sh keeps), its
        // election: the log says so.
        const QString pid = QString::fromLatin1(readFile(m_sim->hostPath(master, kZooKeeperPid)));
        QVERIFY2(!pid.isEmpty(), qPrintable(master));
        const QString line = logLine(run, master + QStringLiteral(": journal: "));
        QVERIFY2(line.contains(QStringLiteral("My id = %1").arg(m_sim->ids().value(master))), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("\", in ZooKeeper's own entries (pid %1, since ").arg(pid)), qPrintable(line));
    }
    // The log says why the journal did not count.
    QVERIFY(run.log.contains(kRotated + QStringLiteral(": journal: no 'my id' line (rotated?)")));

    const MigrationPlan plan = MigrationPlan::build(m_config, run.discovery.currentIds(), QStringLiteral("discovery"));
    QVERIFY(plan.isValid());
    QCOMPARE(plan.phaseA().toString(), QStringLiteral("2:127.0.23.10,4:127.0.23.100,7:127.0.23.9"));
    QCOMPARE(plan.phaseB().toString(), QStringLiteral("1:127.0.23.10,2:127.0.23.100,3:127.0.23.9"));
}

// zkServer.sh's pid file naming a process that is gone (a ZooKeeper killed -9 leaves it): the
// journal is read backwards and still gives the ID; the log says which way and why.
void TestDiscoveryTraps::stalePidFileFallsBackToTheBackwardSearch()
{
    const QString master = QStringLiteral("127.0.23.10");
    const QString pidFile = m_sim->hostPath(master, kZooKeeperPid);
    const QByteArray pid = readFile(pidFile);
    QVERIFY(!pid.isEmpty());
    auto restore = qScopeGuard([&] {
        QFile file(pidFile);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(pid);
    });
    {
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.write("999999999") == 9); // above any pid_max: no such process
    }
    DiscoveryRun run;
    discover(run, {m_sim->keyTarget(master)});
    const MasterDiscovery result = run.result(master);
    QCOMPARE(result.reading(IdSource::Journal).status, IdReading::Status::Found);
    QCOMPARE(result.reading(IdSource::Journal).id, 2);
    QCOMPARE(result.agreeingSources(), IdSources::all());
    const QString line = logLine(run, master + QStringLiteral(": journal: "));
    QVERIFY2(line.endsWith(QStringLiteral("\", read back through the whole journal: ZooKeeper's pid 999999999 (from "
                                          "/var/lib/dcos/exhibitor/zk.pid) is not running)")),
             qPrintable(line));
}

// Exhibitor's REST wants the admin password: discovery takes it from config.yaml, and without it
// get-state is a source that is unavailable for a reason the operator can act on.
void TestDiscoveryTraps::adminPasswordComesFromConfigYaml()
{
    QCOMPARE(m_options.exhibitorAdminPassword, QStringLiteral("disc-traps-fixture-admin"));
    const DiscoveryOptions withPassword = m_options;
    m_options.exhibitorAdminPassword.clear();
    const auto restore = qScopeGuard([this, withPassword] { m_options = withPassword; });
    DiscoveryRun run;
    discover(run, m_sim->keyTargets());
    for (const QString &master : m_sim->masters()) {
        const IdReading state = run.result(master).reading(IdSource::GetState);
        QCOMPARE(state.status, IdReading::Status::Unavailable);
        QVERIFY2(state.describe().contains(QStringLiteral("HTTP 401: it requires the admin password (exhibitor_admin_password")),
                 qPrintable(state.describe()));
    }
    QVERIFY(!run.log.join(u'\n').contains(withPassword.exhibitorAdminPassword));
}

void TestDiscoveryTraps::modelSortsLikeDcos()
{
    DiscoveryRun run;
    DiscoveryModel model;
    model.setDiscovery(&run.discovery);
    discover(run, m_sim->keyTargets());
    QCOMPARE(column(model, DiscoveryModel::Ip), m_sim->masters()); // discovery's own order: master_list's

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(DiscoveryModel::SortRole);
    proxy.sort(DiscoveryModel::Ip);
    QCOMPARE(column(proxy, DiscoveryModel::Ip),
             (QStringList{QStringLiteral("127.0.23.10"), QStringLiteral("127.0.23.100"), QStringLiteral("127.0.23.9")}));
    QCOMPARE(column(proxy, DiscoveryModel::Ip), Ensemble::dcosSorted(m_sim->masters()));
    proxy.sort(DiscoveryModel::Ip, Qt::DescendingOrder);
    QCOMPARE(column(proxy, DiscoveryModel::Ip).constFirst(), QStringLiteral("127.0.23.9"));
    proxy.sort(DiscoveryModel::CurrentId);
    QCOMPARE(column(proxy, DiscoveryModel::CurrentId),
             (QStringList{QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("7")}));

    const int row = model.rowOf(kRotated);
    QCOMPARE(model.data(model.index(row, DiscoveryModel::Journal)).toString(), QStringLiteral("—"));
    QCOMPARE(model.data(model.index(row, DiscoveryModel::Journal), Qt::ToolTipRole).toString(),
             QStringLiteral("Unavailable: no 'my id' line (rotated?)"));
    QVERIFY(!model.data(model.index(row, DiscoveryModel::Journal), DiscoveryModel::ProblemRole).toBool());
    QCOMPARE(model.data(model.index(row, DiscoveryModel::Agreement)).toString(), QStringLiteral("agreed"));
    QCOMPARE(model.data(model.index(row, DiscoveryModel::Agreement), Qt::ToolTipRole).toString(),
             QStringLiteral("Agreed by myid, conf, get-state, backend\nUnavailable: journal: no 'my id' line (rotated?)"));
    QCOMPARE(model.data(model.index(row, DiscoveryModel::CurrentId)).toString(), QStringLiteral("7"));
}

void TestDiscoveryTraps::passwordUserWithMixedSudo()
{
    QString why;
    if (!m_sim->ensurePasswordLogin(&why))
        QSKIP(qPrintable(why));
    DiscoveryRun run;
    discover(run, m_sim->passwordTargets());
    QVERIFY2(run.discovery.allAgree(), qPrintable(run.discovery.problems().join(u'\n')));
    QCOMPARE(run.discovery.currentIds(), m_sim->ids());
    QVERIFY(!run.log.join(u'\n').contains(m_sim->password()));
}

void TestDiscoveryTraps::staticEnvFileIsItsOwnServersSpec()
{
    // A rerun after Phase A: one master's env file is already static. Its backend source is then
    // EXHIBITOR_STATICENSEMBLE (Exhibitor is not restarted, so everything else still says 4).
    const QString master = QStringLiteral("127.0.23.100");
    const QString path = m_sim->hostPath(master, kEnvFile);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();
    auto restore = qScopeGuard([&] {
        QFile out(path);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(original);
    });
    const auto writeEnv = [&path](const QByteArray &ensemble) {
        QFile out(path);
        return out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && out.write("EXHIBITOR_BACKEND=STATIC\nEXHIBITOR_STATICENSEMBLE=" + ensemble + "\n") > 0;
    };

    QVERIFY(writeEnv("2:127.0.23.10,4:127.0.23.100,7:127.0.23.9"));
    {
        DiscoveryRun run;
        discover(run, m_sim->keyTargets());
        const MasterDiscovery result = run.result(master);
        QCOMPARE(result.backend(), QStringLiteral("STATIC"));
        QCOMPARE(result.reading(IdSource::Backend).id, 4);
        QCOMPARE(result.reading(IdSource::Backend).detail, QStringLiteral("EXHIBITOR_STATICENSEMBLE"));
        QVERIFY(run.discovery.allAgree());
    }

    // A static ensemble that renumbered this master while ZooKeeper still runs as 4.
    QVERIFY(writeEnv("1:127.0.23.10,2:127.0.23.100,3:127.0.23.9"));
    {
        DiscoveryRun run;
        discover(run, m_sim->keyTargets());
        const MasterDiscovery result = run.result(master);
        QCOMPARE(result.agreement(), MasterDiscovery::Agreement::Disagreed);
        QCOMPARE(result.disagreementText(), QStringLiteral("backend says 2; journal, myid, conf, get-state say 4"));
    }
}

QTEST_GUILESS_MAIN(TestDiscoveryTraps)
#include "TestDiscoveryTraps.moc"
