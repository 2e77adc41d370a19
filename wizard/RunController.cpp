#include "RunController.h"

#include "WizardController.h"
#include "WizardPageId.h"

#include "migration/MigrationRunner.h"

RunController::RunController(WizardController *wizard)
    : QObject(wizard)
    , m_wizard(wizard)
    , m_runner(new MigrationRunner(this))
{
}

RunController::~RunController() = default;

int RunController::pageAfterConnection() const
{
    switch (m_intent) {
    case Intent::Migrate:
        return WizardPageId::Discover;
    case Intent::Resume:
        return WizardPageId::Preflight;
    case Intent::Rollback:
        return WizardPageId::ConfirmRollback;
    }
    return WizardPageId::Discover;
}
