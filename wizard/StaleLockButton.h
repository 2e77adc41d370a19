#pragma once

#include <QPushButton>

class RunController;

// "Take over the stale lock…" on the page where a run's refusal shows (Preflight for a migration
// or a resume, the rollback's run page): visible only while the last run was refused by a stale
// lock file on the masters (RunController::staleLockHolder). Clicking asks first, naming the
// holder; only Take over starts the run again with the take-over (the engine judges the lock
// again: a live one is never taken over).
class StaleLockButton : public QPushButton
{
    Q_OBJECT

public:
    // objectName: the page's, for tests and accessibility tools.
    StaleLockButton(RunController *run, const QString &objectName, QWidget *parent = nullptr);

private:
    void update();
    void ask();

    RunController *m_run;
};
