#include "MigrationTypes.h"

QString logStreamName(LogStream stream)
{
    switch (stream) {
    case LogStream::Info:
        return QStringLiteral("info");
    case LogStream::Command:
        return QStringLiteral("command");
    case LogStream::Stdout:
        return QStringLiteral("stdout");
    case LogStream::Stderr:
        return QStringLiteral("stderr");
    case LogStream::Warning:
        return QStringLiteral("warning");
    case LogStream::Error:
        return QStringLiteral("error");
    case LogStream::Journal:
        return QStringLiteral("journal");
    }
    return QString();
}

QString phaseKey(Phase phase)
{
    switch (phase) {
    case Phase::Preflight:
        return QStringLiteral("preflight");
    case Phase::Inspect:
        return QStringLiteral("inspect");
    case Phase::Backup:
        return QStringLiteral("backup");
    case Phase::PhaseA:
        return QStringLiteral("phaseA");
    case Phase::PhaseB:
        return QStringLiteral("phaseB");
    case Phase::Verify:
        return QStringLiteral("verify");
    case Phase::Finish:
        return QStringLiteral("finish");
    case Phase::Rollback:
        return QStringLiteral("rollback");
    }
    return QString();
}

QString phaseTitle(Phase phase)
{
    switch (phase) {
    case Phase::Preflight:
        return MigrationText::tr("Preflight");
    case Phase::Inspect:
        return MigrationText::tr("State of the masters");
    case Phase::Backup:
        return MigrationText::tr("Backup");
    case Phase::PhaseA:
        return MigrationText::tr("Phase A: static backend, current IDs");
    case Phase::PhaseB:
        return MigrationText::tr("Phase B: canonical IDs");
    case Phase::Verify:
        return MigrationText::tr("Verify");
    case Phase::Finish:
        return MigrationText::tr("Finish");
    case Phase::Rollback:
        return MigrationText::tr("Rollback");
    }
    return QString();
}

QString outcomeKey(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case RunOutcome::Failed:
        return QStringLiteral("failed");
    case RunOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}
