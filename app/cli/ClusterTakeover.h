#pragma once

#include "migration/ClusterRunState.h"
#include "migration/MigrationSetup.h"
#include "migration/OperationListBuilder.h"

#include <QCoreApplication>
#include <QJsonObject>

class QTextStream;

// Taking a run over from the cluster (issue 15) on the command line: when there is no local
// journal, status, `migrate --resume` and rollback read where the run stands from the masters
// (ClusterRunState), print it per master with the conclusion, and resume and rollback say what
// they will do and ask (unless --yes) before they write that state down as a fresh journal and
// go on from it like any interrupted run.
class ClusterTakeover
{
    Q_DECLARE_TR_FUNCTIONS(ClusterTakeover)

public:
    // Reads every master (the CLI's own event loop runs meanwhile).
    static ClusterRunState read(const MigrationSetup &setup, QTextStream &err);
    static void print(const ClusterRunState &state, QTextStream &stream);
    static QJsonObject toJson(const ClusterRunState &state);

    // Resume or rollback from the state read: refusals (ExitCode::Failure, nothing written),
    // then what it will do, the question (unless autoConfirm), and the journal at journalPath.
    // Returns an ExitCode.
    static int takeOver(OperationListBuilder::Kind kind, const ClusterRunState &state, const MigrationSetup &setup,
                        const QString &journalPath, QTextStream &err);
};
