#pragma once

#include <QObject>

class Discovery;
class DiscoveryModel;
class WizardController;

// Step 3: runs Discovery over ConnectionController's connections, feeds DiscoveryModel, and hands
// the agreed IDs to WizardController (setDiscoveredIds), which rebuilds the plan the preview shows.
class DiscoveryController : public QObject
{
    Q_OBJECT

public:
    explicit DiscoveryController(WizardController *wizard);
    ~DiscoveryController() override;

    Discovery *discovery() const { return m_discovery; }
    DiscoveryModel *model() const { return m_model; }

protected:
    WizardController *m_wizard;
    Discovery *m_discovery;
    DiscoveryModel *m_model;
};
