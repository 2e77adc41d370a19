#pragma once

#include "Operation.h"

// Reads where each master is, touching nothing: its env file (backend, ensemble), exhibitor.orig
// (present, checksum, as the journal recorded it?), the numbering its ZooKeeper runs (zoo.cfg),
// srvr and conf. The first step of resume, rollback, status and verify: later operations take
// the original env files from exhibitor.orig.
class InspectOperation : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(InspectOperation)

public:
    // requireAll: every master must be reachable (resume, rollback); status shows what it can.
    // takeLock (resume, rollback): once every master is read, no other run may be going on
    // (its session node, the lock files), then this run takes the lock files and opens its
    // canary session with the session-<run id> node, as migrate's preflight does.
    explicit InspectOperation(Phase phase, bool requireAll = true, bool takeLock = false);

    QString title() const override;
    OperationPreview preview(const PreviewInput &input) const override;
    bool isDoneIn(const MigrationJournal &) const override { return false; }
    void execute(OperationContext *context, Done done) override;

private:
    void inspectOne(OperationContext *context, const QString &master, std::function<void(bool, const QString &)> next);

    bool m_requireAll;
    bool m_takeLock;
};
