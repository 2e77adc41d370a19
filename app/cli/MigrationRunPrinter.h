#pragma once

#include "migration/MigrationSetup.h"
#include "migration/MigrationTypes.h"
#include "migration/OperationListBuilder.h"
#include "migration/WriteProbeLedger.h"

#include <QCoreApplication>

#include <functional>

class QTextStream;

// Runs a MigrationRunner to its end for the command line: progress as human-readable lines on
// stderr, or one JSON event per line on stdout (--format json); confirmations asked on the
// terminal (stdin). The CLI's main loop is this run's loop.
class MigrationRunPrinter
{
    Q_DECLARE_TR_FUNCTIONS(MigrationRunPrinter)

public:
    // Returns an ExitCode: Ok when the run succeeded, Interrupted when SIGINT, SIGTERM or SIGHUP
    // stopped it (after the current step, never while masters are down between a stop and the
    // restart that starts them again: the engine defers the stop, and the log says so).
    static int run(OperationListBuilder::Kind kind, const MigrationSetup &setup, bool json, QTextStream &out,
                   QTextStream &err, const std::function<void(const CheckResult &)> &onCheck = {});

    // A yes/no question on stderr, the answer from stdin (the takeover asks one before the run).
    enum class Answer { Yes, No, Interrupted };
    static Answer askOnTerminal(const QString &question, QTextStream &err);

private:
    // The run's write probe at the end: totals and one line per phase.
    static void printProbe(const LiveClientFigures &figures, QTextStream &err);
};
