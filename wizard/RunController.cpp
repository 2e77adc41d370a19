#include "RunController.h"

#include "WizardController.h"

#include "migration/MigrationRunner.h"

RunController::RunController(WizardController *wizard)
    : QObject(wizard)
    , m_wizard(wizard)
    , m_runner(new MigrationRunner(this))
{
}

RunController::~RunController() = default;
