#include "ClusterConfig.h"
