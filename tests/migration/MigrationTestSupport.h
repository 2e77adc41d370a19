#pragma once

#include "SimCluster.h"

#include "config/ClusterConfig.h"
#include "config/MigrationPlan.h"
#include "migration/MigrationRunner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

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
    setup.options.digestExcludes = {QStringLiteral("/emw-test-writer")};
    return setup;
}
