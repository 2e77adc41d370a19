#include "Operation.h"

#include "MigrationJournal.h"

Operation::Operation(Phase phase, const QString &id, const QString &master)
    : m_phase(phase)
    , m_id(id)
    , m_master(master)
{
}

Operation::~Operation() = default;

void Operation::prepare(OperationContext *, Done done)
{
    done(true, QString());
}

bool Operation::isDoneIn(const MigrationJournal &journal) const
{
    return journal.isDone(m_id);
}

OperationInfo Operation::info(int index) const
{
    return OperationInfo{index, m_id, m_phase, m_master, title()};
}
