// Discovery against the simulated cluster (topologies/disc-default.yaml: five masters, IDs
// 1,4,2,5,3 from a ZooKeeper backend): real sshd, sudo, journalctl, ZooKeeper and Exhibitor's
// REST, all through the masters' SSH connections. No mocks.
#include "DiscoveryRun.h"
#include "SimCluster.h"

#include "config/ClusterConfig.h"
#include "config/MigrationPlan.h"
#include "discovery/DiscoveryJson.h"
#include "discovery/DiscoveryModel.h"
#include "remote/CommandJob.h"
#include "remote/SshSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>
#include <unistd.h>

namespace {

const auto kMyId = QStringLiteral("/var/lib/dcos/exhibitor/zookeeper/snapshot/myid");
const auto kEnvFile = QStringLiteral("/opt/mesosphere/etc/exhibitor");
const auto kOrig = QStringLiteral("/opt/mesosphere/etc/exhibitor.orig");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void allSourcesAgree();
    void modelFollowsTheRun();
    void passwordLoginLeavesNoSecretInLogs();
    void disagreementIsReportedNamingSources();
    void origExistsAndDiffers();
    void unreachableMasterDoesNotStopTheOthers();
    void servicesNotAnsweringAreUnavailable();
    void rerunOverConnectedSessions();
    void cancelFinishesAtOnce();
    void journalFollowStreamsUntilCancelled();

private:
    // Runs discovery and checks that it wrote nothing to any master.
    void discover(DiscoveryRun &run, const QList<SshTarget> &targets, const DiscoveryOptions &options);
    void verifyAgreed(const MasterDiscovery &result);

    std::unique_ptr<SimCluster> m_sim;
    DiscoveryOptions m_options;
    ClusterConfig m_config;
};

void TestDiscovery::initTestCase()
{
    if (geteuid() != 0)
        QSKIP("the simulated cluster needs root");
    m_sim = std::make_unique<SimCluster>(QStringLiteral(EMW_SOURCE_DIR "/tests/discovery/topologies/disc-default.yaml"));
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(m_sim->up(&error), qPrintable(error));
    qInfo("sim %s up in %lld ms", qPrintable(m_sim->name()), timer.elapsed());
    m_config = ClusterConfig::fromFile(m_sim->configFile());
    QVERIFY(m_config.isValid());
    m_options = DiscoveryOptions::fromConfig(m_config);
    QCOMPARE(m_options.backend.setting(QStringLiteral("exhibitor_zk_hosts")),
             QStringLiteral("127.0.22.1:2181,127.0.22.2:2181,127.0.22.3:2181"));
}

void TestDiscovery::cleanupTestCase()
{
    if (m_sim)
        m_sim->down();
}

void TestDiscovery::discover(DiscoveryRun &run, const QList<SshTarget> &targets, const DiscoveryOptions &options)
{
    const QMap<QString, QByteArray> before = m_sim->checksums();
    QVERIFY(before.size() >= 3 * m_sim->masters().size()); // env file, myid, zoo.cfg at least
    QElapsedTimer timer;
    timer.start();
    QVERIFY(run.run(targets, options));
    qInfo("discovery of %lld masters: %lld ms", qsizetype(targets.size()), timer.elapsed());
    QVERIFY(!run.discovery.isRunning());
    QCOMPARE(m_sim->checksums(), before);
}

void TestDiscovery::verifyAgreed(const MasterDiscovery &result)
{
    const int expected = m_sim->ids().value(result.master());
    QVERIFY2(result.agreement() == MasterDiscovery::Agreement::Agreed, qPrintable(result.problems().join(u'\n')));
    QCOMPARE(result.agreedId(), expected);
    for (const IdReading &reading : result.readings()) {
        QVERIFY2(reading.isFound(), qPrintable(result.master() + QStringLiteral(" ") + reading.describe()));
        QCOMPARE(reading.id, expected);
    }
}

void TestDiscovery::allSourcesAgree()
{
    DiscoveryRun run;
    discover(run, m_sim->keyTargets(), m_options);
    QCOMPARE(run.discovery.masters(), m_sim->masters());
    QVERIFY(run.discovery.allAgree());
    QVERIFY(run.discovery.problems().isEmpty());
    QVERIFY(run.discovery.backendSpec().isOk());
    QCOMPARE(run.discovery.backendSpec().location, QStringLiteral("/disc-default/configs/config"));

    int leaders = 0;
    for (const MasterDiscovery &result : run.discovery.results()) {
        verifyAgreed(result);
        QCOMPARE(result.reading(IdSource::Backend).detail, QStringLiteral("/disc-default/configs/config"));
        // The line that named the ID, found on the master (journalctl -r | grep).
        const QString journalLine = result.reading(IdSource::Journal).detail;
        QVERIFY2(journalLine.contains(QStringLiteral("my id = %1").arg(result.agreedId()), Qt::CaseInsensitive),
                 qPrintable(journalLine));
        QVERIFY2(result.mode() == QLatin1String("leader") || result.mode() == QLatin1String("follower"),
                 qPrintable(result.mode()));
        leaders += result.mode() == QLatin1String("leader");
        QVERIFY(result.zxid() >= 0);
        QCOMPARE(result.backend(), QStringLiteral("ZK"));
        QCOMPARE(result.envFile(), readFile(m_sim->hostPath(result.master(), kEnvFile)));
        QCOMPARE(result.orig(), MasterDiscovery::Orig::Missing);
        QVERIFY(result.isComplete());
    }
    QCOMPARE(leaders, 1);

    // The IDs in the form MigrationPlan::build() takes.
    QCOMPARE(run.discovery.currentIds(), m_sim->ids());
    const MigrationPlan plan = MigrationPlan::build(m_config, run.discovery.currentIds(), QStringLiteral("discovery"));
    QVERIFY(plan.isValid());
    QCOMPARE(plan.phaseA().toString(),
             QStringLiteral("5:127.0.21.104,4:127.0.21.122,3:127.0.21.169,1:127.0.21.193,2:127.0.21.203"));
    QVERIFY(run.log.join(u'\n').contains(QStringLiteral("127.0.21.193: journal: 1 (\"")));
}

void TestDiscovery::modelFollowsTheRun()
{
    DiscoveryRun run;
    DiscoveryModel model;
    model.setDiscovery(&run.discovery);
    int rowsAtStart = -1;
    connect(&run.discovery, &Discovery::started, this, [&] { rowsAtStart = model.rowCount(); });
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    discover(run, m_sim->keyTargets(), m_options);
    QCOMPARE(rowsAtStart, 5);
    QVERIFY(changed.count() >= 5);
    QCOMPARE(model.rowCount(), 5);

    for (int row = 0; row < model.rowCount(); ++row) {
        const QString master = model.data(model.index(row, DiscoveryModel::Ip)).toString();
        const QString id = QString::number(m_sim->ids().value(master));
        for (int column : {DiscoveryModel::CurrentId, DiscoveryModel::Journal, DiscoveryModel::MyId,
                           DiscoveryModel::Conf, DiscoveryModel::GetState, DiscoveryModel::BackendSpec})
            QCOMPARE(model.data(model.index(row, column)).toString(), id);
        QCOMPARE(model.data(model.index(row, DiscoveryModel::Agreement)).toString(), QStringLiteral("agreed"));
        QCOMPARE(model.data(model.index(row, DiscoveryModel::Agreement), Qt::ToolTipRole).toString(),
                 QStringLiteral("Agreed by journal, myid, conf, get-state, backend"));
        QCOMPARE(model.data(model.index(row, DiscoveryModel::Backend)).toString(), QStringLiteral("ZK"));
        QCOMPARE(model.data(model.index(row, DiscoveryModel::Orig)).toString(), QStringLiteral("none"));
        QVERIFY(model.data(model.index(row, DiscoveryModel::Zxid)).toString().startsWith(QStringLiteral("0x")));
        QVERIFY(!model.data(model.index(row, DiscoveryModel::Agreement), DiscoveryModel::ProblemRole).toBool());
    }

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(DiscoveryModel::SortRole);
    proxy.sort(DiscoveryModel::Ip);
    QStringList ips;
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        ips << proxy.data(proxy.index(row, DiscoveryModel::Ip)).toString();
        ids << proxy.data(proxy.index(row, DiscoveryModel::CurrentId)).toString();
    }
    QCOMPARE(ips, Ensemble::dcosSorted(m_sim->masters()));
    QCOMPARE(ids, (QStringList{QStringLiteral("5"), QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("1"),
                               QStringLiteral("2")}));
}

void TestDiscovery::passwordLoginLeavesNoSecretInLogs()
{
    QString why;
    if (!m_sim->ensurePasswordLogin(&why))
        QSKIP(qPrintable(why));
    QtMessageHandler previous = qInstallMessageHandler(nullptr);
    static QStringList messages;
    messages.clear();
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &message) { messages << message; });
    auto restore = qScopeGuard([previous] { qInstallMessageHandler(previous); });

    DiscoveryRun run;
    discover(run, m_sim->passwordTargets(), m_options);
    for (const MasterDiscovery &result : run.discovery.results())
        verifyAgreed(result);
    // sudo asked for the password on every master: its commands are in the log.
    QVERIFY(run.log.join(u'\n').contains(QStringLiteral("$ sudo cat /opt/mesosphere/etc/exhibitor; journalctl -u dcos-exhibitor --no-pager")));

    const QString password = m_sim->password();
    const QString everything = run.log.join(u'\n') + messages.join(u'\n') + run.discovery.problems().join(u'\n')
                             + QString::fromUtf8(QJsonDocument(DiscoveryJson::toJson(run.discovery.results())).toJson());
    QVERIFY(!everything.contains(password));
    QVERIFY(run.log.size() > 50);
}

void TestDiscovery::disagreementIsReportedNamingSources()
{
    const QString master = QStringLiteral("127.0.21.122");
    const QString myid = m_sim->hostPath(master, kMyId);
    const QByteArray original = readFile(myid);
    QCOMPARE(original.trimmed(), QByteArray("4"));
    // The running ZooKeeper keeps ID 4; only the file now says otherwise.
    QVERIFY(writeFile(myid, "9\n"));
    auto restore = qScopeGuard([&] { writeFile(myid, original); });

    DiscoveryRun run;
    discover(run, m_sim->keyTargets(), m_options);
    const MasterDiscovery result = run.result(master);
    QCOMPARE(result.agreement(), MasterDiscovery::Agreement::Disagreed);
    QCOMPARE(result.agreedId(), 0);
    QCOMPARE(result.disagreementText(), QStringLiteral("journal, conf, get-state, backend say 4; myid says 9"));
    QCOMPARE(run.discovery.problems().size(), 1);
    QVERIFY(run.discovery.problems().first().startsWith(
        QStringLiteral("127.0.21.122: the ID sources disagree: journal, conf, get-state, backend say 4; myid says 9.")));
    QVERIFY(!run.discovery.allAgree());
    QVERIFY(!run.discovery.currentIds().contains(master));
    QCOMPARE(run.discovery.currentIds().size(), 4);
    // Without that master's ID the plan is refused, never built from a guess.
    QVERIFY(!MigrationPlan::build(m_config, run.discovery.currentIds(), QStringLiteral("discovery")).isValid());

    DiscoveryModel model;
    model.setResults(run.discovery.results());
    const int row = model.rowOf(master);
    QCOMPARE(model.data(model.index(row, DiscoveryModel::Agreement)).toString(), QStringLiteral("DISAGREE"));
    QVERIFY(model.data(model.index(row, DiscoveryModel::MyId), DiscoveryModel::ProblemRole).toBool());
    QVERIFY(model.data(model.index(row, DiscoveryModel::Journal), DiscoveryModel::ProblemRole).toBool());
    QVERIFY(model.data(model.index(row, DiscoveryModel::MyId), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("myid says 9")));
    QVERIFY(model.data(model.index(row, DiscoveryModel::Agreement), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("never picks one")));
}

void TestDiscovery::origExistsAndDiffers()
{
    const QString same = QStringLiteral("127.0.21.193");
    const QString differs = QStringLiteral("127.0.21.203");
    const QString sameOrig = m_sim->hostPath(same, kOrig);
    const QString differsOrig = m_sim->hostPath(differs, kOrig);
    auto remove = qScopeGuard([&] {
        QFile::remove(sameOrig);
        QFile::remove(differsOrig);
    });
    QVERIFY(QFile::copy(m_sim->hostPath(same, kEnvFile), sameOrig));
    QVERIFY(writeFile(differsOrig, "EXHIBITOR_BACKEND=ZK\nZK_CONFIG_CONNECT=10.9.9.9:2181\n"));

    DiscoveryRun run;
    discover(run, m_sim->keyTargets(), m_options);
    QVERIFY(run.discovery.allAgree()); // a backup is not a problem for discovery
    QCOMPARE(run.result(same).orig(), MasterDiscovery::Orig::Same);
    QVERIFY(run.result(same).origExists());
    QVERIFY(!run.result(same).origDiffers());
    QCOMPARE(run.result(differs).orig(), MasterDiscovery::Orig::Differs);
    QVERIFY(run.result(differs).origDiffers());
    QCOMPARE(run.result(QStringLiteral("127.0.21.104")).orig(), MasterDiscovery::Orig::Missing);

    const QJsonObject json = DiscoveryJson::masterToJson(run.result(differs));
    QCOMPARE(json.value(QLatin1String("orig_exists")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("orig_differs")).toBool(), true);
    DiscoveryModel model;
    model.setResults(run.discovery.results());
    QCOMPARE(model.data(model.index(model.rowOf(same), DiscoveryModel::Orig)).toString(), QStringLiteral("same"));
    QCOMPARE(model.data(model.index(model.rowOf(differs), DiscoveryModel::Orig)).toString(), QStringLiteral("differs"));
    QVERIFY(model.data(model.index(model.rowOf(differs), DiscoveryModel::Orig), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("earlier run")));
}

void TestDiscovery::unreachableMasterDoesNotStopTheOthers()
{
    const QString down = QStringLiteral("127.0.21.203");
    QString error;
    QVERIFY2(m_sim->fault(down, QStringLiteral("sshd-down"), &error), qPrintable(error));
    auto restore = qScopeGuard([&] { m_sim->fault(down, QStringLiteral("sshd-up")); });

    DiscoveryRun run;
    discover(run, m_sim->keyTargets(), m_options);
    const MasterDiscovery result = run.result(down);
    QCOMPARE(result.agreement(), MasterDiscovery::Agreement::Unreachable);
    QVERIFY(!result.isReachable());
    QVERIFY2(result.connectionError().contains(down), qPrintable(result.connectionError()));
    QCOMPARE(run.discovery.problems().size(), 1);
    QVERIFY(run.discovery.problems().first().startsWith(down + QStringLiteral(": cannot connect: ")));
    for (const QString &master : m_sim->masters()) {
        if (master != down)
            verifyAgreed(run.result(master));
    }
    QCOMPARE(run.discovery.currentIds().size(), 4);
}

void TestDiscovery::servicesNotAnsweringAreUnavailable()
{
    // Nothing listens on this address: ZooKeeper and Exhibitor "are down", but the journal, the
    // myid file and the backend still say.
    DiscoveryOptions options = m_options;
    options.forwardHost = QStringLiteral("127.0.25.1");
    options.probeTimeoutMs = 3000;
    DiscoveryRun run;
    discover(run, m_sim->keyTargets(), options);
    QVERIFY(run.discovery.allAgree());
    for (const MasterDiscovery &result : run.discovery.results()) {
        QCOMPARE(result.agreedId(), m_sim->ids().value(result.master()));
        const IdReading conf = result.reading(IdSource::Conf);
        QVERIFY(conf.isUnavailable());
        QVERIFY2(conf.detail.contains(QStringLiteral("127.0.25.1:2181")), qPrintable(conf.detail));
        const IdReading state = result.reading(IdSource::GetState);
        QVERIFY(state.isUnavailable());
        QVERIFY2(state.detail.startsWith(QStringLiteral("Exhibitor REST not answering")), qPrintable(state.detail));
        QVERIFY(result.mode().isEmpty());
        QVERIFY(!result.zooKeeperError().isEmpty());
        QCOMPARE(result.agreeingSources(),
                 (QList<IdSource>{IdSource::Journal, IdSource::MyIdFile, IdSource::Backend}));
    }
}

void TestDiscovery::rerunOverConnectedSessions()
{
    // As in the wizard: the Connect page has connected every master; Discover runs (and may run
    // again) over those sessions without reconnecting.
    MasterConnections connections;
    connections.setTargets(m_sim->keyTargets());
    QSignalSpy settled(&connections, &MasterConnections::allSettled);
    connections.connectAll();
    QVERIFY(settled.wait(30000));
    QCOMPARE(connections.connectedCount(), 5);

    Discovery discovery;
    discovery.setOptions(m_options);
    int reconnects = 0;
    connect(&connections, &MasterConnections::masterStateChanged, this, [&reconnects](const QString &, SshState state) {
        reconnects += state == SshState::Connecting;
    });
    for (int round = 0; round < 2; ++round) {
        QSignalSpy finished(&discovery, &Discovery::finished);
        QSignalSpy masterFinished(&discovery, &Discovery::masterFinished);
        discovery.start(&connections);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(masterFinished.count(), 5);
        QVERIFY(discovery.allAgree());
        QCOMPARE(discovery.currentIds(), m_sim->ids());
    }
    QCOMPARE(reconnects, 0);
    QCOMPARE(connections.connectedCount(), 5);
}

void TestDiscovery::cancelFinishesAtOnce()
{
    MasterConnections connections;
    connections.setTargets(m_sim->keyTargets());
    Discovery discovery;
    discovery.setOptions(m_options);
    QSignalSpy finished(&discovery, &Discovery::finished);
    discovery.start(&connections);
    QVERIFY(discovery.isRunning());
    discovery.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!discovery.isRunning());
    for (const MasterDiscovery &result : discovery.results()) {
        QVERIFY(result.isComplete());
        QCOMPARE(result.agreement(), MasterDiscovery::Agreement::Unreachable);
        QCOMPARE(result.connectionError(), QStringLiteral("cancelled"));
    }
    // Late signals of the cancelled run change nothing.
    QTest::qWait(1000);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(discovery.result(m_sim->masters().constFirst()).agreement(), MasterDiscovery::Agreement::Unreachable);
}

void TestDiscovery::journalFollowStreamsUntilCancelled()
{
    // The live log pane's source on a master: its recent journal, then new lines, until cancelled.
    const QString master = m_sim->masters().constFirst();
    SshSession session(m_sim->keyTarget(master));
    QSignalSpy connected(&session, &SshSession::connected);
    session.connectToHost();
    QVERIFY2(connected.wait(30000), qPrintable(session.lastError().message));
    CommandJob *job = session.followJournal(QStringLiteral("dcos-exhibitor"), 1000);
    QStringList lines;
    connect(job, &CommandJob::outputLine, this, [&lines](OutputStream, const QString &line) { lines << line; });
    const QRegularExpression myId(QStringLiteral("my id = +%1\\b").arg(m_sim->ids().value(master)),
                                  QRegularExpression::CaseInsensitiveOption);
    QTRY_VERIFY_WITH_TIMEOUT(!lines.filter(myId).isEmpty(), 20000);
    QVERIFY2(!job->isFinished(), qPrintable(job->error().message));
    job->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 10000);
    QCOMPARE(job->error().code, SshError::Code::Cancelled);
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "TestDiscovery.moc"
