#include "MigrationPlan.h"
