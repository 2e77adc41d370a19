#pragma once

#include "migration/MigrationTypes.h"

#include <QObject>
#include <QString>

class MigrationRunner;
class WizardController;

// Steps 5-10 and rollback: drives one MigrationRunner (its own worker thread) for the run pages:
// which phase runs, each master's state, the live quorum, the log, confirmations, pause and
// cancel, and the outcome and report the Summary page shows.
class RunController : public QObject
{
    Q_OBJECT

public:
    // What the run pages do: a migration from the start, a resume of an unfinished run (chosen
    // on the Resume page), or a rollback (the Rollback button, or the Resume page).
    enum class Intent { Migrate, Resume, Rollback };
    Q_ENUM(Intent)

    explicit RunController(WizardController *wizard);
    ~RunController() override;

    Intent intent() const { return m_intent; }
    void setIntent(Intent intent) { m_intent = intent; }

    MigrationRunner *runner() const { return m_runner; }

    // Where the wizard goes once every master is connected: Discover for a migration; for a
    // resume or a rollback the page that shows where the run stopped (the run pages decide).
    int pageAfterConnection() const;

    // The last run's end, for the Summary page; outcome() is meaningful once hasFinished().
    bool hasFinished() const { return m_finished; }
    RunOutcome outcome() const { return m_outcome; }
    QString outcomeMessage() const { return m_outcomeMessage; }
    QString reportDir() const { return m_reportDir; } // report.html and report.json

Q_SIGNALS:
    void runFinished(RunOutcome outcome, const QString &message, const QString &reportDir);

protected:
    WizardController *m_wizard;
    MigrationRunner *m_runner;
    Intent m_intent = Intent::Migrate;
    bool m_finished = false;
    RunOutcome m_outcome = RunOutcome::Failed;
    QString m_outcomeMessage;
    QString m_reportDir;
};
