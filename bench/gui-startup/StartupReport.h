#pragma once

// The parent side of bench-gui-startup: launches the harness as a child process again and again
// (offscreen platform), collects each child's JSON line and prints medians, memory and goals.
namespace StartupReport {

int run(int argc, char *argv[]);

} // namespace StartupReport
