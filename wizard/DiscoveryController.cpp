#include "DiscoveryController.h"

#include "WizardController.h"

#include "discovery/Discovery.h"
#include "discovery/DiscoveryModel.h"

DiscoveryController::DiscoveryController(WizardController *wizard)
    : QObject(wizard)
    , m_wizard(wizard)
    , m_discovery(new Discovery(this))
    , m_model(new DiscoveryModel(this))
{
    m_model->setDiscovery(m_discovery);
}

DiscoveryController::~DiscoveryController() = default;
