#pragma once

#include "AsyncSteps.h"

#include <QCoreApplication>

class OperationContext;

// Preflight: what the switch to STATIC does to Exhibitor's own settings, and whether Exhibitor is
// in the middle of a rolling config change. A dynamic backend's Exhibitor runs with the shared
// config's settings; STATIC reads only DC/OS's defaults file on each master. Every difference is
// listed; a data or transaction-log directory that would change stops the run (ZooKeeper would
// start on an empty one), and so does a roll in progress (Exhibitor would go on rolling the old
// backend's change while the masters leave it).
namespace SwitchSettingsCheck {
void run(OperationContext *context, AsyncSteps::Next next);
}
