#include "DemoCluster.h"

#include "WizardController.h"

DemoCluster::DemoCluster(WizardController *wizard)
    : QObject(wizard)
    , m_wizard(wizard)
{
}

DemoCluster::~DemoCluster() = default;
