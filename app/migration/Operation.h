#pragma once

#include "MigrationTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

class MigrationJournal;
class MigrationPlan;
class OperationContext;
struct MigrationOptions;

// What an operation will do, before it runs: per master the commands and the file diff.
struct OperationPreview
{
    struct Item
    {
        QString master;
        QStringList commands; // as they will appear in the log
        QString diff;         // unified diff of a file it writes, empty if none
    };
    QString summary; // translated
    QString undo;    // translated: how rollback undoes it, empty if it changes nothing
    QList<Item> items;
};

// What a preview can use: the plan and, once read, each master's env file.
struct PreviewInput
{
    const MigrationPlan *plan = nullptr;
    const MigrationOptions *options = nullptr;
    QMap<QString, QByteArray> envFiles; // current content per master, may be empty
    QString leader;                     // as last seen, empty if unknown
};

// One step of a run (KDE Partition Manager's model): a preview, an execute and, where it changes
// something, what undoes it (rollback composes the undo: restore exhibitor.orig, then restart in
// the safe order). Operations are asynchronous: execute() returns at once and calls done exactly
// once, in the runner's worker thread.
class Operation
{
    Q_DECLARE_TR_FUNCTIONS(Operation)

public:
    using Done = std::function<void(bool ok, const QString &message)>;

    Operation(Phase phase, const QString &id, const QString &master = {});
    virtual ~Operation();
    Operation(const Operation &) = delete;
    Operation &operator=(const Operation &) = delete;

    Phase phase() const { return m_phase; }
    QString id() const { return m_id; }
    // Empty for cluster-wide operations; a restart knows its master once prepared.
    QString master() const { return m_master; }
    void setMaster(const QString &master) { m_master = master; }

    virtual QString title() const = 0;
    virtual OperationPreview preview(const PreviewInput &input) const = 0;
    virtual bool changesCluster() const { return false; }

    // Resolves what is known only at run time (which master a restart takes), before the runner
    // asks for confirmation. Default: nothing to resolve.
    virtual void prepare(OperationContext *context, Done done);
    virtual void execute(OperationContext *context, Done done) = 0;
    // On resume: done in an earlier run? Default: the journal says this id is done.
    virtual bool isDoneIn(const MigrationJournal &journal) const;

    // The runner asks before this operation (first of a phase; each restart with pause-each).
    bool confirmBefore() const { return m_confirmBefore; }
    void setConfirmBefore(bool confirm) { m_confirmBefore = confirm; }

    OperationInfo info(int index) const;

    // Set by prepare() when there is nothing left to do (a restart already done in an earlier
    // run): the runner reports the operation as skipped with this reason.
    QString skipReason() const { return m_skipReason; }
    void setSkipReason(const QString &reason) { m_skipReason = reason; }

private:
    Phase m_phase;
    QString m_id;
    QString m_master;
    bool m_confirmBefore = false;
    QString m_skipReason;
};
