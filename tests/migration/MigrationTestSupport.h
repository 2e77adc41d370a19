#pragma once

#include "SimCluster.h"

#include "config/ClusterConfig.h"
#include "config/MigrationPlan.h"
#include "migration/MigrationRunner.h"
#include "probe/ZkClient.h"
#include "probe/ZkResult.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>

// Drives a MigrationRunner to its end and keeps what the tests look at.
struct RunResult
{
    bool finished = false;
    RunOutcome outcome = RunOutcome::Failed;
    QString message;
    QString reportDir;
    QStringList log; // "master: text"
    QJsonObject report;

    // First start and last finish of a phase's operations, from the report.
    std::pair<QDateTime, QDateTime> phaseWindow(const QString &phase) const
    {
        QDateTime from;
        QDateTime to;
        for (const QJsonValue &value : report.value(QStringLiteral("operations")).toArray()) {
            const QJsonObject op = value.toObject();
            if (op.value(QStringLiteral("phase")).toString() != phase || op.value(QStringLiteral("skipped")).toBool())
                continue;
            const QDateTime started = QDateTime::fromString(op.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
            const QDateTime finished = QDateTime::fromString(op.value(QStringLiteral("finished")).toString(), Qt::ISODateWithMs);
            if (!from.isValid() || started < from)
                from = started;
            if (!to.isValid() || finished > to)
                to = finished;
        }
        return {from, to};
    }
    int checksFailed() const
    {
        int failed = 0;
        for (const QJsonValue &value : report.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject check = value.toObject();
            if (!check.value(QStringLiteral("passed")).toBool() && !check.value(QStringLiteral("skipped")).toBool())
                ++failed;
        }
        return failed;
    }
};

// stopWhen: called for every finished operation; returning true destroys the runner right there
// (the app "killed"), and the result has finished == false.
// onStarted: called when an operation starts (the runner is there to cancel it).
// confirm: the answer to each confirmation (the setup must not auto-confirm).
inline RunResult runToEnd(OperationListBuilder::Kind kind, const MigrationSetup &setup, int timeoutMs,
                          const std::function<bool(const OperationInfo &)> &stopWhen = {},
                          const std::function<void(const OperationInfo &, MigrationRunner &)> &onStarted = {},
                          const std::function<bool(const OperationInfo &)> &confirm = {})
{
    RunResult result;
    auto *runner = new MigrationRunner;
    bool killed = false;
    QObject::connect(runner, &MigrationRunner::logLine, runner, [&result](const LogLine &line) {
        result.log << (line.master.isEmpty() ? QStringLiteral("-") : line.master) + QStringLiteral(": ") + line.text;
        if (qEnvironmentVariableIsSet("EMW_TEST_VERBOSE"))
            qInfo("%s %s", qPrintable(line.master), qPrintable(line.text));
    });
    QObject::connect(runner, &MigrationRunner::operationStarted, runner, [&](const OperationInfo &info) {
        if (onStarted)
            onStarted(info, *runner);
    });
    QObject::connect(runner, &MigrationRunner::waitingForConfirmation, runner,
                     [&](const OperationInfo &info, const QString &) { runner->confirm(confirm && confirm(info)); });
    QObject::connect(runner, &MigrationRunner::operationFinished, runner,
                     [&](const OperationInfo &info, bool, bool, const QString &) {
                         if (stopWhen && !killed && stopWhen(info))
                             killed = true;
                     });
    QObject::connect(runner, &MigrationRunner::finished, runner,
                     [&result](RunOutcome outcome, const QString &message, const QString &reportDir) {
                         result.finished = true;
                         result.outcome = outcome;
                         result.message = message;
                         result.reportDir = reportDir;
                     });
    runner->start(kind, setup);
    QDeadlineTimer deadline(timeoutMs);
    while (!result.finished && !killed && !deadline.hasExpired())
        QTest::qWait(50);
    delete runner; // mid-run: like a crash, the journal is all that is left
    if (!result.reportDir.isEmpty()) {
        QFile file(result.reportDir + QStringLiteral("/report.json"));
        if (file.open(QIODevice::ReadOnly))
            result.report = QJsonDocument::fromJson(file.readAll()).object();
    }
    return result;
}

inline QString simLeader(const SimCluster &sim)
{
    for (const QJsonValue &value : sim.status().value(QStringLiteral("masters")).toArray()) {
        if (value.toObject().value(QStringLiteral("mode")).toString() == QLatin1String("leader"))
            return value.toObject().value(QStringLiteral("ip")).toString();
    }
    return QString();
}

// The IDs the sim's Exhibitor handed out, as discovery would find them.
inline QMap<QString, int> simIds(const SimCluster &sim)
{
    QMap<QString, int> ids;
    for (const QJsonValue &value : sim.status().value(QStringLiteral("masters")).toArray())
        ids.insert(value.toObject().value(QStringLiteral("ip")).toString(), value.toObject().value(QStringLiteral("id")).toInt());
    return ids;
}

inline MigrationSetup simSetup(const SimCluster &sim, const QString &dir, const QMap<QString, int> &ids)
{
    MigrationSetup setup;
    const ClusterConfig config = ClusterConfig::fromFile(sim.configYaml());
    setup.plan = MigrationPlan::build(config, ids, QStringLiteral("sim"));
    setup.clusterName = config.clusterName();
    setup.targets = sim.targets();
    setup.options.autoConfirm = true;
    setup.options.gateTimeoutMs = 30000;
    setup.options.journalPath = dir + QStringLiteral("/journal.json");
    setup.options.reportDir = dir + QStringLiteral("/report");
    setup.options.configOutPath = dir + QStringLiteral("/config.static.yaml");
    // Nothing of the tests' own clients is left out of the data check: their writes go on
    // through the run, as other clients' do on a real cluster.
    return setup;
}

// A subtree as DC/OS Enterprise protects its secrets: a digest ACL for one identity only, so a
// session without that identity (or ZooKeeper's super user) gets NoAuth. True once created.
inline bool createAclSubtree(const QString &connectString, const QString &path)
{
    ZkClient client;
    if (!client.open(connectString) || !QTest::qWaitFor([&client] { return client.isConnected(); }, 15000))
        return false;
    const QList<ZkClient::Acl> acl{{QStringLiteral("digest"), ZkClient::digestId(QStringLiteral("emw-test"), "secret"),
                                    ZkClient::Acl::All}};
    int answers = 0;
    int failed = 0;
    auto count = [&](const ZkResult &result) {
        ++answers;
        failed += !result.ok() && result.code != ZkResult::NodeExists;
    };
    client.addAuth(QStringLiteral("digest"), "emw-test:secret", &client, count);
    client.create(path, "secret parent", ZkClient::Persistent, acl, &client, count);
    client.create(path + QStringLiteral("/key"), "secret", ZkClient::Persistent, acl, &client, count);
    return QTest::qWaitFor([&] { return answers == 3; }, 15000) && failed == 0;
}

// Another client of a live cluster: every tick it creates a znode under basePath, sets the one
// created three ticks before and deletes the one created six ticks before, and sets one of five
// znodes that live through the run, so the tree has znodes added, changed and removed between
// preflight's snapshot and Verify. Failed requests (a restart under it) are simply counted.
class ZnodeChurn : public QObject
{
public:
    explicit ZnodeChurn(const QString &basePath = QStringLiteral("/emw-test-churn"))
        : m_base(basePath)
    {
        m_timer.setInterval(100);
        connect(&m_timer, &QTimer::timeout, this, &ZnodeChurn::tick);
    }

    // Connects, creates the base and the first nodes; true once ticking.
    bool start(const QString &connectString)
    {
        if (!m_client.open(connectString))
            return false;
        if (!QTest::qWaitFor([this] { return m_client.isConnected(); }, 15000))
            return false;
        bool created = false;
        m_client.create(m_base, QByteArray(), ZkClient::Persistent, this,
                        [&created](const ZkResult &) { created = true; });
        if (!QTest::qWaitFor([&created] { return created; }, 15000))
            return false;
        for (int i = 0; i < 5; ++i)
            m_client.create(kept(i), "kept", ZkClient::Persistent, this, [this](const ZkResult &r) { done(r); });
        for (int i = 0; i < 6; ++i)
            tick();
        m_timer.start();
        return true;
    }
    void stop() { m_timer.stop(); }
    int failed() const { return m_failed; }
    int acknowledged() const { return m_acknowledged; }

private:
    QString node(int i) const { return m_base + QStringLiteral("/c-%1").arg(i); }
    QString kept(int i) const { return m_base + QStringLiteral("/kept-%1").arg(i); }
    void done(const ZkResult &result) { result.ok() ? ++m_acknowledged : ++m_failed; }
    void tick()
    {
        const int i = m_next++;
        m_client.create(node(i), QByteArray::number(i), ZkClient::Persistent, this, [this](const ZkResult &r) { done(r); });
        if (i >= 3)
            m_client.set(node(i - 3), "set at " + QByteArray::number(i), -1, this, [this](const ZkResult &r) { done(r); });
        if (i >= 6)
            m_client.remove(node(i - 6), -1, this, [this](const ZkResult &r) { done(r); });
        m_client.set(kept(i % 5), QByteArray::number(i), -1, this, [this](const ZkResult &r) { done(r); });
    }

    QString m_base;
    ZkClient m_client;
    QTimer m_timer;
    int m_next = 0;
    int m_failed = 0;
    int m_acknowledged = 0;
};
