#pragma once

#include "MigrationBench.h"

#include <functional>

// The main() both migration benchmarks share: options (--topology, --keep-sim), one
// MigrationBench run with its progress on stdout, then the benchmark's own report. Exit 0 when
// the run was valid (whether or not the goals were met), 1 when the figures are not valid, 77
// when the sim cannot run here.
int migrationBenchMain(int argc, char *argv[], const QString &name, const QString &description,
                       const std::function<void(const MigrationBench::Result &)> &report);
