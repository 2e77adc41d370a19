#pragma once

#include <QString>

// The measured process: builds the wizard exactly as app/main.cpp does and reports, as one JSON
// line on stdout, when its window was first shown, exposed and painted, when the demo config was
// loaded, and its memory. With a topology it then connects the wizard process to those masters
// (EngineMemory) and reports memory again.
namespace WizardChild {

// mainEnteredMs: BootClock::nowMs() taken first thing in main().
int run(int argc, char *argv[], double mainEnteredMs, const QString &connectTopology);

} // namespace WizardChild
