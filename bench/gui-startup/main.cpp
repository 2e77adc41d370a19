// bench-gui-startup: time from process start to the wizard's first shown window, and memory.
// Goal: start-up < 500 ms; memory < 150 MB with 7 masters connected (engine-side part only: the
// connection page does not exist yet). Run without arguments; it launches itself as --child.
#include "BootClock.h"
#include "StartupReport.h"
#include "WizardChild.h"

#include <cstring>

int main(int argc, char *argv[])
{
    // Taken before anything else, so that exec-to-main and main-to-window split cleanly.
    const double mainEntered = BootClock::nowMs();
    bool child = false;
    const char *connectTopology = "";
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--child") == 0)
            child = true;
        else if (std::strcmp(argv[i], "--connect") == 0 && i + 1 < argc)
            connectTopology = argv[i + 1];
    }
    if (child)
        return WizardChild::run(argc, argv, mainEntered, QString::fromLocal8Bit(connectTopology));
    return StartupReport::run(argc, argv);
}
