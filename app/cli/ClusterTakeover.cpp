#include "ClusterTakeover.h"

#include "Command.h"
#include "MigrationRunPrinter.h"

#include "migration/ClusterRunStateReader.h"
#include "migration/MigrationJournal.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTextStream>

ClusterRunState ClusterTakeover::read(const MigrationSetup &setup, QTextStream &err)
{
    err << tr("Reading where the run stands from every master (env file, exhibitor.orig, zoo.cfg, myid, srvr, the "
              "run records)...")
        << Qt::endl;
    ClusterRunStateReader reader(setup);
    QEventLoop loop;
    QObject::connect(&reader, &ClusterRunStateReader::finished, &loop, &QEventLoop::quit);
    reader.start();
    loop.exec();
    return reader.result();
}

void ClusterTakeover::print(const ClusterRunState &state, QTextStream &stream)
{
    stream << tr("Reconstructed from the cluster:") << '\n';
    for (const QString &line : state.report())
        stream << "  " << line << '\n';
    stream.flush();
}

QJsonObject ClusterTakeover::toJson(const ClusterRunState &state)
{
    QJsonArray masters;
    for (const ClusterRunState::MasterState &master : state.masters()) {
        masters.append(QJsonObject{{QStringLiteral("master"), master.master},
                                   {QStringLiteral("stage"), ClusterRunState::stageKey(master.stage)},
                                   {QStringLiteral("origSha256"), master.origSha256},
                                   {QStringLiteral("origValid"), master.origValid},
                                   {QStringLiteral("problem"), master.problem},
                                   {QStringLiteral("detail"), master.detail}});
    }
    QJsonObject ids;
    const QMap<QString, int> originalIds = state.originalIds();
    for (auto it = originalIds.cbegin(); it != originalIds.cend(); ++it)
        ids.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("event"), QStringLiteral("clusterState")},
                       {QStringLiteral("stage"), ClusterRunState::stageKey(state.stage())},
                       {QStringLiteral("conclusion"), state.conclusion()},
                       {QStringLiteral("masters"), masters},
                       {QStringLiteral("originalIds"), ids},
                       {QStringLiteral("liveRuns"), QJsonArray::fromStringList(state.liveRuns())}};
}

int ClusterTakeover::takeOver(OperationListBuilder::Kind kind, const ClusterRunState &state,
                              const MigrationSetup &setup, const QString &journalPath, QTextStream &err)
{
    const bool rollback = kind == OperationListBuilder::Kind::Rollback;
    err << (rollback ? tr("The rollback will, from this state:") : tr("The resume will, from this state:")) << '\n';
    for (const QString &step : state.plannedSteps(kind, setup.plan))
        err << "  " << step << '\n';
    err.flush();
    if (!setup.options.autoConfirm) {
        const QString question = rollback ? tr("Take the run over from the cluster and roll it back?")
                                          : tr("Take the run over from the cluster and go on with it?");
        if (MigrationRunPrinter::askOnTerminal(question, err) != MigrationRunPrinter::Answer::Yes) {
            err << tr("Nothing was done.") << Qt::endl;
            return ExitCode::Failure;
        }
    }
    MigrationJournal journal = state.toJournal(kind, setup.plan, setup.clusterName);
    journal.setPath(journalPath);
    QString error;
    if (!journal.save(&error)) {
        err << error << Qt::endl;
        return ExitCode::Failure;
    }
    err << tr("Journal %1 written from the cluster's state (run %2); the run goes on from it.")
               .arg(journalPath, journal.runId)
        << Qt::endl;
    return ExitCode::Ok;
}
