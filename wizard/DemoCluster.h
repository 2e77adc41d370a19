#pragma once

#include <QObject>

class WizardController;

// The demo cluster (tests/cluster-sim's default topology) started for the operator from the
// Welcome page, with progress; or, without root, the command that starts it and a connection to
// one already running.
class DemoCluster : public QObject
{
    Q_OBJECT

public:
    explicit DemoCluster(WizardController *wizard);
    ~DemoCluster() override;

protected:
    WizardController *m_wizard;
};
