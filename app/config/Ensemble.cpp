#include "Ensemble.h"
