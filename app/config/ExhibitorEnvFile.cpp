#include "ExhibitorEnvFile.h"
