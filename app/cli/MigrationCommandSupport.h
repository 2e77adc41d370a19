#pragma once

#include "migration/ClusterRunState.h"
#include "migration/MigrationSetup.h"
#include "migration/MigrationTypes.h"
#include "migration/OperationListBuilder.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

class ClusterConfig;
class QCommandLineParser;
class QTextStream;

// What migrate, rollback, status and verify share: the SSH options of `discover` (same names,
// passwords from stdin only), where the current IDs come from, the run's options, and running
// a MigrationRunner to its end with progress on stderr (or JSON events on stdout) and the
// confirmations asked on the terminal.
class MigrationCommandSupport
{
    Q_DECLARE_TR_FUNCTIONS(MigrationCommandSupport)

public:
    explicit MigrationCommandSupport(const QString &command);

    // The shared options; commands add their own before parsing.
    void addOptions(QCommandLineParser &parser, bool runOptions);
    // Reads the options into setup (config, plan, targets, options). Returns an ExitCode: Ok to go
    // on, InvalidInput / Failure with the problems on err. How the plan's IDs are found depends on
    // the command: --ids, the journal, discovery (migrate) or DC/OS's numbering (status, verify).
    int prepare(QCommandLineParser &parser, OperationListBuilder::Kind kind, MigrationSetup *setup, QTextStream &err);

    // Runs to the end (MigrationRunPrinter); returns an ExitCode.
    int run(OperationListBuilder::Kind kind, const MigrationSetup &setup, bool json, QTextStream &out, QTextStream &err,
            const std::function<void(const CheckResult &)> &onCheck = {});
    // --help: usage line, description, the parser's options.
    static void printHelp(const QCommandLineParser &parser, const QString &usage, const QString &description,
                          QTextStream &out);

    int usageError(const QString &message, QTextStream &err) const;
    bool jsonFormat(const QCommandLineParser &parser) const;

private:
    bool readIds(QCommandLineParser &parser, OperationListBuilder::Kind kind, const ClusterConfig &config,
                 const MigrationSetup &setup, QMap<QString, int> *ids, QTextStream &err);
    bool discoverIds(const ClusterConfig &config, const MigrationSetup &setup, QMap<QString, int> *ids,
                     QTextStream &err);

    QString m_command;
    QList<QCommandLineOption> m_options;
    // The support-bundle command for this cluster with the SSH options given (never a secret),
    // printed when a migrate, resume or rollback fails.
    QStringList m_supportBundleCommand;
    // The options that name this cluster and how to reach it (no secrets), for the commands that
    // go on after a run was interrupted by a signal.
    QStringList m_goOnOptions;
    bool m_runOptions = false;
    // resume or rollback without a journal: where the masters say the run stands.
    std::optional<ClusterRunState> m_takeover;
};
