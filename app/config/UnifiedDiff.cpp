#include "UnifiedDiff.h"
