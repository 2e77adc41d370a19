#pragma once

// Page ids in the order the wizard shows them. QWizard's default nextId() goes to the next
// higher id; pages whose successor depends on the run (a skipped Phase B, a rollback, a resume)
// override nextId() and ask RunController. One confirmation page and one run page per phase.
namespace WizardPageId {
enum Id : int {
    Resume = 5, // start page when an unfinished run's journal is found
    Import = 10,
    Connect = 20,
    Discover = 30, // the discovered table with the plan's preview below it
    Preflight = 50,
    ConfirmBackup = 60,
    RunBackup = 61,
    ConfirmPhaseA = 62,
    RunPhaseA = 63,
    ConfirmPhaseB = 64,
    RunPhaseB = 65,
    ConfirmVerify = 66,
    RunVerify = 67,
    Summary = 80,
    ConfirmRollback = 90,
    RunRollback = 91,
};
}
